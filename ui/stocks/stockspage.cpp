#include "stocks/stockspage.h"

#include "common/asyncquery.h"
#include "common/chartsupport.h"
#include "common/csvexport.h"
#include "common/csvwriter.h"
#include "common/formats.h"
#include "common/pagetable.h"
#include "common/pagetoolbar.h"
#include "common/lazytablemodel.h"
#include "common/palette.h"

#include "engine/clock.h"
#include "engine/records.h"
#include "engine/workflowengine.h"
#include "stock/stockorders.h"
#include "stock/stockquery.h"
#include "stock/stockstates.h"

#include <QColor>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>

namespace campagna::ui {

namespace {

constexpr int CoalesceMs = 150;
constexpr qint64 Day = 86400;
// Orders drawn as markers: the most recent ones.
constexpr int MaxOrderMarkers = 200;

using stock::OrderStatus;
using stock::StockQuery;
using stock::StockStatus;

QColor statusColour(std::optional<StockStatus> status)
{
    if (status == StockStatus::Insufficient)
        return Palette::failure();
    if (status == StockStatus::Alert)
        return Palette::warning();
    return Palette::success();
}

QColor statusBackground(std::optional<StockStatus> status)
{
    if (status == StockStatus::Insufficient)
        return Palette::failureBackground();
    if (status == StockStatus::Alert)
        return Palette::warningBackground();
    return Palette::successBackground();
}

// The lines: the status coloured, negative quantities in red.
QVariant presentLine(const RowSource &source, const QVariantList &row, int column, int role)
{
    const std::optional<StockStatus> status =
        fromSql<StockStatus>(source.value(row, QStringLiteral("status")).toString());
    if (column == StockQuery::Status && role == Qt::ForegroundRole)
        return statusColour(status);
    if (column == StockQuery::Status && role == Qt::BackgroundRole)
        return statusBackground(status);
    if ((column == StockQuery::InStock || column == StockQuery::Forecast) &&
        role == Qt::ForegroundRole && row.value(column + 1).toLongLong() < 0)
        return statusColour(StockStatus::Insufficient);
    return {};
}

QCPGraph *makeGraph(QCustomPlot *plot, const QString &name, const QPen &pen)
{
    QCPGraph *graph = plot->addGraph();
    graph->setObjectName(name);
    graph->setPen(pen);
    return graph;
}

QCPGraph *graphNamed(QCustomPlot *plot, const QString &name)
{
    for (int i = 0; i < plot->graphCount(); ++i) {
        if (plot->graph(i)->objectName() == name)
            return plot->graph(i);
    }
    return nullptr;
}

} // namespace

StocksPage::StocksPage(engine::WorkflowEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_detailsCall(engine, this)
{
    setObjectName(QStringLiteral("stocksPage"));

    buildTables();
    buildChart();
    buildLayout();
    connectSignals();
    retranslateUi();
    m_lineModel->setSource(StockQuery::lines());
    m_alertModel->setSource(StockQuery::alerts());
    m_proposalModel->setSource(StockQuery::proposals());
    updateProposalButtons();
}

void StocksPage::buildTables()
{
    m_lineModel = new LazyTableModel(m_engine, this);
    m_lineModel->setPresenter(presentLine);
    m_alertModel = new LazyTableModel(m_engine, this);
    // An open alert: "Open", coloured as its kind.
    m_alertModel->setPresenter(
        [](const RowSource &source, const QVariantList &row, int column, int role) -> QVariant {
            const QString key = source.columns().at(column).key;
            if (!source.value(row, QStringLiteral("clearedAt")).isNull())
                return {};
            if (role == Qt::DisplayRole && key == u"clearedAt")
                return tr("Open");
            if (role == Qt::ForegroundRole && (key == u"kind" || key == u"clearedAt"))
                return statusColour(fromSql<stock::AlertKind>(
                                        source.value(row, QStringLiteral("kind")).toString()) ==
                                            stock::AlertKind::Insufficient
                                        ? StockStatus::Insufficient
                                        : StockStatus::Alert);
            return {};
        });
    m_consumptionModel = new LazyTableModel(m_engine, this);
    m_proposalModel = new LazyTableModel(m_engine, this);
    m_lineView = makePageTable(this, QStringLiteral("stockLineTable"), m_lineModel, -1);
    m_consumptionView =
        makePageTable(this, QStringLiteral("consumptionTable"), m_consumptionModel, -1);
    m_alertView = makePageTable(this, QStringLiteral("alertTable"), m_alertModel, -1);
    m_proposalView = makePageTable(this, QStringLiteral("proposalTable"), m_proposalModel, -1);
}

void StocksPage::buildChart()
{
    m_levelChart = ChartSupport::create(QStringLiteral("stockLevelChart"), this);
    {
        QCPGraph *level =
            makeGraph(m_levelChart, QStringLiteral("level"), QPen(Palette::active(), 2));
        level->setLineStyle(QCPGraph::lsStepLeft);
        QColor fill = Palette::active();
        fill.setAlpha(30);
        level->setBrush(fill);
        QCPGraph *forecast = makeGraph(m_levelChart, QStringLiteral("forecast"),
                                       QPen(Palette::active(), 2, Qt::DashLine));
        forecast->setLineStyle(QCPGraph::lsStepLeft);
        makeGraph(m_levelChart, QStringLiteral("alertLevel"), QPen(Palette::failure(), 2));
        QCPGraph *orders = makeGraph(m_levelChart, QStringLiteral("orders"), QPen(Qt::NoPen));
        orders->setLineStyle(QCPGraph::lsNone);
        orders->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssTriangle,
                                                QPen(Palette::success(), 1.5),
                                                QColor(0x8f, 0xd1, 0x9e), 11));
    }
    ChartSupport::setDateAxis(m_levelChart->xAxis);
    m_levelChart->yAxis->setNumberFormat(QStringLiteral("f"));
    m_levelChart->yAxis->setNumberPrecision(0);
    ChartSupport::setTooltip(m_levelChart, [this](QCPAbstractPlottable *plottable, int index) {
        auto *graph = qobject_cast<QCPGraph *>(plottable);
        if (!graph || index < 0 || index >= graph->dataCount() || !m_details)
            return QString();
        const auto point = graph->data()->at(index);
        if (graph->objectName() == u"orders" && index < m_markers.size()) {
            const Details::Order &order = m_markers.at(index);
            return tr("Order %1: %2 units, %3, %4")
                .arg(QString::number(order.id), Formats::quantity(order.quantity),
                     Formats::orderStatus(order.status), Formats::date(order.at));
        }
        return tr("%1, %2: %3")
            .arg(graph->name(), Formats::date(qint64(point->key)),
                 Formats::quantity(qRound64(point->value)));
    });

}

