#include "main/mainwindow.h"

#include "audit/auditpage.h"
#include "budgets/budgetspage.h"
#include "common/asyncquery.h"
#include "common/translations.h"
#include "connection/connectiondialog.h"
#include "db/database.h"
#include "db/databaseurl.h"
#include "deliveries/deliveriespage.h"
#include "db/sql.h"
#include "demo/demogenerator.h"
#include "engine/bootstrap.h"
#include "engine/clock.h"
#include "engine/workflowengine.h"
#include "journal/journalpage.h"
#include "operators/operatorspage.h"
#include "stocks/stockspage.h"
#include "workflows/builtinworkflows.h"
#include "workflows/workflowspage.h"
#include "workflows/workflowtablemodel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>
#include <QtConcurrentRun>

namespace campagna::ui {

namespace {

const QString GeometryKey = QStringLiteral("mainwindow/geometry");
const QString SplitterKey = QStringLiteral("mainwindow/splitter");
const QString PageKey = QStringLiteral("mainwindow/page");
const QString LanguageKey = QStringLiteral("language");
// Shared with app/campagna_main.cpp: the database reopened at start, and
// the operator chosen on it ("" for the default actor).
const QString CurrentDatabaseKey = QStringLiteral("database/current");
const QString CurrentOperatorKey = QStringLiteral("database/operator");
const QString RecentDatabasesKey = QStringLiteral("database/recent");
constexpr int MaxRecentDatabases = 8;

// What File > Load demo data came to, on the worker thread.
enum class DemoOutcome { Loaded, NotEmpty };

} // namespace

MainWindow::MainWindow(std::unique_ptr<engine::WorkflowEngine> engine, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(std::move(engine))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/campagna.png")));
    m_confirmer = [](QWidget *parent, const QString &title, const QString &text) {
        return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    m_informer = [](QWidget *parent, const QString &title, const QString &text) {
        auto *box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    };

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setMinimumWidth(140);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::updateExportChart);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_pages);
    m_splitter->setCollapsible(0, false);
    m_splitter->setCollapsible(1, false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({170, 1000});

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    buildBanner();
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_reconnectTimer.setInterval(1000);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &MainWindow::reconnectTick);
    m_recoveredTimer.setSingleShot(true);
    m_recoveredTimer.setInterval(5000);
    connect(&m_recoveredTimer, &QTimer::timeout, this, [this] {
        m_connectionRecovered = false;
        updateBanner();
    });

    buildMenus();
    buildStatusBar();
    createPages();
    connectEngine();

    retranslateUi();
    restoreSettings();
    rememberDatabase();
    updateExportChart();
}

MainWindow::~MainWindow()
{
    // The pages go first: they hold the engine; then the engine waits for
    // its runs.
    destroyPages();
    if (m_engine)
        m_engine->shutdown();
}

std::unique_ptr<engine::WorkflowEngine>
MainWindow::createEngine(std::shared_ptr<db::Database> database, const people::Actor &actor,
                         std::shared_ptr<engine::Clock> clock)
{
    auto engine = std::make_unique<engine::WorkflowEngine>(
        std::move(database), clock ? std::move(clock) : std::make_shared<engine::Clock>());
    workflows::registerBuiltinWorkflows(*engine);
    engine->setOwnerLabel(QStringLiteral("console"));
    engine->setActor(actor);
    (void)engine->recordConnectionOpened();
    return engine;
}

// ---- Pages ------------------------------------------------------------------

void MainWindow::addPage(QWidget *page, const QIcon &icon)
{
    m_pages->addWidget(page);
    new QListWidgetItem(icon, QString(), m_navigation);
}

