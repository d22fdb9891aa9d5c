#pragma once

#include <QCoreApplication>
#include <QString>

namespace campagna::ui {

// How the console shows the values of a run (workflow_run): its status,
// trigger, duration and times, the same on every page. Values it does not
// know are shown as they are stored. GUI thread (QLocale of the language).
class RunTexts final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::ui::RunTexts)

public:
    static QString status(const QString &status);
    static QString trigger(const QString &trigger);
    static QString duration(qint64 seconds);
    static QString dateTime(qint64 unixSeconds);
    // "Schedule: every hour (every 1h)": a workflow's stored schedule in
    // words, with the text the schedule editor takes.
    static QString schedule(const QString &stored);
};

} // namespace campagna::ui
