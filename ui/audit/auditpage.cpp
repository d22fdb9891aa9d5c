#include "audit/auditpage.h"

#include "common/csvexport.h"
#include "common/csvwriter.h"
#include "common/pagetable.h"
#include "common/lazytablemodel.h"

#include "audit/audittrail.h"
#include "engine/workflowengine.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShowEvent>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>

namespace campagna::ui {

namespace {

using audit::AuditQuery;

// Engine signals arriving within this window make one refresh; typing in
// the operator field waits this long before filtering.
constexpr int CoalesceMs = 150;
constexpr int TypingMs = 400;

// The details, whole, in a tooltip.
QVariant present(const RowSource &source, const QVariantList &row, int column, int role)
{
    const QVariant value = source.value(row, QStringLiteral("details"));
    if (role == Qt::ToolTipRole && column == AuditQuery::Details && !value.isNull())
        return value.toString();
    return {};
}

bool sameFilter(const audit::AuditFilter &a, const audit::AuditFilter &b)
{
    return a.since == b.since && a.operatorName == b.operatorName && a.action == b.action;
}

} // namespace

AuditPage::AuditPage(engine::WorkflowEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
{
    setObjectName(QStringLiteral("auditPage"));
    m_model = new LazyTableModel(engine, this);
    m_model->setPresenter(present);
    buildUi();
    connectSignals();
    retranslateUi();
    applyFilter();
}

AuditPage::~AuditPage() = default;

void AuditPage::buildUi()
{
    m_actionLabel = new QLabel(this);
    m_actionCombo = new QComboBox(this);
    m_actionCombo->setObjectName(QStringLiteral("actionFilter"));
    m_actionLabel->setBuddy(m_actionCombo);
    fillActionCombo();
    m_operatorLabel = new QLabel(this);
    m_operatorEdit = new QLineEdit(this);
    m_operatorEdit->setObjectName(QStringLiteral("operatorFilter"));
    m_operatorEdit->setClearButtonEnabled(true);
    m_operatorLabel->setBuddy(m_operatorEdit);
    m_sinceCheck = new QCheckBox(this);
    m_sinceCheck->setObjectName(QStringLiteral("sinceCheck"));
    m_sinceEdit = new QDateEdit(QDate::currentDate().addDays(-7), this);
    m_sinceEdit->setObjectName(QStringLiteral("sinceDate"));
    m_sinceEdit->setCalendarPopup(true);
    m_sinceEdit->setEnabled(false);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("eventCount"));
    m_refreshButton = new QPushButton(this);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_actionLabel);
    filters->addWidget(m_actionCombo);
    filters->addSpacing(8);
    filters->addWidget(m_operatorLabel);
    filters->addWidget(m_operatorEdit);
    filters->addSpacing(8);
    filters->addWidget(m_sinceCheck);
    filters->addWidget(m_sinceEdit);
    filters->addStretch(1);
    filters->addWidget(m_countLabel);
    filters->addWidget(m_refreshButton);
    filters->addWidget(m_exportButton);

    m_view = makePageTable(this, QStringLiteral("auditTable"), m_model);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    auto *refreshAction = new QAction(this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refreshAction);
    connect(refreshAction, &QAction::triggered, this, &AuditPage::refresh);
}

void AuditPage::connectSignals()
{
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(TypingMs);
    connect(m_filterTimer, &QTimer::timeout, this, &AuditPage::applyFilter);
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(CoalesceMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &AuditPage::refresh);

    connect(m_actionCombo, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_operatorEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_operatorEdit, &QLineEdit::editingFinished, this, &AuditPage::applyFilter);
    connect(m_sinceCheck, &QCheckBox::toggled, m_sinceEdit, &QWidget::setEnabled);
    connect(m_sinceCheck, &QCheckBox::toggled, this, &AuditPage::applyFilter);
    connect(m_sinceEdit, &QDateEdit::dateChanged, this, &AuditPage::applyFilter);
    connect(m_refreshButton, &QPushButton::clicked, this, &AuditPage::refresh);
    connect(m_exportButton, &QPushButton::clicked, this, &AuditPage::chooseExportFile);
    connect(m_model, &LazyTableModel::loaded, this, [this] {
        m_error.clear();
        updateCount();
        if (!m_columnsSized && m_model->rowCount() > 0) {
            m_view->resizeColumnsToContents();
            m_columnsSized = true;
        }
    });
    connect(m_model, &LazyTableModel::loadFailed, this, [this](const QString &message) {
        m_error = message;
        updateCount();
    });
    if (m_engine) {
        // A run is audited (workflow.run): the new row is worth showing.
        connect(m_engine, &engine::WorkflowEngine::runFinished, this,
                [this](const engine::RunOutcome &) {
                    if (!m_refreshTimer->isActive())
                        m_refreshTimer->start();
                });
    }
}

