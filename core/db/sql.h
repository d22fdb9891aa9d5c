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
    // Error with code Transient when isTransientError() says so; Forbidden
    // (42501), NotFound (P0002) or Failed (P0001) with the server's own
    // message when the server or one of Campagna's functions refused.
    static Error errorFrom(const QSqlError &error, const QString &sql);
};

// An explicit write transaction, begun as Dialect::beginWriteSql() says
// (`BEGIN IMMEDIATE` on SQLite). Rolls back on destruction unless
// committed.
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

// An explicit read-only transaction that reads one snapshot for all its
// SELECTs (Dialect::beginReadSql()). Ended by ROLLBACK on destruction:
// there is nothing to keep.
class ReadTransaction final
{
public:
    explicit ReadTransaction(QSqlDatabase db);
    ~ReadTransaction();
    Q_DISABLE_COPY_MOVE(ReadTransaction)

    Result<void> begin();
    bool isActive() const { return m_active; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace campagna::db
