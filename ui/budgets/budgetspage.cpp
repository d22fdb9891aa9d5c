#include "budgets/budgetspage.h"

#include "common/asyncquery.h"
#include "common/chartsupport.h"
#include "common/csvexport.h"
#include "common/csvwriter.h"
#include "common/formats.h"
#include "common/pagetable.h"
#include "common/pagetoolbar.h"
#include "common/lazytablemodel.h"
#include "common/palette.h"

#include "budget/budgetquery.h"
#include "budget/budgetstates.h"
#include "engine/records.h"
#include "engine/workflowengine.h"

#include <QColor>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <map>

namespace campagna::ui {

namespace {

using budget::BudgetQuery;
using budget::Commitment;

// Engine signals arriving within this window make one refresh.
constexpr int CoalesceMs = 150;
// Budgets drawn in the chart: what a page's width can label.
constexpr int MaxChartBudgets = 40;
constexpr qint64 Day = 86400;

const QStringList &commitments()
{
    static const QStringList values = [] {
        QStringList names;
        for (Commitment commitment : sqlEnumValues<Commitment>())
            names << sqlName(commitment);
        return names;
    }();
    return values;
}

QColor commitmentColour(const QString &commitment)
{
    switch (fromSql<Commitment>(commitment).value_or(Commitment::Planned)) {
    case Commitment::Spent:
        return Palette::active();
    case Commitment::Committed:
        return QColor(0x3b, 0x7d, 0xd8);
    case Commitment::Reserved:
        return QColor(0x7f, 0xb0, 0xec);
    case Commitment::Planned:
        break;
    }
    return QColor(0xc9, 0xdc, 0xf5);
}

const QColor AllocationColour = Palette::failure();

QCPBars *makeBars(QCustomPlot *plot, const QString &name, const QColor &colour)
{
    auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setObjectName(name);
    bars->setPen(QPen(colour.darker(130)));
    bars->setBrush(colour);
    bars->setWidth(0.6);
    return bars;
}

QCPGraph *makeGraph(QCustomPlot *plot, const QString &name, const QPen &pen)
{
    QCPGraph *graph = plot->addGraph();
    graph->setObjectName(name);
    graph->setPen(pen);
    return graph;
}

template<typename T> T *plottableNamed(QCustomPlot *plot, const QString &name)
{
    for (int i = 0; i < plot->plottableCount(); ++i) {
        if (plot->plottable(i)->objectName() == name)
            return qobject_cast<T *>(plot->plottable(i));
    }
    return nullptr;
}

} // namespace

BudgetsPage::BudgetsPage(engine::WorkflowEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_detailsCall(engine, this)
{
    setObjectName(QStringLiteral("budgetsPage"));

    buildTables();
    buildCharts();
    buildLayout();
    connectSignals();
    retranslateUi();
    m_budgetModel->setSource(BudgetQuery::budgets());
}

void BudgetsPage::buildTables()
{
    m_budgetModel = new LazyTableModel(m_engine, this);
    m_budgetModel->setPresenter([](const RowSource &source, const QVariantList &row, int column,
                                   int role) -> QVariant {
        const qint64 available = source.value(row, QStringLiteral("available")).toLongLong();
        if (available >= 0)
            return {};
        if (role == Qt::BackgroundRole)
            return Palette::failureBackground();
        if (role == Qt::ForegroundRole && (column == Available || column == Used))
            return Palette::failure();
        if (role == Qt::ToolTipRole)
            return tr("Over-run: reserved, committed and spent exceed the allocation by %1.")
                .arg(Formats::money(-available,
                                    source.value(row, QStringLiteral("currency")).toString()));
        return {};
    });
    m_costModel = new LazyTableModel(m_engine, this);
    m_expenseModel = new LazyTableModel(m_engine, this);
    m_budgetView = makePageTable(this, QStringLiteral("budgetTable"), m_budgetModel, Label);
    m_costView = makePageTable(this, QStringLiteral("costLineTable"), m_costModel, 0);
    m_expenseView = makePageTable(this, QStringLiteral("expenseLineTable"), m_expenseModel, 0);
    m_tableTabs = new QTabWidget(this);
    m_tableTabs->setObjectName(QStringLiteral("budgetTableTabs"));
    m_tableTabs->addTab(m_costView, QString());
    m_tableTabs->addTab(m_expenseView, QString());
}

void BudgetsPage::buildCharts()
{
    m_budgetChart = ChartSupport::create(QStringLiteral("budgetChart"), this);
    for (const QString &commitment : commitments())
        makeBars(m_budgetChart, commitment, commitmentColour(commitment));
    {
        auto *spent = plottableNamed<QCPBars>(m_budgetChart, QStringLiteral("spent"));
        auto *committed = plottableNamed<QCPBars>(m_budgetChart, QStringLiteral("committed"));
        auto *reserved = plottableNamed<QCPBars>(m_budgetChart, QStringLiteral("reserved"));
        auto *planned = plottableNamed<QCPBars>(m_budgetChart, QStringLiteral("planned"));
        committed->moveAbove(spent);
        reserved->moveAbove(committed);
        planned->moveAbove(reserved);
        QCPGraph *allocation =
            makeGraph(m_budgetChart, QStringLiteral("allocation"), QPen(AllocationColour, 3));
        allocation->setLineStyle(QCPGraph::lsNone);
        QPainterPath dash;
        dash.moveTo(-3, 0);
        dash.lineTo(3, 0);
        allocation->setScatterStyle(
            QCPScatterStyle(dash, QPen(AllocationColour, 0.5), Qt::NoBrush, 40));
    }
    m_budgetChart->xAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    m_budgetChart->yAxis->setNumberFormat(QStringLiteral("f"));
    m_budgetChart->yAxis->setNumberPrecision(0);
    ChartSupport::setTooltip(m_budgetChart, [this](QCPAbstractPlottable *plottable, int index) {
        if (index < 0 || index >= m_budgetModel->rowCount())
            return QString();
        const QString name = plottable->objectName();
        const QString key = name == u"allocation" ? QStringLiteral("allocated") : name;
        return tr("%1 – %2: %3")
            .arg(m_budgetModel->value(index, QStringLiteral("label")).toString(), plottable->name(),
                 Formats::money(m_budgetModel->value(index, key).toLongLong(),
                                m_budgetModel->value(index, QStringLiteral("currency")).toString()));
    });

    m_cumulativeChart = ChartSupport::create(QStringLiteral("cumulativeChart"), this);
    for (const QString &commitment : commitments()) {
        QCPGraph *graph = makeGraph(m_cumulativeChart, commitment,
                                    QPen(commitmentColour(commitment).darker(110), 2));
        graph->setLineStyle(QCPGraph::lsStepLeft);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 5));
    }
    makeGraph(m_cumulativeChart, QStringLiteral("total"), QPen(Qt::black, 2, Qt::DashLine))
        ->setLineStyle(QCPGraph::lsStepLeft);
    makeGraph(m_cumulativeChart, QStringLiteral("allocation"), QPen(AllocationColour, 2));
    ChartSupport::setDateAxis(m_cumulativeChart->xAxis);
    m_cumulativeChart->yAxis->setNumberFormat(QStringLiteral("f"));
    m_cumulativeChart->yAxis->setNumberPrecision(0);
    ChartSupport::setTooltip(m_cumulativeChart, [this](QCPAbstractPlottable *plottable, int index) {
        auto *graph = qobject_cast<QCPGraph *>(plottable);
        if (!graph || index < 0 || index >= graph->dataCount())
            return QString();
        const auto point = graph->data()->at(index);
        return tr("%1, %2: %3")
            .arg(graph->name(), Formats::date(qint64(point->key)),
                 Formats::money(qRound64(point->value * 100), selectedCurrency()));
    });

