#include "stock/stockquery.h"

#include "db/sql.h"

#include <QSqlQuery>

#include <algorithm>

namespace campagna::stock {

using db::Sql;

namespace {

constexpr const char *Context = "campagna::stock::StockQuery";

QueryColumn column(const QString &key, const QString &expression, const char *header,
                   CellFormat format = CellFormat::Text)
{
    return QueryColumn::sorted(key, expression, header, format);
}

QueryColumn quantity(const QString &key, const QString &expression, const char *header)
{
    return column(key, expression, header, CellFormat::Quantity);
}

} // namespace

std::shared_ptr<const RowSource> StockQuery::lines()
{
    static const QList<QueryColumn> columns{
        column(QStringLiteral("stock"), QStringLiteral("s.label"), QT_TR_NOOP("Stock")),
        column(QStringLiteral("line"), QStringLiteral("l.label"), QT_TR_NOOP("Line")),
        column(QStringLiteral("status"), QStringLiteral("l.status"), QT_TR_NOOP("Status"),
               CellFormat::StockStatus),
        quantity(QStringLiteral("initial"), QStringLiteral("l.initial_qty"), QT_TR_NOOP("Initial")),
        quantity(QStringLiteral("consumed"), QStringLiteral("l.consumed_qty"),
                 QT_TR_NOOP("Consumed")),
        quantity(QStringLiteral("received"), QStringLiteral("l.received_qty"),
                 QT_TR_NOOP("Received")),
        quantity(QStringLiteral("onOrder"), QStringLiteral("l.on_order_qty"),
                 QT_TR_NOOP("On order")),
        quantity(QStringLiteral("planned"), QStringLiteral("l.planned_qty"), QT_TR_NOOP("Planned")),
        quantity(QStringLiteral("inStock"), QStringLiteral("l.in_stock_qty"),
                 QT_TR_NOOP("In stock")),
        quantity(QStringLiteral("forecast"), QStringLiteral("l.forecast_qty"),
                 QT_TR_NOOP("Forecast")),
        quantity(QStringLiteral("alertLevel"), QStringLiteral("l.alert_level"),
                 QT_TR_NOOP("Alert level")),
    };
    return std::make_shared<SqlRowSource>(
        Context, columns, QStringLiteral("l.id"),
        QStringLiteral("FROM stock_line l JOIN stock s ON s.id = l.stock_id"), QVariantList(),
        QStringLiteral("s.label, l.label, l.id"));
}

std::shared_ptr<const RowSource> StockQuery::alerts()
{
    static const QList<QueryColumn> columns{
        column(QStringLiteral("stock"), QStringLiteral("s.label"), QT_TR_NOOP("Stock")),
        column(QStringLiteral("line"), QStringLiteral("l.label"), QT_TR_NOOP("Line")),
        column(QStringLiteral("kind"), QStringLiteral("a.kind"), QT_TR_NOOP("Alert"),
               CellFormat::AlertKind),
        column(QStringLiteral("raisedAt"), QStringLiteral("a.raised_at"), QT_TR_NOOP("Raised"),
               CellFormat::Date),
        column(QStringLiteral("clearedAt"), QStringLiteral("a.cleared_at"), QT_TR_NOOP("Cleared"),
               CellFormat::Date),
        quantity(QStringLiteral("inStock"), QStringLiteral("a.in_stock_qty"),
                 QT_TR_NOOP("In stock")),
        quantity(QStringLiteral("forecast"), QStringLiteral("a.forecast_qty"),
                 QT_TR_NOOP("Forecast")),
    };
    // Open alerts first, then the most recent.
    return std::make_shared<SqlRowSource>(
        Context, columns, QStringLiteral("a.id"),
        QStringLiteral("FROM stock_alert a JOIN stock_line l ON l.id = a.stock_line_id "
                       "JOIN stock s ON s.id = l.stock_id"),
        QVariantList(),
        QStringLiteral("CASE WHEN a.cleared_at IS NULL THEN 0 ELSE 1 END, a.raised_at DESC, "
                       "a.id"));
}

std::shared_ptr<const RowSource> StockQuery::consumption(qint64 lineId)
{
    static const QList<QueryColumn> columns{
        column(QStringLiteral("campaign"), QStringLiteral("ca.label"), QT_TR_NOOP("Campaign")),
        column(QStringLiteral("delivery"), QStringLiteral("d.label"), QT_TR_NOOP("Delivery")),
        quantity(QStringLiteral("quantity"), QStringLiteral("c.quantity"), QT_TR_NOOP("Quantity")),
        column(QStringLiteral("assignedAt"), QStringLiteral("c.assigned_at"),
               QT_TR_NOOP("Assigned"), CellFormat::Date),
    };
    return std::make_shared<SqlRowSource>(
        Context, columns, QStringLiteral("c.id"),
        QStringLiteral("FROM stock_consumption c LEFT JOIN campaign ca ON ca.id = c.campaign_id "
                       "LEFT JOIN delivery d ON d.id = c.delivery_id WHERE c.stock_line_id = ?"),
        QVariantList{lineId}, QStringLiteral("ca.label, d.label, c.id"));
}

std::shared_ptr<const RowSource> StockQuery::proposals()
{
    static const QList<QueryColumn> columns{
        column(QStringLiteral("stock"), QStringLiteral("s.label"), QT_TR_NOOP("Stock")),
        column(QStringLiteral("line"), QStringLiteral("l.label"), QT_TR_NOOP("Line")),
        quantity(QStringLiteral("quantity"), QStringLiteral("o.quantity"), QT_TR_NOOP("Quantity")),
        column(QStringLiteral("deliveryAt"), QStringLiteral("o.delivery_at"),
               QT_TR_NOOP("Expected delivery"), CellFormat::Date),
        QueryColumn::hidden(QStringLiteral("lineId"), QStringLiteral("o.stock_line_id")),
    };
    return std::make_shared<SqlRowSource>(
        Context, columns, QStringLiteral("o.id"),
        QStringLiteral("FROM stock_order o JOIN stock_line l ON l.id = o.stock_line_id "
                       "JOIN stock s ON s.id = l.stock_id WHERE o.status = 'proposed'"),
        QVariantList(), QStringLiteral("o.delivery_at, o.id"));
}

Result<StockQuery::Details> StockQuery::details(const QSqlDatabase &db, qint64 lineId, qint64 now,
                                                int maxOrders)
{
    Details details;
    details.lineId = lineId;
    details.now = now;
    auto line = Sql::exec(db,
                          QStringLiteral("SELECT label, initial_qty, alert_level, in_stock_qty, "
                                         "forecast_qty, planned_qty, lead_days FROM stock_line "
                                         "WHERE id = ?"),
                          {lineId});
    if (!line)
        return line.error();
    if (!line->next())
        return makeError(Error::Code::NotFound, tr("There is no stock line %1.").arg(lineId));
    details.label = line->value(0).toString();
    details.initial = line->value(1).toLongLong();
    details.alertLevel = line->value(2).toLongLong();
    details.inStock = line->value(3).toLongLong();
    details.forecast = line->value(4).toLongLong();
    details.planned = line->value(5).toLongLong();
    details.leadDays = line->value(6).toLongLong();
    auto movements =
        Sql::exec(db,
                  QStringLiteral(
                      "SELECT day, CAST(SUM(delta) AS BIGINT) FROM ("
                      " SELECT COALESCE(assigned_at, ?) / 86400 AS day, -quantity AS delta "
                      " FROM stock_consumption WHERE stock_line_id = ?"
                      " UNION ALL"
                      " SELECT COALESCE(received_at, delivery_at) / 86400 AS day, quantity AS delta"
                      " FROM stock_order WHERE stock_line_id = ? AND status = 'received'"
                      ") m GROUP BY day ORDER BY day"),
                  {now, lineId, lineId});
    if (!movements)
        return movements.error();
    while (movements->next())
        details.movements.append(
            {movements->value(0).toLongLong(), movements->value(1).toLongLong()});
    auto orders = Sql::exec(db,
                            QStringLiteral("SELECT id, status, quantity, CASE WHEN status = "
                                           "'received' THEN COALESCE(received_at, delivery_at) "
                                           "ELSE delivery_at END AS at FROM stock_order "
                                           "WHERE stock_line_id = ? AND status <> 'cancelled' "
                                           "ORDER BY 4 DESC, 1 DESC LIMIT ?"),
                            {lineId, maxOrders});
    if (!orders)
        return orders.error();
    while (orders->next())
        details.orders.append({orders->value(0).toLongLong(), orders->value(1).toString(),
                               orders->value(2).toLongLong(), orders->value(3).toLongLong()});
    std::reverse(details.orders.begin(), details.orders.end());
    return details;
}

} // namespace campagna::stock
