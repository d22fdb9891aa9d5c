#include "stock/stockorders.h"

#include "audit/audittrail.h"
#include "db/dialect.h"
#include "db/sql.h"

#include <QStringList>

namespace campagna::stock {

using db::Sql;

namespace {

// The alert group of the stock of `stockLineId` (null when none) and its name.
struct LineGroup
{
    QVariant groupId;
    QString groupName;
    QString stockLabel;
    QString lineLabel;
};

Result<LineGroup> lineGroup(const QSqlDatabase &db, qint64 stockLineId)
{
    auto query = Sql::exec(db,
                           QStringLiteral("SELECT s.alert_group_id, g.name, s.label, l.label "
                                          "FROM stock_line l JOIN stock s ON s.id = l.stock_id "
                                          "LEFT JOIN operator_group g ON g.id = s.alert_group_id "
                                          "WHERE l.id = ?"),
                           {stockLineId});
    if (!query)
        return query.error();
    if (!query->next())
        return LineGroup{};
    return LineGroup{query->value(0), query->value(1).toString(), query->value(2).toString(),
                     query->value(3).toString()};
}

Result<bool> isMember(const QSqlDatabase &db, const QVariant &groupId, const people::Actor &actor)
{
    if (groupId.isNull() || !actor.operatorId)
        return false;
    auto count = Sql::scalar(db,
                             QStringLiteral("SELECT COUNT(*) FROM operator_group_member "
                                            "WHERE group_id = ? AND operator_id = ?"),
                             {groupId, *actor.operatorId});
    if (!count)
        return count.error();
    return count.value() && count.value()->toLongLong() > 0;
}

} // namespace

Result<bool> StockOrders::mayDecide(const QSqlDatabase &db, qint64 stockLineId,
                                    const people::Actor &actor)
{
    if (actor.isAdmin)
        return true;
    auto group = lineGroup(db, stockLineId);
    if (!group)
        return group.error();
    return isMember(db, group->groupId, actor);
}

Result<StockOrders::Changed> StockOrders::confirm(const QSqlDatabase &db, qint64 orderId,
                                                  const people::Actor &actor, qint64 now)
{
    return decide(db, orderId, true, actor, now);
}

Result<StockOrders::Changed> StockOrders::cancel(const QSqlDatabase &db, qint64 orderId,
                                                 const people::Actor &actor, qint64 now)
{
    return decide(db, orderId, false, actor, now);
}

Result<StockOrders::Changed> StockOrders::decide(const QSqlDatabase &db, qint64 orderId,
                                                 bool confirm, const people::Actor &actor,
                                                 qint64 now)
{
    db::WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto found = Sql::exec(
        db, QStringLiteral("SELECT stock_line_id, status FROM stock_order WHERE id = ?"),
        {orderId});
    if (!found)
        return found.error();
    if (!found->next())
        return makeError(Error::Code::NotFound,
                         tr("There is no stock order %1.").arg(orderId));
    const qint64 lineId = found->value(0).toLongLong();
    const QString status = found->value(1).toString();
    found->finish();

    auto group = lineGroup(db, lineId);
    if (!group)
        return group.error();
    auto member = isMember(db, group->groupId, actor);
    if (!member)
        return member.error();
    if (!actor.isAdmin && !member.value()) {
        QStringList admins;
        auto names = Sql::exec(
            db, QStringLiteral("SELECT name FROM operator WHERE is_admin = 1 ORDER BY name"));
        if (!names)
            return names.error();
        while (names->next())
            admins << names->value(0).toString();
        const QString adminList =
            admins.isEmpty() ? tr("there is none") : admins.join(QStringLiteral(", "));
        return makeError(
            Error::Code::Forbidden,
            group->groupId.isNull()
                ? tr("Only administrators (%1) may confirm or cancel the reorder %2 of \"%3\" "
                     "(stock \"%4\", which has no alert group); \"%5\" is not an "
                     "administrator.")
                      .arg(adminList, QString::number(orderId), group->lineLabel,
                           group->stockLabel, actor.name)
                : tr("Only administrators (%1) and the members of the group \"%2\" may confirm "
                     "or cancel the reorder %3 of \"%4\" (stock \"%5\"); \"%6\" is neither.")
                      .arg(adminList, group->groupName, QString::number(orderId),
                           group->lineLabel, group->stockLabel, actor.name));
    }
    if (status != u"proposed")
        return makeError(Error::Code::Failed,
                         tr("The stock order %1 is no longer a proposal (it is %2): nothing "
                            "to confirm or cancel.")
                             .arg(QString::number(orderId), status));

    const QString to = confirm ? QStringLiteral("on_order") : QStringLiteral("cancelled");
    if (db::Dialect::of(db).serverJudgesRights()) {
        if (auto decided = Sql::exec(db, QStringLiteral("SELECT campagna_stock_decide(?, ?, ?, ?)"),
                                     {actor.name, orderId, confirm, now});
            !decided)
            return decided.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        return Changed{orderId, lineId, QStringLiteral("proposed"), to};
    }
    auto updated =
        confirm ? Sql::update(db,
                              QStringLiteral("UPDATE stock_order SET status = 'on_order', "
                                             "ordered_at = ? WHERE id = ? AND status = 'proposed'"),
                              {now, orderId})
                : Sql::update(db,
                              QStringLiteral("UPDATE stock_order SET status = 'cancelled' "
                                             "WHERE id = ? AND status = 'proposed'"),
                              {orderId});
    if (!updated)
        return updated.error();
    if (updated.value() != 1)
        return makeError(Error::Code::Failed,
                         tr("The stock order %1 changed meanwhile: nothing to confirm or "
                            "cancel.")
                             .arg(orderId));
    if (auto audited = audit::AuditTrail::record(
            db, actor, now, confirm ? QStringLiteral("stock.confirm") : QStringLiteral("stock.cancel"),
            QStringLiteral("stock_order"), QString::number(orderId),
            {{QStringLiteral("stock_line_id"), lineId},
             {QStringLiteral("from"), QStringLiteral("proposed")},
             {QStringLiteral("to"), to}});
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return Changed{orderId, lineId, QStringLiteral("proposed"), to};
}

} // namespace campagna::stock
