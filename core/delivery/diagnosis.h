#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace campagna::delivery {

// "Why is this delivery stalled?" (03-workflows.md, Diagnosis): runs the
// ordered checks of DiagnosisChecks over one delivery and tells, for each,
// passed / failed / warning / skipped with a CamelCase reason and a
// translated message carrying the figures (who, since when, until when; times
// as UTC ISO 8601). The delivery is stalled when a check fails; a warning is
// the normal course of things (a pending approval before its deadline, a
// contact date to come) or something to look at that blocks nothing.
// Finished, cancelled and template deliveries get every check skipped.
//
// Used by `campagnactl diagnose` and the console's Deliveries page.
// Read-only: only SELECTs, in one read-only snapshot transaction of its own,
// so that a run committing meanwhile cannot make the report mix before and
// after. Threading: runs on the caller's thread and connection, which must
// not be inside a transaction.
class Diagnosis final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::delivery::Diagnosis)

public:
    struct Check
    {
        enum class Result { Passed, Failed, Warning, Skipped };

        QString name; // e.g. "WorkflowRunning" (never translated)
        Result result = Result::Skipped;
        QString reason;  // CamelCase, e.g. "WorkflowPaused" (never translated)
        QString message; // translated, with the figures
    };

    struct Report
    {
        qint64 deliveryId = 0;
        QString status; // delivery.status
        bool stalled = false;
        QList<Check> checks;

        // {"delivery_id", "status", "stalled", "checks": [{"check", "result",
        // "reason", "message"}]}, result as "passed"/"failed"/"warning"/"skipped".
        QJsonObject toJson() const;
        // The first failed check, or nullptr.
        const Check *firstFailed() const;
        // The check named `name`, or nullptr.
        const Check *check(const QString &name) const;
    };

    // NotFound for an unknown delivery; a database error as Failed/Transient.
    static campagna::Result<Report> diagnose(const QSqlDatabase &db, qint64 deliveryId, qint64 now);

    // "passed", "failed", "warning", "skipped".
    static QString resultName(Check::Result result);
};

} // namespace campagna::delivery
