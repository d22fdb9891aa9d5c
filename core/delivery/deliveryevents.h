#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>

namespace campagna::delivery {

// Records `delivery_event` rows (02-schema.md): the same reason repeating
// for a delivery updates its row (`last_at`, `count`, the latest message,
// workflow and run) instead of adding one, as UNIQUE (delivery_id, reason)
// requires. Each call is one `INSERT ... ON CONFLICT DO UPDATE` statement
// (SQLite 3.24+, PostgreSQL 9.5+), so two writers recording the same event
// at once cannot collide on the unique key.
//
// Callers decide *when* a condition is newly found; this class only
// writes. Threading: runs on the caller's connection, inside the caller's
// transaction; it begins and commits nothing.
class DeliveryEvents final
{
public:
    // Who records the event: the workflow's internal name (never
    // translated) and its run, when there is one (commands have none).
    struct Origin
    {
        QString workflow;
        std::optional<qint64> runId;
    };

    // One event of `reason` (CamelCase, e.g. "TargetingDone") for one
    // delivery, at `now`.
    static Result<void> record(const QSqlDatabase &db, qint64 deliveryId, const QString &reason,
                               const QString &message, qint64 now, const Origin &origin);

    // The same event for every row of `deliveriesSql`, a SELECT whose
    // columns are named `delivery_id` and `message` (SQLite knows no column
    // list on a derived table), with '?' parameters for `params`; set-based,
    // for workflows that find a condition on many deliveries at once.
    // Returns the number of events inserted or updated.
    static Result<qint64> recordEach(const QSqlDatabase &db, const QString &reason,
                                     const QString &deliveriesSql, const QVariantList &params,
                                     qint64 now, const Origin &origin);
};

} // namespace campagna::delivery
