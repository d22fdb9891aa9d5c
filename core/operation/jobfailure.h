#pragma once

namespace campagna::operation {

// Why a targeting or extraction job failed; it decides what becomes of the
// job and of its delivery (03-workflows.md, operationMgt step 3).
enum class JobFailure {
    None,
    // Retrying may succeed (database busy or cut off, folder not writable,
    // disk full): the job stays pending for the next runs, up to 3 attempts.
    Transient,
    // Retrying cannot help (no service, a file name that is not one): the
    // job fails at once; the delivery keeps its status and gets last_error.
    Permanent,
    // The targeting filter does not parse, is over the parser's size
    // limits, or the database refuses the query it makes: the job fails at
    // once and the delivery goes back to being_edited, with the message.
    InvalidFilter,
    // The delivery no longer waits for this job (cancelled, or moved on by
    // someone else): the job is closed as failed, the delivery untouched.
    Stale,
};

} // namespace campagna::operation
