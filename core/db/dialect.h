#pragma once

#include "db/backend.h"
#include "common/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <functional>

namespace campagna::db {

// Everything that differs between the two database servers, in one place:
// SQL snippets, limits, session set-up, error classification, how
// transactions begin, and the capabilities that decide how the rest of the
// program writes. Code outside core/db asks a Dialect (or DatabaseUrl)
// what it needs; it never tests which server it is on.
//
// Obtained from Database::dialect(), or Dialect::of(connection) for code
// that only holds a connection. One immutable instance per backend: safe to
// share between threads; its statements run on the connection passed in.
class Dialect
{
public:
    static const Dialect &of(Backend backend);
    static const Dialect &of(const QSqlDatabase &db);
    virtual ~Dialect() = default;
    Q_DISABLE_COPY_MOVE(Dialect)

    // --- Capabilities

    // Whether the database server judges the operators' rights. True on
    // PostgreSQL: operators write only through Campagna's SECURITY DEFINER
    // functions (campagna_*, 0004_rights_audit.sql), which check the right,
    // write the rows and the audit, and refuse the rest; the program calls
    // them instead of writing. False on SQLite: whoever can write the file
    // owns it, and the program checks the rights and writes the rows and
    // the audit itself.
    virtual bool serverJudgesRights() const = 0;
    // Whether the database lets one writer in at a time (SQLite): writers
    // of one process then take turns in the process rather than wait on
    // the database's busy timeout.
    virtual bool singleWriter() const = 0;
    // Whether rows can be locked one by one (forUpdate() is not empty).
    // Without, the write transaction locks the whole database.
    virtual bool hasRowLocks() const = 0;

    // --- SQL snippets

    // An SQL expression for "now" in Unix seconds by the server's clock, the
    // clock of leases.
    virtual QString nowSql() const = 0;
    // The same clock read from `db`, in Unix seconds (the system clock when
    // the database is a file on this machine, or the server cannot answer).
    virtual qint64 serverNow(const QSqlDatabase &db) const = 0;
    // Row-lock clauses to append to a SELECT, with their leading space:
    // " FOR UPDATE [OF t, ...]" (the tables' aliases: no lock on the
    // nullable side of an outer join), the same with SKIP LOCKED (rows
    // locked by another transaction are left out), " FOR SHARE". Empty
    // without row locks, where a write transaction already excludes every
    // other writer.
    virtual QString forUpdate(const QStringList &tables = {}) const = 0;
    virtual QString forUpdateSkipLocked() const = 0;
    virtual QString forShare() const = 0;
    // A SELECT of two columns, `id` and `fresh_id`: for each row `s` of
    // `table` that meets `condition` (which names it `s`), in id order, an
    // id that `table` will give no other row: from its identity sequence,
    // or above its largest id where the write transaction excludes every
    // other writer.
    virtual QString freshIdsSql(const QString &table, const QString &condition) const = 0;
    // After rows were inserted with explicit ids: moves `table`'s identity
    // past them, so that later inserts get fresh ids (nothing to do where
    // the next id is the largest plus one).
    virtual Result<void> resetIdentity(const QSqlDatabase &db, const QString &table) const = 0;

    // A case-sensitive match of `column` against a LIKE pattern ('%' any
    // text, '_' any one character, no escape character: '\' is literal):
    // the condition, with one '?', and the value to bind.
    struct Match
    {
        QString condition;
        QString value;
    };
    virtual Match caseSensitiveLike(const QString &column, const QString &pattern) const = 0;
    // A case-insensitive match of `column` holding `text` (wildcards in it
    // are literal): the condition, with one '?', and the value to bind.
    static Match containsIgnoringCase(const QString &column, const QString &text);

    // --- Limits

    // Bound parameters per statement for bulk inserts: within the server's
    // limit and where binding stays fast.
    virtual int maxBoundParameters() const = 0;

    // --- Sessions

    // Statements that set a new connection's session up; the first also
    // checks that the target really is a database.
    virtual QStringList sessionSetup() const = 0;
    // Set-up that may be refused without harm (SQLite's WAL on a read-only
    // file: the database still works for reading).
    virtual void optionalSessionSetup(const QSqlDatabase &db) const = 0;
    // Inside a write transaction: the server ends the transaction (and the
    // session) once it has stayed idle for `seconds`, so that a frozen
    // runner cannot keep its rows locked (nothing to do without row locks).
    virtual Result<void> limitIdleTransaction(const QSqlDatabase &db, int seconds) const = 0;
    // Prepares `db`'s session for loading much data in one transaction;
    // returns what puts it back as it was.
    virtual std::function<void()> prepareBulkLoad(const QSqlDatabase &db) const = 0;

    // --- Errors (see also Sql::errorFrom() and isTransientError())

    // Whether the database refused the statement itself (too large or too
    // complex for it, a column it does not have), rather than failing for a
    // transient reason or damage.
    virtual bool refusedStatement(const QSqlError &error) const = 0;

    // --- Transactions (WriteTransaction, ReadTransaction)

    // Begins a transaction that will write: it must not fail on its first
    // write because another connection wrote since its first read.
    virtual QString beginWriteSql() const = 0;
    // Begins a read-only transaction that reads one snapshot throughout.
    virtual QString beginReadSql() const = 0;

protected:
    Dialect() = default;
};

} // namespace campagna::db
