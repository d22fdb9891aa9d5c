#include "operators/operatorspage.h"

#include "common/asyncquery.h"
#include "common/lazytablemodel.h"
#include "common/pagetable.h"
#include "operators/operatordialog.h"

#include "db/database.h"
#include "engine/clock.h"
#include "engine/workflowengine.h"
#include "people/operatorquery.h"

#include <QAction>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace campagna::ui {

namespace {

const QString InfoStyle = QStringLiteral(
    "QFrame#messageArea { background-color: #e8f1fb; border: 1px solid #5b9bd5; "
    "border-radius: 4px; }"
    "QFrame#messageArea QLabel { color: #123d66; background: transparent; border: none; }");

const QString ErrorStyle = QStringLiteral(
    "QFrame#messageArea { background-color: #fdecea; border: 1px solid #d9534f; "
    "border-radius: 4px; }"
    "QFrame#messageArea QLabel { color: #6b1212; background: transparent; border: none; }");

bool askQuestion(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

bool isEmpty(const people::OperatorValues &values)
{
    return !values.admin && !values.groups && !values.locale && !values.email;
}

QToolButton *makeButton(QWidget *parent, QAction *action, const QString &name)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

} // namespace

OperatorsPage::OperatorsPage(engine::WorkflowEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_confirmer(askQuestion)
{
    setObjectName(QStringLiteral("operatorsPage"));
    m_model = new LazyTableModel(engine, this);
    m_model->setPresenter(present);

    buildUi();
    retranslateUi();
    connect(m_model, &LazyTableModel::loaded, this, &OperatorsPage::onLoaded);
    connect(m_model, &LazyTableModel::loadFailed, this, [this](const QString &message) {
        m_loadError = message;
        updateCount();
        updateActions();
        emit operatorsLoaded();
    });
    updateActions();
    refresh();
}

OperatorsPage::~OperatorsPage() = default;

QVariant OperatorsPage::present(const RowSource &, const QVariantList &row, int column, int role)
{
    using people::OperatorQuery;
    const QString groups = row.value(OperatorQuery::Groups + 1).toString();
    if (role == Qt::DisplayRole && column == OperatorQuery::Administrator)
        return row.value(column + 1).toInt() == 1 ? tr("Yes") : tr("No");
    // As the edit dialog takes them: names separated by commas.
    if (role == Qt::DisplayRole && column == OperatorQuery::Groups)
        return groups.split(u'\n').join(QStringLiteral(", "));
    if (role == Qt::DisplayRole && column == OperatorQuery::Language)
        return OperatorDialog::languageText(row.value(column + 1).toString());
    if (role == Qt::ToolTipRole && column == OperatorQuery::Groups && !groups.isEmpty())
        return groups;
    return {};
}

void OperatorsPage::buildUi()
{
    const auto makeAction = [this](QStyle::StandardPixmap icon, const QKeySequence &shortcut) {
        auto *action = new QAction(style()->standardIcon(icon), QString(), this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_addAction = makeAction(QStyle::SP_FileDialogNewFolder, QKeySequence::New);
    m_editAction = makeAction(QStyle::SP_FileDialogDetailedView, QKeySequence(Qt::Key_F2));
    m_removeAction = makeAction(QStyle::SP_TrashIcon, QKeySequence::Delete);
    m_refreshAction = makeAction(QStyle::SP_BrowserReload, QKeySequence::Refresh);
    connect(m_addAction, &QAction::triggered, this, [this] { openAddDialog(); });
    connect(m_editAction, &QAction::triggered, this, [this] { openEditDialog(); });
    connect(m_removeAction, &QAction::triggered, this, [this] {
        if (!m_selectedName.isEmpty())
            removeOperator(m_selectedName);
    });
    connect(m_refreshAction, &QAction::triggered, this, &OperatorsPage::refresh);

    m_addButton = makeButton(this, m_addAction, QStringLiteral("addOperatorButton"));
    m_editButton = makeButton(this, m_editAction, QStringLiteral("editOperatorButton"));
    m_removeButton = makeButton(this, m_removeAction, QStringLiteral("removeOperatorButton"));
    m_refreshButton = makeButton(this, m_refreshAction, QStringLiteral("refreshButton"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("operatorCount"));
    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_addButton);
    toolbar->addWidget(m_editButton);
    toolbar->addWidget(m_removeButton);
    toolbar->addStretch(1);
    toolbar->addWidget(m_countLabel);
    toolbar->addWidget(m_refreshButton);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("readOnlyHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);

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
    connect(m_messageClose, &QToolButton::clicked, this, &OperatorsPage::hideMessage);
    messageLayout->addWidget(m_messageIcon, 0, Qt::AlignTop);
    messageLayout->addWidget(m_messageLabel, 1);
    messageLayout->addWidget(m_messageClose, 0, Qt::AlignTop);
    m_messageArea->hide();

    m_view =
        makePageTable(this, QStringLiteral("operatorTable"), m_model, people::OperatorQuery::Name);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OperatorsPage::onCurrentRowChanged);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (m_editAction->isEnabled())
            openEditDialog();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_hint);
    layout->addWidget(m_messageArea);
    layout->addWidget(m_view, 1);
}

bool OperatorsPage::mayManage() const
{
    return m_engine && m_engine->actor().isAdmin;
}

bool OperatorsPage::selectOperator(const QString &name)
{
    const int row = rowOf(name);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    m_selectedName = name;
    updateActions();
    return true;
}

QString OperatorsPage::messageText() const
{
    return m_messageArea->isHidden() ? QString() : m_messageLabel->text();
}

bool OperatorsPage::isErrorShown() const
{
    return !m_messageArea->isHidden() && m_messageArea->property("kind").toString() == u"error";
}

void OperatorsPage::setConfirmer(Confirmer confirmer)
{
    m_confirmer = confirmer ? std::move(confirmer) : Confirmer(askQuestion);
}

int OperatorsPage::rowOf(const QString &name) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->value(row, QStringLiteral("name")).toString() == name)
            return row;
    }
    return -1;
}

