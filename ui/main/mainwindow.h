#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QCloseEvent;
class QEvent;
class QLabel;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace campagna::engine {
class WorkflowEngine;
}

namespace campagna::ui {

class BudgetsPage;
class DeliveriesPage;
class JournalPage;
class StocksPage;
class WorkflowsPage;

// The console's main window: a navigation list and the pages (for now the
// Workflows, Budgets, Stocks and Journal pages), the File, View (language) and Help menus, and a status
// bar with the database (password masked), the connection state, the
// operator acting and the engine's activity. Remembers its geometry, the
// selected page and the language (QSettings).
//
// Threading: GUI thread. The engine must outlive the window.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(engine::WorkflowEngine *engine, QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    WorkflowsPage *workflowsPage() const { return m_workflowsPage; }
    BudgetsPage *budgetsPage() const { return m_budgetsPage; }
    StocksPage *stocksPage() const { return m_stocksPage; }
    DeliveriesPage *deliveriesPage() const { return m_deliveriesPage; }
    JournalPage *journalPage() const { return m_journalPage; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildStatusBar();
    void retranslateUi();
    void setLanguage(const QString &language);
    void showAbout();
    void exportChart();
    void updateExportChart();
    void updateActivity();
    void updateConnection();
    void restoreSettings();
    void saveSettings() const;

    QPointer<engine::WorkflowEngine> m_engine;
    bool m_connectionLost = false;
    QString m_connectionError;

    QSplitter *m_splitter = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    WorkflowsPage *m_workflowsPage = nullptr;
    BudgetsPage *m_budgetsPage = nullptr;
    StocksPage *m_stocksPage = nullptr;
    DeliveriesPage *m_deliveriesPage = nullptr;
    JournalPage *m_journalPage = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_exportChartAction = nullptr;
    QAction *m_quitAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_italianAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_aboutAction = nullptr;

    QLabel *m_databaseLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_operatorLabel = nullptr;
    QLabel *m_activityLabel = nullptr;
};

} // namespace campagna::ui
