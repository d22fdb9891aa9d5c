#pragma once

#include "common/result.h"

#include <functional>

namespace campagna {

// How often something that failed for a passing reason (Error::Code::
// Transient, a busy or cut-off database, an SMTP server that did not
// answer, a folder not writable yet) is tried, and how long to wait
// between two tries. One type for every retry of the code, each use with
// its own figures: the engine's first and last transactions of a run, a
// run's units of work, the notifications of the outbox, the jobs of
// operationMgt and supplierMgt (whose attempts are counted in the
// database, across runs, so they wait for the next run instead).
//
// Threading: a value; wait() and run() block the calling thread.
struct RetryPolicy
{
    enum class Backoff {
        None,        // no waiting (attempts counted across runs)
        Linear,      // baseDelayMs × attempt
        Exponential, // baseDelayMs × 2^(attempt − 1)
    };

    int maxAttempts = 1;
    Backoff backoff = Backoff::None;
    int baseDelayMs = 0;
    // Up to this much is added at random to each wait, so that runners
    // that failed together do not try again together.
    int jitterMs = 0;

    // Whether `attempts` tries (the one that just failed included) use the
    // policy up.
    constexpr bool exhausted(int attempts) const { return attempts >= maxAttempts; }
    // The wait after the failed attempt number `attempt` (from 1).
    int delayMs(int attempt) const;
    void wait(int attempt) const;

    // Runs `attempt` until it succeeds, fails for a reason other than
    // Error::Code::Transient, or the attempts are used up; between two
    // attempts it waits, then calls `beforeRetry` (a fresh connection).
    // Returns the last attempt's result.
    Result<void> run(const std::function<Result<void>()> &attempt,
                     const std::function<void()> &beforeRetry = {}) const;
};

} // namespace campagna
