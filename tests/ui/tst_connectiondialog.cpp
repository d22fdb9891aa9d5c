#include "common/translations.h"
#include "connection/connectiondialog.h"
#include "connection/passworddialog.h"
#include "databuilder.h"
#include "db/database.h"
#include "db/sql.h"
#include "engine/bootstrap.h"
#include "engine/clock.h"
#include "engine/workflowengine.h"
#include "main/mainwindow.h"
#include "privatepostgres.h"
#include "testdatabase.h"
#include "workflows/workflowspage.h"
#include "workflows/workflowtablemodel.h"
#include "workflows/workflowcatalog.h"

#include <QComboBox>
#include <QDialog>
#include <QPushButton>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPointer>
#include <QScopeGuard>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <memory>

#include <sys/stat.h>

using namespace campagna;
using campagna::ui::ConnectionDialog;
using campagna::ui::MainWindow;
using campagna::ui::PasswordDialog;

namespace {

constexpr qint64 FixedNow = 1'800'000'000; // 2027-01-15T08:00:00Z
const QString Password = QStringLiteral("s3cret-Campagna");

// The message a source text of `context` reads as in the language
// installed, with its first arguments filled in; the remaining %N (driver
// texts, ...) match anything.
QRegularExpression expectedMessage(const char *context, const char *source,
                                   const QStringList &arguments)
{
    QString text = QCoreApplication::translate(context, source);
    for (int i = 0; i < arguments.size(); ++i)
        text.replace(QStringLiteral("%%1").arg(i + 1), arguments.at(i));
    QStringList parts = text.split(QRegularExpression(QStringLiteral("%\\d")));
    for (QString &part : parts)
        part = QRegularExpression::escape(part);
    const QString pattern = parts.join(QStringLiteral(".*"));
    return QRegularExpression(QStringLiteral("^") + pattern + QStringLiteral("$"),
                              QRegularExpression::DotMatchesEverythingOption);
}

QString pgSocketOf(const QString &adminUrl)
{
    auto url = db::DatabaseUrl::parse(adminUrl);
    return url ? url->host() : QString();
}

} // namespace

class TestConnectionDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void badInputIsReported_data();
    void badInputIsReported();
    void newerSchemaIsRefused_data();
    void newerSchemaIsRefused();
    void passwordIsAskedAndChecked();
    void cancelDropsTheAttempt();
    void missingFileIsCreatedOnlyOnCreate();
    void passwordsAreNotShown_data();
    void passwordsAreNotShown();
    void passwordFileOpenToOthersIsIgnored();
    void operatorsArePreselected();
    void postgresUserWithoutOperatorIsRefused();
    void goodOpenSwitchesTheWindow_data();
    void goodOpenSwitchesTheWindow();

private:
    // Fills the dialog for a kind of input and clicks Connect.
    void fill(ConnectionDialog &dialog, const QString &kind, const QStringList &fields);

    QTemporaryDir m_dir;
    std::unique_ptr<test::PrivatePostgres> m_passwordServer;
};

void TestConnectionDialog::initTestCase()
{
    QCoreApplication::setApplicationName(QStringLiteral("tst_connectiondialog"));
    QVERIFY(m_dir.isValid());
    // Only the prompt may give a password here.
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", QFile::encodeName(m_dir.filePath(QStringLiteral("no-pgpass"))));

    // A private server that asks for a password (md5), with a Campagna
    // database in it.
    m_passwordServer = std::make_unique<test::PrivatePostgres>(QStringLiteral("pw"));
    if (test::TestDatabase::mayNotRun(QStringLiteral("postgresql")))
        return;
    QVERIFY2(m_passwordServer->start(Password), qPrintable(m_passwordServer->lastError()));
    db::DatabaseUrl admin = m_passwordServer->url();
    admin.setPassword(Password);
    {
        auto database = db::Database::open(admin);
        QVERIFY2(database, qPrintable(database.errorMessage()));
        QVERIFY(db::Sql::exec(database.value()->connection(),
                              QStringLiteral("CREATE DATABASE campagna_pw")));
    }
    db::DatabaseUrl campagna = m_passwordServer->url(QStringLiteral("campagna_pw"));
    campagna.setPassword(Password);
    auto opened = engine::Bootstrap::open(campagna, true, FixedNow);
    QVERIFY2(opened, qPrintable(opened.errorMessage()));
    auto created = engine::Bootstrap::initialise(*opened.value(), FixedNow);
    QVERIFY2(created, qPrintable(created.errorMessage()));
}