void MainWindow::createPages()
{
    engine::WorkflowEngine *engine = m_engine.get();
    m_workflowsPage = new WorkflowsPage(engine, m_pages);
    m_workflowsPage->setObjectName(QStringLiteral("workflowsPage"));
    addPage(m_workflowsPage, style()->standardIcon(QStyle::SP_BrowserReload));
    m_budgetsPage = new BudgetsPage(engine, m_pages);
    addPage(m_budgetsPage, style()->standardIcon(QStyle::SP_FileDialogInfoView));
    m_stocksPage = new StocksPage(engine, m_pages);
    addPage(m_stocksPage, style()->standardIcon(QStyle::SP_DriveHDIcon));
    m_deliveriesPage = new DeliveriesPage(engine, m_pages);
    addPage(m_deliveriesPage, style()->standardIcon(QStyle::SP_FileDialogContentsView));
    m_journalPage = new JournalPage(engine, m_pages);
    m_journalPage->setObjectName(QStringLiteral("journalPage"));
    addPage(m_journalPage, style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    // Both readable by every operator; only administrators change operators.
    m_operatorsPage = new OperatorsPage(engine, m_pages);
    addPage(m_operatorsPage, style()->standardIcon(QStyle::SP_DirHomeIcon));
    m_auditPage = new AuditPage(engine, m_pages);
    addPage(m_auditPage, style()->standardIcon(QStyle::SP_FileDialogListView));

    // The Workflows page's table is what notices a lost connection first.
    WorkflowTableModel *model = m_workflowsPage->model();
    connect(model, &WorkflowTableModel::refreshed, this, [this] {
        if (m_connectionLost)
            onProbed(true, QString());
        // Runs started without a signal yet (runNow registers them first).
        updateActivity();
    });
    connect(model, &WorkflowTableModel::refreshFailed, this, [this](const QString &error) {
        m_connectionError = error;
        if (!m_connectionLost)
            probeConnection();
    });
    rebuildWorkflowsMenu();
}

void MainWindow::retranslatePages()
{
    const auto setItem = [this](int row, const QString &text, const QString &toolTip) {
        if (QListWidgetItem *item = m_navigation->item(row)) {
            item->setText(text);
            item->setToolTip(toolTip);
        }
    };
    setItem(m_pages->indexOf(m_workflowsPage), tr("Workflows"),
            tr("The five workflows: start, pause, stop and run them, and watch them run."));
    setItem(m_pages->indexOf(m_budgetsPage), tr("Budgets"),
            tr("Budgets: allocated, planned, reserved, committed, spent and available amounts, "
               "with their cost lines and charts."));
    setItem(m_pages->indexOf(m_stocksPage), tr("Stocks"),
            tr("Stock lines, their levels, alerts and reorder proposals."));
    setItem(m_pages->indexOf(m_deliveriesPage), tr("Deliveries"),
            tr("Deliveries: why they are stalled, their approvals, events and provider jobs; "
               "approve, reject, confirm, submit."));
    setItem(m_pages->indexOf(m_journalPage), tr("Journal"),
            tr("All runs of all workflows, filterable, with their journal lines."));
    setItem(m_pages->indexOf(m_operatorsPage), tr("Operators"),
            tr("The operators, their rights, groups, language and e-mail address; "
               "administrators add, change and remove them."));
    setItem(m_pages->indexOf(m_auditPage), tr("Audit"),
            tr("The audit trail: who did what and when, filterable by action, operator and "
               "day."));
}

void MainWindow::destroyPages()
{
    const QSignalBlocker blocker(m_navigation);
    while (m_pages->count() > 0) {
        QWidget *page = m_pages->widget(0);
        m_pages->removeWidget(page);
        delete page;
    }
    m_navigation->clear();
    m_workflowsPage = nullptr;
    m_budgetsPage = nullptr;
    m_stocksPage = nullptr;
    m_deliveriesPage = nullptr;
    m_journalPage = nullptr;
    m_operatorsPage = nullptr;
    m_auditPage = nullptr;
    if (m_workflowsMenu)
        m_workflowsMenu->clear();
}

void MainWindow::rebuildPages()
{
    const int page = m_navigation->currentRow();
    destroyPages();
    createPages();
    retranslateUi();
    m_navigation->setCurrentRow(page >= 0 && page < m_navigation->count() ? page : 0);
}

void MainWindow::replaceEngine(std::unique_ptr<engine::WorkflowEngine> engine)
{
    const int page = m_navigation->currentRow();
    const bool scheduler = m_engine && m_engine->isSchedulerActive();
    destroyPages();
    if (m_engine) {
        // Cancels the old engine's runs and waits for them.
        m_engine->shutdown();
        m_engine.reset();
    }
    m_engine = std::move(engine);

    // A new database: whatever was known of the old connection is moot.
    ++m_probeGeneration;
    m_probing = false;
    m_connectionLost = false;
    m_connectionRecovered = false;
    m_connectionError.clear();
    m_reconnectTimer.stop();
    m_recoveredTimer.stop();

    createPages();
    connectEngine();
    if (scheduler)
        m_engine->startScheduler();
    retranslateUi();
    m_navigation->setCurrentRow(page >= 0 && page < m_navigation->count() ? page : 0);
}

void MainWindow::connectEngine()
{
    connect(m_engine.get(), &engine::WorkflowEngine::runStarted, this,
            [this](const QString &, qint64) { updateActivity(); });
    connect(m_engine.get(), &engine::WorkflowEngine::runFinished, this,
            [this](const engine::RunOutcome &) { updateActivity(); });
}

bool MainWindow::switchDatabase(std::shared_ptr<db::Database> database, const people::Actor &actor)
{
    if (!database)
        return false;
    const QStringList running = m_engine ? m_engine->runningWorkflows() : QStringList();
    if (!running.isEmpty()) {
        QStringList labels;
        for (const QString &workflow : running)
            labels << WorkflowTableModel::label(workflow);
        const QString text =
            tr("%n workflow run(s) in progress in this console (%1) will be cancelled if you "
               "switch to %2 now. Switch anyway?",
               nullptr, int(running.size()))
                .arg(QLocale().createSeparatedList(labels), database->url().toDisplayString());
        if (!m_confirmer(this, tr("Open database"), text))
            return false;
    }
    auto engine = createEngine(std::move(database), actor, m_engine ? m_engine->clock() : nullptr);
    replaceEngine(std::move(engine));
    QSettings settings;
    settings.setValue(CurrentDatabaseKey, m_engine->database()->url().toString());
    settings.setValue(CurrentOperatorKey, actor.operatorId ? actor.name : QString());
    rememberDatabase();
    statusBar()->showMessage(
        tr("Opened %1 as %2.").arg(m_engine->database()->url().toDisplayString(), actor.name),
        8000);
    emit databaseChanged();
    return true;
}

// ---- Menus ------------------------------------------------------------------

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction =
        m_fileMenu->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton), QString());
    m_openAction->setObjectName(QStringLiteral("openDatabaseAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, [this] { openDatabaseDialog(); });
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_demoAction = m_fileMenu->addAction(QString());
    m_demoAction->setObjectName(QStringLiteral("loadDemoAction"));
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::loadDemoData);
    m_fileMenu->addSeparator();
    m_exportChartAction = m_fileMenu->addAction(QString());
    m_exportChartAction->setObjectName(QStringLiteral("exportChartAction"));
    connect(m_exportChartAction, &QAction::triggered, this, &MainWindow::exportChart);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString());
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Filled with the Workflows page's actions (rebuildWorkflowsMenu()).
    m_workflowsMenu = menuBar()->addMenu(QString());
    m_workflowsMenu->setObjectName(QStringLiteral("workflowsMenu"));

    m_viewMenu = menuBar()->addMenu(QString());
    m_goToMenu = m_viewMenu->addMenu(QString());
    m_goToMenu->setObjectName(QStringLiteral("goToMenu"));
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    // Language names stay in their own language: that is how people find
    // theirs in a menu they may not be able to read.
    m_italianAction = new QAction(QStringLiteral("Italiano"), m_languageGroup);
    m_italianAction->setData(QStringLiteral("it"));
    m_englishAction = new QAction(QStringLiteral("English"), m_languageGroup);
    m_englishAction->setData(QStringLiteral("en"));
    for (QAction *action : {m_italianAction, m_englishAction}) {
        action->setCheckable(true);
        action->setChecked(action->data().toString() == currentLanguage());
        m_languageMenu->addAction(action);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { setLanguage(action->data().toString()); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString());
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::rebuildWorkflowsMenu()
{
    m_workflowsMenu->clear();
    if (!m_workflowsPage)
        return;
    // The page's own actions (with their shortcuts): one command, wherever
    // it is triggered from, and active whichever page is shown.
    m_workflowsMenu->addActions(m_workflowsPage->workflowActions());
    m_workflowsMenu->addSeparator();
    m_workflowsMenu->addActions(m_workflowsPage->journalActions());
}

void MainWindow::rebuildGoToMenu()
{
    m_goToMenu->clear();
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem *item = m_navigation->item(row);
        QAction *action = m_goToMenu->addAction(item->icon(), item->text());
        if (row < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
        connect(action, &QAction::triggered, this, [this, row] {
            m_navigation->setCurrentRow(row);
            m_pages->currentWidget()->setFocus();
        });
    }
}

QStringList MainWindow::recentDatabases() const
{
    return QSettings().value(RecentDatabasesKey).toStringList();
}

void MainWindow::rememberDatabase()
{
    if (!m_engine)
        return;
    // toString() never carries a password.
    const QString url = m_engine->database()->url().toString();
    QStringList recent = recentDatabases();
    recent.removeAll(url);
    recent.prepend(url);
    while (recent.size() > MaxRecentDatabases)
        recent.removeLast();
    QSettings().setValue(RecentDatabasesKey, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentDatabases();
    int number = 1;
    for (const QString &text : recent) {
        auto parsed = db::DatabaseUrl::parse(text);
        const QString shown = parsed ? parsed->toDisplayString() : text;
        QAction *action = m_recentMenu->addAction(
            number < 10 ? QStringLiteral("&%1 %2").arg(number).arg(shown) : shown);
        ++number;
        connect(action, &QAction::triggered, this, [this, text] { openRecent(text); });
    }
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear the list"));
    clear->setObjectName(QStringLiteral("clearRecentAction"));
    clear->setEnabled(!recent.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        QSettings().remove(RecentDatabasesKey);
        rebuildRecentMenu();
    });
    m_recentMenu->setEnabled(true);
}

void MainWindow::openRecent(const QString &urlText)
{
    auto parsed = db::DatabaseUrl::parse(urlText);
    ConnectionDialog *dialog = showConnectionDialog(parsed ? &parsed.value() : nullptr);
    if (!parsed) {
        dialog->showMessage(parsed.errorMessage(), true);
        return;
    }
    dialog->connectToDatabase();
}

ConnectionDialog *MainWindow::openDatabaseDialog()
{
    if (!m_engine)
        return showConnectionDialog(nullptr);
    const db::DatabaseUrl current = m_engine->database()->url();
    return showConnectionDialog(&current);
}

ConnectionDialog *MainWindow::showConnectionDialog(const db::DatabaseUrl *url)
{
    auto *dialog = new ConnectionDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    if (m_engine)
        dialog->setClock(m_engine->clock());
    if (url)
        dialog->setUrl(*url);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { switchDatabase(dialog->database(), dialog->actor()); });
    dialog->open();
    return dialog;
}

