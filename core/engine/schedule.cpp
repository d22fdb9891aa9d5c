#include "engine/schedule.h"

#include <QDateTime>
#include <QRegularExpression>

namespace campagna::engine {

Result<Schedule> Schedule::parse(const QString &input)
{
    const QString text = input.simplified().toLower();
    Schedule schedule;
    if (text.isEmpty() || text == u"manual")
        return schedule;

    static const QRegularExpression every(QStringLiteral("^every (\\d{1,6}) ?(s|m|h|d)$"));
    static const QRegularExpression daily(QStringLiteral("^daily (\\d{1,2}):(\\d{2})$"));
    if (const auto match = every.match(text); match.hasMatch()) {
        const qint64 count = match.captured(1).toLongLong();
        const QChar unit = match.captured(2).at(0);
        const qint64 factor = unit == u's' ? 1 : unit == u'm' ? 60 : unit == u'h' ? 3600 : 86400;
        if (count <= 0)
            return makeError(Error::Code::Usage,
                             tr("Invalid schedule \"%1\": the interval must be greater than "
                                "zero.")
                                 .arg(input));
        schedule.m_kind = Kind::Every;
        schedule.m_everySeconds = count * factor;
        if (schedule.m_everySeconds < 60)
            return makeError(
                Error::Code::Usage,
                tr("Invalid schedule \"%1\": the shortest interval is one minute.").arg(input));
        return schedule;
    }
    if (const auto match = daily.match(text); match.hasMatch()) {
        const QTime at(match.captured(1).toInt(), match.captured(2).toInt());
        if (!at.isValid())
            return makeError(Error::Code::Usage,
                             tr("Invalid schedule \"%1\": %2 is not a time of day.")
                                 .arg(input, match.captured(1) + u':' + match.captured(2)));
        schedule.m_kind = Kind::Daily;
        schedule.m_dailyAt = at;
        return schedule;
    }
    return makeError(Error::Code::Usage,
                     tr("Invalid schedule \"%1\": write \"every 15m\" (s, m, h or d), "
                        "\"daily 09:00\", or \"manual\".")
                         .arg(input));
}

QString Schedule::toString() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Every:
        if (m_everySeconds % 86400 == 0)
            return QStringLiteral("every %1d").arg(m_everySeconds / 86400);
        if (m_everySeconds % 3600 == 0)
            return QStringLiteral("every %1h").arg(m_everySeconds / 3600);
        if (m_everySeconds % 60 == 0)
            return QStringLiteral("every %1m").arg(m_everySeconds / 60);
        return QStringLiteral("every %1s").arg(m_everySeconds);
    case Kind::Daily:
        return QStringLiteral("daily ") + m_dailyAt.toString(QStringLiteral("HH:mm"));
    }
    return {};
}

QString Schedule::describe() const
{
    switch (m_kind) {
    case Kind::None:
        return tr("never (runs only when asked)");
    case Kind::Every: {
        const qint64 seconds = m_everySeconds;
        if (seconds % 86400 == 0)
            return tr("every %n day(s)", nullptr, int(seconds / 86400));
        if (seconds % 3600 == 0)
            return tr("every %n hour(s)", nullptr, int(seconds / 3600));
        if (seconds % 60 == 0)
            return tr("every %n minute(s)", nullptr, int(seconds / 60));
        return tr("every %n second(s)", nullptr, int(seconds));
    }
    case Kind::Daily:
        return tr("daily at %1", "a time of day").arg(m_dailyAt.toString(QStringLiteral("HH:mm")));
    }
    return {};
}

std::optional<qint64> Schedule::nextAfter(qint64 after) const
{
    switch (m_kind) {
    case Kind::None:
        return std::nullopt;
    case Kind::Every:
        return after + m_everySeconds;
    case Kind::Daily: {
        const QDateTime base = QDateTime::fromSecsSinceEpoch(after).toLocalTime();
        QDateTime candidate(base.date(), m_dailyAt, Qt::LocalTime);
        if (candidate.toSecsSinceEpoch() <= after)
            candidate = QDateTime(base.date().addDays(1), m_dailyAt, Qt::LocalTime);
        return candidate.toSecsSinceEpoch();
    }
    }
    return std::nullopt;
}

qint64 Schedule::intervalSeconds() const
{
    switch (m_kind) {
    case Kind::None:
        return 0;
    case Kind::Every:
        return m_everySeconds;
    case Kind::Daily:
        return 86400;
    }
    return 0;
}

} // namespace campagna::engine
