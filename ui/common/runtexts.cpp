#include "common/runtexts.h"

#include "engine/runstates.h"
#include "engine/schedule.h"

#include <QDateTime>
#include <QLocale>

namespace campagna::ui {

QString RunTexts::status(const QString &status)
{
    using engine::RunStatus;
    const std::optional<RunStatus> known = fromSql<RunStatus>(status);
    if (!known)
        return status;
    switch (*known) {
    case RunStatus::Running:
        return tr("Running");
    case RunStatus::Succeeded:
        return tr("Succeeded");
    case RunStatus::Failed:
        return tr("Failed", "run status");
    case RunStatus::Cancelled:
        return tr("Cancelled");
    case RunStatus::Lost:
        return tr("Lost");
    }
    return status;
}

QString RunTexts::trigger(const QString &trigger)
{
    using engine::Trigger;
    const std::optional<Trigger> known = fromSql<Trigger>(trigger);
    if (!known)
        return trigger;
    switch (*known) {
    case Trigger::Manual:
        return tr("Run now", "run trigger");
    case Trigger::Schedule:
        return tr("Scheduler", "run trigger");
    case Trigger::Cli:
        return tr("Command line", "run trigger");
    }
    return trigger;
}

QString RunTexts::duration(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(qMax<qint64>(0, seconds));
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString RunTexts::dateTime(qint64 unixSeconds)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(unixSeconds), QLocale::ShortFormat);
}

QString RunTexts::schedule(const QString &stored)
{
    const Result<engine::Schedule> parsed = engine::Schedule::parse(stored);
    if (!parsed)
        return tr("Schedule: %1").arg(stored);
    if (parsed.value().kind() == engine::Schedule::Kind::None)
        return tr("Schedule: none (runs only when asked)");
    return tr("Schedule: %1 (%2)", "the schedule in words, as stored")
        .arg(parsed.value().describe(), parsed.value().toString());
}

} // namespace campagna::ui