void TestConnectionDialog::init()
{
    QSettings().clear();
    installTranslations(QStringLiteral("en"));
}

void TestConnectionDialog::cleanupTestCase()
{
    installTranslations(QStringLiteral("en"));
    m_passwordServer.reset();
}

void TestConnectionDialog::fill(ConnectionDialog &dialog, const QString &kind,
                                const QStringList &fields)
{
    if (kind == u"sqlite") {
        dialog.setKind(ConnectionDialog::Kind::SqliteFile);
        dialog.sqlitePathEdit()->setText(fields.value(0));
    } else if (kind == u"postgresql") {
        dialog.setKind(ConnectionDialog::Kind::PostgresServer);
        dialog.hostEdit()->setText(fields.value(0));
        dialog.portEdit()->setValue(fields.value(1).isEmpty() ? 5432 : fields.value(1).toInt());
        dialog.databaseNameEdit()->setText(fields.value(2));
        dialog.userEdit()->setText(fields.value(3));
    } else {
        dialog.setKind(ConnectionDialog::Kind::Url);
        dialog.urlEdit()->setText(fields.value(0));
    }
    QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
}

void TestConnectionDialog::badInputIsReported_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QStringList>("arguments");

    const QString textFile = m_dir.filePath(QStringLiteral("notes.sqlite"));
    {
        QFile file(textFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("These are notes, not a database.\n").repeated(200));
    }
    // A SQLite database of someone else: tables, no Campagna schema.
    const QString foreignFile = m_dir.filePath(QStringLiteral("foreign.sqlite"));
    {
        auto foreign = db::Database::open(db::DatabaseUrl::sqliteFile(foreignFile));
        QVERIFY(foreign);
        QVERIFY(db::Sql::exec(foreign.value()->connection(),
                              QStringLiteral("CREATE TABLE recipe (name TEXT)")));
    }
    const QString socket = pgSocketOf(qEnvironmentVariable("CAMPAGNA_TEST_PG"));

    for (const QString &language : {QStringLiteral("en"), QStringLiteral("it")}) {
        const auto row = [&language](const char *name) -> QTestData & {
            return QTest::addRow("%s %s", qPrintable(language), name);
        };
        row("empty file") << language << "sqlite" << QStringList{} << QByteArray("campagna::ui::ConnectionDialog")
                          << QByteArray("Choose the SQLite file to open, or type the name of a new one.")
                          << QStringList{};
        row("missing folder") << language << "sqlite" << QStringList{"/nonexistent/campagna/x.sqlite"}
                              << QByteArray("campagna::db::Database")
                              << QByteArray("Cannot open the SQLite database %1: the folder %2 does "
                                            "not exist.")
                              << QStringList{"/nonexistent/campagna/x.sqlite", "/nonexistent/campagna"};
        row("not a database") << language << "sqlite" << QStringList{textFile}
                              << QByteArray("campagna::db::Database")
                              << QByteArray("%1 is not a Campagna database (not an SQLite file: %2).")
                              << QStringList{textFile};
        row("foreign database") << language << "sqlite" << QStringList{foreignFile}
                                << QByteArray("campagna::db::Migrator")
                                << QByteArray("The database has no Campagna schema yet: run "
                                              "\"campagnactl init\" first.")
                                << QStringList{};
        row("empty host") << language << "postgresql" << QStringList{"", "", "campagna"}
                          << QByteArray("campagna::ui::ConnectionDialog")
                          << QByteArray("Enter the PostgreSQL server: a host name, an address, or "
                                        "the folder of its Unix socket.")
                          << QStringList{};
        row("empty database name") << language << "postgresql" << QStringList{"localhost", "", ""}
                                   << QByteArray("campagna::ui::ConnectionDialog")
                                   << QByteArray("Enter the name of the database.") << QStringList{};
        row("bad database name") << language << "postgresql"
                                 << QStringList{"localhost", "", "my db"}
                                 << QByteArray("campagna::ui::ConnectionDialog")
                                 << QByteArray("\"%1\" is not a database name.")
                                 << QStringList{"my db"};
        row("empty URL") << language << "url" << QStringList{""}
                         << QByteArray("campagna::ui::ConnectionDialog")
                         << QByteArray("Enter a database URL.") << QStringList{};
        // Only the scheme is repeated (the rest may hold a password). Not
        // in Italian until the translations have the new message.
        if (language == u"en")
            row("unsupported URL") << language << "url" << QStringList{"mysql://db.example/campagna"}
                                   << QByteArray("campagna::db::DatabaseUrl")
                                   << QByteArray("Unsupported database URL scheme \"%1\": use "
                                                 "sqlite:/path/file.sqlite or "
                                                 "postgresql://user@host:port/database.")
                                   << QStringList{"mysql"};
        row("no socket folder") << language << "postgresql"
                                << QStringList{"/nonexistent/campagna-socket", "", "campagna", "postgres"}
                                << QByteArray("campagna::db::Database")
                                << QByteArray("Cannot connect to the PostgreSQL database %1: %2")
                                << QStringList{db::DatabaseUrl::postgres(
                                                   "/nonexistent/campagna-socket", 5432,
                                                   "campagna", "postgres")
                                                   .toDisplayString()};
        row("nobody listens") << language << "postgresql"
                              << QStringList{"127.0.0.1", "1", "campagna", "postgres"}
                              << QByteArray("campagna::db::Database")
                              << QByteArray("Cannot connect to the PostgreSQL database %1: %2")
                              << QStringList{db::DatabaseUrl::postgres("127.0.0.1", 1, "campagna",
                                                                       "postgres")
                                                 .toDisplayString()};
        if (!socket.isEmpty())
            row("no such database") << language << "postgresql"
                                    << QStringList{socket, "", "campagna_nowhere", "postgres"}
                                    << QByteArray("campagna::db::Database")
                                    << QByteArray("Cannot connect to the PostgreSQL database %1: %2")
                                    << QStringList{};
    }
}

