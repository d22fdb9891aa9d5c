#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <optional>

namespace campagna::db {

// Small helpers over QSqlQuery that turn driver errors into Result values
// whose message names the statement's purpose and the driver's text.
// Positional '?' parameters only. Callers run them on the calling
// thread's own connection.
class Sql final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::db::Sql)

public:
    static Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql,
                                  const QVariantList &params = {});
    // First column of the first row; nullopt when there is no row.
    static Result<std::optional<QVariant>> scalar(const QSqlDatabase &db, const QString &sql,
                                                  const QVariantList &params = {});
    // Rows changed by an INSERT/UPDATE/DELETE.
    static Result<qint64> update(const QSqlDatabase &db, const QString &sql,
                                 const QVariantList &params = {});
    // Whether the connection is PostgreSQL's, where the server judges the
    // rights: operators write only through Campagna's SECURITY DEFINER
    // functions (0004_rights_audit.sql).
    static bool isPostgres(const QSqlDatabase &db);
    // Error with code Transient when isTransientError() says so; Forbidden
    // (42501), NotFound (P0002) or Failed (P0001) with the server's own
    // message when the server or one of Campagna's functions refused.
    static Error errorFrom(const QSqlError &error, const QString &sql);
};

// An explicit write transaction: `BEGIN IMMEDIATE` on SQLite (a deferred
// transaction that reads then writes fails under concurrency), `BEGIN` on
// PostgreSQL. Rolls back on destruction unless committed.
class WriteTransaction final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::db::WriteTransaction)

public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    Result<void> begin();
    Result<void> commit();
    void rollback();
    bool isActive() const { return m_active; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace campagna::db
