#include "engine/workflowstore.h"

#include "audit/audittrail.h"
#include "db/dialect.h"
#include "db/sql.h"
#include "engine/schedule.h"
#include "workflows/workflowcatalog.h"

#include <QSqlQuery>

namespace campagna::engine {

using db::Sql;
using workflows::WorkflowCatalog;

namespace {

std::optional<qint64> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

Error unknownWorkflow(const QString &workflow)
{
    return makeError(Error::Code::Usage,
                     WorkflowStore::tr("Unknown workflow \"%1\". The workflows are: %2.")
                         .arg(workflow, WorkflowCatalog::names().join(QStringLiteral(", "))));
}

} // namespace

QString WorkflowStore::runColumns(const QString &a)
{
    return QStringLiteral("%1.id, %1.workflow, %1.trigger, %1.requested_by, %1.owner, %1.fence, "
                          "%1.started_at, %1.finished_at, %1.status, %1.items, %1.warnings, "
                          "%1.error")
        .arg(a);
}

RunRecord WorkflowStore::runFromQuery(const QSqlQuery &q, int c)
{
    RunRecord r;
    r.id = q.value(c).toLongLong();
    r.workflow = q.value(c + 1).toString();
    r.trigger = q.value(c + 2).toString();
    r.requestedBy = q.value(c + 3).toString();
    r.owner = q.value(c + 4).toString();
    r.fence = q.value(c + 5).toLongLong();
    r.startedAt = q.value(c + 6).toLongLong();
    r.finishedAt = optionalInt(q.value(c + 7));
    r.status = q.value(c + 8).toString();
    r.items = q.value(c + 9).toLongLong();
    r.warnings = q.value(c + 10).toInt();
    r.error = q.value(c + 11).toString();
    return r;
}

Result<QList<WorkflowStatus>> WorkflowStore::loadStatus(const QSqlDatabase &db)
{
    auto query = Sql::exec(db, QStringLiteral("SELECT w.name, w.state, w.failed, w.schedule, "
                                              "w.next_run_at, w.lease_owner, w.lease_until, "
                                              "w.on_error, w.consecutive_errors, ") +
                                   runColumns(QStringLiteral("r")) +
                                   QStringLiteral(" FROM workflow w LEFT JOIN workflow_run r "
                                                  "ON r.id = w.last_run_id"));
    if (!query)
        return query.error();
    QHash<QString, WorkflowStatus> byName;
    while (query->next()) {
        WorkflowStatus s;
        s.name = query->value(0).toString();
        s.state = query->value(1).toString();
        s.failed = query->value(2).toInt() == 1;
        s.schedule = query->value(3).toString();
        s.nextRunAt = optionalInt(query->value(4));
        s.leaseOwner = query->value(5).toString();
        s.leaseUntil = optionalInt(query->value(6));
        s.onError = query->value(7).toString();
        s.consecutiveErrors = query->value(8).toInt();
        if (!query->value(9).isNull())
            s.lastRun = runFromQuery(query.value(), 9);
        byName.insert(s.name, s);
    }
    QList<WorkflowStatus> result;
    for (const workflows::WorkflowDescriptor &workflow : WorkflowCatalog::all()) {
        if (byName.contains(workflow.name))
            result << byName.value(workflow.name);
    }
    return result;
}

Result<WorkflowStatus> WorkflowStore::loadOne(const QSqlDatabase &db, const QString &workflow)
{
    auto all = loadStatus(db);
    if (!all)
        return all.error();
    for (const WorkflowStatus &status : all.value()) {
        if (status.name == workflow)
            return status;
    }
    return unknownWorkflow(workflow);
}

Result<void> WorkflowStore::setState(const QSqlDatabase &db, const people::Actor &actor,
                                     const QString &workflow, WorkflowState state, qint64 now)
{
    const QString stateName = sqlName(state);
    const QString verb = state == WorkflowState::Started  ? tr("Start %1")
                         : state == WorkflowState::Paused ? tr("Pause %1")
                                                          : tr("Stop %1");
    db::WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (auto allowed = people::ActorResolver::requireAdmin(db, actor, verb.arg(workflow));
        !allowed)
        return allowed;
    auto was = Sql::scalar(db, QStringLiteral("SELECT state FROM workflow WHERE name = ?"),
                           {workflow});
    if (!was)
        return was.error();
    if (!was.value())
        return unknownWorkflow(workflow);
    if (db::Dialect::of(db).serverJudgesRights()) {
        if (auto changed =
                Sql::exec(db, QStringLiteral("SELECT campagna_workflow_set_state(?, ?, ?, ?)"),
                          {actor.name, workflow, stateName, now});
            !changed)
            return changed.error();
        return transaction.commit();
    }
    const QString sql =
        state == WorkflowState::Started
            ? QStringLiteral("UPDATE workflow SET state = ?, failed = 0 WHERE name = ?")
            : QStringLiteral("UPDATE workflow SET state = ? WHERE name = ?");
    if (auto changed = Sql::update(db, sql, {stateName, workflow}); !changed)
        return changed.error();
    const QString action = state == WorkflowState::Started  ? QStringLiteral("workflow.start")
                           : state == WorkflowState::Paused ? QStringLiteral("workflow.pause")
                                                            : QStringLiteral("workflow.stop");
    if (auto audited = audit::AuditTrail::record(
            db, actor, now, action, QStringLiteral("workflow"), workflow,
            {{QStringLiteral("from"), was.value()->toString()}, {QStringLiteral("to"), stateName}});
        !audited)
        return audited;
    return transaction.commit();
}

Result<void> WorkflowStore::setSchedule(const QSqlDatabase &db, const people::Actor &actor,
                                        const QString &workflow, const QString &text, qint64 now)
{
    auto schedule = Schedule::parse(text);
    if (!schedule)
        return schedule.error();
    const auto next = schedule->nextAfter(now);
    const QVariant nextValue = next ? QVariant(*next) : QVariant(QMetaType(QMetaType::LongLong));
    db::WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (auto allowed = people::ActorResolver::requireAdmin(
            db, actor, tr("Change the schedule of %1").arg(workflow));
        !allowed)
        return allowed;
    auto was = Sql::exec(db, QStringLiteral("SELECT schedule FROM workflow WHERE name = ?"),
                         {workflow});
    if (!was)
        return was.error();
    if (!was->next())
        return unknownWorkflow(workflow);
    const QString before = was->value(0).toString();
    was->finish();
    if (db::Dialect::of(db).serverJudgesRights()) {
        if (auto changed = Sql::exec(
                db, QStringLiteral("SELECT campagna_workflow_set_schedule(?, ?, ?, ?, ?)"),
                {actor.name, workflow, schedule->toString(), nextValue, now});
            !changed)
            return changed.error();
        return transaction.commit();
    }
    if (auto changed = Sql::update(db,
                                   QStringLiteral("UPDATE workflow SET schedule = ?, "
                                                  "next_run_at = ? WHERE name = ?"),
                                   {schedule->toString(), nextValue, workflow});
        !changed)
        return changed.error();
    if (auto audited = audit::AuditTrail::record(db, actor, now,
                                                 QStringLiteral("workflow.schedule"),
                                                 QStringLiteral("workflow"), workflow,
                                                 {{QStringLiteral("from"), before},
                                                  {QStringLiteral("to"), schedule->toString()}});
        !audited)
        return audited;
    return transaction.commit();
}

Result<QList<RunRecord>> WorkflowStore::runs(const QSqlDatabase &db, const QString &workflow,
                                             int limit)
{
    QString sql = QStringLiteral("SELECT ") + runColumns(QStringLiteral("r")) +
                  QStringLiteral(" FROM workflow_run r");
    QVariantList params;
    if (!workflow.isEmpty()) {
        sql += QStringLiteral(" WHERE r.workflow = ?");
        params << workflow;
    }
    sql += QStringLiteral(" ORDER BY r.started_at DESC, r.id DESC LIMIT ?");
    params << limit;
    auto query = Sql::exec(db, sql, params);
    if (!query)
        return query.error();
    QList<RunRecord> result;
    while (query->next())
        result << runFromQuery(query.value(), 0);
    return result;
}

Result<std::optional<RunRecord>> WorkflowStore::run(const QSqlDatabase &db, qint64 runId)
{
    auto query = Sql::exec(db,
                           QStringLiteral("SELECT ") + runColumns(QStringLiteral("r")) +
                               QStringLiteral(" FROM workflow_run r WHERE r.id = ?"),
                           {runId});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<RunRecord>();
    return std::optional<RunRecord>(runFromQuery(query.value(), 0));
}

Result<QList<LogRecord>> WorkflowStore::log(const QSqlDatabase &db, const QString &workflow,
                                            qint64 runId, int limit)
{
    QString sql = QStringLiteral("SELECT id, run_id, workflow, at, level, step, message, "
                                 "object_type, object_id FROM workflow_log WHERE workflow = ?");
    QVariantList params{workflow};
    if (runId > 0) {
        sql += QStringLiteral(" AND run_id = ?");
        params << runId;
    }
    // The latest `limit` lines, shown oldest first.
    sql = QStringLiteral("SELECT * FROM (") + sql +
          QStringLiteral(" ORDER BY id DESC LIMIT ?) recent ORDER BY id");
    params << limit;
    auto query = Sql::exec(db, sql, params);
    if (!query)
        return query.error();
    QList<LogRecord> result;
    while (query->next()) {
        LogRecord r;
        r.id = query->value(0).toLongLong();
        r.runId = optionalInt(query->value(1));
        r.workflow = query->value(2).toString();
        r.at = query->value(3).toLongLong();
        r.level = query->value(4).toString();
        r.step = query->value(5).toString();
        r.message = query->value(6).toString();
        r.objectType = query->value(7).toString();
        r.objectId = optionalInt(query->value(8));
        result << r;
    }
    return result;
}


} // namespace campagna::engine