void TestConnectionDialog::badInputIsReported()
{
    QFETCH(QString, language);
    QFETCH(QString, kind);
    QFETCH(QStringList, fields);
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(QStringList, arguments);
    QVERIFY(installTranslations(language));

    ConnectionDialog dialog;
    dialog.show();
    fill(dialog, kind, fields);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.state() == ConnectionDialog::State::Editing &&
                                 !dialog.message().isEmpty(),
                             30000);
    const QString message = dialog.message();
    const QRegularExpression expected = expectedMessage(context, source, arguments);
    QVERIFY2(expected.match(message).hasMatch(),
             qPrintable(QStringLiteral("message: %1\nexpected: %2").arg(message, expected.pattern())));
    if (language == u"it")
        QVERIFY2(!expectedMessage(context, source, arguments).pattern().isEmpty() &&
                     QCoreApplication::translate(context, source) != QString::fromUtf8(source),
                 "not translated");
    QVERIFY(dialog.isMessageError());
    // Nothing opened: no operator to choose, the dialog still open.
    QVERIFY(!dialog.database());
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.passwordDialog());
}

void TestConnectionDialog::newerSchemaIsRefused_data()
{
    test::TestDatabase::addBackendRows();
}

void TestConnectionDialog::newerSchemaIsRefused()
{
    QFETCH(QString, backend);
    CAMPAGNA_OPEN_DATABASE(database, backend);
    QVERIFY(db::Sql::exec(database->connection(),
                          QStringLiteral("UPDATE schema_version SET version = 999")));
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("it")}) {
        QVERIFY(installTranslations(language));
        ConnectionDialog dialog;
        dialog.show();
        dialog.setUrl(database->url());
        dialog.connectToDatabase();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.state() == ConnectionDialog::State::Editing &&
                                     !dialog.message().isEmpty(),
                                 30000);
        const QRegularExpression expected = expectedMessage(
            "campagna::db::Migrator",
            "The database schema is version %1, newer than this program understands (%2). Use "
            "a newer Campagna.",
            {QStringLiteral("999")});
        QVERIFY2(expected.match(dialog.message()).hasMatch(), qPrintable(dialog.message()));
        QVERIFY(!dialog.database());
    }
    // Still version 999: nothing was migrated down or changed.
    auto version = db::Sql::scalar(database->connection(),
                                   QStringLiteral("SELECT max(version) FROM schema_version"));
    QVERIFY(version && version.value());
    QCOMPARE(version.value()->toInt(), 999);
}

