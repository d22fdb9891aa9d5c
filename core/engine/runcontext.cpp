#include "engine/runcontext.h"

#include "db/database.h"
#include "db/sql.h"
#include "engine/clock.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QThread>

#include <csignal>

namespace campagna::engine {

using db::Sql;

RunContext::RunContext(db::Database &database, const Clock &clock, QString workflow, qint64 runId,
                       qint64 fence, QString leaseOwner, int leaseTtlSeconds,
                       const std::atomic<bool> &cancelRequested,
                       std::optional<WorkflowState> stateAtStart, Callbacks callbacks)
    : m_database(database)
    , m_clock(clock)
    , m_workflow(std::move(workflow))
    , m_runId(runId)
    , m_fence(fence)
    , m_leaseOwner(std::move(leaseOwner))
    , m_leaseTtl(leaseTtlSeconds)
    , m_cancelRequested(cancelRequested)
    , m_stateAtStart(stateAtStart)
    , m_callbacks(std::move(callbacks))
    , m_lastRenewal(QDateTime::currentSecsSinceEpoch())
{}

QSqlDatabase RunContext::connection()
{
    return m_database.connection();
}

qint64 RunContext::now() const
{
    return m_clock.now(&m_database);
}

Result<void> RunContext::renewLease(const QSqlDatabase &db)
{
    // Also the fence check: inside a transaction this row lock is held until
    // commit, so no other runner can take the lease in between.
    auto renewed = Sql::update(db,
                               QStringLiteral("UPDATE workflow SET lease_until = %1 + ? "
                                              "WHERE name = ? AND fence = ? AND lease_owner = ?")
                                   .arg(m_database.dialect().nowSql()),
                               {m_leaseTtl, m_workflow, m_fence, m_leaseOwner});
    if (!renewed)
        return renewed.error();
    if (renewed.value() != 1) {
        m_leaseLost = true;
        return makeError(Error::Code::LeaseHeld,
                         tr("Run %1 of %2 lost its lease (another runner took the workflow "
                            "over); it stops without writing anything more.")
                             .arg(m_runId)
                             .arg(m_workflow));
    }
    m_lastRenewal = QDateTime::currentSecsSinceEpoch();
    return {};
}

namespace {

// Whether the connection still executes a statement.
bool answers(const QSqlDatabase &db)
{
    if (!db.isOpen())
        return false;
    QSqlQuery probe(db);
    return probe.exec(QStringLiteral("SELECT 1"));
}

} // namespace

Result<void> RunContext::attemptUnit(const std::function<Result<void>(QSqlDatabase &)> &work)
{
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return makeError(Error::Code::Transient, m_database.lastOpenError());
    db::WriteTransaction transaction(db);
    Result<void> outcome = transaction.begin();
    if (outcome)
        outcome = m_database.dialect().limitIdleTransaction(db, m_leaseTtl);
    if (outcome)
        outcome = work(db);
    if (outcome)
        outcome = transaction.commit();
    if (!outcome) {
        transaction.rollback();
        // A statement cut off by a lost connection may come back
        // with an empty, unclassified error (QPSQL after
        // pg_terminate_backend): if the connection no longer
        // answers, the failure is the connection's, and transient.
        if (outcome.errorCode() == Error::Code::Failed && !answers(db))
            outcome = makeError(Error::Code::Transient, outcome.error().message);
    }
    return outcome;
}

Result<void> RunContext::retried(const QString &step,
                                 const std::function<Result<void>(QSqlDatabase &)> &work,
                                 const std::function<void()> &undo)
{
    const auto lost = [this] {
        return makeError(Error::Code::LeaseHeld,
                         tr("Run %1 of %2 has lost its lease.").arg(m_runId).arg(m_workflow));
    };
    if (m_leaseLost)
        return lost();
    auto outcome = kUnitRetry.run(
        [&]() -> Result<void> {
            // Another unit of this run may have lost the lease meanwhile.
            if (m_leaseLost)
                return lost();
            auto attempted = attemptUnit(work);
            if (!attempted && undo)
                undo();
            return attempted;
        },
        [this] { (void)m_database.reconnect(); });
    if (outcome)
        return {};
    return makeError(outcome.errorCode(),
                     tr("Step \"%1\" failed: %2").arg(step, outcome.errorMessage()));
}

Result<void> RunContext::unit(const QString &step,
                              const std::function<Result<void>(QSqlDatabase &)> &body)
{
    const Mark before = mark();
    auto done = retried(
        step,
        [&](QSqlDatabase &db) -> Result<void> {
            if (auto renewed = renewLease(db); !renewed)
                return renewed;
            if (auto worked = body(db); !worked)
                return worked;
            return flushLog(db);
        },
        // Undo what the failed attempt added to the journal and the counts.
        [&] { restore(before); });
    if (done) {
        m_pending.clear();
        faultInjectionAfterCommit();
    }
    return done;
}

Result<void> RunContext::checkpoint()
{
    if (m_cancelRequested.load())
        return makeError(Error::Code::Cancelled, tr("The run was cancelled."));
    QSqlDatabase db = m_database.connection();
    auto state =
        Sql::scalar(db, QStringLiteral("SELECT state FROM workflow WHERE name = ?"), {m_workflow});
    if (state && state.value()) {
        const std::optional<WorkflowState> now = fromSql<WorkflowState>(state.value()->toString());
        if (now != m_stateAtStart && now == WorkflowState::Stopped)
            return makeError(Error::Code::Cancelled, tr("The workflow was stopped while it ran."));
        if (now != m_stateAtStart && now == WorkflowState::Paused)
            return makeError(Error::Code::Cancelled,
                             tr("The workflow was paused while it ran; it stopped after its "
                                "current unit of work."));
    }
    // Renew well before the lease expires (a third of its time).
    if (QDateTime::currentSecsSinceEpoch() - m_lastRenewal >= m_leaseTtl / 3) {
        if (auto renewed = renewLease(db);
            !renewed && renewed.errorCode() == Error::Code::LeaseHeld)
            return renewed;
    }
    return {};
}

void RunContext::faultInjectionAfterCommit()
{
    // Fault tests kill the process between two units, as a crash would:
    // CAMPAGNA_FAULT_KILL_AFTER_UNITS=N sends SIGKILL to this process right
    // after its N-th committed unit of work; CAMPAGNA_FAULT_STOP_AFTER_UNITS=N
    // freezes it there (SIGSTOP) until someone sends SIGCONT, as an
    // overloaded or suspended machine would. Unset, they cost a comparison.
    static const int killAfter = qEnvironmentVariableIntValue("CAMPAGNA_FAULT_KILL_AFTER_UNITS");
    static const int stopAfter = qEnvironmentVariableIntValue("CAMPAGNA_FAULT_STOP_AFTER_UNITS");
    ++m_committedUnits;
    if (killAfter > 0 && m_committedUnits == killAfter)
        std::raise(SIGKILL);
    if (stopAfter > 0 && m_committedUnits == stopAfter)
        std::raise(SIGSTOP);
}

void RunContext::restore(const Mark &mark)
{
    QMutexLocker lock(&m_countsMutex);
    m_pending.resize(mark.log);
    m_warnings = mark.warnings;
    m_items = mark.items;
}

bool RunContext::isCancelled() const
{
    return m_cancelRequested.load();
}

void RunContext::log(LogLevel level, const QString &step, const QString &message,
                     const QString &objectType, std::optional<qint64> objectId)
{
    m_pending.append({level, step, message, objectType, objectId, now()});
    if (level == LogLevel::Warning) {
        QMutexLocker lock(&m_countsMutex);
        ++m_warnings;
    }
    if (m_callbacks.log)
        m_callbacks.log(level, message);
}

void RunContext::info(const QString &step, const QString &message, const QString &objectType,
                      std::optional<qint64> objectId)
{
    log(LogLevel::Info, step, message, objectType, objectId);
}

void RunContext::warning(const QString &step, const QString &message, const QString &objectType,
                         std::optional<qint64> objectId)
{
    log(LogLevel::Warning, step, message, objectType, objectId);
}

void RunContext::setProgress(qint64 done, qint64 total)
{
    if (m_callbacks.progress)
        m_callbacks.progress(done, total);
}

Result<void> RunContext::flushLog(const QSqlDatabase &db)
{
    return writeLog(db, m_pending);
}

Result<void> RunContext::writeLog(const QSqlDatabase &db, const QList<LogEntry> &entries) const
{
    for (const LogEntry &entry : entries) {
        auto written = Sql::exec(
            db,
            QStringLiteral("INSERT INTO workflow_log (run_id, workflow, at, level, step, message, "
                           "object_type, object_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {m_runId, m_workflow, entry.at, sqlName(entry.level), entry.step, entry.message,
             entry.objectType.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                        : QVariant(entry.objectType),
             entry.objectId ? QVariant(*entry.objectId)
                            : QVariant(QMetaType(QMetaType::LongLong))});
        if (!written)
            return written.error();
    }
    return {};
}

void RunContext::UnitJournal::info(const QString &step, const QString &message,
                                   const QString &objectType, std::optional<qint64> objectId)
{
    m_entries.append({LogLevel::Info, step, message, objectType, objectId, m_context.now()});
}

void RunContext::UnitJournal::warning(const QString &step, const QString &message,
                                      const QString &objectType, std::optional<qint64> objectId)
{
    m_entries.append({LogLevel::Warning, step, message, objectType, objectId, m_context.now()});
}

Result<void>
RunContext::concurrentUnit(const QString &step,
                           const std::function<Result<void>(QSqlDatabase &, UnitJournal &)> &body)
{
    UnitJournal journal(*this);
    auto done = retried(step, [&](QSqlDatabase &db) -> Result<void> {
        journal.m_entries.clear();
        journal.m_items = 0;
        // SQLite's BEGIN IMMEDIATE already excludes every other writer.
        auto fenced =
            Sql::scalar(db,
                        QStringLiteral("SELECT fence FROM workflow WHERE name = ? AND "
                                       "fence = ? AND lease_owner = ?") +
                            m_database.dialect().forShare(),
                        {m_workflow, m_fence, m_leaseOwner});
        if (!fenced)
            return fenced.error();
        if (!fenced.value()) {
            m_leaseLost = true;
            return makeError(Error::Code::LeaseHeld,
                             tr("Run %1 of %2 lost its lease (another runner took the workflow "
                                "over); it stops without writing anything more.")
                                 .arg(m_runId)
                                 .arg(m_workflow));
        }
        if (auto worked = body(db, journal); !worked)
            return worked;
        return writeLog(db, journal.m_entries);
    });
    if (!done)
        return done;
    int warnings = 0;
    for (const LogEntry &entry : std::as_const(journal.m_entries)) {
        if (entry.level == LogLevel::Warning)
            ++warnings;
        if (m_callbacks.log)
            m_callbacks.log(entry.level, entry.message);
    }
    QMutexLocker lock(&m_countsMutex);
    m_warnings += warnings;
    m_items += journal.m_items;
    return {};
}

} // namespace campagna::engine