void StocksPage::buildLayout()
{
    m_toolbar = new PageToolbar(this, QStringLiteral("lineCount"));

    m_confirmButton = new QPushButton(this);
    m_confirmButton->setObjectName(QStringLiteral("confirmProposalButton"));
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelProposalButton"));
    m_proposalHint = new QLabel(this);
    m_proposalHint->setObjectName(QStringLiteral("proposalHint"));
    m_proposalHint->setWordWrap(true);
    auto *proposalPane = new QWidget(this);
    auto *proposalLayout = new QVBoxLayout(proposalPane);
    proposalLayout->setContentsMargins(0, 0, 0, 0);
    proposalLayout->addWidget(m_proposalView, 1);
    auto *proposalButtons = new QHBoxLayout;
    proposalButtons->addWidget(m_proposalHint, 1);
    proposalButtons->addWidget(m_confirmButton);
    proposalButtons->addWidget(m_cancelButton);
    proposalLayout->addLayout(proposalButtons);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("stockTabs"));
    m_tabs->addTab(m_consumptionView, QString());
    m_tabs->addTab(m_alertView, QString());
    m_tabs->addTab(proposalPane, QString());

    m_detailTitle = new QLabel(this);
    m_detailTitle->setObjectName(QStringLiteral("stockDetailTitle"));
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->setObjectName(QStringLiteral("stockBottomSplitter"));
    bottom->addWidget(m_tabs);
    bottom->addWidget(m_levelChart);
    bottom->setStretchFactor(0, 2);
    bottom->setStretchFactor(1, 3);
    bottom->setSizes({460, 640});
    auto *bottomPane = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottomPane);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_detailTitle);
    bottomLayout->addWidget(bottom, 1);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("stockSplitter"));
    m_splitter->addWidget(m_lineView);
    m_splitter->addWidget(bottomPane);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({260, 440});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_toolbar);
    layout->addWidget(m_splitter, 1);

    for (QWidget *watched : std::initializer_list<QWidget *>{m_lineView, m_alertView,
                                                             m_consumptionView, m_proposalView})
        watched->installEventFilter(this);

}

