#include "audit/auditquery.h"

#include "audit/audittrail.h"
#include "db/sql.h"

#include <QSqlQuery>

namespace campagna::audit {

QString AuditQuery::select()
{
    return QStringLiteral("a.id, a.at, a.operator_name, a.action, a.object_kind, a.object_id, "
                          "a.details, a.operator_id");
}

QString AuditQuery::from(const AuditFilter &filter, QVariantList *params)
{
    QString sql = QStringLiteral("FROM audit_event a WHERE 1 = 1");
    if (filter.since) {
        sql += QStringLiteral(" AND a.at >= ?");
        *params << *filter.since;
    }
    if (!filter.operatorName.isEmpty()) {
        sql += QStringLiteral(" AND a.operator_name = ?");
        *params << filter.operatorName;
    }
    if (!filter.action.isEmpty()) {
        sql += QStringLiteral(" AND a.action = ?");
        *params << filter.action;
    }
    return sql;
}

Result<QList<AuditRecord>> AuditQuery::list(const QSqlDatabase &db, const AuditFilter &filter,
                                            int limit)
{
    if (!filter.action.isEmpty() && !AuditTrail::actions().contains(filter.action))
        return makeError(Error::Code::Usage,
                         tr("Unknown action \"%1\". The actions are: %2.")
                             .arg(filter.action, AuditTrail::actions().join(QStringLiteral(", "))));
    QVariantList params;
    const QString sql = QStringLiteral("SELECT ") + select() + u' ' + from(filter, &params) +
                        QStringLiteral(" ORDER BY a.at DESC, a.id DESC LIMIT ?");
    params << limit;
    auto query = db::Sql::exec(db, sql, params);
    if (!query)
        return query.error();
    QList<AuditRecord> records;
    while (query->next()) {
        AuditRecord r;
        r.id = query->value(0).toLongLong();
        r.at = query->value(1).toLongLong();
        r.operatorName = query->value(2).toString();
        r.action = query->value(3).toString();
        r.objectKind = query->value(4).toString();
        r.objectId = query->value(5).toString();
        r.details = query->value(6).toString();
        if (!query->value(7).isNull())
            r.operatorId = query->value(7).toLongLong();
        records << r;
    }
    return records;
}

} // namespace campagna::audit
