#include "workflows/workflowspage.h"

#include "common/runtexts.h"

#include "db/database.h"
#include "engine/journalpurge.h"
#include "engine/workflowengine.h"
#include "engine/workflowstore.h"
#include "workflows/logmodel.h"
#include "workflows/runhistorymodel.h"
#include "workflows/scheduledialog.h"
#include "workflows/workflowtablemodel.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <limits>
#include <utility>

namespace campagna::ui {

namespace {

const QString BannerStyle = QStringLiteral(
    "QFrame#haltedBanner { background-color: #fff4ce; border: 1px solid #d9a300; "
    "border-radius: 4px; }"
    "QFrame#haltedBanner QLabel { color: #4d3800; background: transparent; border: none; }");

const QString InfoStyle = QStringLiteral(
    "QFrame#messageArea { background-color: #e8f1fb; border: 1px solid #5b9bd5; "
    "border-radius: 4px; }"
    "QFrame#messageArea QLabel { color: #123d66; background: transparent; border: none; }");

const QString ErrorStyle = QStringLiteral(
    "QFrame#messageArea { background-color: #fdecea; border: 1px solid #d9534f; "
    "border-radius: 4px; }"
    "QFrame#messageArea QLabel { color: #6b1212; background: transparent; border: none; }");

QString withShortcut(const QString &text, const QAction *action)
{
    if (action->shortcut().isEmpty())
        return text;
    return QStringLiteral("%1 (%2)").arg(text,
                                         action->shortcut().toString(QKeySequence::NativeText));
}

// The latest runs shown, and the most journal lines shown for one run.
constexpr int HistoryLimit = 100;
constexpr int LogLimit = 5000;

bool askQuestion(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

} // namespace

WorkflowsPage::WorkflowsPage(engine::WorkflowEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
{
    m_model = new WorkflowTableModel(engine, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(WorkflowTableModel::RawValueRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_historyModel = new RunHistoryModel(this);
    m_logModel = new LogModel(this);
    m_confirmer = askQuestion;

    buildUi();
    retranslateUi();

    connect(m_model, &WorkflowTableModel::refreshed, this, &WorkflowsPage::onRefreshed);
    connect(m_model, &WorkflowTableModel::refreshFailed, this, [this](const QString &error) {
        showMessage(MessageKind::Error, [error] {
            return tr("The workflows could not be read from the database: %1").arg(error);
        });
        m_messageIsReadError = true;
    });
    connect(m_model, &WorkflowTableModel::progressChanged, this, [this](const QString &workflow) {
        if (workflow == m_selected) {
            updateProgress();
            updateDetails();
        }
        updateActions();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WorkflowsPage::onCurrentRowChanged);
    connect(m_historyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WorkflowsPage::onHistoryRowChanged);
    if (engine) {
        // A run begun or ended, a schedule or state changed: read the history
        // again (the selection is kept by run id).
        connect(engine, &engine::WorkflowEngine::runStarted, this,
                [this](const QString &workflow, qint64) {
                    if (workflow == m_historyWorkflow)
                        loadHistory();
                });
        connect(engine, &engine::WorkflowEngine::runFinished, this,
                [this](const engine::RunOutcome &outcome) {
                    if (outcome.workflow == m_historyWorkflow)
                        loadHistory();
                });
        connect(engine, &engine::WorkflowEngine::workflowChanged, this,
                [this](const QString &workflow) {
                    if (workflow == m_historyWorkflow)
                        loadHistory();
                });
    }
    // The model's first answer may have come before the connections above.
    if (m_model->isLoaded())
        onRefreshed();
    updateActions();
}

WorkflowsPage::~WorkflowsPage() = default;

void WorkflowsPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    // The halted banner.
    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("haltedBanner"));
    m_banner->setStyleSheet(BannerStyle);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    m_bannerIcon = new QLabel(m_banner);
    m_bannerIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("haltedBannerText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText);
    QFont bannerFont = m_bannerText->font();
    bannerFont.setBold(true);
    m_bannerText->setFont(bannerFont);
    bannerLayout->addWidget(m_bannerIcon, 0, Qt::AlignTop);
    bannerLayout->addWidget(m_bannerText, 1);
    m_banner->hide();
    layout->addWidget(m_banner);

    // The message area: what the last command came to.
    m_messageArea = new QFrame(this);
    m_messageArea->setObjectName(QStringLiteral("messageArea"));
    auto *messageLayout = new QHBoxLayout(m_messageArea);
    m_messageIcon = new QLabel(m_messageArea);
    m_messageLabel = new QLabel(m_messageArea);
    m_messageLabel->setObjectName(QStringLiteral("messageText"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageClose = new QToolButton(m_messageArea);
    m_messageClose->setAutoRaise(true);
    m_messageClose->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    connect(m_messageClose, &QToolButton::clicked, this, &WorkflowsPage::hideMessage);
    messageLayout->addWidget(m_messageIcon, 0, Qt::AlignTop);
    messageLayout->addWidget(m_messageLabel, 1);
    messageLayout->addWidget(m_messageClose, 0, Qt::AlignTop);
    m_messageArea->hide();
    layout->addWidget(m_messageArea);

    // The commands.
    auto makeAction = [this](QStyle::StandardPixmap icon, const QKeySequence &shortcut,
                             void (WorkflowsPage::*slot)()) {
        auto *action = new QAction(style()->standardIcon(icon), QString(), this);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_startAction = makeAction(QStyle::SP_MediaPlay, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                               &WorkflowsPage::startSelected);
    m_pauseAction =
        makeAction(QStyle::SP_MediaPause, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                   &WorkflowsPage::pauseSelected);
    m_stopAction = makeAction(QStyle::SP_MediaStop, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
                              &WorkflowsPage::stopSelected);
    m_runAction = makeAction(QStyle::SP_MediaSkipForward, QKeySequence(Qt::CTRL | Qt::Key_R),
                             &WorkflowsPage::runSelected);
    m_cancelAction =
        makeAction(QStyle::SP_BrowserStop, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X),
                   &WorkflowsPage::cancelSelected);
    m_refreshAction = makeAction(QStyle::SP_BrowserReload, QKeySequence(QKeySequence::Refresh),
                                 &WorkflowsPage::refreshNow);
    m_scheduleAction =
        new QAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView), QString(), this);
    m_scheduleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_scheduleAction, &QAction::triggered, this, [this] { editSchedule(); });
    addAction(m_scheduleAction);
    m_purgeAction = makeAction(QStyle::SP_TrashIcon, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J),
                               &WorkflowsPage::openPurgeDialog);

    auto makeButton = [this](QAction *action, const QString &objectName) {
        auto *button = new QPushButton(action->icon(), QString(), this);
        button->setObjectName(objectName);
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::enabledChanged, button, &QWidget::setEnabled);
        button->setEnabled(action->isEnabled());
        return button;
    };
    m_startButton = makeButton(m_startAction, QStringLiteral("startButton"));
    m_pauseButton = makeButton(m_pauseAction, QStringLiteral("pauseButton"));
    m_stopButton = makeButton(m_stopAction, QStringLiteral("stopButton"));
    m_runButton = makeButton(m_runAction, QStringLiteral("runNowButton"));
    m_cancelButton = makeButton(m_cancelAction, QStringLiteral("cancelButton"));
    m_refreshButton = makeButton(m_refreshAction, QStringLiteral("refreshButton"));
    m_scheduleButton = makeButton(m_scheduleAction, QStringLiteral("editScheduleButton"));
    m_purgeButton = makeButton(m_purgeAction, QStringLiteral("purgeJournalButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_pauseButton);
    buttons->addWidget(m_stopButton);
    buttons->addSpacing(16);
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    buttons->addWidget(m_scheduleButton);
    buttons->addWidget(m_purgeButton);
    buttons->addWidget(m_refreshButton);
    layout->addLayout(buttons);

    // The table.
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("workflowTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Catalog order until someone clicks a header.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_startAction, m_pauseAction, m_stopAction, m_runAction, m_cancelAction,
                        m_scheduleAction});

    // Below the table: the selected workflow's runs, and the selected run's journal.
    auto makeView = [](QWidget *parent, const QString &objectName) {
        auto *view = new QTableView(parent);
        view->setObjectName(objectName);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setAlternatingRowColors(true);
        view->setWordWrap(false);
        view->verticalHeader()->hide();
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view->horizontalHeader()->setStretchLastSection(true);
        view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        return view;
    };
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("workflowsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_view);
    auto *lower = new QSplitter(Qt::Horizontal, m_splitter);
    lower->setChildrenCollapsible(false);

    m_historyBox = new QGroupBox(lower);
    m_historyBox->setObjectName(QStringLiteral("runHistory"));
    auto *historyLayout = new QVBoxLayout(m_historyBox);
    m_historyView = makeView(m_historyBox, QStringLiteral("runHistoryTable"));
    m_historyView->setModel(m_historyModel);
    // Widths that fit a 1280-pixel screen with the journal beside it.
    const QList<QPair<int, int>> historyWidths = {
        {RunHistoryModel::Status, 90},      {RunHistoryModel::Trigger, 80},
        {RunHistoryModel::RequestedBy, 80}, {RunHistoryModel::Start, 125},
        {RunHistoryModel::Duration, 60},    {RunHistoryModel::Items, 50}};
    for (const auto &[column, width] : historyWidths)
        m_historyView->horizontalHeader()->resizeSection(column, width);
    historyLayout->addWidget(m_historyView);

    m_logBox = new QGroupBox(lower);
    m_logBox->setObjectName(QStringLiteral("runJournal"));
    auto *logLayout = new QVBoxLayout(m_logBox);
    auto *filterLayout = new QHBoxLayout;
    m_levelLabel = new QLabel(m_logBox);
    m_levelFilter = new QComboBox(m_logBox);
    m_levelFilter->setObjectName(QStringLiteral("levelFilter"));
    m_levelLabel->setBuddy(m_levelFilter);
    for (int i = 0; i < 3; ++i)
        m_levelFilter->addItem(QString());
    connect(m_levelFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_logModel->setFilter(index == 2   ? LogModel::Filter::Errors
                              : index == 1 ? LogModel::Filter::WarningsAndErrors
                                           : LogModel::Filter::All);
    });
    filterLayout->addWidget(m_levelLabel);
    filterLayout->addWidget(m_levelFilter);
    filterLayout->addStretch(1);
    m_logModel->setLevelIcons(style()->standardIcon(QStyle::SP_MessageBoxInformation),
                              style()->standardIcon(QStyle::SP_MessageBoxWarning),
                              style()->standardIcon(QStyle::SP_MessageBoxCritical));
    m_logView = makeView(m_logBox, QStringLiteral("runLogTable"));
    m_logView->setModel(m_logModel);
    // The message is what people read: it gets the rest of the width.
    m_logView->horizontalHeader()->resizeSection(LogModel::Time, 125);
    m_logView->horizontalHeader()->resizeSection(LogModel::Level, 120);
    m_logView->horizontalHeader()->resizeSection(LogModel::Step, 90);
    logLayout->addLayout(filterLayout);
    logLayout->addWidget(m_logView);

    lower->addWidget(m_historyBox);
    lower->addWidget(m_logBox);
    lower->setStretchFactor(0, 2);
    lower->setStretchFactor(1, 3);
    m_splitter->addWidget(lower);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    layout->addWidget(m_splitter, 1);

    // The selected workflow.
    m_details = new QGroupBox(this);
    m_details->setObjectName(QStringLiteral("workflowDetails"));
    auto *detailsLayout = new QVBoxLayout(m_details);
    m_descriptionLabel = new QLabel(m_details);
    m_descriptionLabel->setObjectName(QStringLiteral("descriptionLabel"));
    m_descriptionLabel->setWordWrap(true);
    m_descriptionLabel->setTextFormat(Qt::PlainText);
    m_scheduleLabel = new QLabel(m_details);
    m_scheduleLabel->setTextFormat(Qt::PlainText);
    m_lastErrorLabel = new QLabel(m_details);
    m_lastErrorLabel->setObjectName(QStringLiteral("lastErrorLabel"));
    m_lastErrorLabel->setWordWrap(true);
    m_lastErrorLabel->setTextFormat(Qt::PlainText);
    m_lastErrorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lastErrorLabel->setStyleSheet(QStringLiteral("color: #a41e22;"));
    m_leaseLabel = new QLabel(m_details);
    m_leaseLabel->setObjectName(QStringLiteral("leaseLabel"));
    m_leaseLabel->setWordWrap(true);
    m_leaseLabel->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(m_details);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->hide();
    detailsLayout->addWidget(m_descriptionLabel);
    detailsLayout->addWidget(m_scheduleLabel);
    detailsLayout->addWidget(m_lastErrorLabel);
    detailsLayout->addWidget(m_leaseLabel);
    detailsLayout->addWidget(m_progress);
    layout->addWidget(m_details);
}

void WorkflowsPage::retranslateUi()
{
    struct Texts
    {
        QAction *action;
        QPushButton *button;
        QString text;
        QString toolTip;
    };
    const Texts texts[] = {
        {m_startAction, m_startButton, tr("&Start"),
         tr("Start the selected workflow: the scheduler runs it when it is due. Also clears "
            "its failed flag.")},
        {m_pauseAction, m_pauseButton, tr("&Pause"),
         tr("Pause the selected workflow: no new run starts; a running one finishes its "
            "current unit of work.")},
        {m_stopAction, m_stopButton, tr("S&top"),
         tr("Stop the selected workflow: no run starts, and a running one is cancelled.")},
        {m_runAction, m_runButton, tr("&Run now"),
         tr("Run the selected workflow once, now, whatever its state.")},
        {m_cancelAction, m_cancelButton, tr("&Cancel run"),
         tr("Cancel the run of the selected workflow in progress in this console.")},
        {m_refreshAction, m_refreshButton, tr("R&efresh"),
         tr("Read the workflows from the database again.")},
        {m_scheduleAction, m_scheduleButton, tr("Edit sc&hedule…"),
         tr("Change when the scheduler runs the selected workflow.")},
        {m_purgeAction, m_purgeButton, tr("Pur&ge journal…"),
         tr("Delete the journal lines older than a date (administrators only).")},
    };
    for (const Texts &t : texts) {
        t.action->setText(t.text);
        t.action->setToolTip(withShortcut(t.toolTip, t.action));
        t.button->setText(t.text);
        t.button->setToolTip(t.action->toolTip());
    }
    m_messageClose->setToolTip(tr("Dismiss this message"));
    m_historyBox->setTitle(tr("Run history (latest %L1)").arg(HistoryLimit));
    m_logBox->setTitle(tr("Journal of the selected run"));
    m_levelLabel->setText(tr("&Level:"));
    retranslateLevelFilter();
    m_historyModel->retranslate();
    m_logModel->retranslate();
    updateBanner();
    updateDetails();
    if (m_messageText)
        m_messageLabel->setText(m_messageText());
}

void WorkflowsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QList<QAction *> WorkflowsPage::workflowActions() const
{
    return {m_startAction, m_pauseAction,  m_stopAction,
            m_runAction,   m_cancelAction, m_refreshAction};
}

QList<QAction *> WorkflowsPage::journalActions() const
{
    return {m_scheduleAction, m_purgeAction};
}

void WorkflowsPage::retranslateLevelFilter()
{
    m_levelFilter->setItemText(0, tr("All levels"));
    m_levelFilter->setItemText(1, tr("Warnings and errors"));
    m_levelFilter->setItemText(2, tr("Errors only"));
}

void WorkflowsPage::setConfirmer(Confirmer confirmer)
{
    m_confirmer = confirmer ? std::move(confirmer) : Confirmer(askQuestion);
}

bool WorkflowsPage::isHaltedBannerShown() const
{
    return !m_banner->isHidden();
}

void WorkflowsPage::selectWorkflow(const QString &workflow)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(WorkflowTableModel::NameRole).toString() == workflow) {
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
            return;
        }
    }
}