void StocksPage::connectSignals()
{
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(CoalesceMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &StocksPage::refresh);
    connect(m_toolbar->refreshButton(), &QPushButton::clicked, this, &StocksPage::refresh);
    connect(m_toolbar->csvButton(), &QPushButton::clicked, this, &StocksPage::chooseCsvExport);
    connect(m_toolbar->chartButton(), &QPushButton::clicked, this, &StocksPage::chooseChartExport);
    connect(m_confirmButton, &QPushButton::clicked, this, [this] { askProposal(true); });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] { askProposal(false); });
    connect(m_lineModel, &LazyTableModel::loaded, this, &StocksPage::onLinesLoaded);
    connect(m_lineModel, &LazyTableModel::loadFailed, this, [this](const QString &message) {
        m_error = message;
        updateCount();
    });
    // Rows are replaced in place when the proposals are read again: the
    // selection follows the proposal, not the row it was on.
    connect(m_proposalModel, &LazyTableModel::loaded, this, [this] {
        if (m_selectedProposalId != 0 && !selectProposal(m_selectedProposalId)) {
            m_selectedProposalId = 0;
            m_proposalView->selectionModel()->clearSelection();
        }
        updateProposalButtons();
    });
    for (QTableView *view : {m_consumptionView, m_alertView, m_proposalView}) {
        auto *model = static_cast<LazyTableModel *>(view->model());
        connect(model, &LazyTableModel::loaded, view, [view, model] {
            if (model->rowCount() > 0 && !view->property("sized").toBool()) {
                view->resizeColumnsToContents();
                view->setProperty("sized", true);
            }
        });
    }
    connect(m_lineView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StocksPage::onSelectionChanged);
    connect(m_proposalView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_proposalView->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            m_selectedProposalId = m_proposalModel->idAt(rows.constFirst().row());
        updateProposalButtons();
    });
    if (m_engine) {
        connect(m_engine, &engine::WorkflowEngine::runFinished, this,
                [this](const engine::RunOutcome &outcome) {
                    if (outcome.workflow == u"stockMgt" && !m_refreshTimer->isActive())
                        m_refreshTimer->start();
                });
    }

}

StocksPage::~StocksPage() = default;

bool StocksPage::selectLine(qint64 lineId)
{
    const int row = m_lineModel->rowOfId(lineId);
    if (row < 0)
        return false;
    const QModelIndex index = m_lineModel->index(row, 0);
    m_lineView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    m_lineView->scrollTo(index);
    return true;
}