bool OperatorsPage::isBusy() const
{
    return m_model->isLoading() || m_commandRunning;
}

void OperatorsPage::refresh()
{
    if (!m_engine)
        return;
    if (m_model->hasSource())
        m_model->refresh();
    else
        m_model->setSource(people::OperatorQuery::source());
    updateCount();
}

void OperatorsPage::onLoaded()
{
    m_loadError.clear();
    if (m_model->rowCount() > 0)
        m_view->resizeColumnsToContents();
    // A reset clears the selection silently: select by name again.
    if (!selectOperator(m_selectedName))
        m_selectedName.clear();
    updateCount();
    updateActions();
    emit operatorsLoaded();
}

OperatorDialog *OperatorsPage::openAddDialog()
{
    if (!mayManage())
        return nullptr;
    auto *dialog = new OperatorDialog(OperatorDialog::Mode::Add, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { addOperator(dialog->operatorName(), dialog->values()); });
    dialog->open();
    return dialog;
}

OperatorDialog *OperatorsPage::openEditDialog()
{
    const std::optional<people::OperatorRecord> record = selectedRecord();
    if (!mayManage() || !record)
        return nullptr;
    auto *dialog = new OperatorDialog(OperatorDialog::Mode::Edit, *record, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString name = dialog->operatorName();
        const people::OperatorValues changes = dialog->changes();
        if (isEmpty(changes)) {
            showMessage(MessageKind::Info,
                        [name] { return tr("Nothing to change for the operator %1.").arg(name); });
            emit commandFinished(name, false, QString());
            return;
        }
        changeOperator(name, changes);
    });
    dialog->open();
    return dialog;
}

void OperatorsPage::addOperator(const QString &name, const people::OperatorValues &values)
{
    runCommand(
        name, name, [name] { return tr("The operator %1 was added.").arg(name); },
        [name, values](const QSqlDatabase &db, const people::Actor &actor,
                       qint64 now) -> Result<void> {
            auto added = people::OperatorDirectory::add(db, actor, name, values, now);
            if (!added)
                return added.error();
            return {};
        });
}

void OperatorsPage::changeOperator(const QString &name, const people::OperatorValues &values)
{
    runCommand(
        name, name, [name] { return tr("The operator %1 was changed.").arg(name); },
        [name, values](const QSqlDatabase &db, const people::Actor &actor, qint64 now) {
            return people::OperatorDirectory::set(db, actor, name, values, now);
        });
}

void OperatorsPage::removeOperator(const QString &name)
{
    if (!mayManage() || m_commandRunning)
        return;
    const QPointer<OperatorsPage> self(this);
    const bool confirmed = m_confirmer(
        this, tr("Remove operator"),
        tr("Remove the operator %1? They will no longer be able to use Campagna; the audit "
           "trail keeps their name.")
            .arg(name));
    // The default confirmer runs a nested event loop: the page may be gone.
    if (!self)
        return;
    if (!confirmed) {
        emit commandFinished(name, false, QString());
        return;
    }
    runCommand(
        name, QString(), [name] { return tr("The operator %1 was removed.").arg(name); },
        [name](const QSqlDatabase &db, const people::Actor &actor, qint64 now) {
            return people::OperatorDirectory::remove(db, actor, name, now);
        });
}

