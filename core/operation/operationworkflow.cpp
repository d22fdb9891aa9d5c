#include "operation/operationworkflow.h"

#include "common/filesroot.h"
#include "common/savefilesweep.h"
#include "db/database.h"
#include "db/sql.h"
#include "delivery/deliveryevents.h"
#include "delivery/deliverystates.h"
#include "operation/extractionjob.h"
#include "operation/scheduleinstantiator.h"
#include "operation/targetingjob.h"

#include <QFuture>
#include <QList>
#include <QMutexLocker>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>
#include <QWaitCondition>
#include <QtConcurrentRun>

#include <exception>

namespace campagna::operation {

using db::Sql;
using delivery::JobKind;
using delivery::JobStatus;
using engine::JobAttempts;
using engine::JobFailure;
using engine::RunContext;

namespace {

const QString kTargeting = QStringLiteral("targeting");
const QString kExtraction = QStringLiteral("extraction");
const QString kDelivery = QStringLiteral("delivery");
const QString kJobsStep = QStringLiteral("jobs");

// How long the run's thread waits for a job to end before it looks at
// cancellation and renews its lease.
constexpr int kWaitMs = 1000;

} // namespace

struct OperationWorkflow::Job
{
    qint64 id = 0;
    QString kindName; // as read: the journal's step for the job
    std::optional<JobKind> kind;
    qint64 deliveryId = 0;
};

struct OperationWorkflow::JobSettings
{
    int maxConcurrent = kDefaultMaxConcurrentJobs;
    QString extractionDirectory;
};

struct OperationWorkflow::JobOutcome
{
    enum class Status {
        Done,
        Retried,   // failed for a transient reason, pending for the next run
        Failed,    // failed for good (or closed: the delivery no longer waits)
        Skipped,   // no longer pending when its turn came: not run
        Cancelled, // the run was cancelled while it ran: pending again
        Fatal,     // the run cannot go on (lease lost, database unreachable)
    };
    Status status = Status::Done;
    JobFailure failure = JobFailure::None;
    Error error;
    int attempts = 0;
    qint64 targets = 0;
    qint64 rows = 0;
};

struct OperationWorkflow::LoadedJobs
{
    JobSettings settings;
    QList<Job> queue;
    QStringList patterns; // of the services' extraction files
};

// What the dispatcher knows on the run's thread; endedJobs is guarded by
// mutex, the jobs on the pool append to it.
struct OperationWorkflow::Dispatch
{
    QMutex mutex;
    QWaitCondition ended;
    QList<QPair<Job, JobOutcome>> endedJobs;
    QList<QFuture<void>> futures;
    QSet<qint64> busy;     // deliveries with a job running
    QSet<qint64> deferred; // deliveries whose earlier job is to be retried
    int running = 0;
    bool stopping = false;
    Result<void> result;
    qint64 processed = 0, succeeded = 0, retried = 0, failed = 0, targets = 0, rows = 0;
};

// A job's work as its unit sees it.
struct OperationWorkflow::JobWork
{
    // The job's own error, kept apart from the unit's wrapping of it.
    std::optional<Error> jobError;
    JobFailure failure = JobFailure::None;