void TestConnectionDialog::passwordIsAskedAndChecked()
{
    if (test::TestDatabase::mayNotRun(QStringLiteral("postgresql")))
        QSKIP("PostgreSQL: run the test through CTest");
    const db::DatabaseUrl url = m_passwordServer->url(QStringLiteral("campagna_pw"));
    ConnectionDialog dialog;
    dialog.show();
    dialog.setUrl(url);
    QCOMPARE(dialog.kind(), ConnectionDialog::Kind::PostgresServer);
    QCOMPARE(dialog.hostEdit()->text(), m_passwordServer->directory());
    dialog.connectToDatabase();

    // No password anywhere: the server's refusal, and the prompt.
    QTRY_VERIFY_WITH_TIMEOUT(dialog.passwordDialog(), 30000);
    QVERIFY2(expectedMessage("campagna::db::Database",
                             "PostgreSQL refused the password for user \"%1\" on %2. Set "
                             "PGPASSWORD or ~/.pgpass, or enter the password when asked. (%3)",
                             {QStringLiteral("postgres"), url.toDisplayString()})
                 .match(dialog.message())
                 .hasMatch(),
             qPrintable(dialog.message()));
    QPointer<PasswordDialog> prompt = dialog.passwordDialog();
    QVERIFY(prompt->isVisible());
    QVERIFY(!prompt->findChild<QLabel *>(QStringLiteral("passwordPrompt"))
                 ->text()
                 .contains(QCoreApplication::translate("campagna::ui::PasswordDialog",
                                                       "The server refused the password.")));

    // A wrong password: refused, asked again (saying so).
    QTest::keyClicks(prompt->passwordEdit(), QStringLiteral("wrong"));
    prompt->accept();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.passwordDialog() && dialog.passwordDialog() != prompt, 30000);
    prompt = dialog.passwordDialog();
    QVERIFY(prompt->findChild<QLabel *>(QStringLiteral("passwordPrompt"))
                ->text()
                .startsWith(QCoreApplication::translate("campagna::ui::PasswordDialog",
                                                        "The server refused the password.")));
    QVERIFY(dialog.isMessageError());
    QCOMPARE(dialog.state(), ConnectionDialog::State::Editing);

    // The right one: connected, the operators to choose from.
    QTest::keyClicks(prompt->passwordEdit(), Password);
    prompt->accept();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), ConnectionDialog::State::ChoosingOperator, 30000);
    // postgres is a superuser without operator: a database administrator.
    QCOMPARE(dialog.operatorList()->count(), 1);
    QCOMPARE(dialog.operatorList()->currentItem()->text(),
             QStringLiteral("postgres (database administrator)"));
    QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 30000);
    QVERIFY(dialog.database());
    QCOMPARE(dialog.actor().name, QStringLiteral("postgres"));
    QVERIFY(dialog.actor().isAdmin);
    // The password is used, never shown.
    QVERIFY(!dialog.database()->url().toString().contains(Password));
    QVERIFY(!dialog.database()->url().toDisplayString().contains(Password));
    QVERIFY(db::Sql::scalar(dialog.database()->connection(), QStringLiteral("SELECT 1")));
}

