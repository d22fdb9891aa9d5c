#pragma once

#include <QColor>

namespace campagna::ui {

// The semantic colours of the console, in one place: texts that report a
// failure, a warning, a success or work in progress, the backgrounds of
// rows in those states, and the blues of the amounts' charts. GUI thread.
class Palette final
{
public:
    // Failed, lost, over-run, stalled, rejected, an error line.
    static QColor failure() { return {0xa4, 0x1e, 0x22}; }
    static QColor failureBackground() { return {0xf8, 0xd7, 0xd7}; }
    // Cancelled, paused, a warning line, an alert level reached.
    static QColor warning() { return {0x8a, 0x52, 0x00}; }
    static QColor warningBackground() { return {0xfc, 0xeb, 0xc8}; }
    // Succeeded, approved, a passed check, a stock that is fine.
    static QColor success() { return {0x1e, 0x6b, 0x2e}; }
    static QColor successBackground() { return {0xd9, 0xf0, 0xdc}; }
    // Running; the main series of a chart.
    static QColor active() { return {0x1f, 0x4e, 0x9c}; }
    // A value that does not count (an approval of an earlier round).
    static QColor inactive() { return QColor(Qt::gray); }
};

} // namespace campagna::ui