    m_categoryChart = ChartSupport::create(QStringLiteral("categoryChart"), this);
    {
        auto *group = new QCPBarsGroup(m_categoryChart);
        auto *allocated =
            makeBars(m_categoryChart, QStringLiteral("allocated"), QColor(0xb8, 0xc4, 0xd6));
        auto *consumed = makeBars(m_categoryChart, QStringLiteral("consumed"),
                                  commitmentColour(sqlName(Commitment::Spent)));
        allocated->setWidth(0.35);
        consumed->setWidth(0.35);
        allocated->setBarsGroup(group);
        // One entry per row: the consumed entry's name is long.
        m_categoryChart->legend->setWrap(1);
        m_categoryChart->legend->setFillOrder(QCPLegend::foColumnsFirst, true);
        consumed->setBarsGroup(group);
    }
    m_categoryChart->xAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    m_categoryChart->yAxis->setNumberFormat(QStringLiteral("f"));
    m_categoryChart->yAxis->setNumberPrecision(0);
    ChartSupport::setTooltip(m_categoryChart, [this](QCPAbstractPlottable *plottable, int index) {
        if (!m_details || index < 0 || index >= m_details->categories.size())
            return QString();
        const Details::Category &category = m_details->categories.at(index);
        const qint64 cents =
            plottable->objectName() == u"allocated" ? category.allocated : category.consumed;
        return tr("%1 – %2: %3")
            .arg(category.label.isEmpty() ? tr("No category") : category.label, plottable->name(),
                 Formats::money(cents, selectedCurrency()));
    });

}