void WorkflowsPage::onCurrentRowChanged()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    m_selected =
        current.isValid() ? current.data(WorkflowTableModel::NameRole).toString() : QString();
    if (m_selected != m_historyWorkflow) {
        m_historyWorkflow = m_selected;
        m_selectedRun = 0;
        loadHistory();
    }
    updateDetails();
    updateActions();
}

void WorkflowsPage::onRefreshed()
{
    if (m_messageIsReadError)
        hideMessage();
    // A reset (first load) loses the selection: select the same workflow again.
    if (!m_view->selectionModel()->currentIndex().isValid() && m_proxy->rowCount() > 0) {
        if (m_selected.isEmpty())
            m_selected = m_proxy->index(0, 0).data(WorkflowTableModel::NameRole).toString();
        selectWorkflow(m_selected);
    }
    updateBanner();
    updateDetails();
    updateActions();
}

void WorkflowsPage::updateBanner()
{
    QStringList notStarted;
    for (const engine::WorkflowStatus &row : m_model->statuses()) {
        if (row.state != u"started")
            notStarted << WorkflowTableModel::label(row.name);
    }
    if (notStarted.isEmpty()) {
        m_banner->hide();
        return;
    }
    m_bannerText->setText(
        tr("Campaign processing is halted: %1 not started. Nothing is targeted, approved, "
           "extracted, sent, costed or counted until all five workflows are started.",
           nullptr, int(notStarted.size()))
            .arg(QLocale().createSeparatedList(notStarted)));
    m_banner->show();
}

