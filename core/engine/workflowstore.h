#pragma once

#include "common/result.h"
#include "engine/records.h"
#include "people/actor.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace campagna::engine {

// Reads and writes the engine's own tables (`workflow`, `workflow_run`,
// `workflow_log`) for commands and views. Stateless; runs on the calling
// thread's connection.
class WorkflowStore final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::engine::WorkflowStore)

public:
    // The workflows that have a row, in catalog order.
    static Result<QList<WorkflowStatus>> loadStatus(const QSqlDatabase &db);
    static Result<WorkflowStatus> loadOne(const QSqlDatabase &db, const QString &workflow);

    // The Start, Pause and Stop commands (administrators); Start also
    // clears `failed`. One write
    // transaction with its audit row (workflow.start|pause|stop); on
    // PostgreSQL through campagna_workflow_set_state(), the server's check.
    static Result<void> setState(const QSqlDatabase &db, const people::Actor &actor,
                                 const QString &workflow, WorkflowState state, qint64 now);
    // Validates and stores a schedule (administrators); next_run_at follows
    // it from `now`. Audited as workflow.schedule.
    static Result<void> setSchedule(const QSqlDatabase &db, const people::Actor &actor,
                                    const QString &workflow, const QString &schedule, qint64 now);

    // Runs, newest first. workflow empty: all workflows.
    static Result<QList<RunRecord>> runs(const QSqlDatabase &db, const QString &workflow,
                                         int limit);
    static Result<std::optional<RunRecord>> run(const QSqlDatabase &db, qint64 runId);
    // Journal lines, oldest first; runId 0: the workflow's latest lines.
    static Result<QList<LogRecord>> log(const QSqlDatabase &db, const QString &workflow,
                                        qint64 runId, int limit);

    static RunRecord runFromQuery(const class QSqlQuery &query, int firstColumn);
    static QString runColumns(const QString &alias);
};

} // namespace campagna::engine