    // Transient database errors go back to the unit, which retries it
    // after reconnecting; everything else ends the unit at once.
    Error unitError(const Error &error, JobFailure kind)
    {
        jobError = error;
        if (error.code == Error::Code::Transient && kind == JobFailure::Transient)
            return error;
        if (error.code == Error::Code::Cancelled)
            return error;
        return makeError(Error::Code::Failed, error.message);
    }
};

OperationWorkflow::OperationWorkflow(Options options)
    : m_options(std::move(options))
{}

Result<void> OperationWorkflow::run(RunContext &context)
{
    if (auto ok = context.checkpoint(); !ok)
        return ok;
    if (auto done =
            context.unit(QStringLiteral("schedule"),
                         [&](QSqlDatabase &db) { return instantiateSchedules(context, db); });
        !done)
        return done;
    if (auto ok = context.checkpoint(); !ok)
        return ok;
    if (auto done = context.unit(QStringLiteral("extraction_requests"),
                                 [&](QSqlDatabase &db) { return requestExtractions(context, db); });
        !done)
        return done;
    if (auto ok = context.checkpoint(); !ok)
        return ok;
    return runJobs(context);
}

// Step 1. The instantiator journals its own summary; the lines it
// instantiated count as processed items.
Result<void> OperationWorkflow::instantiateSchedules(RunContext &context, const QSqlDatabase &db)
{
    auto summary = ScheduleInstantiator::run(context, db);
    if (!summary)
        return summary.error();
    context.addItems(summary->linesInstantiated);
    return {};
}

// Step 2.
Result<void> OperationWorkflow::requestExtractions(RunContext &context, const QSqlDatabase &db)
{
    const qint64 now = context.now();
    // A failed extraction job requested since the delivery's last targeting
    // blocks a new request: the cause (no service, a bad pattern, a folder
    // that stayed unwritable for three attempts) needs a person, and a new
    // job on every run would fail again and again.
    auto requested = Sql::update(
        db,
        QStringLiteral(
            "INSERT INTO operation_job (kind, delivery_id, status, requested_at) "
            "SELECT 'extraction', d.id, 'pending', CAST(? AS BIGINT) FROM delivery d "
            "JOIN campaign c ON c.id = d.campaign_id "
            "WHERE d.status = 'extraction_pending' AND d.is_template = 0 "
            "AND c.kind <> 'periodic' AND (d.extraction_at IS NULL OR d.extraction_at <= ?) "
            "AND NOT EXISTS (SELECT 1 FROM operation_job j WHERE j.delivery_id = d.id "
            "  AND j.kind = 'extraction' AND (j.status IN ('pending', 'running') "
            "  OR (j.status = 'failed' AND j.requested_at >= COALESCE(d.analyzed_at, 0)))) "
            "ORDER BY d.id"),
        {now, now});
    if (!requested)
        return requested.error();
    context.addItems(requested.value());
    context.info(QStringLiteral("extraction_requests"),
                 tr("%n extraction job(s) requested.", nullptr, int(requested.value())));
    return {};
}

Result<OperationWorkflow::JobSettings> OperationWorkflow::readJobSettings(RunContext &context,
                                                                          const QSqlDatabase &db)
{
    JobSettings settings;
    auto max = Sql::scalar(
        db,
        QStringLiteral("SELECT value FROM setting WHERE key = 'operation.max_concurrent_jobs'"));
    if (!max)
        return max.error();
    if (max.value() && !max.value()->isNull()) {
        const QString text = max.value()->toString().trimmed();
        bool ok = false;
        const int value = text.toInt(&ok);
        if (ok && value >= 1)
            settings.maxConcurrent = value;
        else
            context.warning(kJobsStep,
                            tr("The setting operation.max_concurrent_jobs is \"%1\", not a whole "
                               "number of 1 or more: %2 jobs at a time are run instead.")
                                .arg(text, QString::number(kDefaultMaxConcurrentJobs)));
    }
    // Only for the sweep below: each extraction job resolves (and creates)
    // the folder itself, and fails with the message when the setting leads
    // out of the files root.
    // Whatever keeps it from being resolved fails the jobs with its message.
    if (auto directory = FilesRoot::extractionFolder(db, false))
        settings.extractionDirectory = directory.value();
    return settings;
}

// Step 3: the dispatcher, on the run's thread. It starts jobs on the pool
// and waits for them, renewing the lease and looking at cancellation while
// it waits.
Result<void> OperationWorkflow::runJobs(RunContext &context)
{
    auto loaded = loadJobs(context);
    if (!loaded)
        return loaded.error();
    QList<Job> &queue = loaded->queue;
    sweepHalfWritten(context, loaded->settings.extractionDirectory, loaded->patterns);

    Dispatch dispatch;
    const qint64 total = queue.size();
    while (dispatch.running > 0 || (!dispatch.stopping && !queue.isEmpty())) {
        if (!dispatch.stopping)
            startReady(context, dispatch, queue, loaded->settings.maxConcurrent);
        if (dispatch.running == 0)
            break;

        QList<QPair<Job, JobOutcome>> batch;
        {
            QMutexLocker lock(&dispatch.mutex);
            if (dispatch.endedJobs.isEmpty())
                dispatch.ended.wait(&dispatch.mutex, kWaitMs);
            batch.swap(dispatch.endedJobs);
        }
        for (const auto &[job, outcome] : std::as_const(batch)) {
            countEnded(dispatch, job, outcome);
            context.setProgress(dispatch.processed, total);
        }
        if (!dispatch.stopping) {
            if (auto ok = context.checkpoint(); !ok) {
                dispatch.stopping = true;
                dispatch.result = ok;
            }
        }
    }
    for (QFuture<void> &future : dispatch.futures)
        future.waitForFinished();

    context.addItems(dispatch.processed);
    context.info(kJobsStep,
                 tr("%n job(s) run: %1 succeeded, %2 to be retried, %3 failed; %4 target(s) "
                    "selected, %5 row(s) extracted.",
                    nullptr, int(dispatch.processed))
                     .arg(dispatch.succeeded)
                     .arg(dispatch.retried)
                     .arg(dispatch.failed)
                     .arg(dispatch.targets)
                     .arg(dispatch.rows));
    return dispatch.result;
}

// In one unit: the settings, the jobs left running by a run that died made
// pending again, the pending jobs oldest first, the services' extraction
// file patterns.
Result<OperationWorkflow::LoadedJobs> OperationWorkflow::loadJobs(RunContext &context)
{
    LoadedJobs loaded;
    auto done = context.unit(kJobsStep, [&](QSqlDatabase &db) -> Result<void> {
        loaded = LoadedJobs();
        auto read = readJobSettings(context, db);
        if (!read)
            return read.error();
        loaded.settings = read.value();
        // One runner at a time holds the lease: a job still `running` was
        // left so by a run that died, and is taken up again.
        auto reset = Sql::update(db, QStringLiteral("UPDATE operation_job SET status = 'pending' "
                                                    "WHERE status = 'running'"));
        if (!reset)
            return reset.error();
        auto pending = Sql::exec(db, QStringLiteral("SELECT id, kind, delivery_id FROM "
                                                    "operation_job WHERE status = 'pending' "
                                                    "ORDER BY requested_at, id"));
        if (!pending)
            return pending.error();
        while (pending->next()) {
            const QString kind = pending->value(1).toString();
            loaded.queue.append({pending->value(0).toLongLong(), kind, fromSql<JobKind>(kind),
                                 pending->value(2).toLongLong()});
        }
        if (reset.value() > 0)
            context.warning(kJobsStep, tr("%n job(s) left running by an interrupted run are "
                                          "pending again.",
                                          nullptr, int(reset.value())));
        auto named = Sql::exec(db, QStringLiteral("SELECT DISTINCT extraction_file_pattern FROM "
                                                  "service"));
        if (!named)
            return named.error();
        while (named->next())
            loaded.patterns.append(named->value(0).toString());
        return {};
    });
    if (!done)
        return done.error();
    return loaded;
}

// Before any job writes: extraction files that a crashed run left
// half-written under a temporary name (see SaveFileSweep).
void OperationWorkflow::sweepHalfWritten(RunContext &context, const QString &directory,
                                         const QStringList &patterns)
{
    int swept = 0;
    for (const QString &pattern : patterns) {
        if (!directory.isEmpty())
            swept += SaveFileSweep::sweep(directory, SaveFileSweep::patternRegex(pattern));
    }
    if (swept > 0)
        context.info(kJobsStep,
                     tr("%n half-written extraction file(s) left by an interrupted run removed.",
                        nullptr, swept));
}

// Oldest first; a job whose delivery has a job running, or an earlier job
// still waiting, waits too, without holding up the jobs of other
// deliveries.
void OperationWorkflow::startReady(RunContext &context, Dispatch &dispatch, QList<Job> &queue,
                                   int maxConcurrent)
{
    QSet<qint64> waiting;
    for (auto it = queue.begin(); it != queue.end() && dispatch.running < maxConcurrent;) {
        if (dispatch.deferred.contains(it->deliveryId)) {
            it = queue.erase(it);
            continue;
        }
        if (dispatch.busy.contains(it->deliveryId) || waiting.contains(it->deliveryId)) {
            waiting.insert(it->deliveryId);
            ++it;
            continue;
        }
        startJob(context, dispatch, *it);
        it = queue.erase(it);
    }
}

// The job on the pool; its outcome is handed back under the dispatch's
// mutex, an exception as a Fatal outcome.
void OperationWorkflow::startJob(RunContext &context, Dispatch &dispatch, const Job &job)
{
    ++dispatch.running;
    dispatch.busy.insert(job.deliveryId);
    dispatch.futures.append(QtConcurrent::run(context.pool(), [this, &context, &dispatch, job] {
        JobOutcome outcome;
        try {
            outcome = executeJob(context, job);
        } catch (const std::exception &e) {
            outcome.status = JobOutcome::Status::Fatal;
            outcome.error =
                makeError(Error::Code::Failed, tr("Internal error in job %1: %2")
                                                   .arg(job.id)
                                                   .arg(QString::fromLocal8Bit(e.what())));
        } catch (...) {
            outcome.status = JobOutcome::Status::Fatal;
            outcome.error =
                makeError(Error::Code::Failed,
                          tr("Internal error in job %1 (unknown exception).").arg(job.id));
        }
        QMutexLocker lock(&dispatch.mutex);
        dispatch.endedJobs.append({job, outcome});
        dispatch.ended.wakeAll();
    }));
}

// An ended job counted; a retried, cancelled or fatal one holds back the
// later jobs of its delivery, the last two stop the dispatch.
void OperationWorkflow::countEnded(Dispatch &dispatch, const Job &job, const JobOutcome &outcome)
{
    --dispatch.running;
    dispatch.busy.remove(job.deliveryId);
    switch (outcome.status) {
    case JobOutcome::Status::Done:
        ++dispatch.processed;
        ++dispatch.succeeded;
        dispatch.targets += outcome.targets;
        dispatch.rows += outcome.rows;
        break;
    case JobOutcome::Status::Retried:
        ++dispatch.processed;
        ++dispatch.retried;
        // Its later jobs would overtake it: they wait for the next run.
        dispatch.deferred.insert(job.deliveryId);
        break;
    case JobOutcome::Status::Failed:
        ++dispatch.processed;
        ++dispatch.failed;
        break;
    case JobOutcome::Status::Skipped:
        break;
    case JobOutcome::Status::Cancelled:
        dispatch.deferred.insert(job.deliveryId);
        if (!dispatch.stopping) {
            dispatch.stopping = true;
            dispatch.result = makeError(Error::Code::Cancelled, tr("The run was cancelled."));
        }
        break;
    case JobOutcome::Status::Fatal:
        dispatch.deferred.insert(job.deliveryId);
        if (!dispatch.stopping || dispatch.result.ok()) {
            dispatch.stopping = true;
            dispatch.result = outcome.error;
        }
        break;
    }
}

Result<void> OperationWorkflow::jobUnit(
    RunContext &context, const QString &step,
    const std::function<Result<void>(QSqlDatabase &, RunContext::UnitJournal &)> &body)
{
    if (context.database().dialect().singleWriter()) {
        QMutexLocker lock(&m_singleWriter);
        return context.concurrentUnit(step, body);
    }
    return context.concurrentUnit(step, body);
}

// On a pool thread: claim, run, record. Only concurrent units and the
// job's own UnitJournal: RunContext's run-thread journal is not touched.
OperationWorkflow::JobOutcome OperationWorkflow::executeJob(RunContext &context, const Job &job)
{
    JobOutcome outcome;
    if (m_options.observer)
        m_options.observer(job.id, true);
    auto observed = qScopeGuard([&] {
        if (m_options.observer)
            m_options.observer(job.id, false);
    });

    auto claimed = claimJob(context, job);
    if (!claimed) {
        outcome.status = JobOutcome::Status::Fatal;
        outcome.error = claimed.error();
        return outcome;
    }
    if (!claimed.value()) {
        outcome.status = JobOutcome::Status::Skipped;
        return outcome;
    }
    outcome.attempts = *claimed.value();

    JobWork work;
    Result<void> done;
    if (job.kind == JobKind::Targeting) {
        done = runTargeting(context, job, work, outcome);
    } else if (job.kind == JobKind::Extraction) {
        done = runExtraction(context, job, work, outcome);
    } else {
        done = makeError(Error::Code::Failed, tr("Unknown job kind \"%1\".").arg(job.kindName));
        work.jobError = done.error();
        work.failure = JobFailure::Permanent;
    }
    if (done) {
        outcome.status = JobOutcome::Status::Done;
        return outcome;
    }
    if (done.errorCode() == Error::Code::LeaseHeld) {
        outcome.status = JobOutcome::Status::Fatal;
        outcome.error = done.error();
        return outcome;
    }
    if (done.errorCode() == Error::Code::Cancelled) {
        outcome.status = JobOutcome::Status::Cancelled;
        if (auto released = releaseJob(context, job); !released) {
            outcome.status = JobOutcome::Status::Fatal;
            outcome.error = released.error();
        }
        return outcome;
    }
    // A database that stayed busy or unreachable through the unit's own
    // retries: a transient failure of this job.
    if (done.errorCode() == Error::Code::Transient)
        work.failure = JobFailure::Transient;
    else if (work.failure == JobFailure::None)
        work.failure = JobFailure::Permanent;
    outcome.failure = work.failure;
    outcome.error = work.jobError ? *work.jobError : done.error();

    if (auto recorded = recordFailure(context, job, outcome); !recorded) {
        outcome.status = JobOutcome::Status::Fatal;
        outcome.error = recorded.error();
    }
    return outcome;
}

// The job claimed (running, started_at, attempts + 1): its attempt's
// number, or nullopt when it is no longer pending.
Result<std::optional<int>> OperationWorkflow::claimJob(RunContext &context, const Job &job)
{
    std::optional<int> attempt;
    auto claimed = jobUnit(
        context, kJobsStep, [&](QSqlDatabase &db, RunContext::UnitJournal &) -> Result<void> {
            attempt.reset();
            auto updated =
                Sql::update(db,
                            QStringLiteral("UPDATE operation_job SET status = 'running', "
                                           "started_at = ?, finished_at = NULL, "
                                           "attempts = attempts + 1 "
                                           "WHERE id = ? AND status = 'pending'"),
                            {context.now(), job.id});
            if (!updated)
                return updated.error();
            if (updated.value() != 1)
                return {};
            auto attempts = Sql::scalar(
                db, QStringLiteral("SELECT attempts FROM operation_job WHERE id = ?"), {job.id});
            if (!attempts)
                return attempts.error();
            attempt = attempts.value() ? attempts.value()->toInt() : 1;
            return {};
        });
    if (!claimed)
        return claimed.error();
    return attempt;
}

Result<void> OperationWorkflow::runTargeting(RunContext &context, const Job &job, JobWork &work,
                                             JobOutcome &outcome)
{
    TargetingJob targeting(job.deliveryId, context.now(), context.database().dialect(),
                           {context.workflow(), context.runId()});
    auto done =
        jobUnit(context, kTargeting,
                [&](QSqlDatabase &db, RunContext::UnitJournal &journal) -> Result<void> {
                    work.jobError.reset();
                    auto summary = targeting.run(db);
                    if (!summary)
                        return work.unitError(summary.error(), targeting.failure());
                    if (auto marked = markDone(context, db, job); !marked)
                        return marked.error();
                    journal.info(kTargeting,
                                 tr("Delivery %1 targeted: %2 matching, %3 to send; now %4.")
                                     .arg(job.deliveryId)
                                     .arg(summary->targeted)
                                     .arg(summary->toSend)
                                     .arg(sqlName(summary->status)),
                                 kDelivery, job.deliveryId);
                    outcome.targets = summary->toSend;
                    return {};
                });
    work.failure = targeting.failure();
    return done;
}

Result<void> OperationWorkflow::runExtraction(RunContext &context, const Job &job, JobWork &work,
                                              JobOutcome &outcome)
{
    auto reserve = [this, &job](const QString &path) {
        QMutexLocker lock(&m_filesMutex);
        const auto holder = m_filesInUse.constFind(path);
        if (holder != m_filesInUse.cend() && holder.value() != job.id)
            return false;
        m_filesInUse.insert(path, job.id);
        return true;
    };
    auto release = qScopeGuard([this, &job] {
        QMutexLocker lock(&m_filesMutex);
        m_filesInUse.removeIf([&job](const auto &entry) { return entry.value() == job.id; });
    });
    ExtractionJob extraction(
        job.deliveryId, context.now(), context.database().dialect(),
        {context.workflow(), context.runId()}, [&context] { return context.isCancelled(); },
        reserve);
    auto done = jobUnit(context, kExtraction,
                        [&](QSqlDatabase &db, RunContext::UnitJournal &journal) -> Result<void> {
                            work.jobError.reset();
                            auto summary = extraction.run(db);
                            if (!summary)
                                return work.unitError(summary.error(), extraction.failure());
                            if (auto marked = markDone(context, db, job); !marked)
                                return marked.error();
                            journal.info(kExtraction,
                                         tr("Delivery %1 extracted to %2: %n record(s); now %3.",
                                            nullptr, int(summary->rows))
                                             .arg(job.deliveryId)
                                             .arg(summary->file, sqlName(summary->status)),
                                         kDelivery, job.deliveryId);
                            outcome.rows = summary->rows;
                            return {};
                        });
    work.failure = extraction.failure();
    return done;
}

Result<QSqlQuery> OperationWorkflow::markDone(RunContext &context, const QSqlDatabase &db,
                                              const Job &job)
{
    return Sql::exec(db,
                     QStringLiteral("UPDATE operation_job SET status = 'done', "
                                    "finished_at = ?, error = NULL WHERE id = ?"),
                     {context.now(), job.id});
}

// A job the run's cancellation interrupted: not an attempt that failed,
// it waits for the next run as it was.
Result<void> OperationWorkflow::releaseJob(RunContext &context, const Job &job)
{
    return jobUnit(context, kJobsStep,
                   [&](QSqlDatabase &db, RunContext::UnitJournal &) -> Result<void> {
                       auto reset = Sql::exec(db,
                                              QStringLiteral("UPDATE operation_job SET status = "
                                                             "'pending', attempts = attempts - 1 "
                                                             "WHERE id = ? AND status = 'running'"),
                                              {job.id});
                       if (!reset)
                           return reset.error();
                       return {};
                   });
}

// In its own small transaction: the job's one rolled back.
Result<void> OperationWorkflow::recordFailure(RunContext &context, const Job &job,
                                              JobOutcome &outcome)
{
    const bool final = JobAttempts::isFinal(outcome.failure, outcome.attempts);
    outcome.status = final ? JobOutcome::Status::Failed : JobOutcome::Status::Retried;
    const bool targeting = job.kind == JobKind::Targeting;
    const QString message = outcome.error.message;
    return jobUnit(
        context, kJobsStep,
        [&](QSqlDatabase &db, RunContext::UnitJournal &journal) -> Result<void> {
            const qint64 now = context.now();
            auto updated = Sql::exec(
                db,
                QStringLiteral("UPDATE operation_job SET status = ?, error = ?, finished_at = ? "
                               "WHERE id = ?"),
                {QString(sqlName(final ? JobStatus::Failed : JobStatus::Pending)), message,
                 final ? QVariant(now) : QVariant(QMetaType(QMetaType::LongLong)), job.id});
            if (!updated)
                return updated.error();

            if (!final) {
                journal.warning(job.kindName,
                                tr("Job %1 (%2) of the delivery %3 failed, attempt %4 of %5; it "
                                   "will be tried again on the next run: %6")
                                    .arg(job.id)
                                    .arg(job.kindName)
                                    .arg(job.deliveryId)
                                    .arg(outcome.attempts)
                                    .arg(JobAttempts::kRetry.maxAttempts)
                                    .arg(message),
                                kDelivery, job.deliveryId);
                return {};
            }
            if (outcome.failure == JobFailure::Stale) {
                journal.warning(job.kindName,
                                tr("Job %1 (%2) of the delivery %3 was closed without effect: %4")
                                    .arg(job.id)
                                    .arg(job.kindName)
                                    .arg(job.deliveryId)
                                    .arg(message),
                                kDelivery, job.deliveryId);
                return {};
            }

            const QString lastError = targeting ? tr("Targeting failed: %1").arg(message)
                                                : tr("Extraction failed: %1").arg(message);
            // A filter that does not parse sends the delivery back to its
            // author; any other failure leaves its status alone.
            const bool backToEditing = outcome.failure == JobFailure::InvalidFilter;
            auto marked = Sql::exec(
                db,
                backToEditing
                    ? QStringLiteral("UPDATE delivery SET last_error = ?, status = CASE WHEN "
                                     "status = 'targeting_pending' THEN 'being_edited' ELSE "
                                     "status END WHERE id = ?")
                    : QStringLiteral("UPDATE delivery SET last_error = ? WHERE id = ?"),
                {lastError, job.deliveryId});
            if (!marked)
                return marked.error();
            if (auto recorded = delivery::DeliveryEvents::record(
                    db, job.deliveryId,
                    targeting ? QStringLiteral("TargetingFailed")
                              : QStringLiteral("ExtractionFailed"),
                    lastError, now, {context.workflow(), context.runId()});
                !recorded)
                return recorded.error();
            journal.warning(job.kindName,
                            outcome.attempts > 1
                                ? tr("Job %1 (%2) of the delivery %3 failed after %4 attempts: %5")
                                      .arg(job.id)
                                      .arg(job.kindName)
                                      .arg(job.deliveryId)
                                      .arg(outcome.attempts)
                                      .arg(message)
                                : tr("Job %1 (%2) of the delivery %3 failed: %4")
                                      .arg(job.id)
                                      .arg(job.kindName)
                                      .arg(job.deliveryId)
                                      .arg(message),
                            kDelivery, job.deliveryId);
            return {};
        });
}

} // namespace campagna::operation
