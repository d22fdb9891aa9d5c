#pragma once

#include "common/result.h"
#include "engine/runstates.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace campagna::engine {

class RunContext;

// What a failed run tells (04-engine.md, "Failures"): one queued e-mail to
// each member of the operator group "workflow-supervisors" (dedup
// workflow-failure:<run>:<operator>), and journal warnings on the run when
// nobody could be told or when the failure paused the workflow
// (on_error = pause).
//
// Threading: stateless; runs inside the engine's last transaction of the
// run, on its thread and connection.
class FailureNotifier final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::engine::FailureNotifier)

public:
    // `stateAtStart` is the workflow's state when the run began, `error`
    // the run's error, `finishedAt` when it ended.
    static Result<void> notify(const QSqlDatabase &db, RunContext &context,
                               std::optional<WorkflowState> stateAtStart, const QString &error,
                               qint64 finishedAt);

private:
    static void warnIfPaused(const QSqlDatabase &db, RunContext &context,
                             std::optional<WorkflowState> stateAtStart);
};

} // namespace campagna::engine
