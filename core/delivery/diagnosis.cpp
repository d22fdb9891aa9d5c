#include "delivery/diagnosis.h"

#include "db/sql.h"
#include "delivery/diagnosischecks.h"

#include <QJsonArray>

#include <functional>

namespace campagna::delivery {

using R = Diagnosis::Check::Result;

QString Diagnosis::resultName(Check::Result result)
{
    switch (result) {
    case R::Passed:
        return QStringLiteral("passed");
    case R::Failed:
        return QStringLiteral("failed");
    case R::Warning:
        return QStringLiteral("warning");
    case R::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QJsonObject Diagnosis::Report::toJson() const
{
    QJsonArray array;
    for (const Check &c : checks)
        array.append(QJsonObject{{QStringLiteral("check"), c.name},
                                 {QStringLiteral("result"), resultName(c.result)},
                                 {QStringLiteral("reason"), c.reason},
                                 {QStringLiteral("message"), c.message}});
    return QJsonObject{{QStringLiteral("delivery_id"), deliveryId},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("stalled"), stalled},
                       {QStringLiteral("checks"), array}};
}

const Diagnosis::Check *Diagnosis::Report::firstFailed() const
{
    for (const Check &c : checks) {
        if (c.result == R::Failed)
            return &c;
    }
    return nullptr;
}

const Diagnosis::Check *Diagnosis::Report::check(const QString &name) const
{
    for (const Check &c : checks) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

campagna::Result<Diagnosis::Report> Diagnosis::diagnose(const QSqlDatabase &db, qint64 deliveryId,
                                                        qint64 now)
{
    // One snapshot for all the checks' SELECTs; without one the report is
    // still right check by check.
    db::ReadTransaction snapshot(db);
    (void)snapshot.begin();
    auto subject = DiagnosisChecks::load(db, deliveryId, now);
    if (!subject)
        return subject.error();
    const DiagnosisChecks::Subject &s = subject.value();

    Report report;
    report.deliveryId = deliveryId;
    report.status = s.statusText;
    const QStringList names = DiagnosisChecks::names();

    // Deliveries that no workflow will ever move again, and templates that
    // none processes: nothing can be stalled.
    QString skipReason, skipMessage;
    if (s.status == DeliveryStatus::Finished) {
        skipReason = QStringLiteral("DeliveryFinished");
        skipMessage = tr("The delivery is finished: nothing waits.");
    } else if (s.status == DeliveryStatus::Cancelled) {
        skipReason = QStringLiteral("DeliveryCancelled");
        skipMessage = tr("The delivery is cancelled: nothing waits.");
    } else if (s.isTemplate) {
        skipReason = QStringLiteral("DeliveryTemplate");
        skipMessage = tr("The delivery is a template: the workflows process its copies, not the "
                         "template itself.");
    }
    if (!skipReason.isEmpty()) {
        for (const QString &name : names)
            report.checks.append(Check{name, R::Skipped, skipReason, skipMessage});
        return report;
    }

    using CheckFn = std::function<campagna::Result<Check>(const QSqlDatabase &,
                                                          const DiagnosisChecks::Subject &)>;
    const QList<CheckFn> checks = {
        DiagnosisChecks::workflowRunning,    DiagnosisChecks::jobState,
        DiagnosisChecks::approvalsPending,   DiagnosisChecks::awaitingConfirmation,
        DiagnosisChecks::contactDate,        DiagnosisChecks::stockAvailable,
        DiagnosisChecks::budgetConsolidated, DiagnosisChecks::providerSetup,
        DiagnosisChecks::providerJob,        DiagnosisChecks::lastError};
    Q_ASSERT(checks.size() == names.size());

    // A delivery that failed for good waits for nothing any more: only its
    // error tells what happened.
    const bool failedForGood = s.status == DeliveryStatus::Failed;
    for (qsizetype i = 0; i < checks.size(); ++i) {
        if (failedForGood && names.at(i) != u"LastError") {
            report.checks.append(Check{names.at(i), R::Skipped, QStringLiteral("DeliveryFailed"),
                                       tr("The delivery has failed for good: only its last "
                                          "error applies.")});
            continue;
        }
        auto check = checks.at(i)(db, s);
        if (!check)
            return check.error();
        report.stalled = report.stalled || check->result == R::Failed;
        report.checks.append(std::move(check).value());
    }
    return report;
}

} // namespace campagna::delivery
