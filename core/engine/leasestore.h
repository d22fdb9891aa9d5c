#pragma once

#include "common/result.h"
#include "common/retrypolicy.h"
#include "engine/records.h"
#include "engine/runstates.h"
#include "people/actor.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace campagna::db {
class Database;
}

namespace campagna::engine {

class RunContext;

// The lease of a workflow and the rows of its runs (04-engine.md, "Leases
// and fencing"): the first transaction of a run takes the lease (fence + 1),
// marks the runs of an expired lease lost and records the run; the last one
// releases the lease, fenced, and records how the run ended.
//
// Threading: one per run, on the pool thread that runs it, on that thread's
// connection of `database`.
class LeaseStore final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::engine::LeaseStore)

public:
    // The first transaction of a run: 3 attempts, 200 ms × attempt apart.
    static constexpr RetryPolicy kBeginRetry{3, RetryPolicy::Backoff::Linear, 200};
    // The last one, which must not give up lightly: 5 attempts.
    static constexpr RetryPolicy kEndRetry{5, RetryPolicy::Backoff::Linear, 200};

    struct Lease
    {
        qint64 runId = 0;
        qint64 fence = 0;
        std::optional<WorkflowState> stateAtStart; // nullopt for an unknown text
        QString scheduleText;
    };

    // How the run ended, for its last transaction.
    struct End
    {
        RunStatus status = RunStatus::Failed; // not Lost
        QString error;
        qint64 finishedAt = 0;
        std::optional<qint64> nextRun;
    };

    LeaseStore(db::Database &database, QString workflow, QString owner, int leaseTtl);

    // Takes the lease and records the run started at `startedAt`, in one
    // write transaction retried by kBeginRetry. Fails with LeaseHeld (the
    // holder's name as the message) when another runner has the lease.
    Result<Lease> begin(Trigger trigger, const people::Actor &actor, qint64 startedAt);

    // The run's last transaction, retried by kEndRetry: releases the lease
    // (LeaseHeld when the fence was taken meanwhile), runs `beforeJournal`
    // (the failure notice), writes the run's pending journal and records
    // `end` with the run's counts. What a failed attempt added to the
    // journal and the counts is undone before the next.
    Result<void> end(RunContext &context, const Lease &lease, const End &end,
                     const std::function<Result<void>(const QSqlDatabase &)> &beforeJournal);

private:
    // One attempt: `body` inside a write transaction, committed.
    Result<void> inTransaction(const std::function<Result<void>(QSqlDatabase &)> &body);
    Result<void> skipLocked(const QSqlDatabase &db);
    Result<void> take(const QSqlDatabase &db);
    Result<Lease> readLease(const QSqlDatabase &db);
    Result<void> markLost(const QSqlDatabase &db, qint64 at);
    Result<qint64> recordRun(const QSqlDatabase &db, const Lease &lease, Trigger trigger,
                             const people::Actor &actor, qint64 startedAt);
    Result<void> release(const QSqlDatabase &db, const Lease &lease, const End &end);
    Result<void> recordEnd(const QSqlDatabase &db, const Lease &lease, const End &end,
                           const RunContext &context);

    db::Database &m_database;
    QString m_workflow;
    QString m_owner;
    int m_leaseTtl;
};

} // namespace campagna::engine
