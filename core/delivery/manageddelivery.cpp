#include "delivery/manageddelivery.h"

#include "db/sql.h"

#include <QSqlQuery>

namespace campagna::delivery {

using db::Sql;

Result<std::optional<ManagedDelivery>> ManagedDelivery::read(const QSqlDatabase &db,
                                                             qint64 deliveryId)
{
    auto found = Sql::exec(
        db,
        QStringLiteral("SELECT d.label, d.status, d.channel, d.is_template, c.manager_id, o.name, "
                       "d.to_send_count FROM delivery d JOIN campaign c ON c.id = d.campaign_id "
                       "LEFT JOIN operator o ON o.id = c.manager_id WHERE d.id = ?"),
        {deliveryId});
    if (!found)
        return found.error();
    if (!found->next())
        return std::optional<ManagedDelivery>();
    ManagedDelivery row{
        found->value(0).toString(),   fromSql<DeliveryStatus>(found->value(1).toString()),
        found->value(1).toString(),   fromSql<Channel>(found->value(2).toString()),
        found->value(3).toInt() == 1, found->value(4),
        found->value(5).toString(),   found->value(6)};
    return std::optional<ManagedDelivery>(row);
}

Result<void> ManagedDelivery::requireManager(qint64 deliveryId, const people::Actor &actor,
                                             const QString &withManager,
                                             const QString &withoutManager) const
{
    const bool isManager =
        !managerId.isNull() && actor.operatorId && *actor.operatorId == managerId.toLongLong();
    if (actor.isAdmin || isManager)
        return {};
    return makeError(Error::Code::Forbidden,
                     managerName.isEmpty()
                         ? QString(withoutManager).arg(QString::number(deliveryId), label, actor.name)
                         : QString(withManager)
                               .arg(managerName, QString::number(deliveryId), label, actor.name));
}

} // namespace campagna::delivery
