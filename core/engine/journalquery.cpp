#include "engine/journalquery.h"

#include "db/sql.h"
#include "engine/workflowstore.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace campagna::engine {

using db::Sql;

namespace {

// The WHERE clause of `filter` (empty or starting with " WHERE") and its
// parameters, appended to `params`.
QString whereClause(const JournalQuery::Filter &filter, QVariantList &params)
{
    QStringList conditions;
    if (!filter.workflow.isEmpty()) {
        conditions << QStringLiteral("r.workflow = ?");
        params << filter.workflow;
    }
    if (!filter.status.isEmpty()) {
        conditions << QStringLiteral("r.status = ?");
        params << filter.status;
    }
    if (filter.from) {
        conditions << QStringLiteral("r.started_at >= ?");
        params << *filter.from;
    }
    if (filter.before) {
        conditions << QStringLiteral("r.started_at < ?");
        params << *filter.before;
    }
    if (conditions.isEmpty())
        return {};
    return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace

Result<QList<RunRecord>> JournalQuery::runs(const QSqlDatabase &db, const Filter &filter, int limit,
                                            int offset)
{
    QVariantList params;
    const QString sql = QStringLiteral("SELECT ") + WorkflowStore::runColumns(QStringLiteral("r")) +
                        QStringLiteral(" FROM workflow_run r") + whereClause(filter, params) +
                        QStringLiteral(" ORDER BY r.started_at DESC, r.id DESC LIMIT ? OFFSET ?");
    params << qMax(0, limit) << qMax(0, offset);
    auto query = Sql::exec(db, sql, params);
    if (!query)
        return query.error();
    QList<RunRecord> result;
    while (query->next())
        result << WorkflowStore::runFromQuery(query.value(), 0);
    return result;
}

Result<qint64> JournalQuery::count(const QSqlDatabase &db, const Filter &filter)
{
    QVariantList params;
    const QString sql =
        QStringLiteral("SELECT COUNT(*) FROM workflow_run r") + whereClause(filter, params);
    auto value = Sql::scalar(db, sql, params);
    if (!value)
        return value.error();
    return value->has_value() ? (*value)->toLongLong() : qint64(0);
}

} // namespace campagna::engine