void BudgetsPage::buildLayout()
{
    m_toolbar = new PageToolbar(this, QStringLiteral("budgetCount"));

    // Three charts side by side: every budget, then the selected one's
    // cumulative cost and categories.
    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->setObjectName(QStringLiteral("budgetChartSplitter"));
    charts->addWidget(m_budgetChart);
    charts->addWidget(m_cumulativeChart);
    charts->addWidget(m_categoryChart);
    charts->setStretchFactor(0, 4);
    charts->setStretchFactor(1, 4);
    charts->setStretchFactor(2, 3);
    charts->setSizes({380, 380, 300});

    m_detailTitle = new QLabel(this);
    m_detailTitle->setObjectName(QStringLiteral("budgetDetailTitle"));
    auto *chartPane = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartPane);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_detailTitle);
    chartLayout->addWidget(charts, 1);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("budgetSplitter"));
    m_splitter->addWidget(m_budgetView);
    m_splitter->addWidget(chartPane);
    m_splitter->addWidget(m_tableTabs);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setSizes({170, 330, 260});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_toolbar);
    layout->addWidget(m_splitter, 1);

    for (QWidget *watched :
         std::initializer_list<QWidget *>{m_budgetChart, m_cumulativeChart, m_categoryChart,
                                          m_budgetView, m_costView, m_expenseView})
        watched->installEventFilter(this);

}

void BudgetsPage::connectSignals()
{
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(CoalesceMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &BudgetsPage::refresh);
    connect(m_toolbar->refreshButton(), &QPushButton::clicked, this, &BudgetsPage::refresh);
    connect(m_toolbar->csvButton(), &QPushButton::clicked, this, &BudgetsPage::chooseCsvExport);
    connect(m_toolbar->chartButton(), &QPushButton::clicked, this, &BudgetsPage::chooseChartExport);
    connect(m_budgetModel, &LazyTableModel::loaded, this, &BudgetsPage::onBudgetsLoaded);
    connect(m_budgetModel, &LazyTableModel::loadFailed, this, [this](const QString &message) {
        m_error = message;
        updateCount();
    });
    // Detail columns fit their first rows once; later loads keep what
    // people made of them.
    for (QTableView *view : {m_costView, m_expenseView}) {
        auto *model = static_cast<LazyTableModel *>(view->model());
        connect(model, &LazyTableModel::loaded, view, [view, model] {
            if (model->rowCount() > 0 && !view->property("sized").toBool()) {
                view->resizeColumnsToContents();
                view->setProperty("sized", true);
            }
        });
    }
    connect(m_budgetView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BudgetsPage::onSelectionChanged);
    if (m_engine) {
        connect(m_engine, &engine::WorkflowEngine::runFinished, this,
                [this](const engine::RunOutcome &outcome) {
                    if (outcome.workflow == u"budgetMgt" && !m_refreshTimer->isActive())
                        m_refreshTimer->start();
                });
    }

}

BudgetsPage::~BudgetsPage() = default;

QCustomPlot *BudgetsPage::currentChart() const
{
    return m_lastChart ? m_lastChart.data() : m_budgetChart;
}

bool BudgetsPage::selectBudget(qint64 budgetId)
{
    const int row = m_budgetModel->rowOfId(budgetId);
    if (row < 0)
        return false;
    const QModelIndex index = m_budgetModel->index(row, 0);
    m_budgetView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
    m_budgetView->scrollTo(index);
    return true;
}

QString BudgetsPage::csvText(Table table) const
{
    const LazyTableModel *model = table == Table::Budgets     ? m_budgetModel
                                   : table == Table::CostLines ? m_costModel
                                                               : m_expenseModel;
    return CsvWriter::modelText(*model);
}

bool BudgetsPage::exportCsv(Table table, const QString &path, QString *error) const
{
    return CsvWriter::writeFile(path, csvText(table), error);
}

