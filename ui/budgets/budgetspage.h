#pragma once

#include "common/asyncquery.h"

#include "budget/budgetquery.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QCustomPlot;
class QEvent;
class QLabel;
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

// The Budgets page (01-product.md, console page 2): every budget with its
// allocated, planned, reserved, committed, spent, invoiced and available
// amounts (available = allocated − reserved − committed − spent) and the
// share of the allocation used, over-runs highlighted, in the budget's
// currency; a stacked bar chart of the amounts per budget against the
// allocation. For the selected budget: its cost lines and expense lines
// (lazy, sorted in SQL), its cumulative cost over time by commitment
// against the allocation, and allocated versus consumed (reserved,
// committed or spent) per expense category.
//
// Follows the database when budgetMgt finishes a run, keeping the selected
// budget. Threading: GUI thread; every query runs on the engine's pool.
// The engine must outlive the page.
class BudgetsPage final : public QWidget
{
    Q_OBJECT

public:
    enum class Table { Budgets, CostLines, ExpenseLines };
    // The budgets table's columns: BudgetQuery::BudgetColumn.
    using enum budget::BudgetQuery::BudgetColumn;

    explicit BudgetsPage(engine::WorkflowEngine *engine, QWidget *parent = nullptr);
    ~BudgetsPage() override;
    Q_DISABLE_COPY_MOVE(BudgetsPage)

    LazyTableModel *budgetModel() const { return m_budgetModel; }
    LazyTableModel *costLineModel() const { return m_costModel; }
    LazyTableModel *expenseLineModel() const { return m_expenseModel; }
    QCustomPlot *budgetChart() const { return m_budgetChart; }
    QCustomPlot *cumulativeChart() const { return m_cumulativeChart; }
    QCustomPlot *categoryChart() const { return m_categoryChart; }
    // The chart File > Export chart… acts on: the chart clicked last, else
    // the budgets chart.
    QCustomPlot *currentChart() const;

    // The selected budget's id; 0 when none.
    qint64 selectedBudgetId() const { return m_selectedBudgetId; }
    bool selectBudget(qint64 budgetId);
    // True once the selected budget's charts show its figures.
    bool detailsLoaded() const { return m_detailsLoaded; }

    // The loaded rows of a table, as CSV text with its headers and texts.
    QString csvText(Table table) const;
    bool exportCsv(Table table, const QString &path, QString *error = nullptr) const;

public slots:
    void refresh();
    void chooseChartExport();

signals:
    // The selected budget's charts were (re)drawn from the database.
    void detailsChanged();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using Details = budget::BudgetQuery::Details;
    void buildTables();
    void buildCharts();
    void buildLayout();
    void connectSignals();
    void retranslateUi();
    void onBudgetsLoaded();
    void onSelectionChanged();
    void loadDetails();
    void showDetails(const Details &details);
    void drawBudgetChart();
    void drawCumulativeChart();
    void drawCategoryChart();
    void chooseCsvExport();
    void updateCount();
    QString selectedCurrency() const { return m_selectedCurrency; }

    QPointer<engine::WorkflowEngine> m_engine;
    LazyTableModel *m_budgetModel = nullptr;
    LazyTableModel *m_costModel = nullptr;
    LazyTableModel *m_expenseModel = nullptr;
    qint64 m_selectedBudgetId = 0;
    QString m_selectedCurrency;
    AsyncCall m_detailsCall;
    bool m_detailsLoaded = false;
    QString m_error;
    std::unique_ptr<Details> m_details;
    QPointer<QCustomPlot> m_lastChart;
    QPointer<QTableView> m_lastTable;

    PageToolbar *m_toolbar = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_budgetView = nullptr;
    QTableView *m_costView = nullptr;
    QTableView *m_expenseView = nullptr;
    QLabel *m_detailTitle = nullptr;
    QTabWidget *m_tableTabs = nullptr;
    QCustomPlot *m_budgetChart = nullptr;
    QCustomPlot *m_cumulativeChart = nullptr;
    QCustomPlot *m_categoryChart = nullptr;
    QTimer *m_refreshTimer = nullptr;
};

} // namespace campagna::ui
