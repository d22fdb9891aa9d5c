#include "sqlqueries.h"

#include "db/sql.h"

namespace campagna::test {

using db::Sql;

qint64 scalarInt(db::Database &database, const QString &sql, const QVariantList &params)
{
    auto value = Sql::scalar(database.connection(), sql, params);
    if (!value)
        qWarning("%s", qPrintable(value.errorMessage()));
    return value && value.value() && !value.value()->isNull() ? value.value()->toLongLong() : -1;
}

QString scalarText(db::Database &database, const QString &sql, const QVariantList &params)
{
    auto value = Sql::scalar(database.connection(), sql, params);
    if (!value)
        return QStringLiteral("error: ") + value.errorMessage();
    if (!value.value())
        return QStringLiteral("<none>");
    return value.value()->isNull() ? QStringLiteral("NULL") : value.value()->toString();
}

QStringList column(db::Database &database, const QString &sql, const QVariantList &params)
{
    QStringList values;
    auto query = Sql::exec(database.connection(), sql, params);
    if (!query)
        return {QStringLiteral("error: ") + query.errorMessage()};
    while (query->next())
        values << (query->isNull(0) ? QStringLiteral("NULL") : query->value(0).toString());
    return values;
}

} // namespace campagna::test