void BudgetsPage::refresh()
{
    m_refreshTimer->stop();
    m_budgetModel->refresh();
    m_costModel->refresh();
    m_expenseModel->refresh();
    loadDetails();
}

void BudgetsPage::chooseChartExport()
{
    QCustomPlot *chart = currentChart();
    ChartSupport::chooseExportFile(chart, this, chart->objectName());
}

void BudgetsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool BudgetsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        if (auto *plot = qobject_cast<QCustomPlot *>(watched))
            m_lastChart = plot;
        else if (auto *view = qobject_cast<QTableView *>(watched))
            m_lastTable = view;
    }
    return QWidget::eventFilter(watched, event);
}

void BudgetsPage::retranslateUi()
{
    m_toolbar->retranslate();
    m_toolbar->refreshButton()->setToolTip(tr("Read the budgets again"));
    m_toolbar->csvButton()->setToolTip(
        tr("Save the table clicked last (the budgets by default) as a CSV file"));
    m_toolbar->chartButton()->setToolTip(
        tr("Save the chart clicked last (the budgets chart by default) as PNG or PDF"));
    m_tableTabs->setTabText(0, tr("Cost lines"));
    m_tableTabs->setTabText(1, tr("Expense lines"));

    for (const QString &commitment : commitments()) {
        plottableNamed<QCPAbstractPlottable>(m_budgetChart, commitment)
            ->setName(Formats::commitment(commitment));
        plottableNamed<QCPAbstractPlottable>(m_cumulativeChart, commitment)
            ->setName(Formats::commitment(commitment));
    }
    plottableNamed<QCPAbstractPlottable>(m_budgetChart, QStringLiteral("allocation"))
        ->setName(tr("Allocated"));
    plottableNamed<QCPAbstractPlottable>(m_cumulativeChart, QStringLiteral("allocation"))
        ->setName(tr("Allocated"));
    plottableNamed<QCPAbstractPlottable>(m_cumulativeChart, QStringLiteral("total"))
        ->setName(tr("Total"));
    plottableNamed<QCPAbstractPlottable>(m_categoryChart, QStringLiteral("allocated"))
        ->setName(tr("Allocated"));
    plottableNamed<QCPAbstractPlottable>(m_categoryChart, QStringLiteral("consumed"))
        ->setName(tr("Consumed (reserved, committed, spent)"));
    ChartSupport::setTitle(m_budgetChart, tr("Amounts per budget"));
    ChartSupport::setTitle(m_cumulativeChart, tr("Cumulative cost"));
    ChartSupport::setTitle(m_categoryChart, tr("By expense category"));
    m_budgetChart->xAxis->setLabel(tr("Budget"));
    m_budgetChart->yAxis->setLabel(tr("Amount"));
    m_cumulativeChart->xAxis->setLabel(tr("Charge date"));
    m_categoryChart->xAxis->setLabel(tr("Expense category"));

    m_budgetModel->retranslate();
    m_costModel->retranslate();
    m_expenseModel->retranslate();
    drawBudgetChart();
    drawCumulativeChart();
    drawCategoryChart();
    for (QCustomPlot *plot : {m_budgetChart, m_cumulativeChart, m_categoryChart})
        ChartSupport::applyLocale(plot);
    updateCount();
}

void BudgetsPage::onBudgetsLoaded()
{
    m_error.clear();
    updateCount();
    // Amounts change width with every run: the columns follow (the table
    // holds one window of rows at most).
    if (m_budgetModel->rowCount() > 0)
        m_budgetView->resizeColumnsToContents();
    drawBudgetChart();
    if (m_selectedBudgetId != 0 && !m_budgetView->selectionModel()->hasSelection()) {
        // A reload resets the model, which clears the selection silently.
        if (!selectBudget(m_selectedBudgetId)) {
            m_selectedBudgetId = 0;
            m_costModel->clear();
            m_expenseModel->clear();
            m_details.reset();
            drawCumulativeChart();
            drawCategoryChart();
            updateCount();
        }
    } else if (m_selectedBudgetId == 0 && m_budgetModel->rowCount() > 0) {
        selectBudget(m_budgetModel->idAt(0));
    }
}

