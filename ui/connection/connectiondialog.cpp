#include "connection/connectiondialog.h"

#include "connection/passworddialog.h"
#include "db/database.h"
#include "engine/clock.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QRegularExpression>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrentRun>

#include <type_traits>

namespace campagna::ui {

namespace {

// Where the operator's name to request is kept on a list item; empty for
// the default actor (an administrator without an `operator` row).
constexpr int RequestRole = Qt::UserRole + 1;

enum FormPage { SqlitePage, PostgresPage, UrlPage };
enum StackPage { FormStackPage, OperatorStackPage };

const QStringList SslModes = {QString(),
                              QStringLiteral("disable"),
                              QStringLiteral("allow"),
                              QStringLiteral("prefer"),
                              QStringLiteral("require"),
                              QStringLiteral("verify-ca"),
                              QStringLiteral("verify-full")};

QString withoutTrailingSlash(QString path)
{
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    return path;
}

// Runs `work` on a thread of the global pool (there is no engine yet; the
// attempt opens its own connections) and hands its result to `done` on
// the GUI thread while `dialog` exists, unless a later attempt started.
template<typename Work, typename Done>
void runAttempt(ConnectionDialog *dialog, const quint64 *generation, Work work, Done done)
{
    using R = std::invoke_result_t<Work>;
    QtConcurrent::run(std::move(work))
        .then(dialog, [generation, started = *generation, done = std::move(done)](R result) {
            if (started == *generation)
                done(std::move(result));
        });
}

} // namespace

// Pages of which one is shown, sized by the one shown: hidden widgets take
// no room in a box layout (a QStackedWidget keeps room for its tallest
// page, leaving gaps in a dialog whose pages differ much).
class PageSwitcher final : public QWidget
{
public:
    explicit PageSwitcher(QWidget *parent)
        : QWidget(parent)
        , m_layout(new QVBoxLayout(this))
    {
        m_layout->setContentsMargins(0, 0, 0, 0);
    }
    void addWidget(QWidget *page)
    {
        m_layout->addWidget(page);
        m_pages.append(page);
        page->setVisible(m_pages.size() - 1 == m_current);
    }
    void setCurrentIndex(int index)
    {
        m_current = index;
        for (int i = 0; i < m_pages.size(); ++i)
            m_pages.at(i)->setVisible(i == index);
    }
    int count() const { return int(m_pages.size()); }
    QWidget *widget(int index) const { return m_pages.value(index); }

private:
    QVBoxLayout *m_layout;
    QList<QWidget *> m_pages;
    int m_current = 0;
};

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_clock(std::make_shared<engine::Clock>())
{
    setObjectName(QStringLiteral("connectionDialog"));
    buildUi();
    retranslateUi();
    setKind(Kind::SqliteFile);
    setState(State::Editing);
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::buildUi()
{
    setMinimumWidth(560);
    // Wrapped texts are given a width of at least 500 px: their minimum
    // height is then the height of their text at that width.
    auto *layout = new QVBoxLayout(this);
    m_pagesStack = new PageSwitcher(this);
    layout->addWidget(m_pagesStack);

    // Page 1: where the database is.
    auto *formPage = new QWidget(m_pagesStack);
    auto *formLayout = new QVBoxLayout(formPage);
    formLayout->setContentsMargins(0, 0, 0, 0);
    auto *kindRow = new QHBoxLayout;
    m_kindLabel = new QLabel(formPage);
    m_sqliteRadio = new QRadioButton(formPage);
    m_sqliteRadio->setObjectName(QStringLiteral("sqliteRadio"));
    m_postgresRadio = new QRadioButton(formPage);
    m_postgresRadio->setObjectName(QStringLiteral("postgresRadio"));
    m_urlRadio = new QRadioButton(formPage);
    m_urlRadio->setObjectName(QStringLiteral("urlRadio"));
    m_kindGroup = new QButtonGroup(this);
    m_kindGroup->addButton(m_sqliteRadio, SqlitePage);
    m_kindGroup->addButton(m_postgresRadio, PostgresPage);
    m_kindGroup->addButton(m_urlRadio, UrlPage);
    kindRow->addWidget(m_kindLabel);
    kindRow->addWidget(m_sqliteRadio);
    kindRow->addWidget(m_postgresRadio);
    kindRow->addWidget(m_urlRadio);
    kindRow->addStretch(1);
    formLayout->addLayout(kindRow);

    m_forms = new PageSwitcher(formPage);
    formLayout->addWidget(m_forms);

    auto *sqlite = new QWidget(m_forms);
    auto *sqliteLayout = new QFormLayout(sqlite);
    auto *pathRow = new QHBoxLayout;
    m_sqlitePath = new QLineEdit(sqlite);
    m_sqlitePath->setObjectName(QStringLiteral("sqlitePath"));
    m_sqlitePath->setMinimumWidth(360);
    m_browseButton = new QPushButton(sqlite);
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    connect(m_browseButton, &QPushButton::clicked, this, &ConnectionDialog::browse);
    // Create is for the file found missing, not for another one typed since.
    connect(m_sqlitePath, &QLineEdit::textChanged, this, [this] {
        m_missingFile.clear();
        setState(m_state);
    });
    pathRow->addWidget(m_sqlitePath, 1);
    pathRow->addWidget(m_browseButton);
    m_sqlitePathLabel = new QLabel(sqlite);
    m_sqlitePathLabel->setBuddy(m_sqlitePath);
    sqliteLayout->addRow(m_sqlitePathLabel, pathRow);
    m_sqliteNote = new QLabel(sqlite);
    m_sqliteNote->setWordWrap(true);
    m_sqliteNote->setMinimumWidth(500);
    m_sqliteNote->setEnabled(false);
    sqliteLayout->addRow(m_sqliteNote);
    m_forms->addWidget(sqlite);

    auto *postgres = new QWidget(m_forms);
    auto *postgresLayout = new QFormLayout(postgres);
    m_host = new QLineEdit(postgres);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setText(QStringLiteral("localhost"));
    m_port = new QSpinBox(postgres);
    m_port->setObjectName(QStringLiteral("portEdit"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_databaseName = new QLineEdit(postgres);
    m_databaseName->setObjectName(QStringLiteral("databaseNameEdit"));
    m_user = new QLineEdit(postgres);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_sslMode = new QComboBox(postgres);
    m_sslMode->setObjectName(QStringLiteral("sslModeCombo"));
    for (const QString &mode : SslModes)
        m_sslMode->addItem(mode, mode);
    m_hostLabel = new QLabel(postgres);
    m_portLabel = new QLabel(postgres);
    m_databaseNameLabel = new QLabel(postgres);
    m_userLabel = new QLabel(postgres);
    m_sslModeLabel = new QLabel(postgres);
    m_hostLabel->setBuddy(m_host);
    m_portLabel->setBuddy(m_port);
    m_databaseNameLabel->setBuddy(m_databaseName);
    m_userLabel->setBuddy(m_user);
    m_sslModeLabel->setBuddy(m_sslMode);
    postgresLayout->addRow(m_hostLabel, m_host);
    postgresLayout->addRow(m_portLabel, m_port);
    postgresLayout->addRow(m_databaseNameLabel, m_databaseName);
    postgresLayout->addRow(m_userLabel, m_user);
    postgresLayout->addRow(m_sslModeLabel, m_sslMode);
    m_postgresNote = new QLabel(postgres);
    m_postgresNote->setWordWrap(true);
    m_postgresNote->setMinimumWidth(500);
    m_postgresNote->setEnabled(false);
    postgresLayout->addRow(m_postgresNote);
    m_forms->addWidget(postgres);

    auto *urlForm = new QWidget(m_forms);
    auto *urlLayout = new QFormLayout(urlForm);
    m_url = new QLineEdit(urlForm);
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_urlLabel = new QLabel(urlForm);
    m_urlLabel->setBuddy(m_url);
    urlLayout->addRow(m_urlLabel, m_url);
    m_urlNote = new QLabel(urlForm);
    m_urlNote->setWordWrap(true);
    m_urlNote->setMinimumWidth(500);
    m_urlNote->setEnabled(false);
    m_urlNote->setTextFormat(Qt::PlainText);
    urlLayout->addRow(m_urlNote);
    m_forms->addWidget(urlForm);
    formLayout->addStretch(1);
    m_pagesStack->addWidget(formPage);

    connect(m_kindGroup, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (!checked)
            return;
        m_forms->setCurrentIndex(id);
        // Create shows on the SQLite page only.
        setState(m_state);
    });

    // Page 2: who the user acts as.
    auto *operatorPage = new QWidget(m_pagesStack);
    auto *operatorLayout = new QVBoxLayout(operatorPage);
    operatorLayout->setContentsMargins(0, 0, 0, 0);
    m_operatorTitle = new QLabel(operatorPage);
    m_operatorTitle->setWordWrap(true);
    m_operatorTitle->setMinimumWidth(500);
    m_operatorTitle->setTextFormat(Qt::PlainText);
    m_operators = new QListWidget(operatorPage);
    m_operators->setObjectName(QStringLiteral("operatorList"));
    m_operatorTitle->setBuddy(m_operators);
    connect(m_operators, &QListWidget::itemActivated, this, [this] { openAsSelectedOperator(); });
    m_operatorNote = new QLabel(operatorPage);
    m_operatorNote->setWordWrap(true);
    m_operatorNote->setMinimumWidth(500);
    m_operatorNote->setEnabled(false);
    operatorLayout->addWidget(m_operatorTitle);
    operatorLayout->addWidget(m_operators, 1);
    operatorLayout->addWidget(m_operatorNote);
    m_pagesStack->addWidget(operatorPage);

    // Below both pages: the busy bar and the message.
    m_busy = new QFrame(this);
    auto *busyLayout = new QHBoxLayout(m_busy);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    m_busyLabel = new QLabel(m_busy);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyLabel->setTextFormat(Qt::PlainText);
    m_busyBar = new QProgressBar(m_busy);
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(160);
    busyLayout->addWidget(m_busyLabel, 1);
    busyLayout->addWidget(m_busyBar);
    layout->addWidget(m_busy);

    m_messageFrame = new QFrame(this);
    m_messageFrame->setObjectName(QStringLiteral("connectionMessage"));
    auto *messageLayout = new QHBoxLayout(m_messageFrame);
    messageLayout->setContentsMargins(6, 4, 6, 4);
    m_messageIcon = new QLabel(m_messageFrame);
    m_messageLabel = new QLabel(m_messageFrame);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->setMinimumWidth(480);
    messageLayout->addWidget(m_messageIcon, 0, Qt::AlignTop);
    messageLayout->addWidget(m_messageLabel, 1);
    m_messageFrame->hide();
    layout->addWidget(m_messageFrame);

    m_buttons = new QDialogButtonBox(this);
    m_backButton = m_buttons->addButton(QString(), QDialogButtonBox::ResetRole);
    m_backButton->setObjectName(QStringLiteral("backButton"));
    m_connectButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setDefault(true);
    m_createButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->hide();
    connect(m_createButton, &QPushButton::clicked, this, &ConnectionDialog::createDatabase);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    // Not the box's accepted(): accepting waits for the connection.
    connect(m_connectButton, &QPushButton::clicked, this, [this] {
        if (m_state == State::Editing)
            connectToDatabase();
        else if (m_state == State::ChoosingOperator)
            openAsSelectedOperator();
    });
    connect(m_backButton, &QPushButton::clicked, this, &ConnectionDialog::backToForm);
    connect(m_cancelButton, &QPushButton::clicked, this, &ConnectionDialog::reject);
    layout->addWidget(m_buttons);
}

void ConnectionDialog::retranslateUi()
{
    setWindowTitle(tr("Open database"));
    m_kindLabel->setText(tr("Type:"));
    m_sqliteRadio->setText(tr("&SQLite file"));
    m_postgresRadio->setText(tr("&PostgreSQL server"));
    m_urlRadio->setText(tr("&URL"));
    m_sqlitePathLabel->setText(tr("&File:"));
    m_browseButton->setText(tr("&Browse…"));
    m_sqliteNote->setText(tr("A file that does not exist is created only when you choose Create, "
                             "with the Campagna schema, as \"campagnactl init\" would; an empty "
                             "file receives the schema too. Any other file must already be a "
                             "Campagna database."));
    m_hostLabel->setText(tr("&Host:"));
    m_host->setPlaceholderText(tr("host name, address or socket folder"));
    m_portLabel->setText(tr("P&ort:"));
    m_databaseNameLabel->setText(tr("&Database:"));
    m_userLabel->setText(tr("U&ser:"));
    m_user->setPlaceholderText(tr("default: PGUSER or your user name"));
    m_sslModeLabel->setText(tr("SSL &mode:"));
    m_sslMode->setItemText(0, tr("default (prefer)"));
    m_postgresNote->setText(tr("The database must already hold the Campagna schema (run "
                               "\"campagnactl init\" once). A password is asked only when the "
                               "server wants one that PGPASSWORD and ~/.pgpass do not give."));
    m_urlLabel->setText(tr("U&RL:"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/campagna"));
    m_urlNote->setText(tr("sqlite:/path/file.sqlite or "
                          "postgresql://user@host:port/dbname?sslmode=require (parameters such "
                          "as host=/socket/folder are read as libpq reads them)."));
    m_backButton->setText(tr("&Back"));
    m_createButton->setText(tr("Cr&eate"));
    setState(m_state);
    if (m_state == State::ChoosingOperator || m_state == State::Resolving)
        showOperators();
}

void ConnectionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ConnectionDialog::reject()
{
    if (m_state == State::Connecting || m_state == State::Resolving) {
        // Drops the attempt: its answer is ignored when it comes.
        ++m_generation;
        const bool resolving = m_state == State::Resolving;
        setState(resolving ? State::ChoosingOperator : State::Editing);
        showMessage(tr("Cancelled: nothing was changed."), false);
        return;
    }
    QDialog::reject();
}

void ConnectionDialog::setKind(Kind kind)
{
    const int id = kind == Kind::SqliteFile       ? SqlitePage
                   : kind == Kind::PostgresServer ? PostgresPage
                                                  : UrlPage;
    m_kindGroup->button(id)->setChecked(true);
}

ConnectionDialog::Kind ConnectionDialog::kind() const
{
    switch (m_kindGroup->checkedId()) {
    case PostgresPage:
        return Kind::PostgresServer;
    case UrlPage:
        return Kind::Url;
    default:
        return Kind::SqliteFile;
    }
}

void ConnectionDialog::setClock(std::shared_ptr<engine::Clock> clock)
{
    if (clock)
        m_clock = std::move(clock);
}

void ConnectionDialog::setUrl(const db::DatabaseUrl &url)
{
    if (url.isFile()) {
        m_sqlitePath->setText(url.filePath());
        setKind(Kind::SqliteFile);
        return;
    }
    QMap<QString, QString> options = url.options();
    const QString sslMode = options.take(QStringLiteral("sslmode"));
    if (!options.isEmpty() || !SslModes.contains(sslMode) || url.hasExplicitPassword()) {
        // Options the form has no field for: keep the URL as it is.
        m_url->setText(url.toString());
        setKind(Kind::Url);
        return;
    }
    m_host->setText(url.host());
    m_port->setValue(url.port());
    m_databaseName->setText(url.databaseName());
    m_user->setText(url.userName());
    m_sslMode->setCurrentIndex(int(SslModes.indexOf(sslMode)));
    m_url->setText(url.toString());
    setKind(Kind::PostgresServer);
}

Result<db::DatabaseUrl> ConnectionDialog::urlFromForm() const
{
    switch (kind()) {
    case Kind::SqliteFile: {
        QString path = m_sqlitePath->text().trimmed();
        if (path.isEmpty())
            return makeError(Error::Code::Usage,
                             tr("Choose the SQLite file to open, or type the name of a new one."));
        if (path == u"~" || path.startsWith(QLatin1String("~/")))
            path = QDir::homePath() + path.mid(1);
        return db::DatabaseUrl::sqliteFile(QFileInfo(path).absoluteFilePath());
    }
    case Kind::PostgresServer: {
        const QString host = withoutTrailingSlash(m_host->text().trimmed());
        const QString name = m_databaseName->text().trimmed();
        const QString user = m_user->text().trimmed();
        if (host.isEmpty())
            return makeError(Error::Code::Usage,
                             tr("Enter the PostgreSQL server: a host name, an address, or the "
                                "folder of its Unix socket."));
        if (host.contains(QRegularExpression(QStringLiteral("[\\s@?&]"))) ||
            (!host.startsWith(u'/') && host.contains(u'/')))
            return makeError(
                Error::Code::Usage,
                tr("\"%1\" is not a host name, an address or a socket folder.").arg(host));
        if (name.isEmpty())
            return makeError(Error::Code::Usage, tr("Enter the name of the database."));
        if (name.contains(QRegularExpression(QStringLiteral("[\\s/?&]"))))
            return makeError(Error::Code::Usage, tr("\"%1\" is not a database name.").arg(name));
        if (user.contains(QRegularExpression(QStringLiteral("[\\s:@/?&]"))))
            return makeError(Error::Code::Usage, tr("\"%1\" is not a user name.").arg(user));
        db::DatabaseUrl url = db::DatabaseUrl::postgres(host, m_port->value(), name, user);
        const QString sslMode = m_sslMode->currentData().toString();
        if (sslMode.isEmpty())
            return url;
        const QString text = url.toString();
        return db::DatabaseUrl::parse(text + (text.contains(u'?') ? u'&' : u'?') +
                                      QStringLiteral("sslmode=") + sslMode);
    }
    case Kind::Url: {
        const QString text = m_url->text().trimmed();
        if (text.isEmpty())
            return makeError(Error::Code::Usage, tr("Enter a database URL."));
        return db::DatabaseUrl::parse(text);
    }
    }
    return makeError(Error::Code::Usage, tr("Enter a database URL."));
}

void ConnectionDialog::browse()
{
    const QString current = m_sqlitePath->text().trimmed();
    // Not a native dialog: the same in every desktop, and a new name may
    // be typed (no overwrite question: an existing file is opened).
    const QString path = QFileDialog::getSaveFileName(
        this, tr("SQLite database"), current.isEmpty() ? QDir::homePath() : current,
        tr("SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_sqlitePath->setText(path);
}

void ConnectionDialog::connectToDatabase()
{
    if (m_state != State::Editing)
        return;
    auto url = urlFromForm();
    if (!url) {
        showMessage(url.errorMessage(), true);
        return;
    }
    db::DatabaseUrl target = url.value();
    const bool typed = target.takesPassword() && !target.hasExplicitPassword() && m_passwordTyped &&
                       m_passwordFor == target.toString();
    if (typed)
        target.setPassword(m_password);
    startAttempt(target, typed);
}

void ConnectionDialog::createDatabase()
{
    if (m_state != State::Editing || m_missingFile.isEmpty())
        return;
    auto url = urlFromForm();
    if (!url || url->toString() != m_missingFile)
        return;
    startAttempt(url.value(), false, true);
}

void ConnectionDialog::startAttempt(const db::DatabaseUrl &url, bool typedPassword,
                                    bool createMissing)
{
    m_attemptTyped = typedPassword;
    m_missingFile.clear();
    ++m_generation;
    m_connectingTo = url.toDisplayString();
    showMessage(QString(), false);
    setState(State::Connecting);
    const qint64 now = m_clock->now();
    runAttempt(
        this, &m_generation,
        [url, now, createMissing] { return ConnectionAttempt::open(url, now, createMissing); },
        [this, url](Result<OpenedDatabase> result) { onOpened(url, std::move(result)); });
}

void ConnectionDialog::onOpened(const db::DatabaseUrl &url, Result<OpenedDatabase> result)
{
    if (!result) {
        setState(State::Editing);
        // A password written in the URL is not asked for: the user typed it there.
        if (result.errorCode() == Error::Code::Authentication &&
            (m_attemptTyped || !url.hasExplicitPassword())) {
            showMessage(result.errorMessage(), true);
            db::DatabaseUrl withoutPassword = url;
            withoutPassword.setPassword(QString());
            askPassword(withoutPassword, m_attemptTyped);
            return;
        }
        if (result.errorCode() == Error::Code::NotFound && url.isFile()) {
            // Nothing was created: the user decides.
            m_missingFile = url.toString();
            setState(State::Editing);
            showMessage(tr("The SQLite file %1 does not exist; nothing was created. Choose Create "
                           "to make a new Campagna database there, or choose an existing file.")
                            .arg(url.filePath()),
                        true);
            return;
        }
        showMessage(result.errorMessage(), true);
        return;
    }
    m_opened = std::move(result).value();
    setState(State::ChoosingOperator);
    showOperators();
}

void ConnectionDialog::askPassword(const db::DatabaseUrl &url, bool refused)
{
    auto *prompt = new PasswordDialog(url.userName(), url.toDisplayString(), refused, this);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    prompt->setWindowModality(Qt::WindowModal);
    m_passwordDialog = prompt;
    connect(prompt, &QDialog::accepted, this, [this, prompt, url] {
        db::DatabaseUrl withPassword = url;
        m_password = prompt->password();
        m_passwordFor = url.toString();
        m_passwordTyped = true;
        withPassword.setPassword(m_password);
        startAttempt(withPassword, true);
    });
    prompt->open();
}

void ConnectionDialog::showOperators()
{
    const QString where =
        m_opened.database ? m_opened.database->url().toDisplayString() : QString();
    m_operatorTitle->setText(tr("Connected to %1. Choose the operator you act as:").arg(where));
    const bool fileOwner = m_opened.database && !m_opened.database->dialect().serverJudgesRights();
    m_operatorNote->setText(
        fileOwner ? tr("Whoever can write a SQLite file owns it: you may act as any operator.")
                  : tr("A database user acts as the operator of the same name; a superuser or the "
                       "database owner may act as any operator."));

    const QString selected = m_operators->currentItem()
                                 ? m_operators->currentItem()->data(RequestRole).toString()
                                 : QString();
    const bool keepSelection = m_operators->count() > 0;
    m_operators->clear();
    for (const OperatorChoice &choice : std::as_const(m_opened.operators)) {
        QString text = choice.name;
        if (!choice.hasRow)
            text = fileOwner ? tr("%1 (local administrator)").arg(choice.name)
                             : tr("%1 (database administrator)").arg(choice.name);
        else if (choice.isAdmin)
            text = tr("%1 (administrator)").arg(choice.name);
        auto *item = new QListWidgetItem(text, m_operators);
        item->setData(RequestRole, choice.hasRow ? choice.name : QString());
        const bool preselect = keepSelection ? item->data(RequestRole).toString() == selected
                                             : choice.name == m_opened.defaultOperator;
        if (preselect && !m_operators->currentItem())
            m_operators->setCurrentItem(item);
    }
    if (m_opened.created && m_state == State::ChoosingOperator && !keepSelection)
        showMessage(tr("%1 was new: it now holds an empty Campagna database.").arg(where), false);
    if (!m_opened.refusal.isEmpty() && !keepSelection)
        showMessage(m_opened.refusal, true);
    if (m_operators->currentItem())
        m_operators->setFocus();
}

void ConnectionDialog::openAsSelectedOperator()
{
    if (m_state != State::ChoosingOperator || !m_opened.database)
        return;
    QListWidgetItem *item = m_operators->selectedItems().value(0);
    if (!item) {
        showMessage(tr("Choose the operator you act as."), true);
        return;
    }
    const QString name = item->data(RequestRole).toString();
    ++m_generation;
    const std::shared_ptr<db::Database> database = m_opened.database;
    showMessage(QString(), false);
    setState(State::Resolving);
    runAttempt(
        this, &m_generation,
        [database, name] { return ConnectionAttempt::chooseOperator(database, name); },
        [this](Result<people::Actor> result) { onResolved(std::move(result)); });
}

void ConnectionDialog::onResolved(Result<people::Actor> result)
{
    if (!result) {
        setState(State::ChoosingOperator);
        showMessage(result.errorMessage(), true);
        return;
    }
    m_actor = result.value();
    setState(State::Done);
    accept();
}

void ConnectionDialog::backToForm()
{
    if (m_state != State::ChoosingOperator)
        return;
    m_opened = OpenedDatabase();
    m_operators->clear();
    showMessage(QString(), false);
    setState(State::Editing);
}

void ConnectionDialog::setState(State state)
{
    const bool changed = state != m_state;
    m_state = state;
    const bool busy = state == State::Connecting || state == State::Resolving;
    const bool onOperators = state == State::ChoosingOperator || state == State::Resolving;
    const int page = onOperators ? OperatorStackPage : FormStackPage;
    m_pagesStack->setCurrentIndex(page);
    m_pagesStack->widget(FormStackPage)->setEnabled(state == State::Editing);
    m_pagesStack->widget(OperatorStackPage)->setEnabled(state == State::ChoosingOperator);
    m_busy->setVisible(busy);
    fitHeightSoon();
    m_busyLabel->setText(state == State::Resolving ? tr("Checking who you may act as…")
                                                   : tr("Connecting to %1…").arg(m_connectingTo));
    m_connectButton->setText(onOperators ? tr("&Open") : tr("&Connect"));
    m_connectButton->setEnabled(state == State::Editing || state == State::ChoosingOperator);
    m_backButton->setVisible(onOperators);
    m_createButton->setVisible(state == State::Editing && !m_missingFile.isEmpty() &&
                               kind() == Kind::SqliteFile);
    m_backButton->setEnabled(state == State::ChoosingOperator);
    if (changed)
        emit stateChanged(state);
}

QString ConnectionDialog::message() const
{
    return m_messageFrame->isHidden() ? QString() : m_messageLabel->text();
}

void ConnectionDialog::showMessage(const QString &text, bool error)
{
    m_messageIsError = error && !text.isEmpty();
    // Driver texts indent their second lines with tabs.
    static const QRegularExpression indent(QStringLiteral("\n[ \t]+"));
    m_messageLabel->setText(QString(text).replace(indent, QStringLiteral("\n")));
    m_messageFrame->setVisible(!text.isEmpty());
    m_messageIcon->setPixmap(
        style()
            ->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxInformation)
            .pixmap(22, 22));
    m_messageFrame->setStyleSheet(
        error ? QStringLiteral("#connectionMessage { background: #fbe3e4; border: 1px solid "
                               "#e0a3a6; border-radius: 3px; } QLabel { color: #6b0f12; }")
              : QStringLiteral("#connectionMessage { background: #e8f0fb; border: 1px solid "
                               "#a9c1e0; border-radius: 3px; }"));
    fitHeightSoon();
    emit messageChanged(text);
}

void ConnectionDialog::fitHeightSoon()
{
    // Fit the height to what is shown (kind, message, busy bar) once the
    // layout knows it: no gap left by a taller page or an old message.
    QTimer::singleShot(0, this, [this] {
        QLayout *box = layout();
        if (!box)
            return;
        // Cached heights of the pages shown before must not count.
        box->invalidate();
        box->activate();
        const int needed = box->hasHeightForWidth() ? box->totalHeightForWidth(width())
                                                    : box->totalSizeHint().height();
        if (needed > 0 && needed != height())
            resize(width(), needed);
    });
}

} // namespace campagna::ui