QString AuditPage::csvText() const
{
    return CsvWriter::modelText(*m_model);
}

bool AuditPage::exportCsv(const QString &path, QString *error) const
{
    return CsvWriter::writeFile(path, csvText(), error);
}

void AuditPage::refresh()
{
    m_refreshTimer->stop();
    m_model->refresh();
}

void AuditPage::applyFilter()
{
    m_filterTimer->stop();
    audit::AuditFilter filter;
    filter.action = m_actionCombo->currentData().toString();
    filter.operatorName = m_operatorEdit->text().trimmed();
    // The first day in the local time zone, from its start.
    if (m_sinceCheck->isChecked())
        filter.since = m_sinceEdit->date().startOfDay().toSecsSinceEpoch();
    if (m_filtered && sameFilter(filter, m_filter))
        return;
    m_filter = filter;
    m_filtered = true;
    m_error.clear();
    m_model->setSource(AuditQuery::source(filter));
    updateCount();
}

void AuditPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AuditPage::showEvent(QShowEvent *event)
{
    // Shown again (another page may have added rows): read again. Not the
    // first time: the constructor's read is on its way.
    if (m_shown && !event->spontaneous())
        refresh();
    m_shown = true;
    QWidget::showEvent(event);
}

void AuditPage::retranslateUi()
{
    m_actionLabel->setText(tr("&Action:"));
    m_operatorLabel->setText(tr("O&perator:"));
    m_operatorEdit->setPlaceholderText(tr("Any operator"));
    m_operatorEdit->setToolTip(tr("Only the actions of the operator of exactly this name"));
    m_sinceCheck->setText(tr("&Since:"));
    m_sinceCheck->setToolTip(tr("Only actions taken on or after this day"));
    m_refreshButton->setText(tr("&Refresh"));
    m_refreshButton->setToolTip(tr("Read the audit trail again (F5)"));
    m_exportButton->setText(tr("&Export CSV…"));
    m_exportButton->setToolTip(tr("Save the actions shown as a CSV file"));
    fillActionCombo();
    m_model->retranslate();
    updateCount();
}

void AuditPage::fillActionCombo()
{
    const QSignalBlocker blocker(m_actionCombo);
    if (m_actionCombo->count() == 0) {
        m_actionCombo->addItem(QString(), QString());
        // Action names are identifiers: shown as stored, never translated.
        for (const QString &action : audit::AuditTrail::actions())
            m_actionCombo->addItem(action, action);
    }
    m_actionCombo->setItemText(0, tr("All actions"));
}

void AuditPage::chooseExportFile()
{
    CsvExport::ask(this, tr("Export audit trail"),
                   tr("audit.csv", "default file name of the CSV export"),
                   [this](const QString &path, QString *error) { return exportCsv(path, error); });
}

void AuditPage::updateCount()
{
    if (!m_error.isEmpty()) {
        m_countLabel->setText(tr("Cannot read the audit trail"));
        m_countLabel->setToolTip(m_error);
        return;
    }
    m_countLabel->setToolTip(QString());
    const qint64 total = m_model->totalCount();
    if (total < 0) {
        m_countLabel->setText(tr("Loading…"));
        return;
    }
    const int n = int(qMin<qint64>(total, std::numeric_limits<int>::max()));
    if (m_model->rowCount() < total)
        m_countLabel->setText(tr("%Ln action(s), %L1 loaded", nullptr, n).arg(m_model->rowCount()));
    else
        m_countLabel->setText(tr("%Ln action(s)", nullptr, n));
}

} // namespace campagna::ui