void WorkflowsPage::updateDetails()
{
    const engine::WorkflowStatus *row = m_model->status(m_selected);
    if (!row) {
        m_details->setTitle(tr("No workflow selected"));
        m_descriptionLabel->clear();
        m_scheduleLabel->clear();
        m_lastErrorLabel->hide();
        m_leaseLabel->hide();
        m_progress->hide();
        return;
    }
    m_details->setTitle(tr("%1 (%2)", "workflow label, internal name")
                            .arg(WorkflowTableModel::label(row->name), row->name));
    m_descriptionLabel->setText(WorkflowTableModel::description(row->name));
    m_scheduleLabel->setText(RunTexts::schedule(row->schedule));

    const bool runningHere = m_engine && m_engine->isRunning(row->name);
    if (row->lastRun && !row->lastRun->error.isEmpty() && !runningHere &&
        row->lastRun->status != u"running") {
        m_lastErrorLabel->setText(
            tr("Last run (%1): %2")
                .arg(RunTexts::status(row->lastRun->status), row->lastRun->error));
        m_lastErrorLabel->show();
    } else {
        m_lastErrorLabel->hide();
    }

    if (!row->leaseOwner.isEmpty()) {
        m_leaseLabel->setText(tr("Being run by %1 until %2")
                                  .arg(row->leaseOwner, row->leaseUntil
                                                            ? RunTexts::dateTime(*row->leaseUntil)
                                                            : tr("(unknown)")));
        m_leaseLabel->show();
    } else {
        m_leaseLabel->hide();
    }
    updateProgress();
}

