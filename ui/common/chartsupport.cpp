#include "common/chartsupport.h"

#include <QContextMenuEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHelpEvent>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QStandardPaths>
#include <QToolTip>

#include <qcustomplot.h>

#include <limits>

namespace campagna::ui {

namespace {

// Per-chart state: the tooltip function and the "home" ranges.
class ChartController final : public QObject
{
public:
    explicit ChartController(QCustomPlot *plot)
        : QObject(plot)
        , m_plot(plot)
    {
        setObjectName(QStringLiteral("chartController"));
        plot->installEventFilter(this);
    }

    ChartSupport::Tooltip tooltip;
    QCPRange homeX;
    QCPRange homeY;
    bool hasHome = false;

    QString textAt(const QPointF &pos) const
    {
        if (!tooltip)
            return {};
        QCPAbstractPlottable *best = nullptr;
        int bestIndex = -1;
        double bestDistance = std::numeric_limits<double>::max();
        // The plottable drawn last (on top, such as markers) wins a tie.
        for (int i = m_plot->plottableCount() - 1; i >= 0; --i) {
            QCPAbstractPlottable *plottable = m_plot->plottable(i);
            if (!plottable->visible())
                continue;
            QVariant details;
            const double distance = plottable->selectTest(pos, false, &details);
            if (distance < 0 || distance > m_plot->selectionTolerance() ||
                distance >= bestDistance)
                continue;
            const QCPDataSelection selection = details.value<QCPDataSelection>();
            if (selection.isEmpty())
                continue;
            best = plottable;
            bestIndex = selection.dataRange().begin();
            bestDistance = distance;
        }
        return best ? tooltip(best, bestIndex) : QString();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_plot)
            return false;
        switch (event->type()) {
        case QEvent::ToolTip: {
            auto *help = static_cast<QHelpEvent *>(event);
            const QString text = textAt(help->pos());
            if (text.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), text, m_plot);
            return true;
        }
        case QEvent::MouseButtonDblClick:
            ChartSupport::resetView(m_plot);
            return true;
        case QEvent::ContextMenu: {
            auto *menuEvent = static_cast<QContextMenuEvent *>(event);
            auto *menu = new QMenu(m_plot);
            menu->setObjectName(QStringLiteral("chartMenu"));
            menu->setAttribute(Qt::WA_DeleteOnClose);
            QCustomPlot *plot = m_plot;
            menu->addAction(ChartSupport::tr("Export chart…"), plot, [plot] {
                ChartSupport::chooseExportFile(plot, plot->window(), plot->objectName());
            });
            menu->addAction(ChartSupport::tr("Reset view"), plot,
                            [plot] { ChartSupport::resetView(plot); });
            menu->popup(menuEvent->globalPos());
            return true;
        }
        default:
            return false;
        }
    }

private:
    QCustomPlot *m_plot;
};

// Day and abbreviated month over the year: narrow, and the month names
// follow the plot's locale.
QString dateTickFormat()
{
    return QStringLiteral("d MMM\nyyyy");
}

ChartController *controller(QCustomPlot *plot)
{
    // Not findChild(): the controller has no meta-object of its own.
    for (QObject *child : plot->children()) {
        if (child->objectName() == u"chartController")
            return static_cast<ChartController *>(child);
    }
    return nullptr;
}

} // namespace

QCustomPlot *ChartSupport::create(const QString &objectName, QWidget *parent)
{
    auto *plot = new QCustomPlot(parent);
    plot->setObjectName(objectName);
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot->setFocusPolicy(Qt::ClickFocus);
    plot->setMinimumSize(240, 180);
    plot->legend->setVisible(true);
    // The legend goes under the axes, in rows, so that it never hides data.
    auto *legendRow = new QCPLayoutGrid;
    plot->plotLayout()->addElement(1, 0, legendRow);
    legendRow->setMargins(QMargins(5, 0, 5, 5));
    legendRow->addElement(0, 0, plot->legend);
    plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    plot->legend->setWrap(3);
    plot->legend->setBorderPen(Qt::NoPen);
    plot->plotLayout()->setRowStretchFactor(1, 0.001);
    QFont legendFont = plot->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
    plot->legend->setFont(legendFont);
    new ChartController(plot);
    plot->setLocale(QLocale());
    return plot;
}

