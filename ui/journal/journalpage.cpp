#include "journal/journalpage.h"

#include "common/runtexts.h"

#include "engine/workflowengine.h"
#include "workflows/workflowcatalog.h"
#include "common/csvexport.h"
#include "common/csvwriter.h"
#include "journal/logtablemodel.h"
#include "journal/runtablemodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>

namespace campagna::ui {

namespace {

// Engine signals arriving within this window make one refresh.
constexpr int CoalesceMs = 150;

const QStringList &runStatuses()
{
    static const QStringList statuses{QStringLiteral("running"), QStringLiteral("succeeded"),
                                      QStringLiteral("failed"), QStringLiteral("cancelled"),
                                      QStringLiteral("lost")};
    return statuses;
}

QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

} // namespace

JournalPage::JournalPage(engine::WorkflowEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
{
    setObjectName(QStringLiteral("journalPage"));
    m_runModel = new RunTableModel(engine, this);
    m_logModel = new LogTableModel(engine, this);

    m_workflowLabel = new QLabel(this);
    m_workflowCombo = new QComboBox(this);
    m_workflowCombo->setObjectName(QStringLiteral("workflowFilter"));
    m_workflowLabel->setBuddy(m_workflowCombo);
    m_statusLabel = new QLabel(this);
    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(QStringLiteral("statusFilter"));
    m_statusLabel->setBuddy(m_statusCombo);
    fillCombos();

    const QDate today = QDate::currentDate();
    m_fromCheck = new QCheckBox(this);
    m_fromCheck->setObjectName(QStringLiteral("fromCheck"));
    m_fromEdit = new QDateEdit(today.addDays(-7), this);
    m_fromEdit->setObjectName(QStringLiteral("fromDate"));
    m_toCheck = new QCheckBox(this);
    m_toCheck->setObjectName(QStringLiteral("toCheck"));
    m_toEdit = new QDateEdit(today, this);
    m_toEdit->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }

    m_refreshButton = new QPushButton(this);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("runCount"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_workflowLabel);
    filters->addWidget(m_workflowCombo);
    filters->addSpacing(8);
    filters->addWidget(m_statusLabel);
    filters->addWidget(m_statusCombo);
    filters->addSpacing(8);
    filters->addWidget(m_fromCheck);
    filters->addWidget(m_fromEdit);
    filters->addWidget(m_toCheck);
    filters->addWidget(m_toEdit);
    filters->addStretch(1);
    filters->addWidget(m_countLabel);
    filters->addWidget(m_refreshButton);
    filters->addWidget(m_exportButton);

    m_runView = makeTable(this, QStringLiteral("runTable"));
    m_runView->setModel(m_runModel);
    m_logView = makeTable(this, QStringLiteral("logTable"));
    m_logView->setModel(m_logModel);
    // The message is what people read: it takes the width the others leave.
    m_logView->horizontalHeader()->setStretchLastSection(false);
    m_logView->horizontalHeader()->setSectionResizeMode(LogTableModel::Message,
                                                        QHeaderView::Stretch);
    m_logTitle = new QLabel(this);
    m_logTitle->setObjectName(QStringLiteral("logTitle"));
    m_logTitle->setBuddy(m_logView);

    auto *logPane = new QWidget(this);
    auto *logLayout = new QVBoxLayout(logPane);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addWidget(m_logTitle);
    logLayout->addWidget(m_logView);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("journalSplitter"));
    m_splitter->addWidget(m_runView);
    m_splitter->addWidget(logPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);

    auto *refreshAction = new QAction(this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refreshAction);
    connect(refreshAction, &QAction::triggered, this, &JournalPage::refresh);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(CoalesceMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &JournalPage::refresh);

    connect(m_workflowCombo, &QComboBox::currentIndexChanged, this, &JournalPage::applyFilter);
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, &JournalPage::applyFilter);
    connect(m_fromCheck, &QCheckBox::toggled, m_fromEdit, &QWidget::setEnabled);
    connect(m_toCheck, &QCheckBox::toggled, m_toEdit, &QWidget::setEnabled);
    connect(m_fromCheck, &QCheckBox::toggled, this, &JournalPage::applyFilter);
    connect(m_toCheck, &QCheckBox::toggled, this, &JournalPage::applyFilter);
    connect(m_fromEdit, &QDateEdit::dateChanged, this, &JournalPage::applyFilter);
    connect(m_toEdit, &QDateEdit::dateChanged, this, &JournalPage::applyFilter);
    connect(m_refreshButton, &QPushButton::clicked, this, &JournalPage::refresh);
    connect(m_exportButton, &QPushButton::clicked, this, &JournalPage::chooseExportFile);
    connect(m_runModel, &RunTableModel::loaded, this, &JournalPage::onRunsLoaded);
    connect(m_runModel, &RunTableModel::loadFailed, this, [this](const QString &message) {
        m_error = message;
        updateCount();
    });
    connect(m_logModel, &LogTableModel::loaded, m_logView, &QTableView::resizeColumnsToContents);
    connect(m_runView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &JournalPage::onSelectionChanged);
    if (m_engine) {
        connect(m_engine, &engine::WorkflowEngine::runFinished, this,
                [this](const engine::RunOutcome &) {
                    if (!m_refreshTimer->isActive())
                        m_refreshTimer->start();
                });
    }

    retranslateUi();
    applyFilter();
}

