#include "db/dialect.h"

#include "db/database.h"
#include "db/sql.h"

#include <QDateTime>
#include <QSqlQuery>

namespace campagna::db {

namespace {

// LIKE's wildcards as GLOB's, every other character literal. GLOB is
// SQLite's case-sensitive matcher; its LIKE ignores ASCII case. In GLOB a
// lone ']' is literal, and '[', '*' and '?' are literal inside a bracket.
QString likeToGlob(const QString &pattern)
{
    QString glob;
    glob.reserve(pattern.size() + 8);
    for (const QChar c : pattern) {
        switch (c.unicode()) {
        case u'%':
            glob += u'*';
            break;
        case u'_':
            glob += u'?';
            break;
        case u'*':
            glob += QStringLiteral("[*]");
            break;
        case u'?':
            glob += QStringLiteral("[?]");
            break;
        case u'[':
            glob += QStringLiteral("[[]");
            break;
        default:
            glob += c;
        }
    }
    return glob;
}

// SQLite: one file, one writer at a time (BEGIN IMMEDIATE), no server, no
// rights but the file's.
class SqliteDialect final : public Dialect
{
public:
    bool serverJudgesRights() const override { return false; }
    bool singleWriter() const override { return true; }
    bool hasRowLocks() const override { return false; }

    QString nowSql() const override
    {
        return QStringLiteral("CAST(strftime('%s', 'now') AS INTEGER)");
    }
    qint64 serverNow(const QSqlDatabase &) const override
    {
        return QDateTime::currentSecsSinceEpoch();
    }
    QString forUpdate(const QStringList &) const override { return {}; }
    QString forUpdateSkipLocked() const override { return {}; }
    QString forShare() const override { return {}; }
    QString freshIdsSql(const QString &table, const QString &condition) const override
    {
        return QStringLiteral("SELECT s.id AS id, (SELECT COALESCE(MAX(x.id), 0) FROM %1 x) "
                              "+ row_number() OVER (ORDER BY s.id) AS fresh_id "
                              "FROM %1 s WHERE %2")
            .arg(table, condition);
    }
    Result<void> resetIdentity(const QSqlDatabase &, const QString &) const override { return {}; }

    // SQLite's LIKE ignores ASCII case: the same pattern as a GLOB.
    Match caseSensitiveLike(const QString &column, const QString &pattern) const override
    {
        return {column + QStringLiteral(" GLOB ?"), likeToGlob(pattern)};
    }

    // SQLite's limit is 32766, but Qt's QSQLITE driver looks each
    // parameter up by position in a list as long as the statement's
    // (sqlite3_bind_parameter_name): binding is quadratic in the parameters
    // of one statement.
    int maxBoundParameters() const override { return 1000; }

    QStringList sessionSetup() const override
    {
        return {QStringLiteral("SELECT count(*) FROM sqlite_master"),
                QStringLiteral("PRAGMA foreign_keys = ON"),
                QStringLiteral("PRAGMA busy_timeout = 5000"),
                QStringLiteral("PRAGMA synchronous = NORMAL")};
    }
    void optionalSessionSetup(const QSqlDatabase &db) const override
    {
        QSqlQuery wal(db);
        wal.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    }
    Result<void> limitIdleTransaction(const QSqlDatabase &, int) const override { return {}; }
    // The whole load is one transaction whose indexes are written in random
    // order; with the default 2 MB page cache most of the time went to
    // re-reading and re-writing pages. The cache grows for the load.
    std::function<void()> prepareBulkLoad(const QSqlDatabase &db) const override
    {
        auto size = Sql::scalar(db, QStringLiteral("PRAGMA cache_size"));
        if (!size || !size.value())
            return [] { /* nothing to put back */ };
        const qint64 previous = size.value()->toLongLong();
        (void)Sql::exec(db, QStringLiteral("PRAGMA cache_size = -131072")); // 128 MiB
        return [db, previous] {
            (void)Sql::exec(db, QStringLiteral("PRAGMA cache_size = %1").arg(previous));
        };
    }

    // By SQLite's primary code: SQLITE_ERROR (1), SQLITE_TOOBIG (18),
    // SQLITE_RANGE (25). Qt's driver reports every failed step as a
    // ConnectionError, which isTransientError() counts as transient, so
    // the error type cannot tell.
    bool refusedStatement(const QSqlError &error) const override
    {
        bool isNumber = false;
        const int primary = error.nativeErrorCode().toInt(&isNumber) & 0xff;
        return isNumber && (primary == 1 || primary == 18 || primary == 25);
    }