void ChartSupport::setTooltip(QCustomPlot *plot, Tooltip tooltip)
{
    if (ChartController *c = controller(plot))
        c->tooltip = std::move(tooltip);
}

QString ChartSupport::tooltipAt(QCustomPlot *plot, const QPointF &pos)
{
    const ChartController *c = controller(plot);
    return c ? c->textAt(pos) : QString();
}

void ChartSupport::setTitle(QCustomPlot *plot, const QString &title)
{
    auto *element = qobject_cast<QCPTextElement *>(plot->plotLayout()->element(0, 0));
    if (!element) {
        plot->plotLayout()->insertRow(0);
        QFont font = plot->font();
        font.setBold(true);
        element = new QCPTextElement(plot, title, font);
        plot->plotLayout()->addElement(0, 0, element);
        plot->plotLayout()->setRowStretchFactor(0, 0.001);
    }
    element->setText(title);
}

QString ChartSupport::title(QCustomPlot *plot)
{
    auto *element = qobject_cast<QCPTextElement *>(plot->plotLayout()->element(0, 0));
    return element ? element->text() : QString();
}

void ChartSupport::setHome(QCustomPlot *plot)
{
    if (ChartController *c = controller(plot)) {
        c->homeX = plot->xAxis->range();
        c->homeY = plot->yAxis->range();
        c->hasHome = true;
    }
}

void ChartSupport::resetView(QCustomPlot *plot)
{
    const ChartController *c = controller(plot);
    if (!c || !c->hasHome)
        return;
    plot->xAxis->setRange(c->homeX);
    plot->yAxis->setRange(c->homeY);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void ChartSupport::setDateAxis(QCPAxis *axis)
{
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeSpec(Qt::LocalTime);
    ticker->setDateTimeFormat(dateTickFormat());
    ticker->setTickCount(4);
    axis->setTicker(ticker);
}

void ChartSupport::applyLocale(QCustomPlot *plot)
{
    plot->setLocale(QLocale());
    for (QCPAxis *axis : plot->axisRect()->axes()) {
        if (auto ticker = axis->ticker().dynamicCast<QCPAxisTickerDateTime>())
            ticker->setDateTimeFormat(dateTickFormat());
    }
    plot->replot(QCustomPlot::rpQueuedReplot);
}

bool ChartSupport::exportTo(QCustomPlot *plot, const QString &path, QString *error)
{
    // A chart not laid out yet (a hidden tab) is exported at a readable size.
    const int width = plot->width() >= 300 ? plot->width() : 1000;
    const int height = plot->height() >= 200 ? plot->height() : 600;
    const bool pdf = QFileInfo(path).suffix().compare(u"pdf", Qt::CaseInsensitive) == 0;
    const bool ok = pdf ? plot->savePdf(path, width, height) : plot->savePng(path, width, height);
    if (!ok && error)
        *error = tr("Could not write the chart to %1.").arg(path);
    return ok;
}

void ChartSupport::chooseExportFile(QCustomPlot *plot, QWidget *parent, const QString &baseName)
{
    // Not exec(): the event loop (and the engine's signals) keep running.
    auto *dialog = new QFileDialog(
        parent, tr("Export chart"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("PNG images (*.png);;PDF documents (*.pdf)"));
    dialog->setObjectName(QStringLiteral("chartExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("png"));
    dialog->selectFile(baseName + u".png");
    QPointer<QCustomPlot> target(plot);
    QObject::connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        dialog->setDefaultSuffix(filter.contains(u"*.pdf") ? QStringLiteral("pdf")
                                                           : QStringLiteral("png"));
    });
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog, [target, parent](const QString &path) {
        if (!target)
            return;
        QString error;
        if (!exportTo(target, path, &error)) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Export chart"), error,
                                        QMessageBox::Ok, parent);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    });
    dialog->open();
}

} // namespace campagna::ui
