#pragma once

#include "people/actor.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QAction;
class QActionGroup;
class QCloseEvent;
class QEvent;
class QFrame;
class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QIcon;

namespace campagna::db {
class Database;
class DatabaseUrl;
} // namespace campagna::db
namespace campagna::engine {
class Clock;
class WorkflowEngine;
} // namespace campagna::engine

namespace campagna::ui {

class AuditPage;
class BudgetsPage;
class ConnectionDialog;
class DeliveriesPage;
class JournalPage;
class OperatorsPage;
class StocksPage;
class WorkflowsPage;

// The console's main window: a navigation list and the pages, the menus
// (File: open database, recent databases, load demo data, quit; Workflows:
// the Workflows page's commands; View: go to a page, language; Help), a
// banner while the connection to the database is lost, and a status bar
// with the database (password masked), the connection state, the operator
// acting and the engine's activity. Remembers its geometry, the selected
// page, the language, the current and the recent databases (QSettings;
// never a password).
//
// Owns the engine. File > Open database… switches to another database: a
// new engine, the pages rebuilt on it, the old engine shut down.
//
// Threading: GUI thread. Database work goes through the engine's pool or
// QtConcurrent; results come back as continuations with this window as
// context.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<engine::WorkflowEngine> engine, QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    // The console's engine on a database: the five workflows, owner
    // "console", the actor chosen. `clock` null: the system clock.
    static std::unique_ptr<engine::WorkflowEngine>
    createEngine(std::shared_ptr<db::Database> database, const people::Actor &actor,
                 std::shared_ptr<engine::Clock> clock = nullptr);

    engine::WorkflowEngine *engine() const { return m_engine.get(); }
    WorkflowsPage *workflowsPage() const { return m_workflowsPage; }
    BudgetsPage *budgetsPage() const { return m_budgetsPage; }
    StocksPage *stocksPage() const { return m_stocksPage; }
    DeliveriesPage *deliveriesPage() const { return m_deliveriesPage; }
    JournalPage *journalPage() const { return m_journalPage; }
    OperatorsPage *operatorsPage() const { return m_operatorsPage; }
    AuditPage *auditPage() const { return m_auditPage; }
    QListWidget *navigation() const { return m_navigation; }
    QStackedWidget *pages() const { return m_pages; }

    // Switches to `database` acting as `actor`: asks first when a run is in
    // progress (false when declined). Remembers it as the current and a
    // recent database.
    bool switchDatabase(std::shared_ptr<db::Database> database, const people::Actor &actor);
    // File > Open database…: the dialog, window-modal; on success, the
    // switch. Returns the dialog (deleted when closed).
    ConnectionDialog *openDatabaseDialog();
    // The recent databases (URLs without password), most recent first.
    QStringList recentDatabases() const;

    // File > Load demo data: into an empty database only.
    void loadDemoData();

    // The connection state: lost while the database does not answer.
    bool isConnectionLost() const { return m_connectionLost; }
    QFrame *connectionBanner() const { return m_banner; }
    QString connectionBannerText() const;
    // Back-off of the reconnection attempts, seconds (default 1 to 30).
    void setReconnectDelays(int first, int maximum);

    // Asks a yes/no question; the default shows QMessageBox::question. Tests
    // replace it to answer without a modal loop.
    using Confirmer =
        std::function<bool(QWidget *parent, const QString &title, const QString &text)>;
    void setConfirmer(Confirmer confirmer);
    // Shows information to the user; the default a window-modal
    // QMessageBox. Tests replace it to read the text.
    using Informer = std::function<void(QWidget *parent, const QString &title, const QString &text)>;
    void setInformer(Informer informer);

signals:
    // The window now works on another database (switchDatabase()).
    void databaseChanged();
    // Load demo data came to an end: loaded, or refused / failed (informed).
    void demoDataFinished(bool loaded);
    // The connection was found lost, or answered again.
    void connectionStateChanged(bool lost);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    // The pages, built on the current engine: the one place where pages
    // are constructed (and their navigation entries added).
    void createPages();
    void retranslatePages();
    void destroyPages();
    void addPage(QWidget *page, const QIcon &icon);
    // Rebuilds the pages on the current engine (after the engine changed,
    // or the data changed under every page).
    void rebuildPages();
    void replaceEngine(std::unique_ptr<engine::WorkflowEngine> engine);
    void connectEngine();

    void buildMenus();
    void buildBanner();
    void buildStatusBar();
    void rebuildWorkflowsMenu();
    void rebuildGoToMenu();
    void rebuildRecentMenu();
    void retranslateUi();
    void setLanguage(const QString &language);
    void showAbout();
    void exportChart();
    void updateExportChart();
    void updateActivity();
    void updateConnection();
    void updateBanner();
    void restoreSettings();
    void saveSettings() const;
    void rememberDatabase();
    void openRecent(const QString &urlText);
    ConnectionDialog *showConnectionDialog(const db::DatabaseUrl *url);

    // Lost connection: probe off the GUI thread, back off, recover.
    void probeConnection();
    void onProbed(bool ok, const QString &error);
    void reconnectTick();

    std::unique_ptr<engine::WorkflowEngine> m_engine;
    Confirmer m_confirmer;
    Informer m_informer;

    bool m_connectionLost = false;
    bool m_connectionRecovered = false;
    QString m_connectionError;
    bool m_probing = false;
    quint64 m_probeGeneration = 0;
    int m_reconnectFirst = 1;
    int m_reconnectMaximum = 30;
    int m_reconnectDelay = 0;
    int m_reconnectCountdown = 0;
    QTimer m_reconnectTimer;
    QTimer m_recoveredTimer;
    bool m_loadingDemo = false;

    QFrame *m_banner = nullptr;
    QLabel *m_bannerIcon = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_bannerRetry = nullptr;
    QSplitter *m_splitter = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    WorkflowsPage *m_workflowsPage = nullptr;
    BudgetsPage *m_budgetsPage = nullptr;
    StocksPage *m_stocksPage = nullptr;
    DeliveriesPage *m_deliveriesPage = nullptr;
    JournalPage *m_journalPage = nullptr;
    OperatorsPage *m_operatorsPage = nullptr;
    AuditPage *m_auditPage = nullptr;

    QMenu *m_fileMenu = nullptr;
    QAction *m_openAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_quitAction = nullptr;
    QMenu *m_workflowsMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_goToMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_exportChartAction = nullptr;
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