bool StocksPage::selectProposal(qint64 orderId)
{
    const int row = m_proposalModel->rowOfId(orderId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proposalModel->index(row, 0);
    m_proposalView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
    // Also when the row was selected already (with another proposal on it).
    m_selectedProposalId = orderId;
    updateProposalButtons();
    return true;
}

QString StocksPage::csvText(Table table) const
{
    const LazyTableModel *model = table == Table::Lines         ? m_lineModel
                                   : table == Table::Alerts      ? m_alertModel
                                   : table == Table::Consumption ? m_consumptionModel
                                                                 : m_proposalModel;
    return CsvWriter::modelText(*model);
}

bool StocksPage::exportCsv(Table table, const QString &path, QString *error) const
{
    return CsvWriter::writeFile(path, csvText(table), error);
}

void StocksPage::refresh()
{
    m_refreshTimer->stop();
    m_lineModel->refresh();
    m_alertModel->refresh();
    m_consumptionModel->refresh();
    m_proposalModel->refresh();
    loadDetails();
}

void StocksPage::chooseChartExport()
{
    ChartSupport::chooseExportFile(m_levelChart, this, m_levelChart->objectName());
}

void StocksPage::decideProposal(qint64 orderId, bool confirm)
{
    if (!m_engine)
        return;
    const people::Actor actor = m_engine->actor();
    const qint64 now = m_engine->clock()->now();
    runAsync<stock::StockOrders::Changed>(
        m_engine, this,
        [orderId, confirm, actor, now](QSqlDatabase &db) {
            return confirm ? stock::StockOrders::confirm(db, orderId, actor, now)
                           : stock::StockOrders::cancel(db, orderId, actor, now);
        },
        [this, orderId, confirm](Result<stock::StockOrders::Changed> result) {
            if (!result) {
                auto *box = new QMessageBox(QMessageBox::Warning,
                                            confirm ? tr("Confirm reorder") : tr("Cancel reorder"),
                                            result.errorMessage(), QMessageBox::Ok, this);
                box->setObjectName(QStringLiteral("proposalErrorBox"));
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            }
            refresh();
            emit proposalDecided(orderId, confirm, result ? QString() : result.errorMessage());
        });
}

void StocksPage::askProposal(bool confirm)
{
    const int row = m_proposalModel->rowOfId(m_selectedProposalId);
    if (row < 0)
        return;
    const qint64 orderId = m_proposalModel->idAt(row);
    const auto value = [this, row](const char *key) {
        return m_proposalModel->value(row, QLatin1String(key));
    };
    const QString what = tr("%1 units of \"%2\" (stock \"%3\"), expected on %4")
                             .arg(Formats::quantity(value("quantity").toLongLong()),
                                  value("line").toString(), value("stock").toString(),
                                  Formats::date(value("deliveryAt")));
    // Not exec(): the event loop (and the engine's signals) keep running.
    auto *box = new QMessageBox(
        QMessageBox::Question, confirm ? tr("Confirm reorder") : tr("Cancel reorder"),
        confirm ? tr("Confirm the reorder of %1? It becomes an order on its way.").arg(what)
                : tr("Cancel the proposed reorder of %1?").arg(what),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("proposalQuestion"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, orderId, confirm](int answer) {
        if (answer == QMessageBox::Yes)
            decideProposal(orderId, confirm);
    });
    box->open();
}

void StocksPage::updateProposalButtons()
{
    const bool selected = m_proposalModel->rowOfId(m_selectedProposalId) >= 0;
    m_confirmButton->setEnabled(selected);
    m_cancelButton->setEnabled(selected);
}

void StocksPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool StocksPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        if (auto *view = qobject_cast<QTableView *>(watched))
            m_lastTable = view;
    }
    return QWidget::eventFilter(watched, event);
}