void MainWindow::loadDemoData()
{
    if (!m_engine || m_loadingDemo)
        return;
    m_loadingDemo = true;
    m_demoAction->setEnabled(false);
    const std::shared_ptr<db::Database> database = m_engine->database();
    const QString where = database->url().toDisplayString();

    auto *progress =
        new QProgressDialog(tr("Loading the demo data into %1…").arg(where), QString(), 0, 0, this);
    progress->setObjectName(QStringLiteral("demoProgress"));
    progress->setWindowTitle(tr("Load demo data"));
    progress->setCancelButton(nullptr);
    progress->setMinimumDuration(0);
    progress->setWindowModality(Qt::WindowModal);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->open();

    demo::DemoOptions options;
    options.now = m_engine->clock()->now();
    const QPointer<QProgressDialog> guard(progress);
    // On the engine's pool: its threads own their connections.
    runAsync<DemoOutcome>(
        m_engine.get(), this,
        [database, options](QSqlDatabase &db) -> Result<DemoOutcome> {
            auto empty = engine::Bootstrap::isEmpty(*database);
            if (!empty)
                return empty.error();
            if (!empty.value())
                return DemoOutcome::NotEmpty;
            auto generated = demo::DemoGenerator::generate(db, database->backend(), options);
            if (!generated)
                return generated.error();
            return DemoOutcome::Loaded;
        },
        [this, guard, where](Result<DemoOutcome> outcome) {
            if (guard)
                guard->close();
            m_loadingDemo = false;
            m_demoAction->setEnabled(true);
            const bool loaded = outcome && outcome.value() == DemoOutcome::Loaded;
            if (!outcome)
                m_informer(this, tr("Load demo data"),
                           tr("The demo data could not be loaded into %1.\n\n%2")
                               .arg(where, outcome.errorMessage()));
            else if (!loaded)
                m_informer(this, tr("Load demo data"),
                           tr("%1 already holds data. The demo data loads only into an empty "
                              "database: open a new SQLite file (File > Open database…) and "
                              "load it there.")
                               .arg(where));
            if (loaded) {
                // Every page shows other data now.
                rebuildPages();
                statusBar()->showMessage(tr("The demo data is loaded into %1.").arg(where), 8000);
            }
            emit demoDataFinished(loaded);
        });
}