void BudgetsPage::onSelectionChanged()
{
    const QModelIndexList rows = m_budgetView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int row = rows.constFirst().row();
    const qint64 id = m_budgetModel->idAt(row);
    if (id == m_selectedBudgetId && m_costModel->hasSource())
        return;
    m_selectedBudgetId = id;
    m_selectedCurrency = m_budgetModel->value(row, QStringLiteral("currency")).toString();
    m_costModel->setSource(BudgetQuery::costLines(id));
    m_expenseModel->setSource(BudgetQuery::expenseLines(id));
    loadDetails();
}

void BudgetsPage::loadDetails()
{
    if (m_selectedBudgetId == 0)
        return;
    m_detailsLoaded = false;
    m_detailsCall.start<Details>(
        [budgetId = m_selectedBudgetId](QSqlDatabase &db) { return BudgetQuery::details(db, budgetId); },
        [this](Result<Details> result) {
            if (!result) {
                m_error = result.errorMessage();
                updateCount();
                return;
            }
            showDetails(result.value());
        });
}

void BudgetsPage::showDetails(const Details &details)
{
    m_details = std::make_unique<Details>(details);
    m_selectedCurrency = details.currency;
    drawCumulativeChart();
    drawCategoryChart();
    m_detailsLoaded = true;
    updateCount();
    emit detailsChanged();
}

void BudgetsPage::drawBudgetChart()
{
    const int count = qMin(m_budgetModel->rowCount(), MaxChartBudgets);
    QMap<QString, QVector<double>> values;
    QVector<double> keys;
    QVector<double> allocations;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    double top = 0;
    for (int i = 0; i < count; ++i) {
        keys << i + 1;
        // Long names are shortened on the axis; the tooltip has them whole.
        const QString label = m_budgetModel->value(i, QStringLiteral("label")).toString();
        ticker->addTick(i + 1, label.size() > 16 ? label.left(15) + u'…' : label);
        double stacked = 0;
        for (int c = 0; c < commitments().size(); ++c) {
            const double amount =
                double(m_budgetModel->value(i, commitments().at(c)).toLongLong()) / 100.0;
            values[commitments().at(c)] << amount;
            stacked += amount;
        }
        const double allocated =
            double(m_budgetModel->value(i, QStringLiteral("allocated")).toLongLong()) / 100.0;
        allocations << allocated;
        top = qMax(top, qMax(stacked, allocated));
    }
    for (const QString &commitment : commitments())
        plottableNamed<QCPBars>(m_budgetChart, commitment)
            ->setData(keys, values.value(commitment), true);
    plottableNamed<QCPGraph>(m_budgetChart, QStringLiteral("allocation"))
        ->setData(keys, allocations, true);
    m_budgetChart->xAxis->setTicker(ticker);
    m_budgetChart->xAxis->setTickLabelRotation(count > 2 ? 30 : 0);
    m_budgetChart->xAxis->setRange(0.3, count + 0.7);
    m_budgetChart->yAxis->setRange(0, top > 0 ? top * 1.15 : 1);
    ChartSupport::setHome(m_budgetChart);
    m_budgetChart->replot(QCustomPlot::rpQueuedReplot);
}

