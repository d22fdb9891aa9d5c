#include "audit/audittrail.h"

#include "db/dialect.h"
#include "db/sql.h"

#include <QJsonDocument>
#include <QVariant>

namespace campagna::audit {

using db::Sql;

const QStringList &AuditTrail::actions()
{
    static const QStringList all{
        QStringLiteral("workflow.start"),   QStringLiteral("workflow.pause"),
        QStringLiteral("workflow.stop"),    QStringLiteral("workflow.run"),
        QStringLiteral("workflow.cancel"),  QStringLiteral("workflow.schedule"),
        QStringLiteral("journal.purge"),    QStringLiteral("approval.decide"),
        QStringLiteral("delivery.submit"),  QStringLiteral("delivery.confirm"),
        QStringLiteral("delivery.finish"),  QStringLiteral("delivery.retry"),
        QStringLiteral("stock.confirm"),    QStringLiteral("stock.cancel"),
        QStringLiteral("setting.set"),      QStringLiteral("operator.add"),
        QStringLiteral("operator.set"),     QStringLiteral("operator.remove"),
        QStringLiteral("connection.open")};
    return all;
}

Result<void> AuditTrail::record(const QSqlDatabase &db, const people::Actor &actor, qint64 at,
                                const QString &action, const QString &objectKind,
                                const QString &objectId, const QJsonObject &details)
{
    const QVariant object =
        objectId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(objectId);
    const QVariant detailText =
        details.isEmpty()
            ? QVariant(QMetaType(QMetaType::QString))
            : QVariant(QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    if (db::Dialect::of(db).serverJudgesRights()) {
        auto recorded = Sql::exec(
            db, QStringLiteral("SELECT campagna_audit_record(?, ?, ?, ?, ?, ?)"),
            {actor.name, action, objectKind, object, detailText, at});
        if (!recorded)
            return recorded.error();
        return {};
    }
    auto inserted = Sql::exec(
        db,
        QStringLiteral("INSERT INTO audit_event (at, operator_id, operator_name, action, "
                       "object_kind, object_id, details) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {at,
         actor.operatorId ? QVariant(*actor.operatorId) : QVariant(QMetaType(QMetaType::LongLong)),
         actor.name, action, objectKind, object, detailText});
    if (!inserted)
        return inserted.error();
    return {};
}

} // namespace campagna::audit
