#include "common/rowsource.h"

#include "db/sql.h"

#include <QCoreApplication>
#include <QSqlRecord>
#include <QStringList>

#include <utility>

namespace campagna {

RowSource::RowSource(const char *context, QList<QueryColumn> columns)
    : m_context(context)
    , m_columns(std::move(columns))
{}

RowSource::~RowSource() = default;

int RowSource::indexOf(const QString &key) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).key == key)
            return i;
    }
    return -1;
}

QVariant RowSource::value(const QVariantList &row, const QString &key) const
{
    const int column = indexOf(key);
    return column < 0 ? QVariant() : row.value(column + 1);
}

QString RowSource::header(int column) const
{
    if (column < 0 || column >= m_columns.size() || !m_columns.at(column).header)
        return {};
    return QCoreApplication::translate(m_context, m_columns.at(column).header);
}

SqlRowSource::SqlRowSource(const char *context, QList<QueryColumn> columns, QString id,
                           QString from, QVariantList params, QString defaultOrder)
    : RowSource(context, std::move(columns))
    , m_id(std::move(id))
    , m_from(std::move(from))
    , m_params(std::move(params))
    , m_defaultOrder(std::move(defaultOrder))
{}

Result<qint64> SqlRowSource::count(const QSqlDatabase &db) const
{
    auto total = db::Sql::scalar(db, QStringLiteral("SELECT COUNT(*) ") + m_from, m_params);
    if (!total)
        return total.error();
    return total.value() ? total.value()->toLongLong() : qint64(0);
}

Result<QList<QVariantList>> SqlRowSource::rows(const QSqlDatabase &db, const RowSort &sort,
                                               int limit, int offset) const
{
    QStringList select{m_id};
    for (const QueryColumn &column : columns())
        select << (column.expression.isEmpty() ? QStringLiteral("NULL") : column.expression);
    // A sort by a column ends with the id in the same direction, so that
    // windows never overlap; the default order names its own tie-break.
    const int sorted = indexOf(sort.key);
    const QString direction = sort.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString order = m_defaultOrder.isEmpty() ? m_id + u" ASC" : m_defaultOrder;
    if (sorted >= 0 && !columns().at(sorted).sortKey.isEmpty())
        order = columns().at(sorted).sortKey + direction + u", " + m_id + direction;
    const QString sql = u"SELECT " + select.join(QStringLiteral(", ")) + u' ' + m_from +
                        u" ORDER BY " + order + u" LIMIT ? OFFSET ?";
    QVariantList params = m_params;
    params << qMax(0, limit) << qMax(0, offset);
    auto query = db::Sql::exec(db, sql, params);
    if (!query)
        return query.error();
    QList<QVariantList> result;
    const int width = query->record().count();
    while (query->next()) {
        QVariantList row;
        row.reserve(width);
        for (int i = 0; i < width; ++i)
            row << query->value(i);
        result << std::move(row);
    }
    return result;
}

} // namespace campagna