void WorkflowsPage::updateProgress()
{
    const engine::WorkflowStatus *row = m_model->status(m_selected);
    const bool runningHere = m_engine && !m_selected.isEmpty() && m_engine->isRunning(m_selected);
    const bool runningElsewhere = row && row->lastRun && row->lastRun->status == u"running";
    if (!runningHere && !runningElsewhere) {
        m_progress->hide();
        return;
    }
    const std::optional<WorkflowTableModel::Progress> progress = m_model->progress(m_selected);
    if (progress && progress->total > 0) {
        constexpr int Steps = 1000;
        m_progress->setRange(0, Steps);
        m_progress->setValue(
            int(std::clamp<qint64>(progress->done * Steps / progress->total, 0, Steps)));
        m_progress->setFormat(
            tr("%L1 of %L2", "progress: done of total").arg(progress->done).arg(progress->total));
        m_progress->setTextVisible(true);
    } else {
        // Unknown amount of work: a busy indicator.
        m_progress->setRange(0, 0);
        m_progress->setTextVisible(false);
    }
    m_progress->show();
}

void WorkflowsPage::updateActions()
{
    const engine::WorkflowStatus *row = m_model->status(m_selected);
    const bool pending = m_pending.contains(m_selected);
    const bool runningHere = m_engine && !m_selected.isEmpty() && m_engine->isRunning(m_selected);
    // The commands are for administrators (the server refuses them to
    // anyone else on PostgreSQL); runs also for the runner role.
    const bool admin = m_engine && m_engine->actor().isAdmin;
    const bool mayRun = m_engine && m_engine->actor().mayRun();
    m_startAction->setEnabled(admin && row && !pending &&
                              (row->state != u"started" || row->failed));
    m_pauseAction->setEnabled(admin && row && !pending && row->state == u"started");
    m_stopAction->setEnabled(admin && row && !pending && row->state != u"stopped");
    m_runAction->setEnabled(mayRun && row && !runningHere);
    m_cancelAction->setEnabled(runningHere);
    m_refreshAction->setEnabled(m_engine);
    m_scheduleAction->setEnabled(admin && row);
    m_purgeAction->setEnabled(admin && !m_purging);
}

