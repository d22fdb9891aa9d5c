#pragma once

#include "common/result.h"
#include "engine/clock.h"
#include "engine/leasestore.h"
#include "engine/records.h"
#include "engine/runcontext.h"
#include "engine/workflow.h"
#include "notify/outboxsender.h"
#include "people/actor.h"

#include <QFuture>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

namespace campagna::db {
class Database;
}

namespace campagna::engine {

// Runs the five workflows (04-engine.md): commands, the scheduler, leases
// with fencing, runs and their journal, cancellation.
//
// Threading: lives in the thread that created it (the GUI thread in the
// console, main in campagnactl). Every database access and every run
// happens on the engine's own QThreadPool and comes back as a QFuture or a
// signal; no method blocks on the database. Signals are always emitted
// from the engine's thread (posted there from the pool), so they need that
// thread's event loop to arrive.
class WorkflowEngine final : public QObject
{
    Q_OBJECT

public:
    WorkflowEngine(std::shared_ptr<db::Database> database, std::shared_ptr<Clock> clock,
                   QObject *parent = nullptr);
    ~WorkflowEngine() override;
    Q_DISABLE_COPY_MOVE(WorkflowEngine)

    std::shared_ptr<db::Database> database() const { return m_database; }
    std::shared_ptr<Clock> clock() const { return m_clock; }
    QThreadPool *pool() { return &m_pool; }

    // Replaces the processing of a workflow (tests register test-only ones;
    // later versions register the real ones). The default for each of the
    // five is UnavailableWorkflow.
    void registerWorkflow(const QString &name, WorkflowFactory factory);

    // Who the commands are taken as; see people::ActorResolver.
    void setActor(const people::Actor &actor);
    people::Actor actor() const;
    // Shown in workflow_run.owner and lease_owner after host and process,
    // e.g. "console", "campagnactl run", "serve".
    void setOwnerLabel(const QString &label);
    QString ownerName() const;
    // The lease's time to live (default 60 s, or CAMPAGNA_LEASE_TTL seconds
    // from the environment, for fault tests that freeze a runner past it).
    void setLeaseTtl(int seconds) { m_leaseTtl = seconds; }
    int leaseTtl() const { return m_leaseTtl; }

    QFuture<Result<QList<WorkflowStatus>>> status();
    QFuture<Result<void>> start(const QString &workflow);
    QFuture<Result<void>> pause(const QString &workflow);
    // Also cancels a run of this workflow in this process; runs elsewhere
    // notice at their next checkpoint.
    QFuture<Result<void>> stop(const QString &workflow);
    QFuture<Result<void>> setSchedule(const QString &workflow, const QString &schedule);

    // One run now, whatever the state, unless one is running (here: an
    // immediate outcome with an error; elsewhere: LeaseHeld).
    QFuture<RunOutcome> runNow(const QString &workflow, Trigger trigger);
    // Cancels the run of `workflow` in this process, if any (the Cancel
    // command: audited as workflow.cancel).
    void cancel(const QString &workflow);
    bool isRunning(const QString &workflow) const;
    QStringList runningWorkflows() const;

    // The scheduler: every `intervalMs`, due started workflows are run.
    // Only for an actor who may run workflows (Actor::mayRun(): runners and
    // administrators); returns false, and starts nothing, for anyone else.
    bool startScheduler(int intervalMs = 15000);
    void stopScheduler();
    bool isSchedulerActive() const { return m_scheduler.isActive(); }
    // One scheduler pass (also what the timer does); returns the workflows
    // it started.
    QFuture<QStringList> schedulerTick();

    // Sends the queued notifications by SMTP when setting('smtp.url') is
    // set (notify::OutboxSender). Runs after every run that was recorded;
    // `campagnactl serve` also calls it regularly.
    QFuture<Result<notify::OutboxSender::Summary>> sendOutbox();

    // Records that the console opened the database as actor()
    // (connection.open in the audit trail).
    QFuture<Result<void>> recordConnectionOpened();

    // Cancels every run and waits for the pool. Called by the destructor.
    void shutdown();

signals:
    void runStarted(const QString &workflow, qint64 runId);
    void runProgress(const QString &workflow, qint64 runId, qint64 done, qint64 total);
    void logLine(const QString &workflow, qint64 runId, const QString &level,
                 const QString &message);
    void runFinished(const campagna::engine::RunOutcome &outcome);
    // A command changed a workflow's row (state, schedule).
    void workflowChanged(const QString &workflow);
    // The outbox was sent to the SMTP server: what happened, in one line.
    void outboxSent(const QString &message);

private:
    QFuture<Result<void>> changeState(const QString &workflow, WorkflowState state);
    RunOutcome execute(const QString &workflow, Trigger trigger, const people::Actor &actor,
                       std::shared_ptr<std::atomic<bool>> cancel);
    // The parts of execute(), on the run's pool thread.
    RunContext::Callbacks callbacksFor(const QString &workflow, qint64 runId);
    Result<void> process(RunContext &context);
    static RunOutcome outcomeOf(RunContext &context, const Result<void> &result);
    void finish(LeaseStore &store, const LeaseStore::Lease &lease, RunContext &context,
                RunOutcome &outcome);
    // Sets the cancel flag of a local run; false when none is running.
    bool cancelLocal(const QString &workflow);
    WorkflowFactory factoryFor(const QString &workflow) const;
    void finishLocalRun(const QString &workflow);
    // Emits from the engine's thread, whatever thread calls it.
    void post(std::function<void()> emitter);
    Result<notify::OutboxSender::Summary> sendOutboxHere();

    std::shared_ptr<db::Database> m_database;
    std::shared_ptr<Clock> m_clock;
    QThreadPool m_pool;
    QTimer m_scheduler;
    std::atomic<bool> m_tickInFlight{false};
    std::atomic<bool> m_shuttingDown{false};
    int m_leaseTtl = 60;

    mutable QMutex m_mutex; // guards the members below
    QHash<QString, WorkflowFactory> m_factories;
    QHash<QString, std::shared_ptr<std::atomic<bool>>> m_running;
    people::Actor m_actor;
    QString m_ownerLabel;
};

} // namespace campagna::engine