// ---- Banner, status bar ------------------------------------------------------

void MainWindow::buildBanner()
{
    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("connectionBanner"));
    m_banner->setFrameShape(QFrame::NoFrame);
    m_banner->setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(m_banner);
    layout->setContentsMargins(10, 6, 10, 6);
    m_bannerIcon = new QLabel(m_banner);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("connectionBannerText"));
    m_bannerText->setTextFormat(Qt::PlainText);
    m_bannerText->setWordWrap(true);
    m_bannerRetry = new QPushButton(m_banner);
    m_bannerRetry->setObjectName(QStringLiteral("retryNowButton"));
    connect(m_bannerRetry, &QPushButton::clicked, this, [this] {
        if (!m_probing)
            probeConnection();
    });
    layout->addWidget(m_bannerIcon);
    layout->addWidget(m_bannerText, 1);
    layout->addWidget(m_bannerRetry);
    m_banner->hide();
}

void MainWindow::buildStatusBar()
{
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseStatus"));
    m_databaseLabel->setTextFormat(Qt::PlainText);
    // A long path or URL must not widen the window: it is cut (the tool
    // tip has it whole).
    m_databaseLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_databaseLabel->setMinimumWidth(120);
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionStatus"));
    m_connectionLabel->setTextFormat(Qt::PlainText);
    m_operatorLabel = new QLabel(this);
    m_operatorLabel->setObjectName(QStringLiteral("operatorStatus"));
    m_operatorLabel->setTextFormat(Qt::PlainText);
    m_activityLabel = new QLabel(this);
    m_activityLabel->setObjectName(QStringLiteral("activityStatus"));
    m_activityLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_databaseLabel, 1);
    for (QLabel *label : {m_connectionLabel, m_operatorLabel, m_activityLabel}) {
        auto *separator = new QFrame(this);
        separator->setFrameShape(QFrame::VLine);
        separator->setFrameShadow(QFrame::Sunken);
        label->setContentsMargins(4, 0, 4, 0);
        statusBar()->addPermanentWidget(separator);
        statusBar()->addPermanentWidget(label);
    }
}