void TestConnectionDialog::cancelDropsTheAttempt()
{
    const QString file = m_dir.filePath(QStringLiteral("cancelled.sqlite"));
    ConnectionDialog dialog;
    dialog.show();
    fill(dialog, QStringLiteral("sqlite"), {file});
    QCOMPARE(dialog.state(), ConnectionDialog::State::Connecting);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("busyLabel"))->isVisible());
    // Cancel while the worker connects: back to the form at once.
    QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
    QCOMPARE(dialog.state(), ConnectionDialog::State::Editing);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.message(), QStringLiteral("Cancelled: nothing was changed."));
    // The attempt's answer, when it comes, is dropped.
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(dialog.state(), ConnectionDialog::State::Editing);
    QVERIFY(!dialog.database());
    QCOMPARE(dialog.message(), QStringLiteral("Cancelled: nothing was changed."));
    // A second Cancel closes the dialog.
    QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

// A SQLite file that does not exist: Connect creates nothing and says so;
// only Create makes the file, private to its owner.
void TestConnectionDialog::missingFileIsCreatedOnlyOnCreate()
{
    ::umask(022);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("new.sqlite"));
    ConnectionDialog dialog;
    dialog.show();
    QVERIFY(!dialog.createButton()->isVisible());
    fill(dialog, QStringLiteral("sqlite"), {file});
    QTRY_VERIFY_WITH_TIMEOUT(dialog.state() == ConnectionDialog::State::Editing &&
                                 !dialog.message().isEmpty(),
                             30000);
    QVERIFY(dialog.isMessageError());
    QVERIFY2(expectedMessage("campagna::ui::ConnectionDialog",
                             "The SQLite file %1 does not exist; nothing was created. Choose "
                             "Create to make a new Campagna database there, or choose an "
                             "existing file.",
                             {file})
                 .match(dialog.message())
                 .hasMatch(),
             qPrintable(dialog.message()));
    QVERIFY(dialog.createButton()->isVisible());
    QVERIFY(!dialog.database());
    const auto entries = [&dir] {
        return QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    };
    QCOMPARE(entries(), QStringList());

    // Another kind, or another name typed: no Create for it.
    dialog.setKind(ConnectionDialog::Kind::Url);
    QVERIFY(!dialog.createButton()->isVisible());
    dialog.setKind(ConnectionDialog::Kind::SqliteFile);
    QVERIFY(dialog.createButton()->isVisible());
    dialog.sqlitePathEdit()->setText(dir.filePath(QStringLiteral("other.sqlite")));
    QVERIFY(!dialog.createButton()->isVisible());
    dialog.createDatabase();
    QCOMPARE(dialog.state(), ConnectionDialog::State::Editing);
    QCOMPARE(entries(), QStringList());

    // Create: the file, 0600, with the schema.
    fill(dialog, QStringLiteral("sqlite"), {file});
    QTRY_VERIFY_WITH_TIMEOUT(dialog.createButton()->isVisible(), 30000);
    QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), ConnectionDialog::State::ChoosingOperator, 30000);
    QVERIFY(!dialog.isMessageError());
    QVERIFY2(dialog.message().contains(QStringLiteral("was new")), qPrintable(dialog.message()));
    struct stat status = {};
    QVERIFY(::stat(QFile::encodeName(file).constData(), &status) == 0);
    QCOMPARE(int(status.st_mode & 0777), 0600);
    QVERIFY(dialog.database());
    auto version = db::Sql::scalar(dialog.database()->connection(),
                                   QStringLiteral("SELECT max(version) FROM schema_version"));
    QVERIFY(version && version.value() && version.value()->toInt() > 0);
    dialog.database()->closeConnection();
}

