#pragma once

#include <QtGlobal>

#include <atomic>

namespace campagna::db {
class Database;
}

namespace campagna::engine {

// The one source of "now" for workflow logic and for everything a run or a
// command records (04-engine.md, "Clock"). Either the system clock (the
// database server's clock on PostgreSQL) or a fixed time (campagnactl
// --now, tests). Leases never use it. Thread-safe.
class Clock final
{
public:
    Clock() = default;
    explicit Clock(qint64 fixedNow)
        : m_fixed(true)
        , m_now(fixedNow)
    {}

    bool isFixed() const { return m_fixed.load(); }
    void setFixed(qint64 now)
    {
        m_now.store(now);
        m_fixed.store(true);
    }
    void setSystem() { m_fixed.store(false); }

    // Unix seconds. With a database given and no fixed time, PostgreSQL's
    // clock is asked (so consoles with skewed clocks agree).
    qint64 now(db::Database *database = nullptr) const;

private:
    std::atomic<bool> m_fixed{false};
    std::atomic<qint64> m_now{0};
};

} // namespace campagna::engine