void StocksPage::retranslateUi()
{
    m_toolbar->retranslate();
    m_toolbar->refreshButton()->setToolTip(tr("Read the stock lines again"));
    m_toolbar->csvButton()->setToolTip(
        tr("Save the table clicked last (the stock lines by default) as a CSV file"));
    m_toolbar->chartButton()->setToolTip(tr("Save the stock level chart as PNG or PDF"));
    m_confirmButton->setText(tr("C&onfirm"));
    m_confirmButton->setToolTip(tr("Confirm the selected proposal: it becomes an order"));
    m_cancelButton->setText(tr("C&ancel proposal"));
    m_cancelButton->setToolTip(tr("Cancel the selected proposal"));
    m_proposalHint->setText(tr("Administrators and the members of the stock's alert group may "
                               "confirm or cancel a proposal."));
    m_tabs->setTabText(0, tr("Consumption"));
    m_tabs->setTabText(1, tr("Alerts"));
    m_tabs->setTabText(2, tr("Reorder proposals"));

    graphNamed(m_levelChart, QStringLiteral("level"))->setName(tr("In stock"));
    graphNamed(m_levelChart, QStringLiteral("forecast"))->setName(tr("Forecast"));
    graphNamed(m_levelChart, QStringLiteral("alertLevel"))->setName(tr("Alert level"));
    graphNamed(m_levelChart, QStringLiteral("orders"))->setName(tr("Orders"));
    ChartSupport::setTitle(m_levelChart, tr("Level of the selected line"));
    m_levelChart->xAxis->setLabel(tr("Date"));
    m_levelChart->yAxis->setLabel(tr("Quantity"));

    m_lineModel->retranslate();
    m_alertModel->retranslate();
    m_consumptionModel->retranslate();
    m_proposalModel->retranslate();
    ChartSupport::applyLocale(m_levelChart);
    updateCount();
}

void StocksPage::onLinesLoaded()
{
    m_error.clear();
    updateCount();
    if (m_lineModel->rowCount() > 0)
        m_lineView->resizeColumnsToContents();
    if (m_selectedLineId != 0 && !m_lineView->selectionModel()->hasSelection()) {
        // A reload resets the model, which clears the selection silently.
        if (!selectLine(m_selectedLineId)) {
            m_selectedLineId = 0;
            m_consumptionModel->clear();
            m_details.reset();
            drawLevelChart();
            updateCount();
        }
    } else if (m_selectedLineId == 0 && m_lineModel->rowCount() > 0) {
        selectLine(m_lineModel->idAt(0));
    }
}

void StocksPage::onSelectionChanged()
{
    const QModelIndexList rows = m_lineView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const qint64 id = m_lineModel->idAt(rows.constFirst().row());
    if (id == m_selectedLineId && m_consumptionModel->hasSource())
        return;
    m_selectedLineId = id;
    m_consumptionModel->setSource(StockQuery::consumption(id));
    loadDetails();
}

void StocksPage::loadDetails()
{
    if (m_selectedLineId == 0 || !m_engine)
        return;
    m_detailsLoaded = false;
    const qint64 now = m_engine->clock()->now();
    m_detailsCall.start<Details>(
        [lineId = m_selectedLineId, now](QSqlDatabase &db) {
            return StockQuery::details(db, lineId, now, MaxOrderMarkers);
        },
        [this](Result<Details> result) {
            if (!result) {
                m_error = result.errorMessage();
                updateCount();
                return;
            }
            m_details = std::make_unique<Details>(std::move(result).value());
            drawLevelChart();
            m_detailsLoaded = true;
            updateCount();
            emit detailsChanged();
        });
}

