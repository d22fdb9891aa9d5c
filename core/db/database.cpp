#include "db/database.h"

#include "db/sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStringList>
#include <QUrl>

namespace campagna::db {

namespace {

// A file path as an SQLite URI that opens an existing file read-write (or
// read-only when it is write-protected) and never creates it.
QString sqliteUri(const QString &path)
{
    return QStringLiteral("file:") +
           QString::fromLatin1(QUrl::toPercentEncoding(path, QByteArrayLiteral("/"))) +
           QStringLiteral("?mode=rw");
}

void setUpPostgres(QSqlDatabase &db, const DatabaseUrl &url)
{
    db.setHostName(url.host());
    db.setPort(url.port());
    db.setDatabaseName(url.databaseName());
    db.setUserName(url.userName());
    db.setPassword(url.resolvedPassword());
    auto libpqOptions = url.options();
    if (!libpqOptions.contains(QStringLiteral("connect_timeout")))
        libpqOptions.insert(QStringLiteral("connect_timeout"), QStringLiteral("10"));
    if (!libpqOptions.contains(QStringLiteral("application_name")))
        libpqOptions.insert(QStringLiteral("application_name"), QStringLiteral("campagna"));
    // Quoted: a value with spaces or '=' stays one value.
    db.setConnectOptions(conninfoOptions(libpqOptions));
}

} // namespace

std::atomic<int> Database::s_nextInstance{0};

// Owned by QThreadStorage: removing the named connection when the thread
// ends is what keeps a later thread from inheriting it.
struct Database::ThreadConnection
{
    QString name;
    QString openError;

    ~ThreadConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isValid())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

Database::Database(const DatabaseUrl &url)
    : m_url(url)
    , m_instance(s_nextInstance.fetch_add(1))
{}

Database::~Database()
{
    // Only the calling thread's entry can be freed here; pool threads free
    // theirs when they end (the engine waits for its pool before this).
    if (m_connections.hasLocalData())
        m_connections.setLocalData(nullptr);
}

Result<std::shared_ptr<Database>> Database::open(const DatabaseUrl &url, IfMissing ifMissing)
{
    if (url.isSqlite()) {
        if (auto ready = prepareSqliteFile(url, ifMissing); !ready)
            return ready.error();
    }
    std::shared_ptr<Database> database(new Database(url));
    auto opened = database->openForThisThread();
    if (!opened)
        return opened.error();
    return database;
}

Result<void> Database::prepareSqliteFile(const DatabaseUrl &url, IfMissing ifMissing)
{
    const QFileInfo file(url.filePath());
    if (!file.dir().exists())
        return makeError(Error::Code::Connection,
                         tr("Cannot open the SQLite database %1: the folder %2 does not "
                            "exist.")
                             .arg(url.filePath(), file.absolutePath()));
    if (file.exists() && file.isDir())
        return makeError(Error::Code::Connection,
                         tr("Cannot open the SQLite database %1: it is a folder.")
                             .arg(url.filePath()));
    if (file.exists() || file.isSymLink())
        return {};
    if (ifMissing == IfMissing::Refuse)
        return makeError(Error::Code::NotFound,
                         tr("The SQLite database %1 does not exist; nothing was created. To "
                            "create it, run: campagnactl --db '%2' init (or choose Create in "
                            "the console's Open database dialog).")
                             .arg(url.filePath(), url.toString()));
    // Created here, private, so that SQLite (which creates files 0644 less
    // the umask) only ever opens an existing file.
    QFile created(url.filePath());
    if (!created.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                      QFile::ReadOwner | QFile::WriteOwner) &&
        !created.exists())
        return makeError(Error::Code::Connection,
                         tr("Cannot create the SQLite database %1: %2")
                             .arg(url.filePath(), created.errorString()));
    return {};
}

QSqlDatabase Database::connection()
{
    if (m_connections.hasLocalData()) {
        QSqlDatabase db = QSqlDatabase::database(m_connections.localData()->name, false);
        if (db.isOpen())
            return db;
    }
    auto opened = openForThisThread();
    return opened ? opened.value() : QSqlDatabase();
}

void Database::closeConnection()
{
    if (m_connections.hasLocalData())
        m_connections.setLocalData(nullptr);
}

QString Database::lastOpenError() const
{
    auto &storage = const_cast<QThreadStorage<ThreadConnection *> &>(m_connections);
    return storage.hasLocalData() ? storage.localData()->openError : QString();
}