void WorkflowsPage::showMessage(MessageKind kind, std::function<QString()> text)
{
    m_messageText = std::move(text);
    m_messageIsReadError = false;
    m_messageArea->setStyleSheet(kind == MessageKind::Error ? ErrorStyle : InfoStyle);
    m_messageArea->setProperty("kind", kind == MessageKind::Error ? QStringLiteral("error")
                                                                  : QStringLiteral("info"));
    m_messageIcon->setPixmap(style()
                                 ->standardIcon(kind == MessageKind::Error
                                                    ? QStyle::SP_MessageBoxCritical
                                                    : QStyle::SP_MessageBoxInformation)
                                 .pixmap(24, 24));
    m_messageLabel->setText(m_messageText());
    m_messageArea->show();
}

void WorkflowsPage::hideMessage()
{
    m_messageText = nullptr;
    m_messageIsReadError = false;
    m_messageLabel->clear();
    m_messageArea->hide();
}

void WorkflowsPage::refreshNow()
{
    m_model->refresh();
    loadHistory();
}

void WorkflowsPage::refreshHistory()
{
    loadHistory();
}

void WorkflowsPage::loadHistory()
{
    const quint64 generation = ++m_historyGeneration;
    const QString workflow = m_historyWorkflow;
    if (!m_engine || workflow.isEmpty()) {
        m_settingRuns = true;
        m_historyModel->setRuns({});
        m_settingRuns = false;
        m_selectedRun = 0;
        loadLog();
        emit historyLoaded();
        return;
    }
    std::shared_ptr<db::Database> database = m_engine->database();
    QPointer<WorkflowsPage> self(this);
    QtConcurrent::run(m_engine->pool(),
                      [database, workflow]() -> Result<QList<engine::RunRecord>> {
                          return database->withConnection([&](QSqlDatabase &db) {
                              return engine::WorkflowStore::runs(db, workflow, HistoryLimit);
                          });
                      })
        // The engine is the context (it outlives this page); see WorkflowTableModel::refresh().
        .then(m_engine.data(), [self, generation](Result<QList<engine::RunRecord>> runs) {
            if (!self || generation != self->m_historyGeneration)
                return;
            if (!runs) {
                const QString error = runs.errorMessage();
                self->showMessage(MessageKind::Error, [error] {
                    return tr("The run history could not be read from the database: %1").arg(error);
                });
                return;
            }
            // Keep the run shown if it is still there, else show the newest.
            const qint64 keep = self->m_selectedRun;
            self->m_settingRuns = true;
            self->m_historyModel->setRuns(runs.value());
            int row = self->m_historyModel->rowOfRun(keep);
            if (row < 0 && self->m_historyModel->rowCount() > 0)
                row = 0;
            if (row >= 0)
                self->m_historyView->selectionModel()->setCurrentIndex(
                    self->m_historyModel->index(row, 0),
                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            self->m_settingRuns = false;
            self->m_selectedRun = row >= 0 ? self->m_historyModel->runs().at(row).id : qint64(0);
            self->loadLog();
            emit self->historyLoaded();
        });
}

void WorkflowsPage::onHistoryRowChanged()
{
    if (m_settingRuns)
        return;
    const QModelIndex current = m_historyView->selectionModel()->currentIndex();
    const qint64 runId =
        current.isValid() ? current.data(RunHistoryModel::RunIdRole).toLongLong() : 0;
    if (runId == m_selectedRun)
        return;
    m_selectedRun = runId;
    loadLog();
}

void WorkflowsPage::selectRun(qint64 runId)
{
    const int row = m_historyModel->rowOfRun(runId);
    if (row < 0)
        return;
    m_historyView->selectionModel()->setCurrentIndex(m_historyModel->index(row, 0),
                                                     QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
}

void WorkflowsPage::loadLog()
{
    const quint64 generation = ++m_logGeneration;
    const QString workflow = m_historyWorkflow;
    const qint64 runId = m_selectedRun;
    if (!m_engine || workflow.isEmpty() || runId == 0) {
        m_logModel->setLines({});
        emit logLoaded();
        return;
    }
    std::shared_ptr<db::Database> database = m_engine->database();
    QPointer<WorkflowsPage> self(this);
    QtConcurrent::run(m_engine->pool(),
                      [database, workflow, runId]() -> Result<QList<engine::LogRecord>> {
                          return database->withConnection([&](QSqlDatabase &db) {
                              return engine::WorkflowStore::log(db, workflow, runId, LogLimit);
                          });
                      })
        .then(m_engine.data(), [self, generation](Result<QList<engine::LogRecord>> lines) {
            if (!self || generation != self->m_logGeneration)
                return;
            if (!lines) {
                const QString error = lines.errorMessage();
                self->showMessage(MessageKind::Error, [error] {
                    return tr("The journal could not be read from the database: %1").arg(error);
                });
                return;
            }
            self->m_logModel->setLines(lines.value());
            emit self->logLoaded();
        });
}

ScheduleDialog *WorkflowsPage::editSchedule()
{
    const engine::WorkflowStatus *row = m_model->status(m_selected);
    if (!row || !m_engine)
        return nullptr;
    auto *dialog = new ScheduleDialog(m_engine.data(), row->name, row->schedule, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ScheduleDialog::scheduleChanged, this,
            [this](const QString &workflow, const QString &schedule) {
                showMessage(MessageKind::Info, [workflow, schedule] {
                    return tr("%1: schedule set to \"%2\".")
                        .arg(WorkflowTableModel::label(workflow), schedule);
                });
                m_model->refresh();
            });
    dialog->open();
    return dialog;
}

void WorkflowsPage::openPurgeDialog()
{
    if (!m_engine || m_purging)
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("purgeDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Purge the journal"));
    auto *layout = new QVBoxLayout(dialog);
    auto *explanation = new QLabel(
        tr("Journal lines older than the date below are deleted, for all workflows. Runs are "
           "kept."),
        dialog);
    explanation->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *dateEdit = new QDateEdit(dialog);
    dateEdit->setObjectName(QStringLiteral("purgeDate"));
    dateEdit->setCalendarPopup(true);
    dateEdit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    const QDate today = QDateTime::fromSecsSinceEpoch(m_engine->clock()->now()).date();
    dateEdit->setDate(today.addDays(-90));
    dateEdit->setMaximumDate(today);
    form->addRow(tr("Delete lines &older than:"), dateEdit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Purge…"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this,
            [this, dateEdit] { purgeJournalBefore(dateEdit->date()); });
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog->open();
}

void WorkflowsPage::purgeJournalBefore(const QDate &before)
{
    if (!m_engine || m_purging || !before.isValid())
        return;
    const qint64 cutoff = before.startOfDay().toSecsSinceEpoch();
    const people::Actor actor = m_engine->actor();
    std::shared_ptr<db::Database> database = m_engine->database();
    m_purging = true;
    updateActions();
    QPointer<WorkflowsPage> self(this);
    auto finish = [self](qint64 deleted) {
        if (!self)
            return;
        self->m_purging = false;
        self->updateActions();
        emit self->journalPurgeFinished(deleted);
    };
    // First: the right and the count, so that the question names how many go.
    QtConcurrent::run(m_engine->pool(), [database, actor, cutoff]() -> Result<qint64> {
        return database->withConnection([&](QSqlDatabase &db) -> Result<qint64> {
            if (auto allowed =
                    people::ActorResolver::requireAdmin(db, actor, tr("Purge the journal"));
                !allowed)
                return allowed.error();
            return engine::JournalPurge::countBefore(db, cutoff);
        });
    }).then(m_engine.data(), [self, finish, database, actor, cutoff, before](Result<qint64> count) {
        if (!self)
            return;
        if (!count) {
            const QString error = count.errorMessage();
            self->showMessage(MessageKind::Error, [error] {
                return tr("The journal could not be purged: %1").arg(error);
            });
            finish(-1);
            return;
        }
        const qint64 lines = count.value();
        const int shown = int(std::clamp<qint64>(lines, 0, std::numeric_limits<int>::max()));
        if (lines == 0) {
            self->showMessage(MessageKind::Info, [before] {
                return tr("The journal has no line older than %1: nothing to purge.")
                    .arg(QLocale().toString(before, QLocale::LongFormat));
            });
            finish(0);
            return;
        }
        const bool confirmed = self->m_confirmer(
            self, tr("Purge the journal"),
            tr("Delete the %Ln journal line(s) older than %1? This cannot be undone.", nullptr,
               shown)
                .arg(QLocale().toString(before, QLocale::LongFormat)));
        if (!self)
            return;
        if (!confirmed || !self->m_engine) {
            finish(-1);
            return;
        }
        QtConcurrent::run(self->m_engine->pool(), [database, actor, cutoff,
                                                   clock = self->m_engine->clock()]() -> Result<qint64> {
            return database->withConnection([&](QSqlDatabase &db) {
                return engine::JournalPurge::purgeBefore(db, actor, cutoff,
                                                         clock->now(database.get()));
            });
        }).then(self->m_engine.data(), [self, finish, before](Result<qint64> deleted) {
            if (!self)
                return;
            if (!deleted) {
                const QString error = deleted.errorMessage();
                self->showMessage(MessageKind::Error, [error] {
                    return tr("The journal could not be purged: %1").arg(error);
                });
                finish(-1);
                return;
            }
            const int n =
                int(std::clamp<qint64>(deleted.value(), 0, std::numeric_limits<int>::max()));
            self->showMessage(MessageKind::Info, [n, before] {
                return tr("%Ln journal line(s) older than %1 deleted.", nullptr, n)
                    .arg(QLocale().toString(before, QLocale::LongFormat));
            });
            self->loadLog();
            finish(deleted.value());
        });
    });
}

void WorkflowsPage::startSelected()
{
    sendCommand(Command::Start, m_selected);
}

void WorkflowsPage::pauseSelected()
{
    sendCommand(Command::Pause, m_selected);
}

void WorkflowsPage::stopSelected()
{
    const QString workflow = m_selected;
    if (workflow.isEmpty() || !m_engine)
        return;
    const QString label = WorkflowTableModel::label(workflow);
    const QString question =
        m_engine->isRunning(workflow)
            ? tr("Stop %1? Its run in progress is cancelled, no run starts until someone "
                 "starts it again, and campaign processing stays halted meanwhile.")
                  .arg(label)
            : tr("Stop %1? No run starts until someone starts it again, and campaign "
                 "processing stays halted meanwhile.")
                  .arg(label);
    // Window-modal and asynchronous: the event loop keeps running.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Stop %1").arg(label), question,
                                QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *stop = box->addButton(tr("S&top"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, stop, workflow] {
        if (box->clickedButton() == stop)
            sendCommand(Command::Stop, workflow);
    });
    box->open();
}

void WorkflowsPage::runSelected()
{
    const QString workflow = m_selected;
    if (workflow.isEmpty() || !m_engine)
        return;
    QFuture<engine::RunOutcome> future = m_engine->runNow(workflow, engine::Trigger::Manual);
    showMessage(MessageKind::Info, [workflow] {
        return tr("%1: run requested.").arg(WorkflowTableModel::label(workflow));
    });
    updateActions();
    updateProgress();
    QPointer<WorkflowsPage> self(this);
    // The engine is the context (it outlives this page); see WorkflowTableModel::refresh().
    future.then(m_engine.data(), [self](engine::RunOutcome outcome) {
        if (!self)
            return;
        self->showRunOutcome(outcome);
        self->m_model->refresh();
        self->updateActions();
        self->updateProgress();
    });
}

void WorkflowsPage::cancelSelected()
{
    const QString workflow = m_selected;
    if (workflow.isEmpty() || !m_engine || !m_engine->isRunning(workflow))
        return;
    m_engine->cancel(workflow);
    showMessage(MessageKind::Info, [workflow] {
        return tr("Cancelling the run of %1: it stops at its next checkpoint.")
            .arg(WorkflowTableModel::label(workflow));
    });
}

void WorkflowsPage::sendCommand(Command command, const QString &workflow)
{
    if (!m_engine || workflow.isEmpty() || m_pending.contains(workflow))
        return;
    m_pending.insert(workflow);
    updateActions();
    QFuture<Result<void>> future = command == Command::Start   ? m_engine->start(workflow)
                                   : command == Command::Pause ? m_engine->pause(workflow)
                                                               : m_engine->stop(workflow);
    QPointer<WorkflowsPage> self(this);
    future.then(m_engine.data(), [self, command, workflow](Result<void> result) {
        if (!self)
            return;
        self->m_pending.remove(workflow);
        if (result) {
            self->showMessage(MessageKind::Info, [command, workflow] {
                const QString label = WorkflowTableModel::label(workflow);
                switch (command) {
                case Command::Start:
                    return tr("%1 started: the scheduler runs it when it is due.").arg(label);
                case Command::Pause:
                    return tr("%1 paused.").arg(label);
                case Command::Stop:
                    break;
                }
                return tr("%1 stopped.").arg(label);
            });
        } else {
            const QString error = result.errorMessage();
            self->showMessage(MessageKind::Error, [command, workflow, error] {
                const QString label = WorkflowTableModel::label(workflow);
                switch (command) {
                case Command::Start:
                    return tr("%1 could not be started: %2").arg(label, error);
                case Command::Pause:
                    return tr("%1 could not be paused: %2").arg(label, error);
                case Command::Stop:
                    break;
                }
                return tr("%1 could not be stopped: %2").arg(label, error);
            });
        }
        self->m_model->refresh();
        self->updateActions();
    });
}

void WorkflowsPage::showRunOutcome(const engine::RunOutcome &outcome)
{
    const engine::RunOutcome o = outcome;
    if (o.succeeded()) {
        showMessage(MessageKind::Info, [o] {
            const QString label = WorkflowTableModel::label(o.workflow);
            const QString duration = RunTexts::duration(o.durationMs / 1000);
            const QString items =
                tr("%Ln item(s)", nullptr,
                   int(std::clamp<qint64>(o.items, 0, std::numeric_limits<int>::max())));
            if (o.warnings == 0)
                return tr("%1: run %2 succeeded (%3, %4).")
                    .arg(label)
                    .arg(o.runId)
                    .arg(duration, items);
            return tr("%1: run %2 succeeded with %n warning(s) (%3, %4); see the journal.", nullptr,
                      o.warnings)
                .arg(label)
                .arg(o.runId)
                .arg(duration, items);
        });
        return;
    }
    if (o.status == u"cancelled") {
        showMessage(MessageKind::Info, [o] {
            return tr("%1: run %2 was cancelled.")
                .arg(WorkflowTableModel::label(o.workflow))
                .arg(o.runId);
        });
        return;
    }
    showMessage(MessageKind::Error, [o] {
        const QString label = WorkflowTableModel::label(o.workflow);
        if (o.status == u"lost")
            return tr("%1: run %2 lost its lease and stopped without recording its end: %3")
                .arg(label)
                .arg(o.runId)
                .arg(o.error);
        if (o.runId != 0)
            return tr("%1: run %2 failed: %3").arg(label).arg(o.runId).arg(o.error);
        if (o.errorCode == Error::Code::LeaseHeld && !o.leaseHolder.isEmpty())
            return tr("%1 was not run: it is being run by %2.").arg(label, o.leaseHolder);
        return tr("%1 was not run: %2").arg(label, o.error);
    });
}

} // namespace campagna::ui
