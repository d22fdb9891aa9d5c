#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QCPAbstractPlottable;
class QCPAxis;
class QCustomPlot;
class QWidget;

namespace campagna::ui {

// What every chart of the console shares, so that qcustomplot.h stays in
// the .cpp files: zoom (wheel) and pan (drag), a double click or "Reset
// view" to return to the data's extent, a tooltip with the exact value of
// the point or bar under the mouse, a context menu exporting the chart to
// PNG or PDF, the chosen language's locale for tick labels, and date axes.
//
// Threading: GUI thread.
class ChartSupport final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::ui::ChartSupport)

public:
    // The text shown for data point `index` of `plottable`; empty: none.
    using Tooltip = std::function<QString(QCPAbstractPlottable *plottable, int index)>;

    // A chart named `objectName` with the behaviour above.
    static QCustomPlot *create(const QString &objectName, QWidget *parent);
    static void setTooltip(QCustomPlot *plot, Tooltip tooltip);
    // A title above the axes (added on first use).
    static void setTitle(QCustomPlot *plot, const QString &title);
    static QString title(QCustomPlot *plot);
    // The tooltip text of the data point nearest to `pos` (widget
    // coordinates), as the mouse would show it; empty when none is near.
    static QString tooltipAt(QCustomPlot *plot, const QPointF &pos);
    // Records the current axis ranges as the ones "Reset view" restores.
    static void setHome(QCustomPlot *plot);
    static void resetView(QCustomPlot *plot);
    // Tick labels of `axis` as local days ("26 Dec / 2026", month names of QLocale()).
    static void setDateAxis(QCPAxis *axis);
    // The plot's locale and date formats follow QLocale() (after a
    // language change); replots.
    static void applyLocale(QCustomPlot *plot);
    // PNG or PDF by the file's suffix (".pdf": PDF, else PNG).
    static bool exportTo(QCustomPlot *plot, const QString &path, QString *error = nullptr);
    // Asks for a file (PNG or PDF) and exports; errors in a message box.
    static void chooseExportFile(QCustomPlot *plot, QWidget *parent, const QString &baseName);
};

} // namespace campagna::ui
