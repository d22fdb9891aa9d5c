#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>
#include <QTime>

#include <optional>

namespace campagna::engine {

// A workflow's schedule (`workflow.schedule`): `every N{s|m|h|d}` or
// `daily HH:MM` (local time of the engine), or empty/`manual` for none.
// Value type.
class Schedule final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::engine::Schedule)

public:
    enum class Kind { None, Every, Daily };

    static Result<Schedule> parse(const QString &text);

    Kind kind() const { return m_kind; }
    // Canonical text, e.g. "every 15m", "daily 09:00", "" for none.
    QString toString() const;
    // The schedule in words, in the current language: "every 15 minutes",
    // "daily at 09:00", "never (runs only when asked)".
    QString describe() const;
    // The first due time strictly after `after` (Unix seconds); nullopt for none.
    std::optional<qint64> nextAfter(qint64 after) const;
    // The nominal interval: N for `every`, a day for `daily`, 0 for none.
    qint64 intervalSeconds() const;

private:
    Kind m_kind = Kind::None;
    qint64 m_everySeconds = 0;
    QTime m_dailyAt;
};

} // namespace campagna::engine
