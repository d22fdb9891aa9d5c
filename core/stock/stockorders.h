#pragma once

#include "common/result.h"
#include "people/actor.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace campagna::stock {

// What people do to reorder proposals (03-workflows.md, stockMgt step 5;
// 01-product.md, "Operators and rights"): confirm a `proposed` order
// (→ `on_order`, `ordered_at` = now) or cancel it (→ `cancelled`). Allowed
// to administrators and to the members of the stock's alert group; a
// refusal (Forbidden) names who may. An unknown order is NotFound, an order
// that is no longer proposed is Failed; a refusal changes nothing. The
// stock line's figures follow at stockMgt's next run.
//
// Threading: stateless; each call runs on the caller's thread and
// connection, in its own write transaction.
class StockOrders final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::stock::StockOrders)

public:
    struct Changed
    {
        qint64 orderId = 0;
        qint64 stockLineId = 0;
        QString from;
        QString to;
    };

    static Result<Changed> confirm(const QSqlDatabase &db, qint64 orderId,
                                   const people::Actor &actor, qint64 now);
    static Result<Changed> cancel(const QSqlDatabase &db, qint64 orderId,
                                  const people::Actor &actor, qint64 now);

    // Whether `actor` may confirm or cancel the proposals of `stockLineId`
    // (for enabling buttons; confirm() and cancel() check again).
    static Result<bool> mayDecide(const QSqlDatabase &db, qint64 stockLineId,
                                  const people::Actor &actor);

private:
    static Result<Changed> decide(const QSqlDatabase &db, qint64 orderId, bool confirm,
                                  const people::Actor &actor, qint64 now);
};

} // namespace campagna::stock
