#pragma once

#include "common/result.h"
#include "engine/jobattempts.h"
#include "engine/runcontext.h"
#include "engine/workflow.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class QIODevice;

namespace campagna::supplier {

// supplierMgt, "Jobs on service providers" (spec 03-workflows.md), in two
// steps:
// 1. files to the router: each `pending` provider_job, in its own unit of
//    work, has its delivery's extraction file checked (it exists, its
//    SHA-256 is extraction_sha256) while it is copied to the supplier's
//    drop_dir/outgoing/ (temporary name, then rename), one `provider_file`
//    notification queued to the supplier (dedup provider-file:<job id>),
//    the job → file_sent, the delivery → sent_to_provider;
// 2. post-processing of `file_sent` jobs: without return_file_pattern, in
//    one set-based unit, the delivery is finished with sent_count =
//    extraction_rows; with one, each return file found in
//    drop_dir/incoming/ is parsed (ReturnFile), counted against the
//    delivery's targets, the delivery finished and the file moved to
//    incoming/processed/, one unit per file; a return file overdue after
//    return_timeout_s gives one ProviderReturnOverdue event per sending
//    and a journal warning on every run that still sees it.
//
// Files are written or moved inside the unit, before it commits. A crash
// between the two leaves a file that the next run writes again (step 1:
// the same bytes under the same name) or finds in incoming/processed/
// (step 2: read from there when incoming/ no longer has it).
//
// Job failures (a lost or changed extraction file, a supplier without
// e-mail or drop folder, a malformed return file) are recorded on the job
// with an event and a warning in a further small unit; the run goes on. A
// folder that cannot be written is retried on the next runs, the job
// failing at its 3rd attempt (engine::JobAttempts). Only a fault of the database fails the run.
//
// Threading: created by the engine per run; run() runs on one pool thread.
class SupplierWorkflow final : public engine::Workflow
{
    Q_DECLARE_TR_FUNCTIONS(campagna::supplier::SupplierWorkflow)

public:
    Result<void> run(engine::RunContext &context) override;

    // Recipient ids named in the warning about ids that are not targets.
    static constexpr int kShownIds = 5;

private:
    struct Job;
    struct Counts;
    struct Tally;
    struct PendingJob;
    struct ReturnPaths;
    struct ReturnProblem;
    // Why a job's file is not sent: `failure` decides what becomes of the job.
    struct Refusal
    {
        engine::JobFailure failure = engine::JobFailure::None;
        QString message;
    };
    struct HandOver
    {
        engine::JobFailure failure = engine::JobFailure::None; // otherwise failed: `message` says why
        QString message;
        QString source; // the extraction file, resolved
        QString target; // its copy in the supplier's outgoing folder
    };

    Result<void> sendFiles(engine::RunContext &context, Counts &counts);
    Result<void> sendFile(engine::RunContext &context, qint64 jobId, Counts &counts);
    static Result<std::optional<PendingJob>> readPendingJob(engine::RunContext &context,
                                                            const QSqlDatabase &db, qint64 jobId);
    static std::optional<Refusal> refusalOf(const PendingJob &job);
    static HandOver copyToSupplier(const QSqlDatabase &db, const QString &extractionFile,
                                   const QString &expectedSha, const QString &dropDir,
                                   const QString &supplier);
    Result<void> handOver(engine::RunContext &context, const QSqlDatabase &db,
                          const PendingJob &job, const HandOver &copied, qint64 now);
    Result<void> finishWithoutReturn(engine::RunContext &context, Counts &counts);
    Result<void> processReturns(engine::RunContext &context, Counts &counts);
    static Result<qint64> returnFileLimit(engine::RunContext &context);
    static Result<Tally> tallyReturn(const QSqlDatabase &db, QIODevice &file, qint64 deliveryId,
                                     QString &malformed);
    static Result<Tally> countReturn(const QSqlDatabase &db, qint64 deliveryId);
    Result<void> processReturn(engine::RunContext &context, const Job &job, Counts &counts);
    Result<std::optional<ReturnPaths>> locateReturn(engine::RunContext &context, const Job &job,
                                                    Counts &counts);
    Result<void> awaitReturn(engine::RunContext &context, const Job &job, const ReturnPaths &paths,
                             qint64 now, Counts &counts);
    Result<void> takeReturn(engine::RunContext &context, const Job &job, const ReturnPaths &paths,
                            qint64 now, Counts &counts);
    Result<bool> finishFromReturn(engine::RunContext &context, const QSqlDatabase &db,
                                  const Job &job, const ReturnPaths &paths, qint64 now,
                                  ReturnProblem &problem);
    static Result<Tally> readReturn(const QSqlDatabase &db, const Job &job, const QString &source,
                                    ReturnProblem &problem);
    Result<void> recordReturn(engine::RunContext &context, const QSqlDatabase &db, const Job &job,
                              const ReturnPaths &paths, const Tally &tally, qint64 now);
    static Result<void> moveToProcessed(const ReturnPaths &paths, ReturnProblem &problem);
    Result<void> recordFailure(engine::RunContext &context, qint64 jobId, qint64 deliveryId,
                               engine::JobFailure failure, const QString &message, bool returnFile,
                               Counts &counts);
};

} // namespace campagna::supplier
