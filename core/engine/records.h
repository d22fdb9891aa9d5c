#pragma once

#include "common/result.h"
#include "engine/runstates.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace campagna::engine {

// One row of `workflow_run`.
struct RunRecord
{
    qint64 id = 0;
    QString workflow;
    QString trigger;
    QString requestedBy;
    QString owner;
    qint64 fence = 0;
    qint64 startedAt = 0;
    std::optional<qint64> finishedAt;
    QString status;
    qint64 items = 0;
    int warnings = 0;
    QString error;

    std::optional<qint64> durationSeconds() const
    {
        return finishedAt ? std::optional<qint64>(*finishedAt - startedAt) : std::nullopt;
    }
};

// One row of `workflow_log`.
struct LogRecord
{
    qint64 id = 0;
    std::optional<qint64> runId;
    QString workflow;
    qint64 at = 0;
    QString level;
    QString step;
    QString message;
    QString objectType;
    std::optional<qint64> objectId;
};

// One row of `workflow` with its last run.
struct WorkflowStatus
{
    QString name;
    QString state;
    bool failed = false;
    QString schedule;
    std::optional<qint64> nextRunAt;
    QString leaseOwner;
    std::optional<qint64> leaseUntil;
    QString onError;
    int consecutiveErrors = 0;
    std::optional<RunRecord> lastRun;
};

// What a run request came to. `status` is the workflow_run status, or
// empty when no run was recorded (lease held elsewhere, connection error).
struct RunOutcome
{
    QString workflow;
    qint64 runId = 0;
    QString status;
    qint64 items = 0;
    int warnings = 0;
    qint64 durationMs = 0;
    QString error;
    Error::Code errorCode = Error::Code::Failed;
    QString leaseHolder;

    bool succeeded() const { return fromSql<RunStatus>(status) == RunStatus::Succeeded; }
};

} // namespace campagna::engine

Q_DECLARE_METATYPE(campagna::engine::RunOutcome)
