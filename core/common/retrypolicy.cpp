#include "common/retrypolicy.h"

#include <QRandomGenerator>
#include <QThread>

namespace campagna {

int RetryPolicy::delayMs(int attempt) const
{
    int delay = 0;
    switch (backoff) {
    case Backoff::None:
        return 0;
    case Backoff::Linear:
        delay = baseDelayMs * attempt;
        break;
    case Backoff::Exponential:
        delay = baseDelayMs << (attempt - 1);
        break;
    }
    if (jitterMs > 0)
        delay += int(QRandomGenerator::global()->bounded(jitterMs));
    return delay;
}

void RetryPolicy::wait(int attempt) const
{
    if (const int delay = delayMs(attempt); delay > 0)
        QThread::msleep(ulong(delay));
}

Result<void> RetryPolicy::run(const std::function<Result<void>()> &attempt,
                              const std::function<void()> &beforeRetry) const
{
    for (int done = 1;; ++done) {
        Result<void> outcome = attempt();
        if (outcome || outcome.errorCode() != Error::Code::Transient || exhausted(done))
            return outcome;
        wait(done);
        if (beforeRetry)
            beforeRetry();
    }
}

} // namespace campagna
