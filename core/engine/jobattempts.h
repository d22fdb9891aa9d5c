#pragma once

#include "common/result.h"
#include "common/retrypolicy.h"

namespace campagna::engine {

// Why a job of operationMgt (targeting, extraction) or supplierMgt (a file
// to a provider) failed; it decides what becomes of the job and of its
// delivery (03-workflows.md, operationMgt step 3, supplierMgt).
enum class JobFailure {
    None,
    // Retrying may succeed (database busy or cut off, folder not writable,
    // disk full): the job stays pending for the next runs, up to
    // JobAttempts::kRetry.maxAttempts attempts.
    Transient,
    // Retrying cannot help (no service, a file name that is not one): the
    // job fails at once; the delivery keeps its status and gets last_error.
    Permanent,
    // The targeting filter does not parse, is over the parser's size
    // limits, or the database refuses the query it makes: the job fails at
    // once and the delivery goes back to being_edited, with the message.
    // (operationMgt only.)
    InvalidFilter,
    // The delivery no longer waits for this job (cancelled, or moved on by
    // someone else): the job is closed as failed, the delivery untouched.
    Stale,
};

// The attempts of a job (operation_job.attempts, provider_job.attempts):
// counted in the job's row, one per run that tried it, so a transient
// failure waits for the next run rather than for a back-off.
struct JobAttempts
{
    static constexpr RetryPolicy kRetry{3};

    // Whether a job that failed so at its `attempts`-th attempt fails for
    // good (otherwise it stays pending for the next run).
    static constexpr bool isFinal(JobFailure failure, int attempts)
    {
        return failure != JobFailure::Transient || kRetry.exhausted(attempts);
    }

    // A job failing on a database error: transient or permanent as the
    // error is.
    static constexpr JobFailure failureOf(const Error &error)
    {
        return error.code == Error::Code::Transient ? JobFailure::Transient
                                                    : JobFailure::Permanent;
    }
};

} // namespace campagna::engine
