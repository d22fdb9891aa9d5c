#include "operation/operationworkflow.h"

#include "common/filesroot.h"
#include "common/savefilesweep.h"
#include "db/database.h"
#include "db/sql.h"
#include "delivery/deliveryevents.h"
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
    QString kind;
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
    QList<Job> queue;
    qint64 resumed = 0;
    std::optional<JobSettings> settings;
    QStringList patterns;
    auto loaded = context.unit(kJobsStep, [&](QSqlDatabase &db) -> Result<void> {
        queue.clear();
        auto read = readJobSettings(context, db);
        if (!read)
            return read.error();
        settings = read.value();
        // One runner at a time holds the lease: a job still `running` was
        // left so by a run that died, and is taken up again.
        auto reset = Sql::update(db, QStringLiteral("UPDATE operation_job SET status = 'pending' "
                                                    "WHERE status = 'running'"));
        if (!reset)
            return reset.error();
        resumed = reset.value();
        auto pending = Sql::exec(db, QStringLiteral("SELECT id, kind, delivery_id FROM "
                                                    "operation_job WHERE status = 'pending' "
                                                    "ORDER BY requested_at, id"));
        if (!pending)
            return pending.error();
        while (pending->next())
            queue.append({pending->value(0).toLongLong(), pending->value(1).toString(),
                          pending->value(2).toLongLong()});
        if (resumed > 0)
            context.warning(kJobsStep, tr("%n job(s) left running by an interrupted run are "
                                          "pending again.",
                                          nullptr, int(resumed)));
        patterns.clear();
        auto named = Sql::exec(db, QStringLiteral("SELECT DISTINCT extraction_file_pattern FROM "
                                                  "service"));
        if (!named)
            return named.error();
        while (named->next())
            patterns.append(named->value(0).toString());
        return {};
    });
    if (!loaded)
        return loaded;
    // Before any job writes: extraction files that a crashed run left
    // half-written under a temporary name (see SaveFileSweep).
    int swept = 0;
    for (const QString &pattern : std::as_const(patterns)) {
        if (!settings->extractionDirectory.isEmpty())
            swept += SaveFileSweep::sweep(settings->extractionDirectory,
                                          SaveFileSweep::patternRegex(pattern));
    }
    if (swept > 0)
        context.info(kJobsStep,
                     tr("%n half-written extraction file(s) left by an interrupted run removed.",
                        nullptr, swept));

    QMutex mutex;
    QWaitCondition ended;
    QList<QPair<Job, JobOutcome>> endedJobs; // guarded by mutex
    QList<QFuture<void>> futures;
    QSet<qint64> busy;     // deliveries with a job running
    QSet<qint64> deferred; // deliveries whose earlier job is to be retried
    int running = 0;
    bool stopping = false;
    Result<void> result;
    const qint64 total = queue.size();
    qint64 processed = 0, succeeded = 0, retried = 0, failed = 0, targets = 0, rows = 0;

    auto start = [&](const Job &job) {
        ++running;
        busy.insert(job.deliveryId);
        futures.append(QtConcurrent::run(context.pool(), [&, job] {
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
            QMutexLocker lock(&mutex);
            endedJobs.append({job, outcome});
            ended.wakeAll();
        }));
    };

    while (running > 0 || (!stopping && !queue.isEmpty())) {
        if (!stopping) {
            // Oldest first; a job whose delivery has a job running, or an
            // earlier job still waiting, waits too, without holding up the
            // jobs of other deliveries.
            QSet<qint64> waiting;
            for (auto it = queue.begin(); it != queue.end() && running < settings->maxConcurrent;) {
                if (deferred.contains(it->deliveryId)) {
                    it = queue.erase(it);
                    continue;
                }
                if (busy.contains(it->deliveryId) || waiting.contains(it->deliveryId)) {
                    waiting.insert(it->deliveryId);
                    ++it;
                    continue;
                }
                start(*it);
                it = queue.erase(it);
            }
        }
        if (running == 0)
            break;

        QList<QPair<Job, JobOutcome>> batch;
        {
            QMutexLocker lock(&mutex);
            if (endedJobs.isEmpty())
                ended.wait(&mutex, kWaitMs);
            batch.swap(endedJobs);
        }
        for (auto &[job, outcome] : batch) {
            --running;
            busy.remove(job.deliveryId);
            switch (outcome.status) {
            case JobOutcome::Status::Done:
                ++processed;
                ++succeeded;
                targets += outcome.targets;
                rows += outcome.rows;
                break;
            case JobOutcome::Status::Retried:
                ++processed;
                ++retried;
                // Its later jobs would overtake it: they wait for the next run.
                deferred.insert(job.deliveryId);
                break;
            case JobOutcome::Status::Failed:
                ++processed;
                ++failed;
                break;
            case JobOutcome::Status::Skipped:
                break;
            case JobOutcome::Status::Cancelled:
                deferred.insert(job.deliveryId);
                if (!stopping) {
                    stopping = true;
                    result = makeError(Error::Code::Cancelled, tr("The run was cancelled."));
                }
                break;
            case JobOutcome::Status::Fatal:
                deferred.insert(job.deliveryId);
                if (!stopping || result.ok()) {
                    stopping = true;
                    result = outcome.error;
                }
                break;
            }
            context.setProgress(processed, total);
        }
        if (!stopping) {
            if (auto ok = context.checkpoint(); !ok) {
                stopping = true;
                result = ok;
            }
        }
    }
    for (QFuture<void> &future : futures)
        future.waitForFinished();

    context.addItems(processed);
    context.info(kJobsStep,
                 tr("%n job(s) run: %1 succeeded, %2 to be retried, %3 failed; %4 target(s) "
                    "selected, %5 row(s) extracted.",
                    nullptr, int(processed))
                     .arg(succeeded)
                     .arg(retried)
                     .arg(failed)
                     .arg(targets)
                     .arg(rows));
    return result;
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

    bool claimed = false;
    auto claim = jobUnit(
        context, kJobsStep, [&](QSqlDatabase &db, RunContext::UnitJournal &) -> Result<void> {
            claimed = false;
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
            outcome.attempts = attempts.value() ? attempts.value()->toInt() : 1;
            claimed = true;
            return {};
        });
    if (!claim) {
        outcome.status = JobOutcome::Status::Fatal;
        outcome.error = claim.error();
        return outcome;
    }
    if (!claimed) {
        outcome.status = JobOutcome::Status::Skipped;
        return outcome;
    }

    const delivery::DeliveryEvents::Origin origin{context.workflow(), context.runId()};
    const db::Dialect &dialect = context.database().dialect();
    // The job's own error, kept apart from the unit's wrapping of it.
    std::optional<Error> jobError;
    JobFailure failure = JobFailure::None;
    Result<void> done;
    auto markDone = [&](const QSqlDatabase &db) {
        return Sql::exec(db,
                         QStringLiteral("UPDATE operation_job SET status = 'done', "
                                        "finished_at = ?, error = NULL WHERE id = ?"),
                         {context.now(), job.id});
    };
    // Transient database errors go back to the unit, which retries it after
    // reconnecting; everything else ends the unit at once.
    auto unitError = [&](const Error &error, JobFailure kind) -> Error {
        jobError = error;
        if (error.code == Error::Code::Transient && kind == JobFailure::Transient)
            return error;
        if (error.code == Error::Code::Cancelled)
            return error;
        return makeError(Error::Code::Failed, error.message);
    };

    if (job.kind == kTargeting) {
        TargetingJob work(job.deliveryId, context.now(), dialect, origin);
        done = jobUnit(context, kTargeting,
                       [&](QSqlDatabase &db, RunContext::UnitJournal &journal) -> Result<void> {
                           jobError.reset();
                           auto summary = work.run(db);
                           if (!summary)
                               return unitError(summary.error(), work.failure());
                           if (auto marked = markDone(db); !marked)
                               return marked.error();
                           journal.info(kTargeting,
                                        tr("Delivery %1 targeted: %2 matching, %3 to send; now "
                                           "%4.")
                                            .arg(job.deliveryId)
                                            .arg(summary->targeted)
                                            .arg(summary->toSend)
                                            .arg(summary->status),
                                        kDelivery, job.deliveryId);
                           outcome.targets = summary->toSend;
                           return {};
                       });
        failure = work.failure();
    } else if (job.kind == kExtraction) {
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
        ExtractionJob work(
            job.deliveryId, context.now(), dialect, origin,
            [&context] { return context.isCancelled(); }, reserve);
        done = jobUnit(context, kExtraction,
                       [&](QSqlDatabase &db, RunContext::UnitJournal &journal) -> Result<void> {
                           jobError.reset();
                           auto summary = work.run(db);
                           if (!summary)
                               return unitError(summary.error(), work.failure());
                           if (auto marked = markDone(db); !marked)
                               return marked.error();
                           journal.info(kExtraction,
                                        tr("Delivery %1 extracted to %2: %n record(s); now %3.",
                                           nullptr, int(summary->rows))
                                            .arg(job.deliveryId)
                                            .arg(summary->file, summary->status),
                                        kDelivery, job.deliveryId);
                           outcome.rows = summary->rows;
                           return {};
                       });
        failure = work.failure();
    } else {
        done = makeError(Error::Code::Failed, tr("Unknown job kind \"%1\".").arg(job.kind));
        jobError = done.error();
        failure = JobFailure::Permanent;
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
        // Not an attempt that failed: the job waits for the next run as it was.
        auto released = jobUnit(
            context, kJobsStep, [&](QSqlDatabase &db, RunContext::UnitJournal &) -> Result<void> {
                auto reset = Sql::exec(db,
                                       QStringLiteral("UPDATE operation_job SET status = "
                                                      "'pending', attempts = attempts - 1 "
                                                      "WHERE id = ? AND status = 'running'"),
                                       {job.id});
                if (!reset)
                    return reset.error();
                return {};
            });
        if (!released) {
            outcome.status = JobOutcome::Status::Fatal;
            outcome.error = released.error();
        }
        return outcome;
    }
    // A database that stayed busy or unreachable through the unit's own
    // retries: a transient failure of this job.
    if (done.errorCode() == Error::Code::Transient)
        failure = JobFailure::Transient;
    else if (failure == JobFailure::None)
        failure = JobFailure::Permanent;
    outcome.failure = failure;
    outcome.error = jobError ? *jobError : done.error();

    if (auto recorded = recordFailure(context, job, outcome); !recorded) {
        outcome.status = JobOutcome::Status::Fatal;
        outcome.error = recorded.error();
    }
    return outcome;
}