void TestConnectionDialog::passwordsAreNotShown_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("unescaped slash") << "postgresql://postgres:Zq8/Kv7@h/db";
    QTest::newRow("unescaped question mark") << "postgresql://postgres:Zq8?Kv7@h/db";
    QTest::newRow("digits then slash") << "postgresql://postgres:123/Zq8Kv7@h/db";
    QTest::newRow("Password capitalised") << "postgresql://postgres@h/db?Password=Zq8Kv7";
    QTest::newRow("ampersand in the password") << "postgresql://postgres@h/db?password=Zq8&Kv7";
    QTest::newRow("refused keyword") << "postgresql://postgres:Zq8Kv7@h/db?sslpassword=x";
    // A well-formed URL whose password the server refuses.
    if (m_passwordServer && !m_passwordServer->directory().isEmpty())
        QTest::newRow("refused by the server")
            << QStringLiteral("postgresql://postgres:Zq8%2FKv7@/campagna_pw?host=") +
                   m_passwordServer->directory();
}

void TestConnectionDialog::passwordsAreNotShown()
{
    QFETCH(QString, url);
    ConnectionDialog dialog;
    dialog.show();
    fill(dialog, QStringLiteral("url"), {url});
    QTRY_VERIFY_WITH_TIMEOUT(dialog.state() == ConnectionDialog::State::Editing &&
                                 !dialog.message().isEmpty(),
                             30000);
    QVERIFY(dialog.isMessageError());
    for (const char *piece : {"Zq8", "Kv7"})
        QVERIFY2(!dialog.message().contains(QLatin1String(piece)), qPrintable(dialog.message()));
    // A password written in the URL is not asked for again.
    QVERIFY(!dialog.passwordDialog());
    QVERIFY(!dialog.database());
}

// libpq's rule, visible: a password file open to group or others is
// ignored (the prompt comes, saying why); made private, it is used.
void TestConnectionDialog::passwordFileOpenToOthersIsIgnored()
{
    if (test::TestDatabase::mayNotRun(QStringLiteral("postgresql")))
        QSKIP("PostgreSQL: run the test through CTest");
    const QString pgpass = m_dir.filePath(QStringLiteral("open-pgpass"));
    {
        QFile file(pgpass);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("*:*:*:postgres:" + Password.toUtf8() + '\n');
    }
    QVERIFY(::chmod(QFile::encodeName(pgpass).constData(), 0644) == 0);
    const QByteArray saved = qgetenv("PGPASSFILE");
    qputenv("PGPASSFILE", QFile::encodeName(pgpass));
    const auto restore = qScopeGuard([&saved] { qputenv("PGPASSFILE", saved); });

    const db::DatabaseUrl url = m_passwordServer->url(QStringLiteral("campagna_pw"));
    {
        ConnectionDialog dialog;
        dialog.show();
        dialog.setUrl(url);
        dialog.connectToDatabase();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.passwordDialog(), 30000);
        const QRegularExpression ignored = expectedMessage(
            "campagna::db::DatabaseUrl",
            "The password file %1 is ignored: group or others may read or change it (as libpq, "
            "Campagna reads it only when it is private). Make it private with: chmod 0600 %1",
            {pgpass});
        QString tail = dialog.message();
        tail = tail.mid(tail.indexOf(QStringLiteral("The password file")));
        QVERIFY2(ignored.match(tail).hasMatch(), qPrintable(dialog.message()));
        QVERIFY(!dialog.message().contains(Password));
        dialog.passwordDialog()->reject();
    }
    // Private: read, no prompt.
    QVERIFY(::chmod(QFile::encodeName(pgpass).constData(), 0600) == 0);
    ConnectionDialog dialog;
    dialog.show();
    dialog.setUrl(url);
    dialog.connectToDatabase();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), ConnectionDialog::State::ChoosingOperator, 30000);
    QVERIFY(!dialog.passwordDialog());
    dialog.database()->closeConnection();
}