Result<void> Database::reconnect()
{
    if (m_connections.hasLocalData()) {
        QSqlDatabase db = QSqlDatabase::database(m_connections.localData()->name, false);
        db.close();
    }
    auto opened = openForThisThread();
    if (!opened)
        return opened.error();
    return {};
}

qint64 Database::serverNow()
{
    return dialect().serverNow(connection());
}

Result<QSqlDatabase> Database::openForThisThread()
{
    if (!m_connections.hasLocalData()) {
        auto *entry = new ThreadConnection;
        entry->name =
            QStringLiteral("campagna-%1-%2").arg(m_instance).arg(m_nextConnection.fetch_add(1));
        m_connections.setLocalData(entry);
    }
    ThreadConnection *entry = m_connections.localData();
    QSqlDatabase db = QSqlDatabase::database(entry->name, false);
    if (!db.isValid()) {
        db = QSqlDatabase::addDatabase(
            m_url.isSqlite() ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), entry->name);
    }
    if (!db.isValid()) {
        entry->openError =
            tr("The Qt SQL driver for %1 is not installed.")
                .arg(m_url.isSqlite() ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL"));
        return makeError(Error::Code::Connection, entry->openError);
    }

    if (m_url.isSqlite()) {
        // mode=rw: a file removed since open() is an error, never a new
        // empty database.
        db.setDatabaseName(sqliteUri(m_url.filePath()));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_URI"));
    } else {
        setUpPostgres(db, m_url);
    }

    if (!db.open()) {
        const QString driverText = db.lastError().text().trimmed();
        Error::Code code = Error::Code::Connection;
        if (m_url.isSqlite())
            entry->openError =
                tr("Cannot open the SQLite database %1: %2").arg(m_url.filePath(), driverText);
        else if (driverText.contains(QLatin1String("password authentication failed")) ||
                 driverText.contains(QLatin1String("no password supplied"))) {
            code = Error::Code::Authentication;
            entry->openError = tr("PostgreSQL refused the password for user \"%1\" on %2. Set "
                                  "PGPASSWORD or ~/.pgpass, or enter the password when asked. "
                                  "(%3)")
                                   .arg(m_url.userName(), m_url.toDisplayString(), driverText);
            if (const QString ignored = m_url.passwordFileWarning(); !ignored.isEmpty())
                entry->openError += u' ' + ignored;
        } else {
            entry->openError = tr("Cannot connect to the PostgreSQL database %1: %2")
                                   .arg(m_url.toDisplayString(), driverText);
        }
        return makeError(code, entry->openError);
    }

    // Check that it really is a database, and set the session up.
    const QStringList setup = dialect().sessionSetup();
    for (const QString &statement : std::as_const(setup)) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            QString driverText = query.lastError().text().trimmed();
            if (driverText.isEmpty())
                driverText = tr("the connection to the server was lost");
            db.close();
            // Only SQLITE_NOTADB means "not a database"; an I/O error or a
            // full disk on the first read or write says what it is.
            const bool notADatabase = query.lastError().nativeErrorCode() == u"26" ||
                                      driverText.contains(QLatin1String("not a database"));
            entry->openError = m_url.isSqlite()
                                   ? notADatabase
                                         ? tr("%1 is not a Campagna database (not an SQLite "
                                              "file: %2).")
                                               .arg(m_url.filePath(), driverText)
                                         : tr("Cannot open the SQLite database %1: %2")
                                               .arg(m_url.filePath(), driverText)
                                   : tr("Cannot set up the session on %1: %2")
                                         .arg(m_url.toDisplayString(), driverText);
            return makeError(Error::Code::Connection, entry->openError);
        }
    }
    // Writes, if it was refused, will say why they fail.
    dialect().optionalSessionSetup(db);
    entry->openError.clear();
    return db;
}

bool isTransientError(const QSqlError &error)
{
    if (!error.isValid())
        return false;
    if (error.type() == QSqlError::ConnectionError)
        return true;
    const QString code = error.nativeErrorCode();
    if (code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P")) ||
        code == u"40001" || code == u"40P01")
        return true;
    // SQLite's SQLITE_BUSY (5) and SQLITE_LOCKED (6).
    if (code == u"5" || code == u"6")
        return true;
    const QString text = error.text();
    static const char *const transientTexts[] = {"database is locked",
                                                 "server closed the connection",
                                                 "terminating connection",
                                                 "no connection to the server",
                                                 "could not connect to server",
                                                 "connection to server",
                                                 "SSL SYSCALL error",
                                                 "could not receive data from server",
                                                 "could not send data to server"};
    for (const char *needle : transientTexts) {
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace campagna::db
