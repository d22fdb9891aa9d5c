#include "delivery/deliveryevents.h"

#include "db/sql.h"

namespace campagna::delivery {

using db::Sql;

namespace {

// The row already there keeps its id and first_at; count goes up by one.
const QString kOnConflict =
    QStringLiteral(" ON CONFLICT (delivery_id, reason) DO UPDATE SET message = excluded.message, "
                   "last_at = excluded.last_at, count = delivery_event.count + 1, "
                   "workflow = excluded.workflow, run_id = excluded.run_id");

QVariant runIdValue(const DeliveryEvents::Origin &origin)
{
    return origin.runId ? QVariant(*origin.runId) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

Result<void> DeliveryEvents::record(const QSqlDatabase &db, qint64 deliveryId,
                                    const QString &reason, const QString &message, qint64 now,
                                    const Origin &origin)
{
    auto recorded = Sql::exec(
        db,
        QStringLiteral("INSERT INTO delivery_event (delivery_id, reason, message, first_at, "
                       "last_at, count, workflow, run_id) VALUES (?, ?, ?, ?, ?, 1, ?, ?)") +
            kOnConflict,
        {deliveryId, reason, message, now, now, origin.workflow, runIdValue(origin)});
    if (!recorded)
        return recorded.error();
    return {};
}

Result<qint64> DeliveryEvents::recordEach(const QSqlDatabase &db, const QString &reason,
                                          const QString &deliveriesSql, const QVariantList &params,
                                          qint64 now, const Origin &origin)
{
    // "WHERE true": SQLite otherwise reads the ON of ON CONFLICT as a join
    // constraint of the SELECT. The casts give PostgreSQL the parameters'
    // types, which it cannot infer in a select list.
    QVariantList all{reason, now, now, origin.workflow, runIdValue(origin)};
    all += params;
    return Sql::update(
        db,
        QStringLiteral("INSERT INTO delivery_event (delivery_id, reason, message, first_at, "
                       "last_at, count, workflow, run_id) "
                       "SELECT e.delivery_id, CAST(? AS TEXT), e.message, CAST(? AS BIGINT), "
                       "CAST(? AS BIGINT), 1, CAST(? AS TEXT), CAST(? AS BIGINT) "
                       "FROM (%1) e WHERE true")
                .arg(deliveriesSql) +
            kOnConflict,
        all);
}

} // namespace campagna::delivery