    // A deferred transaction that reads then writes fails under
    // concurrency; in WAL a deferred one reads one snapshot from its first
    // SELECT on.
    QString beginWriteSql() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    QString beginReadSql() const override { return QStringLiteral("BEGIN"); }
};

// PostgreSQL: a server with its own clock, row locks and the rights.
class PostgresDialect final : public Dialect
{
public:
    bool serverJudgesRights() const override { return true; }
    bool singleWriter() const override { return false; }
    bool hasRowLocks() const override { return true; }

    QString nowSql() const override
    {
        return QStringLiteral("CAST(EXTRACT(EPOCH FROM clock_timestamp()) AS BIGINT)");
    }
    qint64 serverNow(const QSqlDatabase &db) const override
    {
        auto now = Sql::scalar(db, QStringLiteral("SELECT ") + nowSql());
        if (now && now.value())
            return now.value()->toLongLong();
        return QDateTime::currentSecsSinceEpoch();
    }
    QString forUpdate(const QStringList &tables) const override
    {
        return tables.isEmpty()
                   ? QStringLiteral(" FOR UPDATE")
                   : QStringLiteral(" FOR UPDATE OF ") + tables.join(QStringLiteral(", "));
    }
    QString forUpdateSkipLocked() const override
    {
        return QStringLiteral(" FOR UPDATE SKIP LOCKED");
    }
    QString forShare() const override { return QStringLiteral(" FOR SHARE"); }
    QString freshIdsSql(const QString &table, const QString &condition) const override
    {
        return QStringLiteral("SELECT t.id AS id, nextval(pg_get_serial_sequence('%1', 'id')) "
                              "AS fresh_id FROM (SELECT s.id FROM %1 s WHERE %2 ORDER BY s.id) t")
            .arg(table, condition);
    }
    // Explicit ids do not advance identity sequences.
    Result<void> resetIdentity(const QSqlDatabase &db, const QString &table) const override
    {
        auto reset = Sql::exec(db, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', "
                                                  "'id'), COALESCE((SELECT max(id) FROM %1), 0) "
                                                  "+ 1, false)")
                                       .arg(table));
        if (!reset)
            return reset.error();
        return {};
    }

    // PostgreSQL's LIKE is case-sensitive; no escape character, so that
    // '\' is literal as in SQLite.
    Match caseSensitiveLike(const QString &column, const QString &pattern) const override
    {
        return {column + QStringLiteral(" LIKE ? ESCAPE ''"), pattern};
    }

    // QPSQL binds in linear time: large statements, few round trips.
    int maxBoundParameters() const override { return 30000; }

    QStringList sessionSetup() const override
    {
        return {QStringLiteral("SET TIME ZONE 'UTC'"),
                QStringLiteral("SET client_min_messages = warning")};
    }
    void optionalSessionSetup(const QSqlDatabase &) const override {}
    // A runner frozen inside a transaction (SIGSTOP, a suspended VM) would
    // hold its row locks, the workflow row's among them, for ever: no other
    // runner could take the lease once it expires. The server ends such a
    // transaction once it has been idle as long as the lease lasts; the
    // runner, if it ever wakes, finds its connection gone and its fence
    // taken.
    Result<void> limitIdleTransaction(const QSqlDatabase &db, int seconds) const override
    {
        auto limited =
            Sql::exec(db, QStringLiteral("SET LOCAL idle_in_transaction_session_timeout = %1")
                              .arg(qint64(seconds) * 1000));
        if (!limited)
            return limited.error();
        return {};
    }
    std::function<void()> prepareBulkLoad(const QSqlDatabase &) const override
    {
        return [] { /* nothing to put back */ };
    }

    // What is not transient.
    bool refusedStatement(const QSqlError &error) const override
    {
        return !isTransientError(error);
    }

    QString beginWriteSql() const override { return QStringLiteral("BEGIN"); }
    // REPEATABLE READ reads one snapshot; READ ONLY guarantees no write.
    QString beginReadSql() const override
    {
        return QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    }
};

} // namespace

const Dialect &Dialect::of(Backend backend)
{
    static const SqliteDialect sqlite;
    static const PostgresDialect postgres;
    if (backend == Backend::Sqlite)
        return sqlite;
    return postgres;
}

const Dialect &Dialect::of(const QSqlDatabase &db)
{
    return of(db.driverName() == u"QSQLITE" ? Backend::Sqlite : Backend::Postgres);
}

Dialect::Match Dialect::containsIgnoringCase(const QString &column, const QString &text)
{
    QString pattern = text.toLower();
    pattern.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return {QStringLiteral("LOWER(%1) LIKE ? ESCAPE '\\'").arg(column),
            QString(u'%' + pattern + u'%')};
}

} // namespace campagna::db