void MainWindow::retranslateUi()
{
    const QString database = m_engine ? m_engine->database()->url().toDisplayString() : QString();
    setWindowTitle(tr("Campagna – %1", "window title: the database").arg(database));

    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open database…"));
    m_openAction->setToolTip(tr("Open a SQLite file or a PostgreSQL database"));
    m_recentMenu->setTitle(tr("&Recent databases"));
    m_demoAction->setText(tr("Load &demo data"));
    m_exportChartAction->setText(tr("&Export chart…"));
    m_exportChartAction->setToolTip(
        tr("Save the current page's chart (the one clicked last) as PNG or PDF"));
    m_quitAction->setText(tr("&Quit"));
    m_workflowsMenu->setTitle(tr("&Workflows"));
    m_viewMenu->setTitle(tr("&View"));
    m_goToMenu->setTitle(tr("&Go to"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Campagna"));
    m_bannerRetry->setText(tr("&Retry now"));

    retranslatePages();
    rebuildGoToMenu();
    rebuildRecentMenu();

    m_databaseLabel->setText(tr("Database: %1").arg(database));
    m_databaseLabel->setToolTip(database);
    if (m_engine) {
        const people::Actor actor = m_engine->actor();
        m_operatorLabel->setText(actor.isAdmin ? tr("Operator: %1 (administrator)").arg(actor.name)
                                               : tr("Operator: %1").arg(actor.name));
    }
    updateConnection();
    updateActivity();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::setLanguage(const QString &language)
{
    m_italianAction->setChecked(language == u"it");
    m_englishAction->setChecked(language != u"it");
    if (language == currentLanguage())
        return;
    // Posts QEvent::LanguageChange to every window: retranslateUi() follows.
    if (!installTranslations(language))
        return;
    QSettings().setValue(LanguageKey, language);
}

void MainWindow::setConfirmer(Confirmer confirmer)
{
    if (confirmer)
        m_confirmer = std::move(confirmer);
}

void MainWindow::setInformer(Informer informer)
{
    if (informer)
        m_informer = std::move(informer);
}

void MainWindow::showAbout()
{
    const QString database = m_engine ? m_engine->database()->url().toDisplayString() : QString();
    const QString operatorName = m_engine ? m_engine->actor().name : QString();
    const QString text =
        tr("<h3>Campagna %1</h3>"
           "<p>The administration console of the five technical workflows of campaign "
           "processing: cost calculation, stock, deliveries, campaign jobs and service "
           "providers.</p>"
           "<p>Database: %2<br>Operator: %3</p>"
           "<p>Built with Qt %4, running on Qt %5.</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped(), database.toHtmlEscaped(),
                 operatorName.toHtmlEscaped(), QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion()));
    // Not exec(): the event loop (and the engine's signals) keep running.
    auto *box =
        new QMessageBox(QMessageBox::NoIcon, tr("About Campagna"), text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::RichText);
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->open();
}

void MainWindow::exportChart()
{
    if (m_pages->currentWidget() == m_budgetsPage)
        m_budgetsPage->chooseChartExport();
    else if (m_pages->currentWidget() == m_stocksPage)
        m_stocksPage->chooseChartExport();
}

void MainWindow::updateExportChart()
{
    // Only the pages with charts have something to export.
    m_exportChartAction->setEnabled(m_pages->currentWidget() == m_budgetsPage ||
                                    m_pages->currentWidget() == m_stocksPage);
}

void MainWindow::updateActivity()
{
    if (!m_engine)
        return;
    const QStringList running = m_engine->runningWorkflows();
    if (running.isEmpty()) {
        m_activityLabel->setText(tr("Idle"));
        m_activityLabel->setToolTip(
            m_engine->isSchedulerActive()
                ? tr("No workflow is running in this console; the scheduler runs started "
                     "workflows when due.")
            : m_engine->actor().mayRun()
                ? tr("No workflow is running in this console.")
                : tr("No workflow is running in this console, and its scheduler is off: only "
                     "administrators and the runner role run workflows, and \"%1\" is "
                     "neither.")
                      .arg(m_engine->actor().name));
        return;
    }
    QStringList labels;
    for (const QString &workflow : running)
        labels << WorkflowTableModel::label(workflow);
    labels.sort(Qt::CaseInsensitive);
    m_activityLabel->setText(tr("%n workflow(s) running", nullptr, int(running.size())));
    m_activityLabel->setToolTip(
        tr("Running in this console: %1").arg(QLocale().createSeparatedList(labels)));
}

void MainWindow::updateConnection()
{
    if (m_connectionLost) {
        m_connectionLabel->setText(tr("Connection lost, reconnecting"));
        m_connectionLabel->setToolTip(m_connectionError);
        m_connectionLabel->setStyleSheet(QStringLiteral("color: #a41e22; font-weight: bold;"));
    } else {
        m_connectionLabel->setText(tr("Connected"));
        m_connectionLabel->setToolTip(QString());
        m_connectionLabel->setStyleSheet(QString());
    }
    updateBanner();
}

QString MainWindow::connectionBannerText() const
{
    return m_banner->isHidden() ? QString() : m_bannerText->text();
}

void MainWindow::updateBanner()
{
    const QString database = m_engine ? m_engine->database()->url().toDisplayString() : QString();
    if (m_connectionLost) {
        m_bannerText->setText(
            m_probing || m_reconnectCountdown <= 0
                ? tr("Connection to %1 lost: reconnecting…").arg(database)
                : tr("Connection to %1 lost: reconnecting in %n s…", nullptr, m_reconnectCountdown)
                      .arg(database));
        m_bannerText->setToolTip(m_connectionError);
        m_bannerIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
        m_banner->setStyleSheet(QStringLiteral(
            "#connectionBanner { background: #fdecc8; border-bottom: 1px solid #d9a441; } "
            "#connectionBanner QLabel { color: #5c3b00; }"));
        m_bannerRetry->setVisible(true);
        m_bannerRetry->setEnabled(!m_probing);
        m_banner->show();
    } else if (m_connectionRecovered) {
        m_bannerText->setText(tr("Connection to %1 restored.").arg(database));
        m_bannerText->setToolTip(QString());
        m_bannerIcon->setPixmap(style()->standardIcon(QStyle::SP_DialogApplyButton).pixmap(20, 20));
        m_banner->setStyleSheet(QStringLiteral(
            "#connectionBanner { background: #dff3e0; border-bottom: 1px solid #7bbf7f; } "
            "#connectionBanner QLabel { color: #1d4d20; }"));
        m_bannerRetry->setVisible(false);
        m_banner->show();
    } else {
        m_banner->hide();
    }
}

void MainWindow::setReconnectDelays(int first, int maximum)
{
    m_reconnectFirst = qMax(1, first);
    m_reconnectMaximum = qMax(m_reconnectFirst, maximum);
}

void MainWindow::probeConnection()
{
    if (!m_engine || m_probing)
        return;
    m_probing = true;
    m_reconnectTimer.stop();
    updateBanner();
    const quint64 generation = m_probeGeneration;
    const std::shared_ptr<db::Database> database = m_engine->database();
    // A thread of the global pool, with a connection of its own closed
    // after each try: the engine's threads may all be busy with runs.
    QtConcurrent::run([database]() -> Result<void> {
        auto answered = database->withConnection([](QSqlDatabase &db) -> Result<void> {
            auto query = db::Sql::exec(db, QStringLiteral("SELECT 1"));
            if (!query)
                return query.error();
            return {};
        });
        database->closeConnection();
        return answered;
    }).then(this, [this, generation](Result<void> answered) {
        if (generation != m_probeGeneration)
            return;
        m_probing = false;
        onProbed(answered.ok(), answered.errorMessage());
    });
}

void MainWindow::onProbed(bool ok, const QString &error)
{
    if (ok) {
        m_reconnectTimer.stop();
        m_reconnectDelay = 0;
        m_reconnectCountdown = 0;
        if (m_connectionLost) {
            m_connectionLost = false;
            m_connectionRecovered = true;
            m_connectionError.clear();
            m_recoveredTimer.start();
            updateConnection();
            emit connectionStateChanged(false);
            // Everything shown may be stale: the pages read again.
            if (m_workflowsPage)
                m_workflowsPage->model()->refresh();
            if (m_journalPage)
                m_journalPage->refresh();
            if (m_operatorsPage)
                m_operatorsPage->refresh();
            if (m_auditPage)
                m_auditPage->refresh();
        } else {
            updateBanner();
        }
        return;
    }
    if (!error.isEmpty())
        m_connectionError = error;
    // 1, 2, 4, ... up to the maximum.
    m_reconnectDelay =
        m_reconnectDelay <= 0 ? m_reconnectFirst : qMin(m_reconnectDelay * 2, m_reconnectMaximum);
    m_reconnectCountdown = m_reconnectDelay;
    m_reconnectTimer.start();
    const bool wasLost = m_connectionLost;
    m_connectionLost = true;
    m_connectionRecovered = false;
    m_recoveredTimer.stop();
    updateConnection();
    if (!wasLost)
        emit connectionStateChanged(true);
}

void MainWindow::reconnectTick()
{
    if (--m_reconnectCountdown > 0) {
        updateBanner();
        return;
    }
    m_reconnectTimer.stop();
    probeConnection();
}

// ---- Settings ----------------------------------------------------------------

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        // First start: the screen's free area, up to a comfortable size.
        const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1280, 800);
        resize(available.boundedTo(QSize(1440, 900)));
    }
    m_splitter->restoreState(settings.value(SplitterKey).toByteArray());
    // The page by name, so that a page added later does not shift it.
    const QString page = settings.value(PageKey).toString();
    int row = 0;
    for (int index = 0; index < m_pages->count(); ++index)
        if (m_pages->widget(index)->objectName() == page)
            row = index;
    m_navigation->setCurrentRow(row);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(SplitterKey, m_splitter->saveState());
    if (const QWidget *page = m_pages->currentWidget())
        settings.setValue(PageKey, page->objectName());
}

} // namespace campagna::ui