void TestConnectionDialog::operatorsArePreselected()
{
    qputenv("USER", "ana");
    const QString file = m_dir.filePath(QStringLiteral("operators.sqlite"));
    {
        ConnectionDialog dialog;
        dialog.show();
        fill(dialog, QStringLiteral("sqlite"), {file});
        // A new file: created (with the schema) when the user chooses
        // Create, and the OS user is its local administrator.
        QTRY_VERIFY_WITH_TIMEOUT(dialog.createButton()->isVisible(), 30000);
        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), ConnectionDialog::State::ChoosingOperator,
                                  30000);
        QVERIFY(QFileInfo(file).size() > 0);
        QVERIFY(!dialog.isMessageError());
        QCOMPARE(dialog.operatorList()->count(), 1);
        QCOMPARE(dialog.operatorList()->currentItem()->text(),
                 QStringLiteral("ana (local administrator)"));
        auto database = dialog.database();
        test::DataBuilder data(*database);
        data.addOperator({.name = QStringLiteral("ana"), .isAdmin = 0});
        data.addOperator({.name = QStringLiteral("bruno"), .isAdmin = 1});
        QVERIFY2(data.ok(), qPrintable(data.error()));
        database->closeConnection();
    }
    ConnectionDialog dialog;
    dialog.show();
    fill(dialog, QStringLiteral("sqlite"), {file});
    QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), ConnectionDialog::State::ChoosingOperator, 30000);
    QStringList texts;
    for (int row = 0; row < dialog.operatorList()->count(); ++row)
        texts << dialog.operatorList()->item(row)->text();
    QCOMPARE(texts, (QStringList{"ana", "bruno (administrator)"}));
    QCOMPARE(dialog.operatorList()->currentItem()->text(), QStringLiteral("ana"));
    // On SQLite any operator may be chosen.
    dialog.operatorList()->setCurrentRow(1);
    QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 30000);
    QCOMPARE(dialog.actor().name, QStringLiteral("bruno"));
    QVERIFY(dialog.actor().isAdmin);
    QVERIFY(dialog.actor().operatorId.has_value());
}

void TestConnectionDialog::postgresUserWithoutOperatorIsRefused()
{
    if (test::TestDatabase::mayNotRun(QStringLiteral("postgresql")))
        QSKIP("PostgreSQL: run the test through CTest");
    auto database = test::TestDatabase::create(QStringLiteral("postgresql"));
    QVERIFY2(database, qPrintable(test::TestDatabase::lastError()));
    const QString clerk = QStringLiteral("clerk_%1").arg(QCoreApplication::applicationPid());
    QSqlDatabase db = database->connection();
    QVERIFY(db::Sql::exec(db, QStringLiteral("CREATE ROLE %1 LOGIN").arg(clerk)));
    QVERIFY(db::Sql::exec(db, QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1")
                                  .arg(clerk)));
    test::DataBuilder data(*database);
    data.addOperator({.name = QStringLiteral("bruno"), .isAdmin = 1});
    QVERIFY2(data.ok(), qPrintable(data.error()));

    db::DatabaseUrl url = db::DatabaseUrl::postgres(database->url().host(), database->url().port(),
                                                    database->url().databaseName(), clerk);
    ConnectionDialog dialog;
    dialog.show();
    dialog.setUrl(url);
    dialog.connectToDatabase();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), ConnectionDialog::State::ChoosingOperator, 30000);
    // No operator named like the user: the refusal names the one to create.
    QVERIFY(dialog.isMessageError());
    QVERIFY2(expectedMessage("campagna::people::ActorResolver",
                             "The database user \"%1\" has no operator: ask an administrator to "
                             "create the operator \"%1\".",
                             {clerk})
                 .match(dialog.message())
                 .hasMatch(),
             qPrintable(dialog.message()));
    QVERIFY(dialog.operatorList()->selectedItems().isEmpty());
    // Acting as another operator is refused too.
    dialog.operatorList()->setCurrentRow(0);
    QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), ConnectionDialog::State::ChoosingOperator, 30000);
    QTRY_VERIFY(expectedMessage("campagna::people::ActorResolver",
                                "The database user \"%1\" may act only as the operator \"%1\", "
                                "not as \"%2\"; only a superuser or the database owner may act "
                                "as another operator.",
                                {clerk, QStringLiteral("bruno")})
                    .match(dialog.message())
                    .hasMatch());
    QVERIFY(dialog.isVisible());
    dialog.reject();
    QVERIFY(db::Sql::exec(db, QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %1")
                                  .arg(clerk)));
}

