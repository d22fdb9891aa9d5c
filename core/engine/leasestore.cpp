#include "engine/leasestore.h"

#include "audit/audittrail.h"
#include "db/database.h"
#include "db/dialect.h"
#include "db/sql.h"
#include "engine/runcontext.h"

#include <QSqlQuery>

namespace campagna::engine {

using db::Sql;

namespace {

QVariant nullInt()
{
    return QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

LeaseStore::LeaseStore(db::Database &database, QString workflow, QString owner, int leaseTtl)
    : m_database(database)
    , m_workflow(std::move(workflow))
    , m_owner(std::move(owner))
    , m_leaseTtl(leaseTtl)
{}

Result<void> LeaseStore::inTransaction(const std::function<Result<void>(QSqlDatabase &)> &body)
{
    db::Database &database = m_database;
    QSqlDatabase db = database.connection();
    db::WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (auto limited = database.dialect().limitIdleTransaction(db, m_leaseTtl); !limited)
        return limited;
    if (auto done = body(db); !done)
        return done;
    return transaction.commit();
}

Result<LeaseStore::Lease> LeaseStore::begin(Trigger trigger, const people::Actor &actor,
                                            qint64 startedAt)
{
    Lease lease;
    auto begun = kBeginRetry.run(
        [&] {
            return inTransaction([&](QSqlDatabase &db) -> Result<void> {
                if (auto free = skipLocked(db); !free)
                    return free;
                if (auto taken = take(db); !taken)
                    return taken;
                auto read = readLease(db);
                if (!read)
                    return read.error();
                if (auto lost = markLost(db, startedAt); !lost)
                    return lost;
                auto id = recordRun(db, read.value(), trigger, actor, startedAt);
                if (!id)
                    return id.error();
                lease = read.value();
                lease.runId = id.value();
                return {};
            });
        },
        [this] { (void)m_database.reconnect(); });
    if (!begun)
        return begun.error();
    return lease;
}

Result<void> LeaseStore::skipLocked(const QSqlDatabase &db)
{
    const db::Dialect &dialect = m_database.dialect();
    const QString &workflow = m_workflow;
    if (dialect.hasRowLocks()) {
        // A runner inside a unit holds the workflow row locked; one
        // frozen there (past its lease) keeps it so until the server
        // ends its idle transaction. Waiting for that lock would hang
        // this run: a locked row is a lease in use.
        auto free = Sql::exec(db,
                              QStringLiteral("SELECT name FROM workflow WHERE name = ?") +
                                  dialect.forUpdateSkipLocked(),
                              {workflow});
        if (!free)
            return free.error();
        if (!free->next()) {
            free->finish();
            auto holder = Sql::scalar(db,
                                      QStringLiteral("SELECT lease_owner FROM workflow "
                                                     "WHERE name = ?"),
                                      {workflow});
            const QString holderName =
                holder && holder.value() ? holder.value()->toString() : QString();
            if (!holderName.isEmpty())
                return makeError(Error::Code::LeaseHeld, holderName);
            // No owner but locked: a command is changing the row;
            // the statement below waits for it as before.
        } else {
            free->finish();
        }
    }
    return {};
}

Result<void> LeaseStore::take(const QSqlDatabase &db)
{
    const QString leaseNow = m_database.dialect().nowSql();
    auto taken = Sql::update(
        db,
        QStringLiteral("UPDATE workflow SET lease_owner = ?, lease_until = %1 + ?, "
                       "fence = fence + 1 WHERE name = ? AND (lease_owner IS NULL OR "
                       "lease_until IS NULL OR lease_until < %1)")
            .arg(leaseNow),
        {m_owner, m_leaseTtl, m_workflow});
    if (!taken)
        return taken.error();
    if (taken.value() == 1)
        return {};
    auto holder = Sql::exec(db,
                            QStringLiteral("SELECT lease_owner, lease_until FROM "
                                           "workflow WHERE name = ?"),
                            {m_workflow});
    QString holderName;
    if (holder && holder->next())
        holderName = holder->value(0).toString();
    if (holderName.isEmpty())
        return makeError(Error::Code::Usage,
                         tr("Unknown workflow \"%1\": the database has no row for "
                            "it (run \"campagnactl init\").")
                             .arg(m_workflow));
    return makeError(Error::Code::LeaseHeld, holderName);
}

Result<LeaseStore::Lease> LeaseStore::readLease(const QSqlDatabase &db)
{
    auto row = Sql::exec(db,
                         QStringLiteral("SELECT fence, state, schedule FROM workflow "
                                        "WHERE name = ?"),
                         {m_workflow});
    if (!row)
        return row.error();
    if (!row->next())
        return makeError(Error::Code::Failed, tr("The workflow row disappeared."));
    Lease lease;
    lease.fence = row->value(0).toLongLong();
    lease.stateAtStart = fromSql<WorkflowState>(row->value(1).toString());
    lease.scheduleText = row->value(2).toString();
    return lease;
}

Result<void> LeaseStore::markLost(const QSqlDatabase &db, qint64 at)
{
    // Runs still `running` belonged to a runner whose lease expired.
    auto lostMessage = tr("The run was lost: its runner stopped renewing the lease "
                          "(crashed, killed or cut off).");
    auto logged = Sql::exec(
        db,
        QStringLiteral("INSERT INTO workflow_log (run_id, workflow, at, level, step, "
                       "message, object_type, object_id) SELECT id, workflow, ?, "
                       "'warning', 'lease', ?, 'workflow_run', id FROM workflow_run "
                       "WHERE workflow = ? AND status = 'running'"),
        {at, lostMessage, m_workflow});
    if (!logged)
        return logged.error();
    auto lost = Sql::exec(db,
                          QStringLiteral("UPDATE workflow_run SET status = 'lost', "
                                         "finished_at = ?, error = ? WHERE workflow = ? "
                                         "AND status = 'running'"),
                          {at, lostMessage, m_workflow});
    if (!lost)
        return lost.error();
    return {};
}

Result<qint64> LeaseStore::recordRun(const QSqlDatabase &db, const Lease &lease, Trigger trigger,
                                     const people::Actor &actor, qint64 startedAt)
{
    auto inserted =
        Sql::exec(db,
                  QStringLiteral("INSERT INTO workflow_run (workflow, trigger, requested_by, owner, "
                                 "fence, started_at, status) VALUES (?, ?, ?, ?, ?, ?, 'running') "
                                 "RETURNING id"),
                  {m_workflow, sqlName(trigger), actor.name, m_owner, lease.fence, startedAt});
    if (!inserted)
        return inserted.error();
    if (!inserted->next())
        return makeError(Error::Code::Failed, tr("The run could not be recorded."));
    const qint64 id = inserted->value(0).toLongLong();
    inserted->finish();
    if (auto audited = audit::AuditTrail::record(
            db, actor, startedAt, QStringLiteral("workflow.run"), QStringLiteral("workflow"),
            m_workflow,
            {{QStringLiteral("run_id"), id}, {QStringLiteral("trigger"), sqlName(trigger)}});
        !audited)
        return audited.error();
    if (auto linked = Sql::exec(db,
                                QStringLiteral("UPDATE workflow SET last_run_id = ? "
                                               "WHERE name = ?"),
                                {id, m_workflow});
        !linked)
        return linked.error();
    return id;
}

Result<void> LeaseStore::end(RunContext &context, const Lease &lease, const End &end,
                             const std::function<Result<void>(const QSqlDatabase &)> &beforeJournal)
{
    const RunContext::Mark beforeFinish = context.mark();
    auto finished = kEndRetry.run(
        [&] {
            context.restore(beforeFinish);
            return inTransaction([&](QSqlDatabase &db) -> Result<void> {
                if (auto released = release(db, lease, end); !released)
                    return released;
                if (auto written = beforeJournal(db); !written)
                    return written;
                if (auto flushed = context.flushLog(db); !flushed)
                    return flushed;
                return recordEnd(db, lease, end, context);
            });
        },
        [this] { (void)m_database.reconnect(); });
    if (finished)
        context.clearPendingLog();
    return finished;
}

Result<void> LeaseStore::release(const QSqlDatabase &db, const Lease &lease, const End &end)
{
    const bool failed = end.status == RunStatus::Failed;
    const bool succeeded = end.status == RunStatus::Succeeded;
    auto released = Sql::update(
        db,
        QStringLiteral("UPDATE workflow SET lease_owner = NULL, lease_until = NULL, "
                       "next_run_at = ?, "
                       "failed = CASE WHEN ? = 1 THEN 1 ELSE failed END, "
                       "consecutive_errors = CASE WHEN ? = 1 THEN consecutive_errors + 1 "
                       "WHEN ? = 1 THEN 0 ELSE consecutive_errors END, "
                       "state = CASE WHEN ? = 1 AND on_error = 'pause' AND state = 'started' "
                       "THEN 'paused' ELSE state END "
                       "WHERE name = ? AND fence = ? AND lease_owner = ?"),
        {end.nextRun ? QVariant(*end.nextRun) : nullInt(), failed ? 1 : 0, failed ? 1 : 0,
         succeeded ? 1 : 0, failed ? 1 : 0, m_workflow, lease.fence, m_owner});
    if (!released)
        return released.error();
    if (released.value() != 1)
        return makeError(Error::Code::LeaseHeld,
                         tr("The run lost its lease before it could record its end."));
    return {};
}

Result<void> LeaseStore::recordEnd(const QSqlDatabase &db, const Lease &lease, const End &end,
                                   const RunContext &context)
{
    auto recorded = Sql::exec(
        db,
        QStringLiteral("UPDATE workflow_run SET status = ?, finished_at = ?, "
                       "items = ?, warnings = ?, error = ? WHERE id = ?"),
        {sqlName(end.status), end.finishedAt, context.items(), context.warnings(),
         end.error.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(end.error),
         lease.runId});
    if (!recorded)
        return recorded.error();
    return {};
}

} // namespace campagna::engine
