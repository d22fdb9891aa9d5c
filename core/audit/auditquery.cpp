#include "audit/auditquery.h"

#include "audit/audittrail.h"


namespace campagna::audit {

const QList<QueryColumn> &AuditQuery::columns()
{
    static const QList<QueryColumn> columns{
        QueryColumn::sorted(QStringLiteral("at"), QStringLiteral("a.at"), QT_TR_NOOP("Time"),
                            CellFormat::DateTime),
        QueryColumn::sorted(QStringLiteral("operator"), QStringLiteral("a.operator_name"),
                            QT_TR_NOOP("Operator")),
        QueryColumn::sorted(QStringLiteral("action"), QStringLiteral("a.action"),
                            QT_TR_NOOP("Action")),
        QueryColumn::sorted(QStringLiteral("objectKind"), QStringLiteral("a.object_kind"),
                            QT_TR_NOOP("Object kind")),
        QueryColumn::sorted(QStringLiteral("objectId"), QStringLiteral("a.object_id"),
                            QT_TR_NOOP("Object")),
        QueryColumn::sorted(QStringLiteral("details"), QStringLiteral("a.details"),
                            QT_TR_NOOP("Details")),
        QueryColumn::hidden(QStringLiteral("operatorId"), QStringLiteral("a.operator_id")),
    };
    return columns;
}

std::shared_ptr<const RowSource> AuditQuery::source(const AuditFilter &filter)
{
    QString from = QStringLiteral("FROM audit_event a WHERE 1 = 1");
    QVariantList params;
    if (filter.since) {
        from += QStringLiteral(" AND a.at >= ?");
        params << *filter.since;
    }
    if (!filter.operatorName.isEmpty()) {
        from += QStringLiteral(" AND a.operator_name = ?");
        params << filter.operatorName;
    }
    if (!filter.action.isEmpty()) {
        from += QStringLiteral(" AND a.action = ?");
        params << filter.action;
    }
    return std::make_shared<SqlRowSource>("campagna::audit::AuditQuery", columns(),
                                          QStringLiteral("a.id"), from, params,
                                          QStringLiteral("a.at DESC, a.id DESC"));
}

Result<QList<AuditRecord>> AuditQuery::list(const QSqlDatabase &db, const AuditFilter &filter,
                                            int limit)
{
    if (!filter.action.isEmpty() && !AuditTrail::actions().contains(filter.action))
        return makeError(Error::Code::Usage,
                         tr("Unknown action \"%1\". The actions are: %2.")
                             .arg(filter.action, AuditTrail::actions().join(QStringLiteral(", "))));
    auto rows = source(filter)->rows(db, RowSort{}, limit, 0);
    if (!rows)
        return rows.error();
    QList<AuditRecord> records;
    for (const QVariantList &row : rows.value()) {
        AuditRecord r;
        r.id = row.value(0).toLongLong();
        r.at = row.value(At + 1).toLongLong();
        r.operatorName = row.value(Operator + 1).toString();
        r.action = row.value(Action + 1).toString();
        r.objectKind = row.value(ObjectKind + 1).toString();
        r.objectId = row.value(ObjectId + 1).toString();
        r.details = row.value(Details + 1).toString();
        if (!row.value(ColumnCount + 1).isNull())
            r.operatorId = row.value(ColumnCount + 1).toLongLong();
        records << r;
    }
    return records;
}

} // namespace campagna::audit
