#include "db/sql.h"

#include "db/database.h"
#include "db/dialect.h"

#include <QSqlError>

namespace campagna::db {

Error Sql::errorFrom(const QSqlError &error, const QString &sql)
{
    QString statement = sql.simplified();
    if (statement.size() > 160)
        statement = statement.left(157) + QStringLiteral("...");
    const QString code = error.nativeErrorCode();
    // The server refused: a missing privilege (42501), or one of the
    // refusals of Campagna's own functions (0004_rights_audit.sql), whose
    // message already says what and who may.
    if (code == u"42501" || code == u"P0001" || code == u"P0002") {
        QString reason = error.databaseText().trimmed();
        if (const qsizetype context = reason.indexOf(QLatin1String("\nCONTEXT:")); context > 0)
            reason.truncate(context);
        if (reason.startsWith(QLatin1String("ERROR:")))
            reason = reason.mid(6).trimmed();
        if (code == u"42501")
            return makeError(Error::Code::Forbidden,
                             tr("Refused by the database server: %1").arg(reason));
        return makeError(code == u"P0002" ? Error::Code::NotFound : Error::Code::Failed, reason);
    }
    const bool busy = (code == u"5" || code == u"6") &&
                      error.text().contains(QLatin1String("locked"), Qt::CaseInsensitive);
    // PostgreSQL's numeric_value_out_of_range, SQLite's SUM() overflow, or
    // a computed figure beyond 64 bits that SQLite made a REAL and the
    // integer checks of migration 5 refused: an absurd amount or quantity
    // in the data, not a fault of the program.
    const bool overflow = code == u"22003" ||
                          error.text().contains(QLatin1String("integer overflow")) ||
                          error.text().contains(QLatin1String(" must be an integer"));
    // SQLITE_BUSY after the busy timeout: say what it means for people.
    const QString message =
        overflow ? tr("A figure is out of range: an amount or a quantity in the data is too "
                      "large to compute with; correct it (%1, in: %2).")
                       .arg(error.text().trimmed(), statement)
        : busy ? tr("The database is busy: another connection has kept it locked for writing "
                  "longer than the %1 s this program waits (%2, in: %3).")
                   .arg(5)
                   .arg(error.text().trimmed(), statement)
             : tr("Database error: %1 (in: %2)").arg(error.text().trimmed(), statement);
    return makeError(isTransientError(error) ? Error::Code::Transient : Error::Code::Failed,
                     message);
}

Result<QSqlQuery> Sql::exec(const QSqlDatabase &db, const QString &sql, const QVariantList &params)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (params.isEmpty()) {
        if (!query.exec(sql))
            return errorFrom(query.lastError(), sql);
        return query;
    }
    if (!query.prepare(sql))
        return errorFrom(query.lastError(), sql);
    for (const QVariant &value : params)
        query.addBindValue(value);
    if (!query.exec())
        return errorFrom(query.lastError(), sql);
    return query;
}

Result<std::optional<QVariant>> Sql::scalar(const QSqlDatabase &db, const QString &sql,
                                            const QVariantList &params)
{
    auto query = exec(db, sql, params);
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<QVariant>();
    return std::optional<QVariant>(query->value(0));
}

Result<qint64> Sql::update(const QSqlDatabase &db, const QString &sql, const QVariantList &params)
{
    auto query = exec(db, sql, params);
    if (!query)
        return query.error();
    return qint64(query->numRowsAffected());
}

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

Result<void> WriteTransaction::begin()
{
    auto begun = Sql::exec(m_db, Dialect::of(m_db).beginWriteSql());
    if (!begun)
        return begun.error();
    m_active = true;
    return {};
}

Result<void> WriteTransaction::commit()
{
    if (!m_active)
        return makeError(Error::Code::Failed, tr("No transaction to commit."));
    auto committed = Sql::exec(m_db, QStringLiteral("COMMIT"));
    if (!committed) {
        rollback();
        return committed.error();
    }
    m_active = false;
    return {};
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
}

ReadTransaction::ReadTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{}

ReadTransaction::~ReadTransaction()
{
    if (!m_active)
        return;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
}

Result<void> ReadTransaction::begin()
{
    auto begun = Sql::exec(m_db, Dialect::of(m_db).beginReadSql());
    if (!begun)
        return begun.error();
    m_active = true;
    return {};
}

} // namespace campagna::db
