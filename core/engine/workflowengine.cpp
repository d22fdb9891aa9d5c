#include "engine/workflowengine.h"

#include "audit/audittrail.h"
#include "db/database.h"
#include "db/sql.h"
#include "engine/failurenotifier.h"
#include "engine/runcontext.h"
#include "engine/schedule.h"
#include "engine/unavailableworkflow.h"
#include "engine/workflowstore.h"
#include "workflows/workflowcatalog.h"

#include <QCoreApplication>
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

QFuture<Result<void>> WorkflowEngine::changeState(const QString &workflow, WorkflowState state)
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
        if (state == WorkflowState::Stopped)
            (void)cancelLocal(workflow);
        post([this, workflow] { emit workflowChanged(workflow); });
        return {};
    });
}

QFuture<Result<void>> WorkflowEngine::start(const QString &workflow)
{
    return changeState(workflow, WorkflowState::Started);
}

QFuture<Result<void>> WorkflowEngine::pause(const QString &workflow)
{
    return changeState(workflow, WorkflowState::Paused);
}

QFuture<Result<void>> WorkflowEngine::stop(const QString &workflow)
{
    return changeState(workflow, WorkflowState::Stopped);
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
    const QString owner = ownerName();

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
    LeaseStore store(database, workflow, owner, m_leaseTtl);
    auto lease = store.begin(trigger, actor, m_clock->now(&database));
    if (!lease && lease.errorCode() == Error::Code::LeaseHeld) {
        RunOutcome outcome = failedBeforeRun(
            workflow, makeError(Error::Code::LeaseHeld,
                                tr("%1 is being run by %2; it was not started again.")
                                    .arg(workflow, lease.errorMessage())));
        outcome.leaseHolder = lease.errorMessage();
        return outcome;
    }
    if (!lease)
        return failedBeforeRun(workflow, lease.error());
    const qint64 runId = lease->runId;
    post([this, workflow, runId] { emit runStarted(workflow, runId); });

    // 2. The workflow's own processing.
    RunContext context(database, *m_clock, workflow, runId, lease->fence, owner, m_leaseTtl,
                       *cancel, lease->stateAtStart, callbacksFor(workflow, runId));
    context.setPool(&m_pool);
    RunOutcome outcome = outcomeOf(context, process(context));

    // 3. The last transaction: fenced, releases the lease whatever the outcome.
    if (fromSql<RunStatus>(outcome.status) != RunStatus::Lost)
        finish(store, lease.value(), context, outcome);
    outcome.items = context.items();
    outcome.warnings = context.warnings();
    outcome.durationMs = timer.elapsed();
    return outcome;
}

RunContext::Callbacks WorkflowEngine::callbacksFor(const QString &workflow, qint64 runId)
{
    RunContext::Callbacks callbacks;
    callbacks.progress = [this, workflow, runId](qint64 done, qint64 total) {
        post([this, workflow, runId, done, total] {
            emit runProgress(workflow, runId, done, total);
        });
    };
    callbacks.log = [this, workflow, runId](LogLevel level, const QString &message) {
        post([this, workflow, runId, level, message] {
            emit logLine(workflow, runId, sqlName(level), message);
        });
    };
    return callbacks;
}

Result<void> WorkflowEngine::process(RunContext &context)
{
    try {
        std::unique_ptr<Workflow> processing = factoryFor(context.workflow())();
        return processing->run(context);
    } catch (const std::exception &e) {
        return makeError(Error::Code::Failed,
                         tr("Internal error: %1").arg(QString::fromLocal8Bit(e.what())));
    } catch (...) {
        return makeError(Error::Code::Failed, tr("Internal error (unknown exception)."));
    }
}

RunOutcome WorkflowEngine::outcomeOf(RunContext &context, const Result<void> &result)
{
    RunOutcome outcome;
    outcome.workflow = context.workflow();
    outcome.runId = context.runId();
    if (result) {
        outcome.status = sqlName(RunStatus::Succeeded);
    } else if (result.errorCode() == Error::Code::Cancelled) {
        outcome.status = sqlName(RunStatus::Cancelled);
        outcome.error = result.errorMessage();
        context.info(QStringLiteral("run"), result.errorMessage());
    } else if (result.errorCode() == Error::Code::LeaseHeld || context.leaseLost()) {
        outcome.status = sqlName(RunStatus::Lost);
        outcome.error = result.errorMessage();
    } else {
        outcome.status = sqlName(RunStatus::Failed);
        outcome.error = result.errorMessage();
        context.log(LogLevel::Error, QStringLiteral("run"), result.errorMessage());
    }
    outcome.errorCode = result ? Error::Code::Failed : result.errorCode();
    return outcome;
}

void WorkflowEngine::finish(LeaseStore &store, const LeaseStore::Lease &lease,
                            RunContext &context, RunOutcome &outcome)
{
    LeaseStore::End end;
    // outcomeOf wrote one of the schema's values.
    end.status = fromSql<RunStatus>(outcome.status).value_or(RunStatus::Failed);
    end.error = outcome.error;
    end.finishedAt = m_clock->now(m_database.get());
    if (auto schedule = Schedule::parse(lease.scheduleText); schedule)
        end.nextRun = schedule->nextAfter(end.finishedAt);
    const bool failed = end.status == RunStatus::Failed;
    auto finished = store.end(context, lease, end, [&](const QSqlDatabase &db) -> Result<void> {
        if (!failed)
            return {};
        return FailureNotifier::notify(db, context, lease.stateAtStart, outcome.error,
                                       end.finishedAt);
    });
    if (finished)
        return;
    // The run stays `running` until the lease expires and the next
    // runner marks it lost: the truth, since its end was not recorded.
    const Error &finishError = finished.error();
    outcome.status =
        sqlName(finishError.code == Error::Code::LeaseHeld ? RunStatus::Lost : RunStatus::Failed);
    outcome.error = outcome.error.isEmpty() ? finishError.message
                                            : outcome.error + u' ' + finishError.message;
    outcome.errorCode = finishError.code;
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
