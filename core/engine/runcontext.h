#pragma once

#include "common/result.h"
#include "common/retrypolicy.h"
#include "engine/runstates.h"

#include <QCoreApplication>
#include <QList>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

class QThreadPool;

namespace campagna::db {
class Database;
}

namespace campagna::engine {

class Clock;

// What a running workflow sees of the engine: its connection, its clock,
// units of work, the journal, progress and cancellation.
//
// Threading: created by the engine on the pool thread that runs the
// workflow and used only there. The callbacks it calls may emit signals.
class RunContext final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::engine::RunContext)

public:
    // Units of work: 5 attempts, bounded jittered exponential back-off
    // (100 ms, 200 ms, ... plus up to 100 ms).
    static constexpr RetryPolicy kUnitRetry{5, RetryPolicy::Backoff::Exponential, 100, 100};

    struct Callbacks
    {
        std::function<void(qint64 done, qint64 total)> progress;
        std::function<void(LogLevel level, const QString &message)> log;
    };

    struct LogEntry
    {
        LogLevel level;
        QString step;
        QString message;
        QString objectType;
        std::optional<qint64> objectId;
        qint64 at;
    };

    RunContext(db::Database &database, const Clock &clock, QString workflow, qint64 runId,
               qint64 fence, QString leaseOwner, int leaseTtlSeconds,
               const std::atomic<bool> &cancelRequested, std::optional<WorkflowState> stateAtStart,
               Callbacks callbacks);

    QString workflow() const { return m_workflow; }
    qint64 runId() const { return m_runId; }
    qint64 fence() const { return m_fence; }
    QSqlDatabase connection();
    db::Database &database() { return m_database; }
    // The run's "now": the fixed time of --now or the system/server clock.
    qint64 now() const;

    // Runs `body` as one unit of work: one write transaction that first
    // checks (and renews) this run's lease and fence, then runs the body,
    // then writes the journal lines logged since the last unit, then
    // commits. Transient errors roll back and retry the whole unit
    // (kUnitRetry, reconnecting first). A lost lease fails with
    // Error::Code::LeaseHeld and writes nothing.
    Result<void> unit(const QString &step, const std::function<Result<void>(QSqlDatabase &)> &body);

    // What one concurrent unit logs and counts; written with its transaction.
    class UnitJournal final
    {
    public:
        explicit UnitJournal(const RunContext &context)
            : m_context(context)
        {}
        void info(const QString &step, const QString &message, const QString &objectType = {},
                  std::optional<qint64> objectId = std::nullopt);
        void warning(const QString &step, const QString &message, const QString &objectType = {},
                     std::optional<qint64> objectId = std::nullopt);
        void addItems(qint64 count) { m_items += count; }

    private:
        friend class RunContext;
        const RunContext &m_context;
        QList<LogEntry> m_entries;
        qint64 m_items = 0;
    };

    // Like unit(), but safe to call from several threads of this run at once
    // (the parallel jobs of operationMgt), each on its own connection. The
    // fence is checked under a shared row lock (PostgreSQL: SELECT ... FOR
    // SHARE), so concurrent units do not wait for one another while a
    // runner taking the lease waits for all of them. The body logs through
    // its UnitJournal; what it logged and counted joins the run when the
    // unit commits.
    Result<void>
    concurrentUnit(const QString &step,
                   const std::function<Result<void>(QSqlDatabase &, UnitJournal &)> &body);

    // The engine's pool, for work a run spreads over several threads.
    QThreadPool *pool() const { return m_pool; }
    void setPool(QThreadPool *pool) { m_pool = pool; }

    // Between units: fails with Error::Code::Cancelled when the run was
    // cancelled or its workflow was paused or stopped since it began.
    Result<void> checkpoint();
    bool isCancelled() const;

    // Journal lines are written with the next unit that commits (or the
    // run's last transaction), so a rolled-back unit leaves none behind.
    void log(LogLevel level, const QString &step, const QString &message,
             const QString &objectType = {}, std::optional<qint64> objectId = std::nullopt);
    void info(const QString &step, const QString &message, const QString &objectType = {},
              std::optional<qint64> objectId = std::nullopt);
    void warning(const QString &step, const QString &message, const QString &objectType = {},
                 std::optional<qint64> objectId = std::nullopt);

    void addItems(qint64 count)
    {
        QMutexLocker lock(&m_countsMutex);
        m_items += count;
    }
    qint64 items() const
    {
        QMutexLocker lock(&m_countsMutex);
        return m_items;
    }
    int warnings() const
    {
        QMutexLocker lock(&m_countsMutex);
        return m_warnings;
    }
    void setProgress(qint64 done, qint64 total);

    bool leaseLost() const { return m_leaseLost; }

    // What a transaction that may roll back has added to the journal and
    // the counts: take a mark before it, restore the mark if it fails.
    struct Mark
    {
        qsizetype log;
        int warnings;
        qint64 items;
    };
    Mark mark() const { return {m_pending.size(), m_warnings, m_items}; }
    void restore(const Mark &mark);

    // Writes the pending journal lines on `db` (inside the caller's
    // transaction). Used by units and by the engine's last transaction;
    // clearPendingLog() once that transaction has committed.
    Result<void> flushLog(const QSqlDatabase &db);
    void clearPendingLog() { m_pending.clear(); }
    // Journal lines not yet written (the engine adds its own last ones).
    const QList<LogEntry> &pendingLog() const { return m_pending; }

private:
    Result<void> renewLease(const QSqlDatabase &db);
    // One write transaction running `work`, retried by kUnitRetry after
    // transient errors (reconnecting first); `undo` runs after each failed
    // attempt.
    Result<void> retried(const QString &step,
                         const std::function<Result<void>(QSqlDatabase &)> &work,
                         const std::function<void()> &undo = {});
    // One attempt of retried(): begin, work, commit, or roll back.
    Result<void> attemptUnit(const std::function<Result<void>(QSqlDatabase &)> &work);
    Result<void> writeLog(const QSqlDatabase &db, const QList<LogEntry> &entries) const;
    void faultInjectionAfterCommit();

    db::Database &m_database;
    const Clock &m_clock;
    QString m_workflow;
    qint64 m_runId;
    qint64 m_fence;
    QString m_leaseOwner;
    int m_leaseTtl;
    const std::atomic<bool> &m_cancelRequested;
    std::optional<WorkflowState> m_stateAtStart;
    Callbacks m_callbacks;
    QList<LogEntry> m_pending;
    qint64 m_items = 0;
    int m_warnings = 0;
    std::atomic<bool> m_leaseLost{false};
    QThreadPool *m_pool = nullptr;
    // Guards m_items and m_warnings, which concurrent units add to.
    mutable QMutex m_countsMutex;
    int m_committedUnits = 0;
    qint64 m_lastRenewal = 0;
};

} // namespace campagna::engine
