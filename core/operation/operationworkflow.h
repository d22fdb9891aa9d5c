#pragma once

#include "common/result.h"
#include "engine/runcontext.h"
#include "engine/workflow.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace campagna::operation {

// operationMgt, "Campaign jobs" (spec 03-workflows.md), in three steps:
// 1. the due schedule lines of recurring and periodic templates are
//    instantiated (ScheduleInstantiator), in one unit of work;
// 2. every extraction_pending delivery whose extraction date has come and
//    that has no pending or running extraction job gets one (one INSERT ...
//    SELECT); a delivery whose last extraction job failed since it was last
//    targeted gets none, so that a failing delivery does not get a new
//    failing job on every run;
// 3. the pending jobs run, oldest first (requested_at, id), at most
//    setting('operation.max_concurrent_jobs') at a time (default 10), in
//    parallel on the engine's pool, never two of one delivery at once and
//    each delivery's in order (TargetingJob, ExtractionJob).
//
// A job is first claimed (running, started_at, attempts + 1) in a small
// transaction, then done in its own; a job left running by a run that died
// is pending again at the start of step 3. A failed job is recorded in a
// further small transaction: transient failures leave it pending for the
// next runs until its third attempt, then it fails; a permanent failure
// fails it at once. A failed job gives its delivery last_error and an
// event (TargetingFailed, ExtractionFailed), the run a warning; the run
// itself fails only when the database cannot record what happened.
//
// Where writers exclude one another (SQLite), the jobs' transactions take
// turns on a mutex instead of waiting for the database lock (whose 5 s
// busy timeout a long job would exceed).
//
// Threading: created by the engine per run; run() runs on one pool thread
// and spreads the jobs over other threads of the same pool.
class OperationWorkflow final : public engine::Workflow
{
    Q_DECLARE_TR_FUNCTIONS(campagna::operation::OperationWorkflow)

public:
    struct Options
    {
        // Told when a job starts (true) and ends (false), on the job's pool
        // thread; tests count the jobs running at once. Default: none.
        std::function<void(qint64 jobId, bool started)> observer;
    };

    OperationWorkflow() = default;
    explicit OperationWorkflow(Options options);

    Result<void> run(engine::RunContext &context) override;

    // operation.max_concurrent_jobs when unset or invalid. The attempts a
    // job failing for a transient reason gets: engine::JobAttempts.
    static constexpr int kDefaultMaxConcurrentJobs = 10;

private:
    struct Job;
    struct JobOutcome;
    struct JobSettings;
    struct LoadedJobs;
    struct Dispatch;
    struct JobWork;

    Result<void> instantiateSchedules(engine::RunContext &context, const QSqlDatabase &db);
    Result<void> requestExtractions(engine::RunContext &context, const QSqlDatabase &db);
    Result<void> runJobs(engine::RunContext &context);
    Result<LoadedJobs> loadJobs(engine::RunContext &context);
    Result<JobSettings> readJobSettings(engine::RunContext &context, const QSqlDatabase &db);
    static void sweepHalfWritten(engine::RunContext &context, const QString &directory,
                                 const QStringList &patterns);
    void startReady(engine::RunContext &context, Dispatch &dispatch, QList<Job> &queue,
                    int maxConcurrent);
    void startJob(engine::RunContext &context, Dispatch &dispatch, const Job &job);
    static void countEnded(Dispatch &dispatch, const Job &job, const JobOutcome &outcome);
    JobOutcome executeJob(engine::RunContext &context, const Job &job);
    Result<std::optional<int>> claimJob(engine::RunContext &context, const Job &job);
    Result<void> runTargeting(engine::RunContext &context, const Job &job, JobWork &work,
                              JobOutcome &outcome);
    Result<void> runExtraction(engine::RunContext &context, const Job &job, JobWork &work,
                               JobOutcome &outcome);
    static Result<QSqlQuery> markDone(engine::RunContext &context, const QSqlDatabase &db,
                                      const Job &job);
    Result<void> releaseJob(engine::RunContext &context, const Job &job);
    Result<void> recordFailure(engine::RunContext &context, const Job &job, JobOutcome &outcome);
    Result<void> jobUnit(
        engine::RunContext &context, const QString &step,
        const std::function<Result<void>(QSqlDatabase &, engine::RunContext::UnitJournal &)> &body);

    Options m_options;
    // Single-writer databases only: one job transaction at a time (see above).
    QMutex m_singleWriter;
    // Extraction files being written, by job: two deliveries whose pattern
    // gives the same name must not write one file at once (only this run
    // writes extraction files: it holds the lease).
    QMutex m_filesMutex;
    QHash<QString, qint64> m_filesInUse;
};

} // namespace campagna::operation
