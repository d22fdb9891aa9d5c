#include "main/mainwindow.h"

#include "budgets/budgetspage.h"
#include "common/translations.h"
#include "db/database.h"
#include "deliveries/deliveriespage.h"
#include "engine/workflowengine.h"
#include "journal/journalpage.h"
#include "stocks/stockspage.h"
#include "workflows/workflowspage.h"
#include "workflows/workflowtablemodel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QFrame>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

namespace campagna::ui {

namespace {

const QString GeometryKey = QStringLiteral("mainwindow/geometry");
const QString SplitterKey = QStringLiteral("mainwindow/splitter");
const QString PageKey = QStringLiteral("mainwindow/page");
const QString LanguageKey = QStringLiteral("language");

} // namespace

MainWindow::MainWindow(engine::WorkflowEngine *engine, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/campagna.png")));

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setMinimumWidth(140);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));

    // One page per issue that builds it: Deliveries comes later.
    m_workflowsPage = new WorkflowsPage(engine, m_pages);
    m_pages->addWidget(m_workflowsPage);
    new QListWidgetItem(style()->standardIcon(QStyle::SP_BrowserReload), QString(), m_navigation);
    m_budgetsPage = new BudgetsPage(engine, m_pages);
    m_pages->addWidget(m_budgetsPage);
    new QListWidgetItem(style()->standardIcon(QStyle::SP_FileDialogInfoView), QString(),
                        m_navigation);
    m_stocksPage = new StocksPage(engine, m_pages);
    m_pages->addWidget(m_stocksPage);
    new QListWidgetItem(style()->standardIcon(QStyle::SP_DriveHDIcon), QString(), m_navigation);
    m_deliveriesPage = new DeliveriesPage(engine, m_pages);
    m_pages->addWidget(m_deliveriesPage);
    new QListWidgetItem(style()->standardIcon(QStyle::SP_FileDialogContentsView), QString(),
                        m_navigation);
    m_journalPage = new JournalPage(engine, m_pages);
    m_pages->addWidget(m_journalPage);
    new QListWidgetItem(style()->standardIcon(QStyle::SP_FileDialogDetailedView), QString(),
                        m_navigation);

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
    setCentralWidget(m_splitter);

    buildMenus();
    buildStatusBar();

    if (m_engine) {
        connect(m_engine, &engine::WorkflowEngine::runStarted, this,
                [this](const QString &, qint64) { updateActivity(); });
        connect(m_engine, &engine::WorkflowEngine::runFinished, this,
                [this](const engine::RunOutcome &) { updateActivity(); });
    }
    WorkflowTableModel *model = m_workflowsPage->model();
    connect(model, &WorkflowTableModel::refreshed, this, [this] {
        m_connectionLost = false;
        m_connectionError.clear();
        updateConnection();
        // Runs started without a signal yet (runNow registers them first).
        updateActivity();
    });
    connect(model, &WorkflowTableModel::refreshFailed, this, [this](const QString &error) {
        m_connectionLost = true;
        m_connectionError = error;
        updateConnection();
    });

    retranslateUi();
    restoreSettings();
    updateExportChart();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_exportChartAction = m_fileMenu->addAction(QString());
    m_exportChartAction->setObjectName(QStringLiteral("exportChartAction"));
    connect(m_exportChartAction, &QAction::triggered, this, &MainWindow::exportChart);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString());
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_viewMenu = menuBar()->addMenu(QString());
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

void MainWindow::buildStatusBar()
{
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseStatus"));
    m_databaseLabel->setTextFormat(Qt::PlainText);
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
    m_exportChartAction->setText(tr("&Export chart…"));
    m_exportChartAction->setToolTip(
        tr("Save the current page's chart (the one clicked last) as PNG or PDF"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Campagna"));

    m_navigation->item(0)->setText(tr("Workflows"));
    m_navigation->item(0)->setToolTip(
        tr("The five workflows: start, pause, stop and run them, and watch them run."));
    m_navigation->item(1)->setText(tr("Budgets"));
    m_navigation->item(1)->setToolTip(
        tr("Budgets: allocated, planned, reserved, committed, spent and available amounts, "
           "with their cost lines and charts."));
    m_navigation->item(2)->setText(tr("Stocks"));
    m_navigation->item(2)->setToolTip(
        tr("Stock lines, their levels, alerts and reorder proposals."));
    m_navigation->item(3)->setText(tr("Deliveries"));
    m_navigation->item(3)->setToolTip(
        tr("Deliveries: why they are stalled, their approvals, events and provider jobs; "
           "approve, reject, confirm, submit."));
    m_navigation->item(4)->setText(tr("Journal"));
    m_navigation->item(4)->setToolTip(
        tr("All runs of all workflows, filterable, with their journal lines."));

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
        m_activityLabel->setToolTip(m_engine->isSchedulerActive()
                                        ? tr("No workflow is running in this console; the "
                                             "scheduler runs started workflows when due.")
                                        : tr("No workflow is running in this console."));
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
        m_connectionLabel->setText(tr("Connection lost, retrying"));
        m_connectionLabel->setToolTip(m_connectionError);
        m_connectionLabel->setStyleSheet(QStringLiteral("color: #a41e22; font-weight: bold;"));
    } else {
        m_connectionLabel->setText(tr("Connected"));
        m_connectionLabel->setToolTip(QString());
        m_connectionLabel->setStyleSheet(QString());
    }
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1180, 720);
    m_splitter->restoreState(settings.value(SplitterKey).toByteArray());
    const int page = settings.value(PageKey, 0).toInt();
    m_navigation->setCurrentRow(page >= 0 && page < m_navigation->count() ? page : 0);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(SplitterKey, m_splitter->saveState());
    settings.setValue(PageKey, m_navigation->currentRow());
}

} // namespace campagna::ui