JournalPage::~JournalPage() = default;

qint64 JournalPage::selectedRunId() const
{
    return m_selectedRunId;
}

bool JournalPage::selectRun(qint64 runId)
{
    const int row = m_runModel->rowOfRun(runId);
    if (row < 0)
        return false;
    const QModelIndex index = m_runModel->index(row, 0);
    m_runView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
    m_runView->scrollTo(index);
    return true;
}

QString JournalPage::csvText() const
{
    return CsvWriter::modelText(*m_runModel);
}

bool JournalPage::exportCsv(const QString &path, QString *error) const
{
    return CsvWriter::writeFile(path, csvText(), error);
}

void JournalPage::refresh()
{
    m_refreshTimer->stop();
    m_runModel->refresh();
    m_logModel->refresh();
}

void JournalPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void JournalPage::retranslateUi()
{
    m_workflowLabel->setText(tr("&Workflow:"));
    m_statusLabel->setText(tr("&Status:"));
    m_fromCheck->setText(tr("&From:"));
    m_fromCheck->setToolTip(tr("Only runs started on or after this day"));
    m_toCheck->setText(tr("T&o:"));
    m_toCheck->setToolTip(tr("Only runs started on or before this day"));
    m_refreshButton->setText(tr("&Refresh"));
    m_refreshButton->setToolTip(tr("Read the runs again (F5)"));
    m_exportButton->setText(tr("&Export CSV…"));
    m_exportButton->setToolTip(tr("Save the runs shown as a CSV file"));
    m_logTitle->setText(tr("&Lines of the selected run:"));
    fillCombos();
    m_runModel->retranslate();
    m_logModel->retranslate();
    updateCount();
}

void JournalPage::fillCombos()
{
    const QSignalBlocker workflowBlocker(m_workflowCombo);
    const QSignalBlocker statusBlocker(m_statusCombo);
    if (m_workflowCombo->count() == 0) {
        m_workflowCombo->addItem(QString(), QString());
        for (const QString &workflow : workflows::WorkflowCatalog::names())
            m_workflowCombo->addItem(QString(), workflow);
        m_statusCombo->addItem(QString(), QString());
        for (const QString &status : runStatuses())
            m_statusCombo->addItem(QString(), status);
    }
    m_workflowCombo->setItemText(0, tr("All workflows"));
    for (int i = 1; i < m_workflowCombo->count(); ++i)
        m_workflowCombo->setItemText(i,
                                     RunTableModel::label(m_workflowCombo->itemData(i).toString()));
    m_statusCombo->setItemText(0, tr("All statuses"));
    for (int i = 1; i < m_statusCombo->count(); ++i)
        m_statusCombo->setItemText(i, RunTexts::status(m_statusCombo->itemData(i).toString()));
}

void JournalPage::applyFilter()
{
    engine::JournalQuery::Filter filter;
    filter.workflow = m_workflowCombo->currentData().toString();
    filter.status = m_statusCombo->currentData().toString();
    // Days in the local time zone, the "to" day included.
    if (m_fromCheck->isChecked())
        filter.from = m_fromEdit->date().startOfDay().toSecsSinceEpoch();
    if (m_toCheck->isChecked())
        filter.before = m_toEdit->date().addDays(1).startOfDay().toSecsSinceEpoch();
    if (filter == m_runModel->filter() && m_runModel->totalCount() >= 0)
        return;
    m_error.clear();
    m_runModel->setFilter(filter);
    updateCount();
}

void JournalPage::chooseExportFile()
{
    CsvExport::ask(this, tr("Export runs"),
                   tr("journal.csv", "default file name of the CSV export"),
                   [this](const QString &path, QString *error) { return exportCsv(path, error); });
}

void JournalPage::onRunsLoaded()
{
    m_error.clear();
    updateCount();
    if (!m_columnsSized && m_runModel->rowCount() > 0) {
        m_runView->resizeColumnsToContents();
        m_columnsSized = true;
    }
    if (m_selectedRunId == 0 || m_runView->selectionModel()->hasSelection())
        return;
    // A reload resets the model, which clears the selection silently.
    if (!selectRun(m_selectedRunId)) {
        m_selectedRunId = 0;
        m_logModel->setRun(QString(), 0);
    }
}

void JournalPage::onSelectionChanged()
{
    const QModelIndexList rows = m_runView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QModelIndex index = rows.constFirst();
    m_selectedRunId = index.data(RunTableModel::RunIdRole).toLongLong();
    m_logModel->setRun(index.data(RunTableModel::NameRole).toString(), m_selectedRunId);
}

void JournalPage::updateCount()
{
    if (!m_error.isEmpty()) {
        m_countLabel->setText(tr("Cannot read the runs"));
        m_countLabel->setToolTip(m_error);
        return;
    }
    m_countLabel->setToolTip(QString());
    const qint64 total = m_runModel->totalCount();
    if (total < 0) {
        m_countLabel->setText(tr("Loading…"));
        return;
    }
    const int n = int(qMin<qint64>(total, std::numeric_limits<int>::max()));
    if (m_runModel->rowCount() < total)
        m_countLabel->setText(tr("%Ln run(s), %L1 loaded", nullptr, n).arg(m_runModel->rowCount()));
    else
        m_countLabel->setText(tr("%Ln run(s)", nullptr, n));
}

} // namespace campagna::ui
