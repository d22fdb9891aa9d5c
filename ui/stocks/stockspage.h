#pragma once

#include "common/asyncquery.h"

#include "stock/stockquery.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QCustomPlot;
class QEvent;
class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;

namespace campagna::engine {
class WorkflowEngine;
}

namespace campagna::ui {

class LazyTableModel;
class PageToolbar;

// The Stocks page (01-product.md, console page 3): every stock line with
// its initial, consumed, received, on order, planned, in stock and forecast
// quantities, alert level and status (coloured); open and past alerts;
// proposed reorders, confirmed or cancelled here (rights and changes in
// stock::StockOrders). For the selected line: a chart of its level over
// time (consumption and received orders per day) with the alert level,
// its orders as markers and the forecast segment (orders on their way,
// then the planned consumption), and its consumption by campaign and
// delivery.
//
// Follows the database when stockMgt finishes a run, keeping the selected
// line. Threading: GUI thread; every query and change runs on the engine's
// pool. The engine must outlive the page.
class StocksPage final : public QWidget
{
    Q_OBJECT

public:
    enum class Table { Lines, Alerts, Consumption, Proposals };
    // The lines table's columns: StockQuery::LineColumn.
    using enum stock::StockQuery::LineColumn;

    explicit StocksPage(engine::WorkflowEngine *engine, QWidget *parent = nullptr);
    ~StocksPage() override;
    Q_DISABLE_COPY_MOVE(StocksPage)

    LazyTableModel *lineModel() const { return m_lineModel; }
    LazyTableModel *alertModel() const { return m_alertModel; }
    LazyTableModel *consumptionModel() const { return m_consumptionModel; }
    LazyTableModel *proposalModel() const { return m_proposalModel; }
    QCustomPlot *levelChart() const { return m_levelChart; }
    QCustomPlot *currentChart() const { return m_levelChart; }

    qint64 selectedLineId() const { return m_selectedLineId; }
    bool selectLine(qint64 lineId);
    bool selectProposal(qint64 orderId);
    // True once the selected line's chart shows its figures.
    bool detailsLoaded() const { return m_detailsLoaded; }

    QString csvText(Table table) const;
    bool exportCsv(Table table, const QString &path, QString *error = nullptr) const;

    // Confirms (→ on_order) or cancels the proposal `orderId` as the
    // engine's operator, without asking; proposalDecided() tells the outcome.
    void decideProposal(qint64 orderId, bool confirm);

public slots:
    void refresh();
    void chooseChartExport();

signals:
    void detailsChanged();
    // `message` is empty on success, else the refusal or error.
    void proposalDecided(qint64 orderId, bool confirmed, const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using Details = stock::StockQuery::Details;
    void buildTables();
    void buildChart();
    void buildLayout();
    void connectSignals();
    void retranslateUi();
    void onLinesLoaded();
    void onSelectionChanged();
    void loadDetails();
    void drawLevelChart();
    void askProposal(bool confirm);
    void updateProposalButtons();
    void chooseCsvExport();
    void updateCount();

    QPointer<engine::WorkflowEngine> m_engine;
    LazyTableModel *m_lineModel = nullptr;
    LazyTableModel *m_alertModel = nullptr;
    LazyTableModel *m_consumptionModel = nullptr;
    LazyTableModel *m_proposalModel = nullptr;
    qint64 m_selectedLineId = 0;
    qint64 m_selectedProposalId = 0;
    AsyncCall m_detailsCall;
    bool m_detailsLoaded = false;
    QString m_error;
    std::unique_ptr<Details> m_details;
    // The orders drawn as markers, in key order.
    QList<Details::Order> m_markers;
    QPointer<QTableView> m_lastTable;

    PageToolbar *m_toolbar = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_lineView = nullptr;
    QTableView *m_alertView = nullptr;
    QTableView *m_consumptionView = nullptr;
    QTableView *m_proposalView = nullptr;
    QPushButton *m_confirmButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_proposalHint = nullptr;
    QLabel *m_detailTitle = nullptr;
    QTabWidget *m_tabs = nullptr;
    QCustomPlot *m_levelChart = nullptr;
    QTimer *m_refreshTimer = nullptr;
};

} // namespace campagna::ui
