#pragma once

#include "common/result.h"
#include "delivery/deliverystates.h"
#include "delivery/diagnosis.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace campagna::delivery {

// The checks of a Diagnosis, one static function each, in the order
// Diagnosis runs them (names()). Each reads what it needs with a few small
// SELECTs about one delivery and never writes. A check that does not apply
// to the delivery's status or channel is skipped with reason NotApplicable.
//
// Threading: the caller's thread and connection.
class DiagnosisChecks final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::delivery::DiagnosisChecks)

public:
    using Check = Diagnosis::Check;

    // The delivery and its campaign, read once for every check.
    struct Subject
    {
        qint64 now = 0;
        qint64 deliveryId = 0;
        QString label;
        // As parsed (nullopt for a text the schema does not know) and as
        // stored, for the messages.
        std::optional<Channel> channel;
        QString channelText;
        std::optional<DeliveryStatus> status;
        QString statusText;
        bool isTemplate = false; // is_template, or a delivery of a periodic template
        bool confirmRequired = false;
        std::optional<qint64> serviceId;
        std::optional<qint64> contactAt;
        std::optional<qint64> extractionAt;
        std::optional<qint64> toSendCount;
        std::optional<qint64> extractionRows;
        QString lastError;
        qint64 campaignId = 0;
        QString campaignLabel;
        QString budgetStatus;
        qint64 approvalDelaySeconds = 0;
        std::optional<qint64> managerId;
        QString managerName; // empty without a manager
    };

    // NotFound for an unknown delivery.
    static Result<Subject> load(const QSqlDatabase &db, qint64 deliveryId, qint64 now);

    // The check names, in order.
    static QStringList names();

    // 1. The workflow that moves the current status on is started, not
    // failed, and has run within two schedule intervals.
    static Result<Check> workflowRunning(const QSqlDatabase &db, const Subject &subject);
    // 2. The targeting/extraction job the status waits for: not failed, not
    // missing, not queued behind operation.max_concurrent_jobs.
    static Result<Check> jobState(const QSqlDatabase &db, const Subject &subject);
    // 3. The approvals of the current round: pending (warning), overdue,
    // rejected, missing or without reviewer (failed).
    static Result<Check> approvalsPending(const QSqlDatabase &db, const Subject &subject);
    // 4. pending_confirmation: the campaign manager must confirm.
    static Result<Check> awaitingConfirmation(const QSqlDatabase &db, const Subject &subject);
    // 5. start_pending: contact date to come (warning) or come.
    static Result<Check> contactDate(const QSqlDatabase &db, const Subject &subject);
    // 6. A stock line its cost choices consume is insufficient.
    static Result<Check> stockAvailable(const QSqlDatabase &db, const Subject &subject);
    // 7. The campaign's budget status and the budget it is charged to.
    static Result<Check> budgetConsolidated(const QSqlDatabase &db, const Subject &subject);
    // 8. Direct mail: a service whose supplier has an email and a drop directory.
    static Result<Check> providerSetup(const QSqlDatabase &db, const Subject &subject);
    // 9. Direct mail: the provider job did not fail, its return file is not overdue.
    static Result<Check> providerJob(const QSqlDatabase &db, const Subject &subject);
    // 10. delivery.last_error.
    static Result<Check> lastError(const QSqlDatabase &db, const Subject &subject);

    // A Unix time as a UTC ISO 8601 date-time, "2027-01-15T08:00:00Z".
    static QString utc(qint64 seconds);

private:
    struct Job;
    struct Approval;
    struct Finding;

    // jobState's findings for a failed, running or done job, and for a
    // pending one waiting in operationMgt's queue.
    static Check settledJob(const Subject &subject, const Job &job);
    static Result<Check> queuedJob(const QSqlDatabase &db, const Job &job);
    // approvalsPending's parts: the approvals of the current round of the
    // kinds `kinds` (an SQL list), who reviews one, what a rejected or
    // pending one tells, and the check that the findings add up to.
    static Result<QList<Approval>> currentApprovals(const QSqlDatabase &db, const Subject &subject,
                                                    const QString &kinds);
    static Result<QStringList> approvalReviewers(const QSqlDatabase &db, const Subject &subject,
                                                 const Approval &approval);
    static Result<Finding> approvalFinding(const QSqlDatabase &db, const Subject &subject,
                                           const Approval &approval);
    static Check worstFinding(const QList<Finding> &findings, int approved);
};

} // namespace campagna::delivery