void BudgetsPage::drawCumulativeChart()
{
    const QString currency = m_details ? m_details->currency : QString();
    m_cumulativeChart->yAxis->setLabel(
        currency.isEmpty() ? tr("Cumulative cost") : tr("Cumulative cost (%1)").arg(currency));
    std::map<qint64, std::map<QString, qint64>> byDay;
    if (m_details) {
        for (const Details::Point &point : std::as_const(m_details->points))
            byDay[point.day][point.commitment] += point.cents;
    }
    QVector<double> keys;
    for (const auto &day : byDay)
        keys << double(day.first * Day);
    std::map<QString, qint64> running;
    QSet<QString> present;
    std::map<QString, QVector<double>> series;
    QVector<double> total;
    qint64 runningTotal = 0;
    for (const auto &day : byDay) {
        for (const QString &commitment : commitments()) {
            const auto found = day.second.find(commitment);
            if (found != day.second.end()) {
                present.insert(commitment);
                running[commitment] += found->second;
                runningTotal += found->second;
            }
            series[commitment] << double(running[commitment]) / 100.0;
        }
        total << double(runningTotal) / 100.0;
    }
    // The curves go on one day past the last charge, so that a single day
    // still draws a step.
    if (!keys.isEmpty()) {
        keys << keys.last() + Day;
        for (const QString &commitment : commitments())
            series[commitment] << series[commitment].last();
        total << total.last();
    }
    for (const QString &commitment : commitments()) {
        auto *graph = plottableNamed<QCPGraph>(m_cumulativeChart, commitment);
        // A commitment with no line has no curve (and no legend entry).
        graph->setVisible(present.contains(commitment));
        if (graph->visible())
            graph->setData(keys, series[commitment], true);
        else
            graph->data()->clear();
    }
    // The legend in a fixed order, without the commitments that have no line.
    m_cumulativeChart->legend->clearItems();
    for (int i = 0; i < m_cumulativeChart->graphCount(); ++i) {
        if (m_cumulativeChart->graph(i)->visible())
            m_cumulativeChart->graph(i)->addToLegend();
    }
    plottableNamed<QCPGraph>(m_cumulativeChart, QStringLiteral("total"))
        ->setData(keys, total, true);
    auto *allocation = plottableNamed<QCPGraph>(m_cumulativeChart, QStringLiteral("allocation"));
    const double allocated = m_details ? double(m_details->allocated) / 100.0 : 0;
    if (keys.isEmpty()) {
        allocation->data()->clear();
    } else {
        // At least a week, so that the date ticks are days apart.
        const double span = qMax<double>(keys.last() - keys.first(), 7 * Day);
        const double middle = (keys.first() + keys.last()) / 2;
        const double from = middle - span * 0.55;
        const double to = middle + span * 0.55;
        m_cumulativeChart->xAxis->setRange(from, to);
        m_cumulativeChart->yAxis->setRange(
            0, qMax(allocated, total.isEmpty() ? 0 : total.last()) * 1.1 + 1);
        // The allocation is a limit over the whole period shown.
        allocation->setData({from, to}, {allocated, allocated}, true);
    }
    ChartSupport::setHome(m_cumulativeChart);
    m_cumulativeChart->replot(QCustomPlot::rpQueuedReplot);
}

void BudgetsPage::drawCategoryChart()
{
    const QString currency = m_details ? m_details->currency : QString();
    m_categoryChart->yAxis->setLabel(currency.isEmpty() ? tr("Amount")
                                                        : tr("Amount (%1)").arg(currency));
    QVector<double> keys;
    QVector<double> allocated;
    QVector<double> consumed;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    double top = 0;
    if (m_details) {
        for (int i = 0; i < m_details->categories.size(); ++i) {
            const Details::Category &category = m_details->categories.at(i);
            keys << i + 1;
            allocated << double(category.allocated) / 100.0;
            consumed << double(category.consumed) / 100.0;
            top = qMax(top, qMax(allocated.last(), consumed.last()));
            ticker->addTick(i + 1, category.label.isEmpty() ? tr("No category") : category.label);
        }
    }
    plottableNamed<QCPBars>(m_categoryChart, QStringLiteral("allocated"))
        ->setData(keys, allocated, true);
    plottableNamed<QCPBars>(m_categoryChart, QStringLiteral("consumed"))
        ->setData(keys, consumed, true);
    m_categoryChart->xAxis->setTicker(ticker);
    m_categoryChart->xAxis->setRange(0.3, keys.size() + 0.7);
    m_categoryChart->yAxis->setRange(0, top > 0 ? top * 1.15 : 1);
    ChartSupport::setHome(m_categoryChart);
    m_categoryChart->replot(QCustomPlot::rpQueuedReplot);
}

void BudgetsPage::chooseCsvExport()
{
    const Table table = m_lastTable == m_costView      ? Table::CostLines
                        : m_lastTable == m_expenseView ? Table::ExpenseLines
                                                       : Table::Budgets;
    CsvExport::ask(this, tr("Export table"),
                   table == Table::CostLines      ? tr("cost-lines.csv", "file name")
                   : table == Table::ExpenseLines ? tr("expense-lines.csv", "file name")
                                                  : tr("budgets.csv", "file name"),
                   [this, table](const QString &path, QString *error) {
                       return exportCsv(table, path, error);
                   });
}

void BudgetsPage::updateCount()
{
    m_toolbar->showCount(m_error, tr("Cannot read the budgets"), m_budgetModel->totalCount(),
                         [](int total) { return tr("%Ln budget(s)", nullptr, total); });
    m_detailTitle->setText(
        m_details ? tr("Budget \"%1\" (%2):").arg(m_details->label, m_details->currency)
                  : tr("Select a budget to see its lines and charts."));
}

} // namespace campagna::ui