void OperatorsPage::runCommand(const QString &name, const QString &selectAfter,
                               std::function<QString()> doneText, Work work)
{
    if (!m_engine || m_commandRunning)
        return;
    m_commandRunning = true;
    updateActions();
    const people::Actor actor = m_engine->actor();
    // The time is read on the pool thread: on PostgreSQL it is the server's.
    runAsync<void>(
        m_engine, this,
        [work = std::move(work), actor, clock = m_engine->clock(),
         database = m_engine->database()](QSqlDatabase &db) -> Result<void> {
            return work(db, actor, clock->now(database.get()));
        },
        [this, name, selectAfter, doneText = std::move(doneText)](Result<void> result) {
            m_commandRunning = false;
            if (result) {
                showMessage(MessageKind::Info, doneText);
                m_selectedName = selectAfter;
            } else {
                const QString error = result.errorMessage();
                showMessage(MessageKind::Error, [error] { return error; });
            }
            updateActions();
            refresh();
            emit commandFinished(name, result.ok(), result.errorMessage());
        });
}

std::optional<people::OperatorRecord> OperatorsPage::selectedRecord() const
{
    const int row = rowOf(m_selectedName);
    if (row < 0)
        return std::nullopt;
    return people::OperatorQuery::record(m_model->rowValues(row));
}

void OperatorsPage::onCurrentRowChanged()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (current.isValid())
        m_selectedName = m_model->value(current.row(), QStringLiteral("name")).toString();
    updateActions();
}

void OperatorsPage::updateActions()
{
    const bool admin = mayManage();
    const bool idle = !m_commandRunning;
    const bool selected = selectedRecord().has_value();
    m_addAction->setEnabled(admin && idle);
    m_editAction->setEnabled(admin && idle && selected);
    m_removeAction->setEnabled(admin && idle && selected);
    m_refreshAction->setEnabled(m_engine);
    m_hint->setVisible(!admin);
    // Why the commands are off, in their tool tips (shown on disabled
    // buttons too).
    const QString refusal =
        m_engine ? tr("Only administrators may add, change or remove operators, and \"%1\" is "
                      "not one.")
                       .arg(m_engine->actor().name)
                 : QString();
    const auto tip = [&](QAction *action, const QString &text) {
        const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
        const QString shown = shortcut.isEmpty() ? text : tr("%1 (%2)").arg(text, shortcut);
        action->setToolTip(admin ? shown : refusal);
    };
    tip(m_addAction, tr("Add an operator: a database user who may use Campagna"));
    tip(m_editAction, selected || !admin
                          ? tr("Change the selected operator's rights, groups, language or "
                               "e-mail address")
                          : tr("Select an operator to edit"));
    tip(m_removeAction, selected || !admin ? tr("Remove the selected operator")
                                           : tr("Select an operator to remove"));
    m_refreshAction->setToolTip(
        tr("Read the operators again (%1)")
            .arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText)));
}

void OperatorsPage::updateCount()
{
    if (!m_loadError.isEmpty()) {
        m_countLabel->setText(tr("Cannot read the operators"));
        m_countLabel->setToolTip(m_loadError);
        return;
    }
    m_countLabel->setToolTip(QString());
    if (m_model->isLoading() && m_model->rowCount() == 0) {
        m_countLabel->setText(tr("Loading…"));
        return;
    }
    int admins = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        admins += m_model->value(row, QStringLiteral("admin")).toInt() == 1 ? 1 : 0;
    m_countLabel->setText(tr("%1, %2", "operators, administrators")
                              .arg(tr("%Ln operator(s)", nullptr, m_model->rowCount()),
                                   tr("%Ln administrator(s)", nullptr, admins)));
}

void OperatorsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OperatorsPage::retranslateUi()
{
    m_addAction->setText(tr("&Add…"));
    m_editAction->setText(tr("&Edit…"));
    m_removeAction->setText(tr("Re&move…"));
    m_refreshAction->setText(tr("&Refresh"));
    m_messageClose->setToolTip(tr("Dismiss this message"));
    m_hint->setText(tr("You may read the operators; only administrators may add, change or "
                       "remove them."));
    m_model->retranslate();
    updateActions();
    updateCount();
    if (m_messageText)
        m_messageLabel->setText(m_messageText());
}

void OperatorsPage::showMessage(MessageKind kind, std::function<QString()> text)
{
    m_messageText = std::move(text);
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

void OperatorsPage::hideMessage()
{
    m_messageText = nullptr;
    m_messageLabel->clear();
    m_messageArea->hide();
}

} // namespace campagna::ui