void TestConnectionDialog::goodOpenSwitchesTheWindow_data()
{
    test::TestDatabase::addBackendRows();
}

void TestConnectionDialog::goodOpenSwitchesTheWindow()
{
    QFETCH(QString, backend);
    if (test::TestDatabase::mayNotRun(backend))
        QSKIP("PostgreSQL: run the test through CTest");
    auto first = test::TestDatabase::create(QStringLiteral("sqlite"));
    QVERIFY2(first, qPrintable(test::TestDatabase::lastError()));
    const db::DatabaseUrl firstUrl = first->url();
    MainWindow window(MainWindow::createEngine(
        first, people::Actor{std::nullopt, QStringLiteral("tester"), true},
        std::make_shared<engine::Clock>(FixedNow)));
    first.reset();
    window.show();

    // A failure first: the window keeps its database.
    ConnectionDialog *dialog = window.openDatabaseDialog();
    QSignalSpy changed(&window, &MainWindow::databaseChanged);
    fill(*dialog, QStringLiteral("url"), {QStringLiteral("postgresql://x@host:port/db")});
    QTRY_VERIFY(!dialog->message().isEmpty());
    QCOMPARE(window.engine()->database()->url(), firstUrl);
    QCOMPARE(changed.count(), 0);

    // Then a good database.
    db::DatabaseUrl target;
    if (backend == u"sqlite") {
        target = db::DatabaseUrl::sqliteFile(m_dir.filePath(QStringLiteral("second.sqlite")));
    } else {
        target = m_passwordServer->url(QStringLiteral("campagna_pw"));
    }
    dialog->setUrl(target);
    dialog->connectToDatabase();
    if (backend == u"sqlite") {
        // A new file: created when the user chooses Create.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->createButton()->isVisible(), 30000);
        QVERIFY(!QFileInfo::exists(target.filePath()));
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
    }
    if (backend == u"postgresql") {
        QTRY_VERIFY_WITH_TIMEOUT(dialog->passwordDialog(), 30000);
        QTest::keyClicks(dialog->passwordDialog()->passwordEdit(), Password);
        dialog->passwordDialog()->accept();
    }
    QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), ConnectionDialog::State::ChoosingOperator, 30000);
    QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 30000);
    QCOMPARE(window.engine()->database()->url().toString(), target.toString());
    // Shown masked when a password was typed.
    const QString shown = window.engine()->database()->url().toDisplayString();
    QCOMPARE(shown, backend == u"sqlite"
                        ? target.toDisplayString()
                        : target.toDisplayString().replace(QStringLiteral("postgres@"),
                                                           QStringLiteral("postgres:****@")));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("databaseStatus"))->text(),
             QStringLiteral("Database: %1").arg(shown));
    // The pages work on the new database: its workflows are read.
    QTRY_VERIFY_WITH_TIMEOUT(window.workflowsPage() && window.workflowsPage()->model()->rowCount() ==
                                                         workflows::WorkflowCatalog::all().size(),
                             30000);

    // Remembered, without any password.
    const QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("database/current")).toString(), target.toString());
    QCOMPARE(window.recentDatabases().value(0), target.toString());
    QCOMPARE(window.recentDatabases().value(1), firstUrl.toString());
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(Password), qPrintable(key));
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