// In its own small transaction: the job's one rolled back.
Result<void> OperationWorkflow::recordFailure(RunContext &context, const Job &job,
                                              JobOutcome &outcome)
{
    const bool final = JobAttempts::isFinal(outcome.failure, outcome.attempts);
    outcome.status = final ? JobOutcome::Status::Failed : JobOutcome::Status::Retried;
    const bool targeting = job.kind == kTargeting;
    const QString message = outcome.error.message;
    return jobUnit(
        context, kJobsStep,
        [&](QSqlDatabase &db, RunContext::UnitJournal &journal) -> Result<void> {
            const qint64 now = context.now();
            auto updated = Sql::exec(
                db,
                QStringLiteral("UPDATE operation_job SET status = ?, error = ?, finished_at = ? "
                               "WHERE id = ?"),
                {final ? QStringLiteral("failed") : QStringLiteral("pending"), message,
                 final ? QVariant(now) : QVariant(QMetaType(QMetaType::LongLong)), job.id});
            if (!updated)
                return updated.error();

            if (!final) {
                journal.warning(job.kind,
                                tr("Job %1 (%2) of the delivery %3 failed, attempt %4 of %5; it "
                                   "will be tried again on the next run: %6")
                                    .arg(job.id)
                                    .arg(job.kind)
                                    .arg(job.deliveryId)
                                    .arg(outcome.attempts)
                                    .arg(JobAttempts::kRetry.maxAttempts)
                                    .arg(message),
                                kDelivery, job.deliveryId);
                return {};
            }
            if (outcome.failure == JobFailure::Stale) {
                journal.warning(job.kind,
                                tr("Job %1 (%2) of the delivery %3 was closed without effect: %4")
                                    .arg(job.id)
                                    .arg(job.kind)
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
            journal.warning(job.kind,
                            outcome.attempts > 1
                                ? tr("Job %1 (%2) of the delivery %3 failed after %4 attempts: %5")
                                      .arg(job.id)
                                      .arg(job.kind)
                                      .arg(job.deliveryId)
                                      .arg(outcome.attempts)
                                      .arg(message)
                                : tr("Job %1 (%2) of the delivery %3 failed: %4")
                                      .arg(job.id)
                                      .arg(job.kind)
                                      .arg(job.deliveryId)
                                      .arg(message),
                            kDelivery, job.deliveryId);
            return {};
        });
}

} // namespace campagna::operation
