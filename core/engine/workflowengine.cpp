#include "engine/workflowengine.h"

#include "audit/audittrail.h"
#include "db/database.h"
#include "db/sql.h"
#include "engine/runcontext.h"
#include "engine/schedule.h"
#include "engine/unavailableworkflow.h"
#include "engine/workflowstore.h"
#include "notify/outbox.h"
#include "workflows/workflowcatalog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSysInfo>
#include <QMutexLocker>
#include <QPromise>
#include <QSqlQuery>
#include <QtConcurrent>

#include <exception>

namespace campagna::engine {

using db::Sql;
using workflows::WorkflowCatalog;

namespace {

template<typename T> QFuture<T> readyFuture(T value)
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return promise.future();
}

RunOutcome failedBeforeRun(const QString &workflow, const Error &error)
{
    RunOutcome outcome;
    outcome.workflow = workflow;
    outcome.error = error.message;
    outcome.errorCode = error.code;
    return outcome;
}

QVariant nullInt()
{
    return QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

WorkflowEngine::WorkflowEngine(std::shared_ptr<db::Database> database, std::shared_ptr<Clock> clock,
                               QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_clock(std::move(clock))
    , m_ownerLabel(QStringLiteral("engine"))
{
    qRegisterMetaType<campagna::engine::RunOutcome>();
    // Five runs at once, the parallel jobs of operationMgt, and the queries
    // of the views; most of these threads wait on the database.
    m_pool.setMaxThreadCount(16);
    m_pool.setObjectName(QStringLiteral("WorkflowEnginePool"));
    // Fault tests freeze a runner past its lease without waiting a minute.
    if (const int ttl = qEnvironmentVariableIntValue("CAMPAGNA_LEASE_TTL"); ttl > 0)
        m_leaseTtl = ttl;
    connect(&m_scheduler, &QTimer::timeout, this, [this] { schedulerTick(); });
}

WorkflowEngine::~WorkflowEngine()
{
    shutdown();
}

void WorkflowEngine::registerWorkflow(const QString &name, WorkflowFactory factory)
{
    QMutexLocker lock(&m_mutex);
    m_factories.insert(name, std::move(factory));
}

WorkflowFactory WorkflowEngine::factoryFor(const QString &workflow) const
{
    QMutexLocker lock(&m_mutex);
    if (const auto it = m_factories.constFind(workflow); it != m_factories.cend())
        return it.value();
    return [workflow] {
        return std::make_unique<UnavailableWorkflow>(workflow);
    };
}

void WorkflowEngine::post(std::function<void()> emitter)
{
    // Signals leave the engine from its own thread, so that a receiver
    // connected directly (QSignalSpy, a lambda without context) never runs
    // on several pool threads at once.
    QMetaObject::invokeMethod(this, std::move(emitter), Qt::QueuedConnection);
}

void WorkflowEngine::setActor(const people::Actor &actor)
{
    QMutexLocker lock(&m_mutex);
    m_actor = actor;
}

people::Actor WorkflowEngine::actor() const
{
    QMutexLocker lock(&m_mutex);
    return m_actor;
}

void WorkflowEngine::setOwnerLabel(const QString &label)
{
    QMutexLocker lock(&m_mutex);
    m_ownerLabel = label;
}

QString WorkflowEngine::ownerName() const
{
    QMutexLocker lock(&m_mutex);
    return QStringLiteral("%1 pid %2 %3")
        .arg(QSysInfo::machineHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(m_ownerLabel);
}

QFuture<Result<QList<WorkflowStatus>>> WorkflowEngine::status()
{
    return QtConcurrent::run(&m_pool, [database = m_database]() {
        return database->withConnection(
            [](QSqlDatabase &db) { return WorkflowStore::loadStatus(db); });
    });
}

QFuture<Result<void>> WorkflowEngine::changeState(const QString &workflow, const QString &state)
{
    const people::Actor who = actor();
    // No continuation on this thread: callers may block on the future
    // (campagnactl); the signal is posted to the engine's thread.
    return QtConcurrent::run(&m_pool, [this, workflow, state, who]() -> Result<void> {
        auto changed = m_database->withConnection([&](QSqlDatabase &db) -> Result<void> {
            return WorkflowStore::setState(db, who, workflow, state,
                                           m_clock->now(m_database.get()));
        });
        if (!changed)
            return changed;
        if (state == u"stopped")
            (void)cancelLocal(workflow);
        post([this, workflow] { emit workflowChanged(workflow); });
        return {};
    });
}

QFuture<Result<void>> WorkflowEngine::start(const QString &workflow)
{
    return changeState(workflow, QStringLiteral("started"));
}

QFuture<Result<void>> WorkflowEngine::pause(const QString &workflow)
{
    return changeState(workflow, QStringLiteral("paused"));
}

QFuture<Result<void>> WorkflowEngine::stop(const QString &workflow)
{
    return changeState(workflow, QStringLiteral("stopped"));
}

QFuture<Result<void>> WorkflowEngine::setSchedule(const QString &workflow, const QString &text)
{
    const people::Actor who = actor();
    return QtConcurrent::run(&m_pool, [this, workflow, text, who]() -> Result<void> {
        auto changed = m_database->withConnection([&](QSqlDatabase &db) -> Result<void> {
            return WorkflowStore::setSchedule(db, who, workflow, text,
                                              m_clock->now(m_database.get()));
        });
        if (!changed)
            return changed;
        post([this, workflow] { emit workflowChanged(workflow); });
        return {};
    });
}

bool WorkflowEngine::isRunning(const QString &workflow) const
{
    QMutexLocker lock(&m_mutex);
    return m_running.contains(workflow);
}

QStringList WorkflowEngine::runningWorkflows() const
{
    QMutexLocker lock(&m_mutex);
    return m_running.keys();
}

bool WorkflowEngine::cancelLocal(const QString &workflow)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_running.constFind(workflow);
    if (it == m_running.cend() || it.value()->load())
        return false;
    it.value()->store(true);
    return true;
}

void WorkflowEngine::cancel(const QString &workflow)
{
    if (!cancelLocal(workflow))
        return;
    const people::Actor who = actor();
    (void)QtConcurrent::run(&m_pool, [this, workflow, who] {
        (void)m_database->withConnection([&](QSqlDatabase &db) {
            return audit::AuditTrail::record(db, who, m_clock->now(m_database.get()),
                                             QStringLiteral("workflow.cancel"),
                                             QStringLiteral("workflow"), workflow);
        });
    });
}

void WorkflowEngine::finishLocalRun(const QString &workflow)
{
    QMutexLocker lock(&m_mutex);
    m_running.remove(workflow);
}

QFuture<RunOutcome> WorkflowEngine::runNow(const QString &workflow, Trigger trigger)
{
    if (!WorkflowCatalog::find(workflow))
        return readyFuture(failedBeforeRun(
            workflow,
            makeError(Error::Code::Usage,
                      tr("Unknown workflow \"%1\". The workflows are: %2.")
                          .arg(workflow, WorkflowCatalog::names().join(QStringLiteral(", "))))));
    if (m_shuttingDown.load())
        return readyFuture(failedBeforeRun(
            workflow, makeError(Error::Code::Cancelled, tr("The engine is shutting down."))));
    auto cancelFlag = std::make_shared<std::atomic<bool>>(false);
    {
        QMutexLocker lock(&m_mutex);
        if (m_running.contains(workflow)) {
            RunOutcome outcome = failedBeforeRun(
                workflow, makeError(Error::Code::LeaseHeld,
                                    tr("%1 is already running in this process.").arg(workflow)));
            outcome.leaseHolder = QStringLiteral("%1 pid %2 %3")
                                      .arg(QSysInfo::machineHostName())
                                      .arg(QCoreApplication::applicationPid())
                                      .arg(m_ownerLabel);
            return readyFuture(outcome);
        }
        m_running.insert(workflow, cancelFlag);
    }
    const people::Actor who = actor();
    auto future = QtConcurrent::run(&m_pool, [this, workflow, trigger, who, cancelFlag] {
        RunOutcome outcome = execute(workflow, trigger, who, cancelFlag);
        finishLocalRun(workflow);
        // The notifications the run queued go out at its end.
        if (outcome.runId != 0 && !m_shuttingDown.load())
            (void)sendOutboxHere();
        post([this, outcome] { emit runFinished(outcome); });
        return outcome;
    });
    return future;
}

RunOutcome WorkflowEngine::execute(const QString &workflow, Trigger trigger,
                                   const people::Actor &actor,
                                   std::shared_ptr<std::atomic<bool>> cancel)
{
    QElapsedTimer timer;
    timer.start();
    db::Database &database = *m_database;
    const db::Dialect &dialect = database.dialect();
    const QString owner = ownerName();
    const QString leaseNow = dialect.nowSql();

    QSqlDatabase db = database.connection();
    if (!db.isOpen())
        return failedBeforeRun(workflow,
                               makeError(Error::Code::Connection, database.lastOpenError()));
    // Every run, scheduled ones too: the scheduler of a console or of
    // serve runs as the operator it was started as.
    if (auto allowed = people::ActorResolver::requireRunner(db, actor, tr("Run %1").arg(workflow));
        !allowed)
        return failedBeforeRun(workflow, allowed.error());

    // 1. Take the lease, mark the runs of an expired lease lost, record the run.
    qint64 runId = 0;
    qint64 fence = 0;
    QString stateAtStart;
    QString scheduleText;
    const qint64 startedAt = m_clock->now(&database);
    Error beginError;
    for (int attempt = 1; attempt <= 3 && runId == 0; ++attempt) {
        db = database.connection();
        db::WriteTransaction transaction(db);
        auto step = [&]() -> Result<void> {
            if (auto begun = transaction.begin(); !begun)
                return begun;
            if (auto limited = dialect.limitIdleTransaction(db, m_leaseTtl); !limited)
                return limited;
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
            auto taken = Sql::update(
                db,
                QStringLiteral("UPDATE workflow SET lease_owner = ?, lease_until = %1 + ?, "
                               "fence = fence + 1 WHERE name = ? AND (lease_owner IS NULL OR "
                               "lease_until IS NULL OR lease_until < %1)")
                    .arg(leaseNow),
                {owner, m_leaseTtl, workflow});
            if (!taken)
                return taken.error();
            if (taken.value() != 1) {
                auto holder = Sql::exec(db,
                                        QStringLiteral("SELECT lease_owner, lease_until FROM "
                                                       "workflow WHERE name = ?"),
                                        {workflow});
                QString holderName;
                if (holder && holder->next())
                    holderName = holder->value(0).toString();
                if (holderName.isEmpty())
                    return makeError(Error::Code::Usage,
                                     tr("Unknown workflow \"%1\": the database has no row for "
                                        "it (run \"campagnactl init\").")
                                         .arg(workflow));
                return makeError(Error::Code::LeaseHeld, holderName);
            }
            auto row = Sql::exec(db,
                                 QStringLiteral("SELECT fence, state, schedule FROM workflow "
                                                "WHERE name = ?"),
                                 {workflow});
            if (!row)
                return row.error();
            if (!row->next())
                return makeError(Error::Code::Failed, tr("The workflow row disappeared."));
            fence = row->value(0).toLongLong();
            stateAtStart = row->value(1).toString();
            scheduleText = row->value(2).toString();

            // Runs still `running` belonged to a runner whose lease expired.
            auto lostMessage = tr("The run was lost: its runner stopped renewing the lease "
                                  "(crashed, killed or cut off).");
            auto logged = Sql::exec(
                db,
                QStringLiteral("INSERT INTO workflow_log (run_id, workflow, at, level, step, "
                               "message, object_type, object_id) SELECT id, workflow, ?, "
                               "'warning', 'lease', ?, 'workflow_run', id FROM workflow_run "
                               "WHERE workflow = ? AND status = 'running'"),
                {startedAt, lostMessage, workflow});
            if (!logged)
                return logged.error();
            auto lost = Sql::exec(db,
                                  QStringLiteral("UPDATE workflow_run SET status = 'lost', "
                                                 "finished_at = ?, error = ? WHERE workflow = ? "
                                                 "AND status = 'running'"),
                                  {startedAt, lostMessage, workflow});
            if (!lost)
                return lost.error();

            auto inserted = Sql::exec(
                db,
                QStringLiteral("INSERT INTO workflow_run (workflow, trigger, requested_by, owner, "
                               "fence, started_at, status) VALUES (?, ?, ?, ?, ?, ?, 'running') "
                               "RETURNING id"),
                {workflow, triggerName(trigger), actor.name, owner, fence, startedAt});
            if (!inserted)
                return inserted.error();
            if (!inserted->next())
                return makeError(Error::Code::Failed, tr("The run could not be recorded."));
            const qint64 id = inserted->value(0).toLongLong();
            inserted->finish();
            if (auto audited = audit::AuditTrail::record(
                    db, actor, startedAt, QStringLiteral("workflow.run"),
                    QStringLiteral("workflow"), workflow,
                    {{QStringLiteral("run_id"), id},
                     {QStringLiteral("trigger"), triggerName(trigger)}});
                !audited)
                return audited;
            if (auto linked = Sql::exec(db,
                                        QStringLiteral("UPDATE workflow SET last_run_id = ? "
                                                       "WHERE name = ?"),
                                        {id, workflow});
                !linked)
                return linked.error();
            if (auto committed = transaction.commit(); !committed)
                return committed;
            runId = id;
            return {};
        };
        auto begun = step();
        if (begun)
            break;
        beginError = begun.error();
        if (beginError.code == Error::Code::LeaseHeld) {
            RunOutcome outcome = failedBeforeRun(
                workflow, makeError(Error::Code::LeaseHeld,
                                    tr("%1 is being run by %2; it was not started again.")
                                        .arg(workflow, beginError.message)));
            outcome.leaseHolder = beginError.message;
            return outcome;
        }
        if (beginError.code != Error::Code::Transient)
            break;
        QThread::msleep(ulong(200 * attempt));
        (void)database.reconnect();
    }
    if (runId == 0)
        return failedBeforeRun(workflow, beginError);

    post([this, workflow, runId] { emit runStarted(workflow, runId); });

    // 2. The workflow's own processing.
    RunContext::Callbacks callbacks;
    callbacks.progress = [this, workflow, runId](qint64 done, qint64 total) {
        post([this, workflow, runId, done, total] {
            emit runProgress(workflow, runId, done, total);
        });
    };
    callbacks.log = [this, workflow, runId](LogLevel level, const QString &message) {
        post([this, workflow, runId, level, message] {
            emit logLine(workflow, runId, logLevelName(level), message);
        });
    };
    RunContext context(database, *m_clock, workflow, runId, fence, owner, m_leaseTtl, *cancel,
                       stateAtStart, callbacks);
    context.setPool(&m_pool);
    Result<void> result;
    try {
        std::unique_ptr<Workflow> processing = factoryFor(workflow)();
        result = processing->run(context);
    } catch (const std::exception &e) {
        result = makeError(Error::Code::Failed,
                           tr("Internal error: %1").arg(QString::fromLocal8Bit(e.what())));
    } catch (...) {
        result = makeError(Error::Code::Failed, tr("Internal error (unknown exception)."));
    }

    RunOutcome outcome;
    outcome.workflow = workflow;
    outcome.runId = runId;
    if (result) {
        outcome.status = QStringLiteral("succeeded");
    } else if (result.errorCode() == Error::Code::Cancelled) {
        outcome.status = QStringLiteral("cancelled");
        outcome.error = result.errorMessage();
        context.info(QStringLiteral("run"), result.errorMessage());
    } else if (result.errorCode() == Error::Code::LeaseHeld || context.leaseLost()) {
        outcome.status = QStringLiteral("lost");
        outcome.error = result.errorMessage();
    } else {
        outcome.status = QStringLiteral("failed");
        outcome.error = result.errorMessage();
        context.log(LogLevel::Error, QStringLiteral("run"), result.errorMessage());
    }
    outcome.errorCode = result ? Error::Code::Failed : result.errorCode();

    // 3. The last transaction: fenced, releases the lease whatever the outcome.
    const bool failed = outcome.status == u"failed";
    const bool succeeded = outcome.status == u"succeeded";
    const qint64 finishedAt = m_clock->now(&database);
    std::optional<qint64> nextRun;
    if (auto schedule = Schedule::parse(scheduleText); schedule)
        nextRun = schedule->nextAfter(finishedAt);
    if (outcome.status != u"lost") {
        Error finishError;
        bool finished = false;
        const RunContext::Mark beforeFinish = context.mark();
        for (int attempt = 1; attempt <= 5 && !finished; ++attempt) {
            context.restore(beforeFinish);
            db = database.connection();
            db::WriteTransaction transaction(db);
            auto step = [&]() -> Result<void> {
                if (auto begun = transaction.begin(); !begun)
                    return begun;
                if (auto limited = dialect.limitIdleTransaction(db, m_leaseTtl); !limited)
                    return limited;
                auto released = Sql::update(
                    db,
                    QStringLiteral(
                        "UPDATE workflow SET lease_owner = NULL, lease_until = NULL, "
                        "next_run_at = ?, "
                        "failed = CASE WHEN ? = 1 THEN 1 ELSE failed END, "
                        "consecutive_errors = CASE WHEN ? = 1 THEN consecutive_errors + 1 "
                        "WHEN ? = 1 THEN 0 ELSE consecutive_errors END, "
                        "state = CASE WHEN ? = 1 AND on_error = 'pause' AND state = 'started' "
                        "THEN 'paused' ELSE state END "
                        "WHERE name = ? AND fence = ? AND lease_owner = ?"),
                    {nextRun ? QVariant(*nextRun) : nullInt(), failed ? 1 : 0, failed ? 1 : 0,
                     succeeded ? 1 : 0, failed ? 1 : 0, workflow, fence, owner});
                if (!released)
                    return released.error();
                if (released.value() != 1)
                    return makeError(Error::Code::LeaseHeld,
                                     tr("The run lost its lease before it could record its "
                                        "end."));
                if (failed) {
                    auto state = Sql::scalar(db,
                                             QStringLiteral("SELECT state FROM workflow "
                                                            "WHERE name = ?"),
                                             {workflow});
                    if (state && state.value() && state.value()->toString() == u"paused" &&
                        stateAtStart == u"started")
                        context.warning(QStringLiteral("run"),
                                        tr("%1 was paused after this failure (on_error = pause); "
                                           "start it again once the cause is fixed.")
                                            .arg(workflow));
                    auto supervisors = Sql::exec(
                        db, QStringLiteral("SELECT o.id, o.email FROM operator o "
                                           "JOIN operator_group_member m ON m.operator_id = o.id "
                                           "JOIN operator_group g ON g.id = m.group_id "
                                           "WHERE g.name = 'workflow-supervisors' ORDER BY o.id"));
                    if (!supervisors)
                        return supervisors.error();
                    QList<QPair<qint64, QString>> recipients;
                    while (supervisors->next())
                        recipients.append(
                            {supervisors->value(0).toLongLong(), supervisors->value(1).toString()});
                    supervisors->finish();
                    for (const auto &[operatorId, email] : std::as_const(recipients)) {
                        notify::Outbox::Message message;
                        message.kind = QStringLiteral("workflow_failure");
                        message.dedupKey =
                            QStringLiteral("workflow-failure:%1:%2").arg(runId).arg(operatorId);
                        message.recipientOperatorId = operatorId;
                        message.recipientEmail = email;
                        message.subject = tr("Campagna: the workflow %1 failed").arg(workflow);
                        message.body =
                            tr("Run %1 of the workflow %2 failed at %3 (UTC).\n\nCause: %4\n\n"
                               "What to do: read the run's journal in the console (Workflows "
                               "page) or with \"campagnactl log %2 --run %1\", fix the cause, "
                               "then start the workflow again.")
                                .arg(runId)
                                .arg(workflow,
                                     QDateTime::fromSecsSinceEpoch(finishedAt, Qt::UTC)
                                         .toString(Qt::ISODate),
                                     outcome.error);
                        if (auto queued = notify::Outbox::queue(db, message, finishedAt); !queued)
                            return queued.error();
                    }
                    if (recipients.isEmpty())
                        context.warning(QStringLiteral("run"),
                                        tr("No supervisor was told of this failure: the "
                                           "operator group \"workflow-supervisors\" has no "
                                           "members."));
                }
                if (auto flushed = context.flushLog(db); !flushed)
                    return flushed;
                auto recorded =
                    Sql::exec(db,
                              QStringLiteral("UPDATE workflow_run SET status = ?, finished_at = ?, "
                                             "items = ?, warnings = ?, error = ? WHERE id = ?"),
                              {outcome.status, finishedAt, context.items(), context.warnings(),
                               outcome.error.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                       : QVariant(outcome.error),
                               runId});
                if (!recorded)
                    return recorded.error();
                return transaction.commit();
            };
            auto done = step();
            if (done) {
                context.clearPendingLog();
                finished = true;
                break;
            }
            finishError = done.error();
            if (finishError.code != Error::Code::Transient)
                break;
            QThread::msleep(ulong(200 * attempt));
            (void)database.reconnect();
        }
        if (!finished) {
            // The run stays `running` until the lease expires and the next
            // runner marks it lost: the truth, since its end was not recorded.
            outcome.status = finishError.code == Error::Code::LeaseHeld ? QStringLiteral("lost")
                                                                        : QStringLiteral("failed");
            outcome.error = outcome.error.isEmpty() ? finishError.message
                                                    : outcome.error + u' ' + finishError.message;
            outcome.errorCode = finishError.code;
        }
    }
    outcome.items = context.items();
    outcome.warnings = context.warnings();
    outcome.durationMs = timer.elapsed();
    return outcome;
}

QFuture<Result<notify::OutboxSender::Summary>> WorkflowEngine::sendOutbox()
{
    return QtConcurrent::run(&m_pool, [this] { return sendOutboxHere(); });
}

Result<notify::OutboxSender::Summary> WorkflowEngine::sendOutboxHere()
{
    auto summary = m_database->withConnection([this](QSqlDatabase &db) {
        return notify::OutboxSender::sendPending(db, m_clock->now(m_database.get()));
    });
    if (summary && summary->configured && summary->sent + summary->retried + summary->failed > 0)
        post([this, message = summary->message] { emit outboxSent(message); });
    return summary;
}

QFuture<QStringList> WorkflowEngine::schedulerTick()
{
    if (m_shuttingDown.load() || m_tickInFlight.exchange(true))
        return readyFuture(QStringList());
    auto due = QtConcurrent::run(&m_pool, [database = m_database, clock = m_clock] {
        auto names = database->withConnection([&](QSqlDatabase &db) -> Result<QStringList> {
            auto query = Sql::exec(db,
                                   QStringLiteral("SELECT name FROM workflow WHERE state = "
                                                  "'started' AND schedule <> '' AND "
                                                  "(next_run_at IS NULL OR next_run_at <= ?)"),
                                   {clock->now(database.get())});
            if (!query)
                return query.error();
            QStringList found;
            while (query->next())
                found << query->value(0).toString();
            return found;
        });
        // An unreachable database is not an error of the scheduler: it
        // tries again at its next tick.
        return names ? names.value() : QStringList();
    });
    return due.then(this, [this](const QStringList &names) {
        m_tickInFlight.store(false);
        QStringList started;
        for (const QString &name : names) {
            if (m_shuttingDown.load() || isRunning(name))
                continue;
            runNow(name, Trigger::Schedule);
            started << name;
        }
        return started;
    });
}

bool WorkflowEngine::startScheduler(int intervalMs)
{
    if (!actor().mayRun())
        return false;
    m_scheduler.start(intervalMs);
    schedulerTick();
    return true;
}

QFuture<Result<void>> WorkflowEngine::recordConnectionOpened()
{
    const people::Actor who = actor();
    return QtConcurrent::run(&m_pool, [this, who]() -> Result<void> {
        return m_database->withConnection([&](QSqlDatabase &db) {
            return audit::AuditTrail::record(db, who, m_clock->now(m_database.get()),
                                             QStringLiteral("connection.open"),
                                             QStringLiteral("database"),
                                             m_database->url().toDisplayString(),
                                             {{QStringLiteral("owner"), ownerName()}});
        });
    });
}

void WorkflowEngine::stopScheduler()
{
    m_scheduler.stop();
}

void WorkflowEngine::shutdown()
{
    m_shuttingDown.store(true);
    m_scheduler.stop();
    {
        QMutexLocker lock(&m_mutex);
        for (const auto &flag : std::as_const(m_running))
            flag->store(true);
    }
    m_pool.waitForDone();
}

} // namespace campagna::engine