void StocksPage::drawLevelChart()
{
    QVector<double> levelKeys;
    QVector<double> levelValues;
    QVector<double> forecastKeys;
    QVector<double> forecastValues;
    QVector<double> alertKeys;
    QVector<double> alertValues;
    QVector<double> orderKeys;
    QVector<double> orderValues;
    if (m_details) {
        Details &d = *m_details;
        // Before the first movement: the initial quantity.
        const qint64 firstDay =
            d.movements.isEmpty() ? d.now / Day : qMin(d.movements.constFirst().day, d.now / Day);
        qint64 level = d.initial;
        levelKeys << double((firstDay - 1) * Day);
        levelValues << double(level);
        for (const Details::Movement &movement : std::as_const(d.movements)) {
            level += movement.delta;
            levelKeys << double(movement.day * Day);
            levelValues << double(level);
        }
        if (levelKeys.last() < double(d.now)) {
            levelKeys << double(d.now);
            levelValues << double(level);
        }
        // The forecast: from what is in stock now, the orders on their way
        // arrive, then the planned consumption goes out.
        qint64 expected = d.inStock;
        qint64 overdue = 0;
        QList<Details::Order> pending;
        for (const Details::Order &order : std::as_const(d.orders)) {
            if (fromSql<OrderStatus>(order.status) != OrderStatus::OnOrder)
                continue;
            if (order.at <= d.now)
                overdue += order.quantity;
            else
                pending << order;
        }
        expected += overdue;
        forecastKeys << double(d.now);
        forecastValues << double(expected);
        qint64 end = d.now + d.leadDays * Day;
        for (const Details::Order &order : std::as_const(pending)) {
            expected += order.quantity;
            forecastKeys << double(order.at);
            forecastValues << double(expected);
            end = qMax(end, order.at);
        }
        if (end <= forecastKeys.last())
            end = qint64(forecastKeys.last()) + Day;
        forecastKeys << double(end);
        forecastValues << double(expected - d.planned);

        alertKeys << levelKeys.first() << forecastKeys.last();
        alertValues << double(d.alertLevel) << double(d.alertLevel);

        // Markers sit on the curve at their date.
        const auto valueAt = [&](double key) {
            double value = levelValues.first();
            for (int i = 0; i < levelKeys.size() && levelKeys.at(i) <= key; ++i)
                value = levelValues.at(i);
            for (int i = 0; i < forecastKeys.size() && forecastKeys.at(i) <= key; ++i)
                value = forecastValues.at(i);
            return value;
        };
        m_markers.clear();
        for (const Details::Order &order : std::as_const(d.orders)) {
            orderKeys << double(order.at);
            orderValues << valueAt(double(order.at));
            m_markers << order;
        }
    }
    graphNamed(m_levelChart, QStringLiteral("level"))->setData(levelKeys, levelValues, true);
    graphNamed(m_levelChart, QStringLiteral("forecast"))
        ->setData(forecastKeys, forecastValues, true);
    graphNamed(m_levelChart, QStringLiteral("alertLevel"))->setData(alertKeys, alertValues, true);
    graphNamed(m_levelChart, QStringLiteral("orders"))->setData(orderKeys, orderValues, true);
    if (!levelKeys.isEmpty()) {
        const double first = levelKeys.first();
        const double last = forecastKeys.isEmpty() ? levelKeys.last() : forecastKeys.last();
        const double span = qMax(last - first, double(Day));
        m_levelChart->xAxis->setRange(first - span * 0.02, last + span * 0.02);
        m_levelChart->rescaleAxes(true);
        m_levelChart->xAxis->setRange(first - span * 0.02, last + span * 0.02);
        QCPRange values = m_levelChart->yAxis->range();
        bool found = false;
        for (int i = 0; i < m_levelChart->graphCount(); ++i) {
            const QCPRange r = m_levelChart->graph(i)->getValueRange(found);
            if (found) {
                values.expand(r);
            }
        }
        const double pad = qMax(1.0, values.size() * 0.08);
        m_levelChart->yAxis->setRange(qMin(0.0, values.lower - pad), values.upper + pad);
    }
    ChartSupport::setHome(m_levelChart);
    m_levelChart->replot(QCustomPlot::rpQueuedReplot);
}

void StocksPage::chooseCsvExport()
{
    const Table table = m_lastTable == m_alertView         ? Table::Alerts
                        : m_lastTable == m_consumptionView ? Table::Consumption
                        : m_lastTable == m_proposalView    ? Table::Proposals
                                                           : Table::Lines;
    CsvExport::ask(this, tr("Export table"), tr("stock.csv", "file name"),
                   [this, table](const QString &path, QString *error) {
                       return exportCsv(table, path, error);
                   });
}

void StocksPage::updateCount()
{
    m_toolbar->showCount(m_error, tr("Cannot read the stock"), m_lineModel->totalCount(),
                         [](int total) { return tr("%Ln stock line(s)", nullptr, total); });
    m_detailTitle->setText(m_details ? tr("Stock line \"%1\":").arg(m_details->label)
                                     : tr("Select a stock line to see its level and consumption."));
}

} // namespace campagna::ui
