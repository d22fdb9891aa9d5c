#include "db/database.h"
#include "db/sql.h"
#include "engine/bootstrap.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>

using campagna::Error;
using campagna::db::Database;
using campagna::db::DatabaseUrl;
using campagna::db::Sql;
using campagna::engine::Bootstrap;

namespace {

constexpr qint64 FixedNow = 1'800'000'000;

// The permission bits of `path` (no symbolic link followed), or -1.
int modeOf(const QString &path)
{
    struct stat status = {};
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return int(status.st_mode & 07777);
}

QString octal(int mode)
{
    return QString::number(mode, 8);
}

// A PostgreSQL URL of a fresh database with extra query parameters.
std::optional<DatabaseUrl> postgresWith(const QString &parameters)
{
    const auto fresh = campagna::test::TestDatabase::freshUrl(QStringLiteral("postgresql"));
    if (!fresh)
        return std::nullopt;
    const QString text = fresh->toString();
    auto parsed = DatabaseUrl::parse(text + (text.contains(u'?') ? u'&' : u'?') + parameters);
    if (!parsed)
        return std::nullopt;
    return parsed.value();
}

} // namespace

// The database layer's side effects: what it creates, with which
// permissions, and what it passes to libpq.
class TestDatabaseLayer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The usual umask: the modes below are Campagna's, not the umask's.
        ::umask(022);
        QCoreApplication::setApplicationName(QStringLiteral("tst_database"));
    }

    void newSqliteFilesArePrivate()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("private.sqlite"));
        auto database = Database::open(DatabaseUrl::sqliteFile(path));
        QVERIFY2(database, qPrintable(database.errorMessage()));
        QCOMPARE(octal(modeOf(path)), QStringLiteral("600"));
        // A write: SQLite's WAL files take the database file's mode.
        auto initialised = Bootstrap::initialise(*database.value(), FixedNow);
        QVERIFY2(initialised, qPrintable(initialised.errorMessage()));
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        QCOMPARE(octal(modeOf(path + QStringLiteral("-wal"))), QStringLiteral("600"));
        QCOMPARE(octal(modeOf(path + QStringLiteral("-shm"))), QStringLiteral("600"));
        database.value().reset();

        // A rollback journal (another program's journal mode) too.
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                         QStringLiteral("journal"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = PERSIST")));
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE scratch (x INTEGER)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("journal"));
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-journal")));
        QCOMPARE(octal(modeOf(path + QStringLiteral("-journal"))), QStringLiteral("600"));
    }

    // An existing file keeps the permissions its owner gave it.
    void existingSqliteFilesKeepTheirMode()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
        QVERIFY(Database::open(DatabaseUrl::sqliteFile(path)));
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0640) == 0);
        QVERIFY(Database::open(DatabaseUrl::sqliteFile(path)));
        QCOMPARE(octal(modeOf(path)), QStringLiteral("640"));
    }

    void missingSqliteFileIsRefusedAndNotCreated()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
        const DatabaseUrl url = DatabaseUrl::sqliteFile(path);

        auto refused = Database::open(url, Database::IfMissing::Refuse);
        QVERIFY(!refused);
        QCOMPARE(refused.errorCode(), Error::Code::NotFound);
        QVERIFY2(refused.errorMessage().contains(path) &&
                     refused.errorMessage().contains(QStringLiteral("init")),
                 qPrintable(refused.errorMessage()));

        auto opened = Bootstrap::open(url, false, FixedNow);
        QVERIFY(!opened);
        QCOMPARE(opened.errorCode(), Error::Code::NotFound);
        QCOMPARE(opened.errorMessage(), refused.errorMessage());
        // Nothing at all in the folder: no file, no -wal, -shm, -journal.
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot |
                                            QDir::Hidden),
                 QStringList());

        // With create, it is: private, with the schema.
        auto created = Bootstrap::open(url, true, FixedNow);
        QVERIFY2(created, qPrintable(created.errorMessage()));
        QCOMPARE(octal(modeOf(path)), QStringLiteral("600"));
    }

    // A file removed while the database is in use: a thread's new
    // connection fails, and does not create an empty database instead.
    void removedSqliteFileIsNotRecreated()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("removed.sqlite"));
        auto database = Database::open(DatabaseUrl::sqliteFile(path));
        QVERIFY(database);
        QVERIFY(QFile::remove(path));
        bool open = true;
        QString error;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            open = database.value()->connection().isOpen();
            error = database.value()->lastOpenError();
        }));
        thread->start();
        QVERIFY(thread->wait(30000));
        QVERIFY(!open);
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
    }

    void dataDirectoryIsPrivate()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QByteArray saved = qgetenv("XDG_DATA_HOME");
        const QString dataHome = home.filePath(QStringLiteral("share"));
        qputenv("XDG_DATA_HOME", QFile::encodeName(dataHome));
        const QString directory = Bootstrap::dataDirectory();
        qputenv("XDG_DATA_HOME", saved);
        QVERIFY2(directory.startsWith(dataHome), qPrintable(directory));
        QVERIFY(QFileInfo(directory).isDir());
        // Every folder it created, from XDG_DATA_HOME down, is 0700.
        for (QString folder = directory; folder.size() >= dataHome.size();
             folder = QFileInfo(folder).path())
            QVERIFY2(modeOf(folder) == 0700,
                     qPrintable(QStringLiteral("%1: %2").arg(folder, octal(modeOf(folder)))));
        // The default database goes there, and is not created by naming it.
        QVERIFY(!QFileInfo::exists(Bootstrap::defaultDatabase(false).filePath()));
    }

    // Option values with spaces, '=', quotes and backslashes reach the
    // server whole; none adds a connection keyword (a database, a host).
    void optionValuesStayWhole_data()
    {
        QTest::addColumn<QString>("parameters");
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("expected");
        QTest::newRow("options with a space")
            << "options=-c%20search_path%3Dcampagna_x" << "search_path" << "campagna_x";
        QTest::newRow("a keyword after a space")
            << "application_name=a%20dbname%3Dpostgres" << "application_name"
            << "a dbname=postgres";
        QTest::newRow("a quote to close the value")
            << "application_name=a%27%20dbname%3D%27postgres" << "application_name"
            << "a' dbname='postgres";
        QTest::newRow("a backslash to escape the quote")
            << "application_name=a%5C%27%20dbname%3Dpostgres" << "application_name"
            << "a\\' dbname=postgres";
        QTest::newRow("options smuggling a host")
            << "options=-c%20work_mem%3D8MB%20host%3D/nonexistent" << "work_mem" << "8MB";
    }

    void optionValuesStayWhole()
    {
        QFETCH(QString, parameters);
        QFETCH(QString, setting);
        QFETCH(QString, expected);
        if (campagna::test::TestDatabase::mayNotRun(QStringLiteral("postgresql")))
            QSKIP("PostgreSQL: CAMPAGNA_TEST_PG is not set (run the test through CTest)");
        const auto url = postgresWith(parameters);
        QVERIFY2(url, qPrintable(campagna::test::TestDatabase::lastError()));
        if (setting == u"work_mem") {
            // The server gets the whole text, and refuses its stray
            // argument: "host=/nonexistent" was no connection keyword.
            auto database = Database::open(*url);
            QVERIFY(!database);
            QVERIFY2(database.errorMessage().contains(QStringLiteral("command-line argument")),
                     qPrintable(database.errorMessage()));
            return;
        }
        auto database = Database::open(*url);
        QVERIFY2(database, qPrintable(database.errorMessage()));
        QSqlDatabase db = database.value()->connection();
        auto name = Sql::scalar(db, QStringLiteral("SELECT current_database()"));
        QVERIFY(name && name.value());
        QCOMPARE(name.value()->toString(), url->databaseName());
        auto value = Sql::scalar(db, QStringLiteral("SELECT current_setting('%1')").arg(setting));
        QVERIFY(value && value.value());
        QCOMPARE(value.value()->toString(), expected);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseLayer)
#include "tst_database.moc"
