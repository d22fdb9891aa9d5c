#include "sqlseed.h"

#include "db/sql.h"

namespace campagna::test {

using db::Sql;

qint64 SqlSeed::insert(const QString &sql, const QVariantList &params)
{
    auto id = Sql::scalar(m_db, sql + QStringLiteral(" RETURNING id"), params);
    if (!id || !id.value()) {
        if (m_error.isEmpty())
            m_error = id ? QStringLiteral("no id from: ") + sql : id.errorMessage();
        return -1;
    }
    return id.value()->toLongLong();
}

void SqlSeed::exec(const QString &sql, const QVariantList &params)
{
    auto done = Sql::exec(m_db, sql, params);
    if (!done && m_error.isEmpty())
        m_error = done.errorMessage();
}

} // namespace campagna::test
