#pragma once

#include "common/result.h"
#include "common/rowsource.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace campagna::stock {

// Read-only queries of the console's Stocks page: the stock lines with
// their quantities and status, the alerts (open first), the reorder
// proposals and a line's consumption, as lazy row sources; and the figures
// of a line's level chart, aggregated in SQL to one movement per day. Same
// SQL on SQLite and PostgreSQL. Stateless; runs on the calling thread's
// connection.
class StockQuery final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::stock::StockQuery)

public:
    // The lines' columns, by key: "stock", "line", "status", "initial",
    // "consumed", "received", "onOrder", "planned", "inStock", "forecast",
    // "alertLevel".
    enum LineColumn {
        Stock,
        Line,
        Status,
        Initial,
        Consumed,
        Received,
        OnOrder,
        Planned,
        InStock,
        Forecast,
        AlertLevel,
        LineColumnCount
    };
    static std::shared_ptr<const RowSource> lines();
    // Stock, line, "kind", "raisedAt", "clearedAt" (NULL while open),
    // in stock, forecast.
    static std::shared_ptr<const RowSource> alerts();
    // Campaign, delivery, "quantity", "assignedAt".
    static std::shared_ptr<const RowSource> consumption(qint64 lineId);
    // Stock, line, "quantity", "deliveryAt", then "lineId" (not shown).
    static std::shared_ptr<const RowSource> proposals();

    struct Details
    {
        qint64 lineId = 0;
        QString label;
        qint64 initial = 0;
        qint64 alertLevel = 0;
        qint64 inStock = 0;
        qint64 forecast = 0;
        qint64 planned = 0;
        qint64 leadDays = 0;
        qint64 now = 0;
        struct Movement
        {
            qint64 day = 0; // Unix seconds / 86400 (UTC days)
            qint64 delta = 0;
        };
        QList<Movement> movements; // by day
        struct Order
        {
            qint64 id = 0;
            QString status;
            qint64 quantity = 0;
            qint64 at = 0; // received_at when received, else delivery_at
        };
        QList<Order> orders; // the latest `maxOrders`, oldest first
    };
    // The level's movements per day (consumption out, received orders in;
    // a consumption without a date counts from `now`) and the latest
    // orders not cancelled. Fails with NotFound when there is no such line.
    static Result<Details> details(const QSqlDatabase &db, qint64 lineId, qint64 now,
                                   int maxOrders);
};

} // namespace campagna::stock
