#pragma once

#include "db/backend.h"
#include "db/databaseurl.h"
#include "db/dialect.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QThreadStorage>

#include <atomic>
#include <memory>

namespace campagna::db {

// One database Campagna works on, shared by every thread.
//
// Threading: connection() returns a QSqlDatabase owned by the calling
// thread, opened on first use under a unique name and removed when the
// thread ends (see PLATFORM.md). Never pass the returned QSqlDatabase to
// another thread. SQLite connections get WAL, busy_timeout 5 s and
// foreign_keys=ON, and never create the file (SQLite's mode=rw): only
// open() with IfMissing::Create does, private to its owner (0600; SQLite
// gives its -wal, -shm and -journal files the same mode).
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::db::Database)

public:
    // What open() does with a SQLite file that does not exist.
    enum class IfMissing { Create, Refuse };

    // Opens a first connection on the calling thread and checks that the
    // target really is a database (exit code 2 material when not). A
    // missing SQLite file is created (mode 0600) or refused with a NotFound
    // error that names it and says how to create it.
    static Result<std::shared_ptr<Database>> open(const DatabaseUrl &url,
                                                  IfMissing ifMissing = IfMissing::Create);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    const DatabaseUrl &url() const { return m_url; }
    Backend backend() const { return m_url.backend(); }
    bool isSqlite() const { return m_url.isSqlite(); }
    // What differs on this backend: ask it rather than test the backend.
    const Dialect &dialect() const { return Dialect::of(backend()); }

    // The calling thread's connection, opened if needed. Check isOpen().
    QSqlDatabase connection();
    // Closes and forgets the calling thread's connection (a later
    // connection() opens a new one). For threads that borrow the database
    // briefly, such as a connection dialog's worker, and must not keep a
    // connection open after their task.
    void closeConnection();
    // The error of the last failed open on this thread, if any.
    QString lastOpenError() const;
    // Closes and reopens the calling thread's connection (after a lost
    // server); returns the open error if it fails again.
    Result<void> reconnect();

    // Runs fn(connection) on the calling thread's connection. When the
    // connection cannot be opened, fails with Error::Code::Connection; when
    // fn fails with a transient error (server restarted, connection cut,
    // database busy), reconnects once and runs fn again. For short reads
    // and single-statement writes; runs of workflows use RunContext::unit().
    template<typename Fn> auto withConnection(Fn fn) -> decltype(fn(std::declval<QSqlDatabase &>()))
    {
        for (int attempt = 1;; ++attempt) {
            QSqlDatabase db = connection();
            if (!db.isOpen())
                return makeError(Error::Code::Connection, lastOpenError());
            auto result = fn(db);
            if (result.ok() || result.errorCode() != Error::Code::Transient || attempt == 2)
                return result;
            (void)reconnect();
        }
    }

    // Dialect::serverNow() on the calling thread's connection: the clock of
    // leases, in Unix seconds.
    qint64 serverNow();

private:
    explicit Database(const DatabaseUrl &url);
    static Result<void> prepareSqliteFile(const DatabaseUrl &url, IfMissing ifMissing);
    Result<QSqlDatabase> openForThisThread();

    struct ThreadConnection;
    DatabaseUrl m_url;
    QThreadStorage<ThreadConnection *> m_connections;
    int m_instance;
    static std::atomic<int> s_nextInstance;
    std::atomic<int> m_nextConnection{0};
};

// True for errors that a retry after reconnecting may cure: a lost
// connection (Qt ConnectionError, SQLSTATE 08xxx and 57Pxx), a serialisation
// failure or deadlock (40001, 40P01), a busy or locked SQLite database.
bool isTransientError(const QSqlError &error);

} // namespace campagna::db
