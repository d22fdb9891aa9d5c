#include "deliveries/deliveriespage.h"

#include "deliveries/approvalmodel.h"
#include "deliveries/decisiondialog.h"
#include "deliveries/deliverytexts.h"
#include "deliveries/diagnosismodel.h"
#include "deliveries/eventmodel.h"

#include "common/csvexport.h"
#include "common/csvwriter.h"
#include "common/lazytablemodel.h"
#include "common/pagetable.h"
#include "common/palette.h"

#include "db/database.h"
#include "delivery/deliveryactions.h"
#include "delivery/deliverystates.h"
#include "delivery/deliverysubmission.h"
#include "delivery/diagnosis.h"
#include "engine/clock.h"
#include "engine/workflowengine.h"
#include "people/actor.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFont>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>
#include <utility>

namespace campagna::ui {

namespace {

// Engine signals arriving within this window make one refresh.
constexpr int CoalesceMs = 300;
// Typing pauses this long before the search is applied.
constexpr int SearchDelayMs = 250;

using Message = std::function<QString()>;

using delivery::ApprovalStatus;
using delivery::DeliveryQuery;
using delivery::DeliveryStatus;

// A detail table: its model holds a few rows in their own order.
QTableView *makeDetailTable(QWidget *parent, const QString &name, QAbstractItemModel *model)
{
    QTableView *view = makePageTable(parent, name, model);
    view->setSortingEnabled(false);
    view->horizontalHeader()->setSortIndicatorShown(false);
    return view;
}

} // namespace

struct DeliveriesPage::Details
{
    qint64 deliveryId = 0;
    delivery::Diagnosis::Report report;
    QList<DeliveryQuery::Approval> approvals;
    QList<DeliveryQuery::Event> events;
    std::optional<DeliveryQuery::ProviderJob> providerJob;
};

DeliveriesPage::DeliveriesPage(engine::WorkflowEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_stalled(std::make_shared<DeliveryQuery::StalledSearch>())
    , m_detailsCall(engine, this)
    , m_campaignCall(engine, this)
{
    setObjectName(QStringLiteral("deliveriesPage"));
    m_model = new LazyTableModel(engine, this);
    m_model->setPresenter(present);
    m_diagnosisModel = new DiagnosisModel(this);
    m_approvalModel = new ApprovalModel(this);
    m_eventModel = new EventModel(this);
    buildUi();
    connectSignals();
    retranslateUi();
    loadCampaigns();
    applyFilter();
}

DeliveriesPage::~DeliveriesPage()
{
    // A search for the stalled deliveries still under way stops.
    m_stalled->renew();
}

QVariant DeliveriesPage::present(const RowSource &source, const QVariantList &row, int column,
                                 int role)
{
    const auto value = [&](const char *key) {
        return source.value(row, QLatin1String(key));
    };
    switch (column) {
    case DeliveryQuery::Label:
    case DeliveryQuery::Campaign:
        if (role == Qt::ToolTipRole)
            return row.value(column + 1);
        break;
    case DeliveryQuery::Status:
        if (role == Qt::DisplayRole && value("template").toInt() == 1)
            return tr("%1 (template)").arg(DeliveryTexts::status(value("status").toString()));
        if (role == Qt::ForegroundRole &&
            fromSql<DeliveryStatus>(value("status").toString()) == DeliveryStatus::Failed)
            return Palette::failure();
        break;
    case DeliveryQuery::Approvals:
        if (role == Qt::DisplayRole)
            return DeliveryTexts::approvalsSummary(
                value("approvals").toInt(), value("approved").toInt(), value("rejected").toInt());
        break;
    case DeliveryQuery::Stalled: {
        const bool stalled = value("stalled").toInt() == 1;
        if (role == Qt::DisplayRole)
            return stalled ? tr("Stalled") : QString();
        if (!stalled)
            break;
        if (role == Qt::DecorationRole)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (role == Qt::ForegroundRole)
            return Palette::failure();
        if (role == Qt::ToolTipRole)
            return value("stalledText");
        break;
    }
    default:
        break;
    }
    return {};
}

DeliveryQuery::Now DeliveriesPage::engineNow() const
{
    return [clock = m_engine->clock(), database = m_engine->database()] {
        return clock->now(database.get());
    };
}

void DeliveriesPage::buildUi()
{
    QLayout *filters = buildFilters();
    auto *countRow = new QHBoxLayout;
    countRow->addWidget(m_countLabel);
    countRow->addWidget(m_cancelStalledButton);
    countRow->addStretch(1);
    countRow->addWidget(m_refreshButton);
    countRow->addWidget(m_exportButton);

    // The deliveries: by id until a header is clicked.
    m_view = makePageTable(this, QStringLiteral("deliveryTable"), m_model, DeliveryQuery::Id);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setMinimumSectionSize(40);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("deliveriesSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(buildDetails());
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(countRow);
    layout->addWidget(buildMessageArea());
    layout->addWidget(m_splitter, 1);
    buildActions();
}

QLayout *DeliveriesPage::buildFilters()
{
    m_statusLabel = new QLabel(this);
    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(QStringLiteral("statusFilter"));
    m_statusLabel->setBuddy(m_statusCombo);
    m_channelLabel = new QLabel(this);
    m_channelCombo = new QComboBox(this);
    m_channelCombo->setObjectName(QStringLiteral("channelFilter"));
    m_channelLabel->setBuddy(m_channelCombo);
    m_campaignLabel = new QLabel(this);
    m_campaignCombo = new QComboBox(this);
    m_campaignCombo->setObjectName(QStringLiteral("campaignFilter"));
    m_campaignCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_campaignCombo->setMinimumContentsLength(18);
    m_campaignLabel->setBuddy(m_campaignCombo);
    m_searchLabel = new QLabel(this);
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_searchEdit);
    m_stalledCheck = new QCheckBox(this);
    m_stalledCheck->setObjectName(QStringLiteral("stalledOnly"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("deliveryCount"));
    m_refreshButton = new QPushButton(this);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_cancelStalledButton = new QPushButton(this);
    m_cancelStalledButton->setObjectName(QStringLiteral("cancelStalledButton"));
    m_cancelStalledButton->hide();
    fillCombos();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_statusLabel);
    filters->addWidget(m_statusCombo);
    filters->addSpacing(6);
    filters->addWidget(m_channelLabel);
    filters->addWidget(m_channelCombo);
    filters->addSpacing(6);
    filters->addWidget(m_campaignLabel);
    filters->addWidget(m_campaignCombo, 1);
    filters->addSpacing(6);
    filters->addWidget(m_searchLabel);
    filters->addWidget(m_searchEdit, 1);
    filters->addSpacing(6);
    filters->addWidget(m_stalledCheck);
    return filters;
}

QWidget *DeliveriesPage::buildMessageArea()
{
    // What the last action came to.
    m_messageArea = new QFrame(this);
    m_messageArea->setObjectName(QStringLiteral("messageArea"));
    m_messageArea->setFrameShape(QFrame::StyledPanel);
    m_messageIcon = new QLabel(m_messageArea);
    m_messageLabel = new QLabel(m_messageArea);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageClose = new QToolButton(m_messageArea);
    m_messageClose->setAutoRaise(true);
    m_messageClose->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    auto *messageLayout = new QHBoxLayout(m_messageArea);
    messageLayout->setContentsMargins(6, 4, 6, 4);
    messageLayout->addWidget(m_messageIcon, 0, Qt::AlignTop);
    messageLayout->addWidget(m_messageLabel, 1);
    messageLayout->addWidget(m_messageClose, 0, Qt::AlignTop);
    m_messageArea->hide();
    connect(m_messageClose, &QToolButton::clicked, this, &DeliveriesPage::hideMessage);
    return m_messageArea;
}

QWidget *DeliveriesPage::buildDetails()
{
    m_detailsTitle = new QLabel(this);
    m_detailsTitle->setObjectName(QStringLiteral("detailsTitle"));
    m_detailsTitle->setTextFormat(Qt::PlainText);
    QFont titleFont = m_detailsTitle->font();
    titleFont.setBold(true);
    m_detailsTitle->setFont(titleFont);

    m_approveButton = new QPushButton(this);
    m_approveButton->setObjectName(QStringLiteral("approveButton"));
    m_rejectButton = new QPushButton(this);
    m_rejectButton->setObjectName(QStringLiteral("rejectButton"));
    m_confirmButton = new QPushButton(this);
    m_confirmButton->setObjectName(QStringLiteral("confirmButton"));
    m_submitButton = new QPushButton(this);
    m_submitButton->setObjectName(QStringLiteral("submitButton"));
    auto *actionsRow = new QHBoxLayout;
    actionsRow->addWidget(m_detailsTitle, 1);
    actionsRow->addWidget(m_approveButton);
    actionsRow->addWidget(m_rejectButton);
    actionsRow->addWidget(m_confirmButton);
    actionsRow->addWidget(m_submitButton);

    m_diagnosisView = makeDetailTable(this, QStringLiteral("diagnosisTable"), m_diagnosisModel);
    m_diagnosisView->setSelectionMode(QAbstractItemView::NoSelection);
    // Ten checks at most: their messages are read whole, wrapped.
    m_diagnosisView->setWordWrap(true);
    m_diagnosisView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_approvalView = makeDetailTable(this, QStringLiteral("approvalTable"), m_approvalModel);
    m_eventView = makeDetailTable(this, QStringLiteral("eventTable"), m_eventModel);
    m_eventView->setSelectionMode(QAbstractItemView::NoSelection);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->addTab(m_diagnosisView, QString());
    m_tabs->addTab(m_approvalView, QString());
    m_tabs->addTab(m_eventView, QString());
    m_tabs->addTab(buildProviderPane(), QString());

    auto *detailsPane = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addLayout(actionsRow);
    detailsLayout->addWidget(m_tabs, 1);
    return detailsPane;
}

QWidget *DeliveriesPage::buildProviderPane()
{
    m_providerPane = new QWidget(this);
    m_providerPane->setObjectName(QStringLiteral("providerJobPane"));
    m_providerNone = new QLabel(m_providerPane);
    m_providerNone->setObjectName(QStringLiteral("providerJobNone"));
    m_providerForm = new QWidget(m_providerPane);
    auto *form = new QFormLayout(m_providerForm);
    const QStringList fieldNames{
        QStringLiteral("providerJobId"),       QStringLiteral("providerJobStatus"),
        QStringLiteral("providerJobService"),  QStringLiteral("providerJobFile"),
        QStringLiteral("providerJobSha256"),   QStringLiteral("providerJobSent"),
        QStringLiteral("providerJobReturn"),   QStringLiteral("providerJobFinished"),
        QStringLiteral("providerJobAttempts"), QStringLiteral("providerJobError")};
    for (const QString &name : fieldNames) {
        auto *caption = new QLabel(m_providerForm);
        auto *value = new QLabel(m_providerForm);
        value->setObjectName(name);
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(caption, value);
        m_providerCaptions << caption;
        m_providerValues << value;
    }
    auto *providerLayout = new QVBoxLayout(m_providerPane);
    providerLayout->addWidget(m_providerNone);
    providerLayout->addWidget(m_providerForm);
    providerLayout->addStretch(1);
    m_providerForm->hide();
    return m_providerPane;
}

void DeliveriesPage::buildActions()
{
    // Shortcuts work anywhere on the page.
    auto makeAction = [this](const QString &name, const QKeySequence &shortcut) {
        auto *action = new QAction(this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_approveAction =
        makeAction(QStringLiteral("approveAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_rejectAction =
        makeAction(QStringLiteral("rejectAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    m_confirmAction =
        makeAction(QStringLiteral("confirmAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_submitAction =
        makeAction(QStringLiteral("submitAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_refreshAction = makeAction(QStringLiteral("refreshAction"), QKeySequence::Refresh);
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(200);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(CoalesceMs);
}

void DeliveriesPage::connectSignals()
{
    connect(m_approveAction, &QAction::triggered, this, [this] { openDecisionDialog(true); });
    connect(m_rejectAction, &QAction::triggered, this, [this] { openDecisionDialog(false); });
    connect(m_confirmAction, &QAction::triggered, this, &DeliveriesPage::confirmSelected);
    connect(m_submitAction, &QAction::triggered, this, &DeliveriesPage::submitSelected);
    connect(m_refreshAction, &QAction::triggered, this, &DeliveriesPage::refresh);
    connect(m_approveButton, &QPushButton::clicked, m_approveAction, &QAction::trigger);
    connect(m_rejectButton, &QPushButton::clicked, m_rejectAction, &QAction::trigger);
    connect(m_confirmButton, &QPushButton::clicked, m_confirmAction, &QAction::trigger);
    connect(m_submitButton, &QPushButton::clicked, m_submitAction, &QAction::trigger);
    connect(m_refreshButton, &QPushButton::clicked, this, &DeliveriesPage::refresh);
    connect(m_exportButton, &QPushButton::clicked, this, &DeliveriesPage::chooseExportFile);
    // Cancelling the search for stalled deliveries is leaving that filter.
    connect(m_cancelStalledButton, &QPushButton::clicked, m_stalledCheck,
            [this] { m_stalledCheck->setChecked(false); });
    connect(m_progressTimer, &QTimer::timeout, this, &DeliveriesPage::updateCount);
    connect(m_searchTimer, &QTimer::timeout, this, &DeliveriesPage::applyFilter);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &DeliveriesPage::applyFilter);
    connect(m_refreshTimer, &QTimer::timeout, this, &DeliveriesPage::refresh);

    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, &DeliveriesPage::applyFilter);
    connect(m_channelCombo, &QComboBox::currentIndexChanged, this, &DeliveriesPage::applyFilter);
    connect(m_campaignCombo, &QComboBox::currentIndexChanged, this, &DeliveriesPage::applyFilter);
    connect(m_stalledCheck, &QCheckBox::toggled, this, &DeliveriesPage::applyFilter);
    connect(m_model, &LazyTableModel::loaded, this, &DeliveriesPage::onRowsLoaded);
    connect(m_model, &LazyTableModel::loadFailed, this, [this](const QString &message) {
        m_findingStalled = false;
        m_loadError = message;
        updateCount();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DeliveriesPage::onSelectionChanged);
    // The stalled marker is Diagnosis's, not a column SQL can order by: the
    // indicator stays where the model's order is.
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column) {
                if (m_model->isSortable(column))
                    return;
                const QSignalBlocker blocker(m_view->horizontalHeader());
                m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(),
                                                             m_model->sortOrder());
            });
    connect(m_approvalView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DeliveriesPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DeliveriesPage::updateCount);
    if (m_engine) {
        connect(m_engine, &engine::WorkflowEngine::runFinished, this,
                [this](const engine::RunOutcome &) {
                    if (!m_refreshTimer->isActive())
                        m_refreshTimer->start();
                });
    }
    updateActions();
}

bool DeliveriesPage::selectDelivery(qint64 deliveryId)
{
    const int row = m_model->rowOfId(deliveryId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

QString DeliveriesPage::messageText() const
{
    return m_messageArea->isHidden() ? QString() : m_messageLabel->text();
}

void DeliveriesPage::refresh()
{
    m_refreshTimer->stop();
    if (m_filter.stalledOnly) {
        // The stalled set is searched again by the read.
        m_stalled->renew();
        m_findingStalled = true;
    }
    m_model->refresh();
    loadCampaigns();
    loadDetails();
    updateCount();
}

QString DeliveriesPage::csvText() const
{
    return CsvWriter::modelText(*m_model);
}

bool DeliveriesPage::exportCsv(const QString &path, QString *error) const
{
    return CsvWriter::writeFile(path, csvText(), error);
}

void DeliveriesPage::chooseExportFile()
{
    CsvExport::ask(this, tr("Export deliveries"),
                   tr("deliveries.csv", "default file name of the CSV export"),
                   [this](const QString &path, QString *error) { return exportCsv(path, error); });
}

void DeliveriesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DeliveriesPage::retranslateUi()
{
    m_statusLabel->setText(tr("S&tatus:"));
    m_channelLabel->setText(tr("C&hannel:"));
    m_campaignLabel->setText(tr("Ca&mpaign:"));
    m_searchLabel->setText(tr("&Search:"));
    m_searchEdit->setPlaceholderText(tr("Part of the label"));
    m_stalledCheck->setText(tr("Stalled &only"));
    m_stalledCheck->setToolTip(
        tr("Only the deliveries that the diagnosis finds stalled (a check failed), as "
           "campagnactl diagnose says"));
    m_refreshButton->setText(tr("&Refresh"));
    m_refreshButton->setToolTip(tr("Read the deliveries again (F5)"));
    m_exportButton->setText(tr("E&xport CSV…"));
    m_exportButton->setToolTip(tr("Save the deliveries shown as a CSV file"));
    m_cancelStalledButton->setText(tr("Cancel"));
    m_cancelStalledButton->setToolTip(
        tr("Stop looking for the stalled deliveries and show every delivery"));
    m_messageClose->setToolTip(tr("Close the message"));

    m_approveAction->setText(tr("&Approve…"));
    m_rejectAction->setText(tr("Re&ject…"));
    m_confirmAction->setText(tr("&Confirm"));
    m_submitAction->setText(tr("Su&bmit"));
    m_refreshAction->setText(tr("&Refresh"));
    m_approveButton->setText(m_approveAction->text());
    m_approveButton->setToolTip(
        tr("Approve a pending approval of the selected delivery (%1)")
            .arg(m_approveAction->shortcut().toString(QKeySequence::NativeText)));
    m_rejectButton->setText(m_rejectAction->text());
    m_rejectButton->setToolTip(
        tr("Reject a pending approval of the selected delivery (%1)")
            .arg(m_rejectAction->shortcut().toString(QKeySequence::NativeText)));
    m_confirmButton->setText(m_confirmAction->text());
    m_confirmButton->setToolTip(
        tr("Confirm the selected delivery, which waits for confirmation (%1)")
            .arg(m_confirmAction->shortcut().toString(QKeySequence::NativeText)));
    m_submitButton->setText(m_submitAction->text());
    m_submitButton->setToolTip(
        tr("Submit the selected delivery for targeting (%1)")
            .arg(m_submitAction->shortcut().toString(QKeySequence::NativeText)));

    m_tabs->setTabText(0, tr("&Diagnosis"));
    m_tabs->setTabText(1, tr("Appro&vals"));
    m_tabs->setTabText(2, tr("&Events"));
    m_tabs->setTabText(3, tr("&Provider job"));
    m_providerNone->setText(tr("The delivery has no provider job."));
    const QStringList captions{tr("Job:"),      tr("Status:"), tr("Service:"),     tr("File:"),
                               tr("SHA-256:"),  tr("Sent:"),   tr("Return file:"), tr("Finished:"),
                               tr("Attempts:"), tr("Error:")};
    for (int i = 0; i < m_providerCaptions.size(); ++i)
        m_providerCaptions.at(i)->setText(captions.value(i));

    fillCombos();
    m_model->retranslate();
    // The stalled markers' tooltips are Diagnosis's messages, in the
    // language of their read: read the rows again (the stalled set stays).
    if (m_model->totalCount() >= 0 && !m_model->isLoading())
        m_model->refresh();
    m_diagnosisModel->retranslate();
    m_approvalModel->retranslate();
    m_eventModel->retranslate();
    updateProviderJob();
    updateDetailsTitle();
    updateCount();
    if (m_messageText)
        m_messageLabel->setText(m_messageText());
    // The diagnosis messages are the core's, in the language of the read.
    if (m_detailsId != 0)
        loadDetails();
}

void DeliveriesPage::fillCombos()
{
    const QSignalBlocker statusBlocker(m_statusCombo);
    const QSignalBlocker channelBlocker(m_channelCombo);
    const QSignalBlocker campaignBlocker(m_campaignCombo);
    if (m_statusCombo->count() == 0) {
        m_statusCombo->addItem(QString(), QString());
        for (const QString &status : DeliveryTexts::statuses())
            m_statusCombo->addItem(QString(), status);
        m_channelCombo->addItem(QString(), QString());
        for (const QString &channel : DeliveryTexts::channels())
            m_channelCombo->addItem(QString(), channel);
    }
    m_statusCombo->setItemText(0, tr("All statuses"));
    for (int i = 1; i < m_statusCombo->count(); ++i)
        m_statusCombo->setItemText(i, DeliveryTexts::status(m_statusCombo->itemData(i).toString()));
    m_channelCombo->setItemText(0, tr("All channels"));
    for (int i = 1; i < m_channelCombo->count(); ++i)
        m_channelCombo->setItemText(i,
                                    DeliveryTexts::channel(m_channelCombo->itemData(i).toString()));

    // Campaigns: kept selected by id across reloads.
    const qint64 selected = m_campaignCombo->currentData().toLongLong();
    m_campaignCombo->clear();
    m_campaignCombo->addItem(tr("All campaigns"), qint64(0));
    for (const auto &campaign : std::as_const(m_campaigns))
        m_campaignCombo->addItem(campaign.label, campaign.id);
    const int index = m_campaignCombo->findData(selected);
    m_campaignCombo->setCurrentIndex(index >= 0 ? index : 0);
}

void DeliveriesPage::loadCampaigns()
{
    m_campaignCall.start<QList<DeliveryQuery::CampaignOption>>(
        [](QSqlDatabase &db) { return DeliveryQuery::campaigns(db); },
        [this](Result<QList<DeliveryQuery::CampaignOption>> result) {
            if (!result)
                return;
            const qint64 selected = m_campaignCombo->currentData().toLongLong();
            m_campaigns = std::move(result).value();
            fillCombos();
            // The campaign filtered on is gone: show every campaign's deliveries.
            if (m_campaignCombo->currentData().toLongLong() != selected)
                applyFilter();
        });
}

void DeliveriesPage::applyFilter()
{
    m_searchTimer->stop();
    DeliveryQuery::Filter filter;
    filter.status = m_statusCombo->currentData().toString();
    filter.channel = m_channelCombo->currentData().toString();
    filter.campaignId = m_campaignCombo->currentData().toLongLong();
    filter.search = m_searchEdit->text().trimmed();
    filter.stalledOnly = m_stalledCheck->isChecked();
    if (!m_engine || (m_filtered && filter == m_filter))
        return;
    // "Stalled only" chosen: searched afresh; left: a search under way stops.
    const bool searchStalled = filter.stalledOnly && (!m_filter.stalledOnly || !m_filtered);
    if (searchStalled || !filter.stalledOnly)
        m_stalled->renew();
    m_findingStalled = searchStalled;
    m_filter = filter;
    m_filtered = true;
    m_loadError.clear();
    m_model->setSource(DeliveryQuery::source(filter, engineNow(), m_stalled));
    updateCount();
}

void DeliveriesPage::onRowsLoaded()
{
    m_findingStalled = false;
    m_loadError.clear();
    updateCount();
    if (!m_columnsSized && m_model->rowCount() > 0) {
        // Sized once, on the first window: the label takes the width the
        // others leave, so that the stalled marker stays in sight.
        m_view->resizeColumnsToContents();
        m_view->setColumnWidth(DeliveryQuery::Campaign,
                               qMin(m_view->columnWidth(DeliveryQuery::Campaign), 220));
        m_view->horizontalHeader()->setSectionResizeMode(DeliveryQuery::Label,
                                                         QHeaderView::Stretch);
        m_columnsSized = true;
    }
    if (m_selectedId == 0 || m_view->selectionModel()->hasSelection())
        return;
    // A reload resets the model, which clears the selection silently.
    if (!selectDelivery(m_selectedId)) {
        m_selectedId = 0;
        m_selectedLabel.clear();
        clearDetails();
    }
}

void DeliveriesPage::onSelectionChanged()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QModelIndex index = rows.constFirst();
    const qint64 id = index.data(LazyTableModel::IdRole).toLongLong();
    m_selectedLabel = m_model->value(index.row(), QStringLiteral("label")).toString();
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    clearDetails();
    loadDetails();
}

void DeliveriesPage::loadDetails()
{
    if (!m_engine || m_selectedId == 0)
        return;
    const qint64 deliveryId = m_selectedId;
    m_detailsCall.start<Details>(
        [now = engineNow(), deliveryId](QSqlDatabase &db) -> Result<Details> {
            Details details;
            details.deliveryId = deliveryId;
            auto report = delivery::Diagnosis::diagnose(db, deliveryId, now());
            if (!report)
                return report.error();
            details.report = std::move(report).value();
            auto approvals = DeliveryQuery::approvals(db, deliveryId);
            if (!approvals)
                return approvals.error();
            details.approvals = std::move(approvals).value();
            auto events = DeliveryQuery::events(db, deliveryId);
            if (!events)
                return events.error();
            details.events = std::move(events).value();
            auto job = DeliveryQuery::providerJob(db, deliveryId);
            if (!job)
                return job.error();
            details.providerJob = std::move(job).value();
            return details;
        },
        [this](Result<Details> result) {
            if (!result) {
                const QString error = result.errorMessage();
                showMessage(true, [error] {
                    return tr("The delivery's details could not be read: %1").arg(error);
                });
                return;
            }
            showDetails(result.value());
        });
}

void DeliveriesPage::showDetails(const Details &details)
{
    const qint64 keepApproval = [this] {
        const QModelIndexList rows = m_approvalView->selectionModel()->selectedRows();
        return rows.isEmpty() ? qint64(0)
                              : rows.constFirst().data(ApprovalModel::ApprovalIdRole).toLongLong();
    }();
    m_detailsId = details.deliveryId;
    m_detailsStatus = details.report.status;
    m_detailsStalled = details.report.stalled;
    m_diagnosisModel->setChecks(details.report.checks);
    m_approvalModel->setApprovals(details.approvals);
    m_eventModel->setEvents(details.events);
    m_providerJob = details.providerJob;
    for (QTableView *view : {m_diagnosisView, m_approvalView, m_eventView}) {
        // The last column (message, comment) takes the rest of the width.
        const int last = view->model()->columnCount() - 1;
        view->horizontalHeader()->setSectionResizeMode(last, QHeaderView::Stretch);
        for (int column = 0; column < last; ++column) {
            view->resizeColumnToContents(column);
            view->setColumnWidth(column, qMin(view->columnWidth(column), 260));
        }
    }
    if (keepApproval != 0) {
        for (int row = 0; row < m_approvalModel->rowCount(); ++row) {
            const QModelIndex index = m_approvalModel->index(row, 0);
            if (index.data(ApprovalModel::ApprovalIdRole).toLongLong() == keepApproval)
                m_approvalView->selectionModel()->select(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    }
    updateProviderJob();
    updateDetailsTitle();
    updateActions();
    emit detailsLoaded();
}

void DeliveriesPage::clearDetails()
{
    m_detailsCall.cancel();
    m_detailsId = 0;
    m_detailsStatus.clear();
    m_detailsStalled = false;
    m_diagnosisModel->setChecks({});
    m_approvalModel->setApprovals({});
    m_eventModel->setEvents({});
    m_providerJob.reset();
    updateProviderJob();
    updateDetailsTitle();
    updateActions();
}

void DeliveriesPage::updateProviderJob()
{
    if (!m_providerJob) {
        m_providerForm->hide();
        m_providerNone->setVisible(m_detailsId != 0);
        return;
    }
    const auto &job = *m_providerJob;
    m_providerNone->hide();
    m_providerForm->show();
    const QString service =
        job.supplier.isEmpty() ? job.service
                               : tr("%1 (%2)", "service (supplier)").arg(job.service, job.supplier);
    const QStringList values{QLocale().toString(job.id),
                             DeliveryTexts::providerJobStatus(job.status),
                             service,
                             job.filePath,
                             job.fileSha256,
                             DeliveryTexts::dateTime(job.sentAt),
                             job.returnFile,
                             DeliveryTexts::dateTime(job.finishedAt),
                             QLocale().toString(job.attempts),
                             job.error};
    for (int i = 0; i < m_providerValues.size(); ++i)
        m_providerValues.at(i)->setText(values.value(i));
}

void DeliveriesPage::updateDetailsTitle()
{
    if (m_detailsId == 0) {
        m_detailsTitle->setText(m_selectedId == 0 ? tr("Select a delivery to see its diagnosis, "
                                                       "approvals, events and provider job.")
                                                  : tr("Reading the delivery…"));
        return;
    }
    const QString status = DeliveryTexts::status(m_detailsStatus);
    m_detailsTitle->setText(
        (m_detailsStalled ? tr("Delivery %1 \"%2\": %3, stalled") : tr("Delivery %1 \"%2\": %3"))
            .arg(QLocale().toString(m_detailsId), m_selectedLabel, status));
}

void DeliveriesPage::updateActions()
{
    const bool ready = m_engine && !m_busy && m_detailsId != 0 && m_detailsId == m_selectedId;
    const bool pending = ready && !m_approvalModel->pending().isEmpty();
    bool rejected = false;
    for (const auto &a : m_approvalModel->approvals()) {
        if (a.current && fromSql<ApprovalStatus>(a.status) == ApprovalStatus::Rejected)
            rejected = true;
    }
    const auto status = fromSql<DeliveryStatus>(m_detailsStatus);
    const bool confirmable = ready && status == DeliveryStatus::PendingConfirmation;
    const bool submittable = ready && (status == DeliveryStatus::BeingEdited ||
                                       (status == DeliveryStatus::ToValidate && rejected));
    m_approveAction->setEnabled(pending);
    m_rejectAction->setEnabled(pending);
    m_confirmAction->setEnabled(confirmable);
    m_submitAction->setEnabled(submittable);
    m_approveButton->setEnabled(pending);
    m_rejectButton->setEnabled(pending);
    m_confirmButton->setEnabled(confirmable);
    m_submitButton->setEnabled(submittable);
}

void DeliveriesPage::updateCount()
{
    // While the stalled deliveries are looked for: their progress, polled.
    const bool finding = m_findingStalled && m_model->isLoading();
    m_cancelStalledButton->setVisible(finding);
    if (finding && !m_progressTimer->isActive())
        m_progressTimer->start();
    else if (!finding)
        m_progressTimer->stop();
    if (!m_loadError.isEmpty()) {
        m_countLabel->setText(tr("Cannot read the deliveries: %1").arg(m_loadError));
        m_countLabel->setToolTip(m_loadError);
        return;
    }
    m_countLabel->setToolTip(QString());
    if (finding) {
        const DeliveryQuery::Progress &progress = m_stalled->progress();
        const qint64 candidates = progress.total.load();
        if (candidates >= 0)
            m_countLabel->setText(
                tr("Diagnosing the deliveries to find the stalled ones: %L1 of %L2…")
                    .arg(progress.done.load())
                    .arg(candidates));
        else
            m_countLabel->setText(tr("Diagnosing the deliveries to find the stalled ones…"));
        return;
    }
    const qint64 total = m_model->totalCount();
    if (total < 0) {
        m_countLabel->setText(tr("Loading…"));
        return;
    }
    const int n = int(qMin<qint64>(total, std::numeric_limits<int>::max()));
    if (m_model->rowCount() < total)
        m_countLabel->setText(
            tr("%Ln delivery(ies), %L1 loaded", nullptr, n).arg(m_model->rowCount()));
    else
        m_countLabel->setText(tr("%Ln delivery(ies)", nullptr, n));
}

void DeliveriesPage::showMessage(bool error, std::function<QString()> text)
{
    m_messageText = std::move(text);
    m_messageIsError = error;
    m_messageLabel->setText(m_messageText());
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_messageIcon->setPixmap(
        style()
            ->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxInformation)
            .pixmap(size, size));
    m_messageArea->show();
}

void DeliveriesPage::hideMessage()
{
    m_messageText = nullptr;
    m_messageIsError = false;
    m_messageLabel->clear();
    m_messageArea->hide();
}

DecisionDialog *DeliveriesPage::openDecisionDialog(bool approve)
{
    const QList<DeliveryQuery::Approval> pending = m_approvalModel->pending();
    if (m_busy || pending.isEmpty() || m_detailsId == 0 || m_detailsId != m_selectedId)
        return nullptr;
    qint64 preselected = pending.constFirst().id;
    const QModelIndexList rows = m_approvalView->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        preselected = rows.constFirst().data(ApprovalModel::ApprovalIdRole).toLongLong();
    auto *dialog =
        new DecisionDialog(approve, m_detailsId, m_selectedLabel, pending, preselected, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        decide(dialog->approvalId(), dialog->isApprove(), dialog->comment());
    });
    // Not exec(): the event loop (and the engine's signals) keep running.
    dialog->open();
    return dialog;
}

void DeliveriesPage::decide(qint64 approvalId, bool approve, const QString &comment)
{
    if (!m_engine)
        return;
    const people::Actor actor = m_engine->actor();
    runAction([approvalId, approve, comment, actor](const QSqlDatabase &db,
                                                    qint64 now) -> Result<Outcome> {
        auto decided =
            delivery::DeliveryActions::decideApproval(db, approvalId, approve, comment, actor, now);
        if (!decided)
            return decided.error();
        const bool approved = fromSql<ApprovalStatus>(decided->status) == ApprovalStatus::Approved;
        const qint64 deliveryId = decided->deliveryId;
        return Outcome([approvalId, approved, deliveryId, name = actor.name] {
            return (approved ? tr("Approval %1 of the delivery %2 approved by %3.")
                             : tr("Approval %1 of the delivery %2 rejected by %3."))
                .arg(QLocale().toString(approvalId), QLocale().toString(deliveryId), name);
        });
    });
}

void DeliveriesPage::confirmSelected()
{
    if (!m_engine || m_selectedId == 0)
        return;
    const people::Actor actor = m_engine->actor();
    const qint64 deliveryId = m_selectedId;
    runAction([deliveryId, actor](const QSqlDatabase &db, qint64 now) -> Result<Outcome> {
        auto moved = delivery::DeliveryActions::confirmDelivery(db, deliveryId, actor, now);
        if (!moved)
            return moved.error();
        return Outcome([deliveryId, from = moved->from, to = moved->to] {
            return tr("Delivery %1 confirmed: %2 → %3.")
                .arg(QLocale().toString(deliveryId), DeliveryTexts::status(from),
                     DeliveryTexts::status(to));
        });
    });
}

void DeliveriesPage::submitSelected()
{
    if (!m_engine || m_selectedId == 0)
        return;
    const people::Actor actor = m_engine->actor();
    const qint64 deliveryId = m_selectedId;
    runAction([deliveryId, actor](const QSqlDatabase &db, qint64 now) -> Result<Outcome> {
        auto submitted = delivery::DeliverySubmission::submit(db, deliveryId, actor, now);
        if (!submitted)
            return submitted.error();
        return Outcome([deliveryId, jobId = submitted->jobId] {
            return tr("Delivery %1 submitted: targeting job %2 is queued for operationMgt.")
                .arg(QLocale().toString(deliveryId), QLocale().toString(jobId));
        });
    });
}

void DeliveriesPage::runAction(
    std::function<Result<Outcome>(const QSqlDatabase &, qint64 now)> action)
{
    if (!m_engine || m_busy)
        return;
    m_busy = true;
    updateActions();
    runAsync<Outcome>(
        m_engine, this,
        [now = engineNow(), action = std::move(action)](QSqlDatabase &db) {
            return action(db, now());
        },
        [this](Result<Outcome> result) {
            m_busy = false;
            if (!result) {
                // The core's refusal or failure, already in the language shown.
                const QString error = result.errorMessage();
                showMessage(true, [error] { return error; });
                updateActions();
                emit actionFinished(false);
                return;
            }
            showMessage(false, result.value());
            // The row and the details follow the change.
            m_model->refresh();
            loadDetails();
            emit actionFinished(true);
        });
}

} // namespace campagna::ui
