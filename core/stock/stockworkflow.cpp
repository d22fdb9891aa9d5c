#include "stock/stockworkflow.h"

#include "db/figurerange.h"
#include "db/sql.h"
#include "engine/runcontext.h"
#include "engine/steprunner.h"
#include "notify/outbox.h"
#include "stock/stockstates.h"

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>

namespace campagna::stock {

using db::Sql;

namespace {

// Delivery statuses (03-workflows.md, stockMgt step 2).
const QString kConsuming = QStringLiteral(
    "'file_to_approve', 'provider_pending', 'sent_to_provider', 'in_progress', 'finished'");
const QString kPlanning =
    QStringLiteral("'to_validate', 'pending_confirmation', 'start_pending', 'extraction_pending'");

// Warnings name at most this many insufficient lines, then one summary line:
// the journal of a run must not grow with the data.
constexpr int kMaxLineWarnings = 50;

// (stock_line_id, delivery_id, campaign_id, quantity) of the deliveries in
// `statuses`: one row per stock line and delivery, summed over the
// delivery's cost choices that consume a stock line. Templates (template
// deliveries, periodic campaigns) are left out: only their instances consume.
QString deliveryQuantitiesSql(const QString &statuses)
{
    return QStringLiteral(
               "SELECT ct.stock_line_id AS stock_line_id, d.id AS delivery_id, "
               "d.campaign_id AS campaign_id, "
               "CAST(SUM(CASE WHEN ct.basis = 'per_message' THEN ct.stock_units * "
               "  CASE WHEN d.status = 'finished' AND d.sent_count IS NOT NULL THEN d.sent_count "
               "       WHEN d.extraction_rows IS NOT NULL THEN d.extraction_rows "
               "       ELSE COALESCE(d.to_send_count, 0) END "
               "  ELSE ct.stock_units END) AS BIGINT) AS quantity "
               "FROM delivery d "
               "JOIN campaign c ON c.id = d.campaign_id "
               "JOIN cost_choice cc ON cc.delivery_id = d.id "
               "JOIN cost_type ct ON ct.id = cc.cost_type_id "
               "WHERE ct.stock_line_id IS NOT NULL AND d.is_template = 0 "
               "AND c.kind <> 'periodic' AND d.status IN (%1) "
               "GROUP BY ct.stock_line_id, d.id, d.campaign_id")
        .arg(statuses);
}

// True when the alert of kind `kind` (an SQL expression) holds for the
// stock line aliased `l`, from its stored figures.
QString alertConditionSql(const QString &kind)
{
    return QStringLiteral(
               "((%1 = 'alert_level' AND l.in_stock_qty <= l.alert_level) "
               "OR (%1 = 'insufficient' AND (l.in_stock_qty < 0 OR l.forecast_qty < 0)))")
        .arg(kind);
}

QString orNumber(const QString &label, qint64 id)
{
    return label.isEmpty() ? QStringLiteral("#%1").arg(id) : label;
}

} // namespace

Result<void> StockWorkflow::run(engine::RunContext &context)
{
    // Checked in the first unit, before it writes: a figure beyond 64 bits
    // fails the run with nothing written (db/figurerange.h).
    const QStringList figures = {QStringLiteral("stock_line"), QStringLiteral("stock_consumption"),
                                 QStringLiteral("stock_order"), QStringLiteral("cost_type"),
                                 QStringLiteral("delivery")};
    // Levels need the orders received and the consumption synchronised
    // before them; alerts and proposals read the levels just stored.
    return engine::StepRunner::run(
        context,
        {
            {QStringLiteral("orders"), std::bind_front(&StockWorkflow::receiveOrders, this)},
            {QStringLiteral("consumption"), std::bind_front(&StockWorkflow::syncConsumption, this)},
            {QStringLiteral("levels"), std::bind_front(&StockWorkflow::updateLevels, this)},
            {QStringLiteral("alerts"), std::bind_front(&StockWorkflow::updateAlerts, this)},
            {QStringLiteral("proposals"), std::bind_front(&StockWorkflow::proposeReorders, this)},
        },
        [&](const QSqlDatabase &db) { return db::FigureRange::check(db, figures); });
}

// 1. on_order orders due by now are received.
Result<void> StockWorkflow::receiveOrders(engine::RunContext &context, const QSqlDatabase &db)
{
    const qint64 now = context.now();
    auto received = Sql::update(db,
                                QStringLiteral("UPDATE stock_order SET status = 'received', "
                                               "received_at = ? "
                                               "WHERE status = 'on_order' AND delivery_at <= ?"),
                                {now, now});
    if (!received)
        return received.error();
    context.addItems(received.value());
    context.info(QStringLiteral("orders"),
                 tr("%n stock order(s) due by now received.", nullptr, int(received.value())));
    return {};
}

// 2. stock_consumption = the consumption of the consuming deliveries,
// written as differences against a temporary table of the desired rows.
Result<void> StockWorkflow::syncConsumption(engine::RunContext &context, const QSqlDatabase &db)
{
    const qint64 now = context.now();
    // A temporary table lives as long as the connection (each pool thread
    // keeps its own); it is emptied first because an earlier unit on this
    // connection may have left rows, and created again after a reconnect.
    if (auto created = Sql::exec(
            db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS stock_desired_consumption ("
                               "stock_line_id BIGINT NOT NULL, delivery_id BIGINT NOT NULL, "
                               "campaign_id BIGINT, quantity BIGINT NOT NULL, "
                               "PRIMARY KEY (stock_line_id, delivery_id))"));
        !created)
        return created.error();
    if (auto emptied = Sql::exec(db, QStringLiteral("DELETE FROM stock_desired_consumption"));
        !emptied)
        return emptied.error();
    if (auto filled = Sql::exec(db, QStringLiteral("INSERT INTO stock_desired_consumption "
                                                   "(stock_line_id, delivery_id, campaign_id, "
                                                   "quantity) ") +
                                        deliveryQuantitiesSql(kConsuming));
        !filled)
        return filled.error();

    auto inserted = Sql::update(
        db,
        QStringLiteral("INSERT INTO stock_consumption "
                       "(stock_line_id, delivery_id, campaign_id, quantity, assigned_at) "
                       "SELECT w.stock_line_id, w.delivery_id, w.campaign_id, w.quantity, "
                       "CAST(? AS BIGINT) "
                       "FROM stock_desired_consumption w "
                       "WHERE NOT EXISTS (SELECT 1 FROM stock_consumption s "
                       "  WHERE s.stock_line_id = w.stock_line_id "
                       "  AND s.delivery_id = w.delivery_id) "
                       "ORDER BY w.stock_line_id, w.delivery_id"),
        {now});
    if (!inserted)
        return inserted.error();
    auto updated = Sql::update(
        db, QStringLiteral("UPDATE stock_consumption "
                           "SET quantity = w.quantity, campaign_id = w.campaign_id "
                           "FROM stock_desired_consumption w "
                           "WHERE w.stock_line_id = stock_consumption.stock_line_id "
                           "AND w.delivery_id = stock_consumption.delivery_id "
                           "AND (stock_consumption.quantity <> w.quantity "
                           "  OR stock_consumption.campaign_id IS DISTINCT FROM w.campaign_id)"));
    if (!updated)
        return updated.error();
    auto deleted = Sql::update(
        db, QStringLiteral("DELETE FROM stock_consumption "
                           "WHERE NOT EXISTS (SELECT 1 FROM stock_desired_consumption w "
                           "  WHERE w.stock_line_id = stock_consumption.stock_line_id "
                           "  AND w.delivery_id = stock_consumption.delivery_id)"));
    if (!deleted)
        return deleted.error();
    if (auto emptied = Sql::exec(db, QStringLiteral("DELETE FROM stock_desired_consumption"));
        !emptied)
        return emptied.error();

    context.info(QStringLiteral("consumption"),
                 tr("Stock consumption: %n row(s) inserted; rows updated: %1; rows deleted: %2.",
                    nullptr, int(inserted.value()))
                     .arg(updated.value())
                     .arg(deleted.value()));
    return {};
}

// 3. Every line's figures and status, rewritten only where they changed.
Result<void> StockWorkflow::updateLevels(engine::RunContext &context, const QSqlDatabase &db)
{
    const qint64 now = context.now();
    const QString levels =
        QStringLiteral(
            "SELECT y.id, y.consumed_qty, y.received_qty, y.on_order_qty, y.planned_qty, "
            "y.in_stock_qty, y.forecast_qty, "
            "CASE WHEN y.in_stock_qty < 0 OR y.forecast_qty < 0 THEN 'insufficient' "
            "     WHEN y.in_stock_qty <= y.alert_level THEN 'alert' ELSE 'ok' END AS status "
            "FROM ("
            " SELECT z.id, z.alert_level, z.consumed_qty, z.received_qty, z.on_order_qty, "
            " z.planned_qty, z.initial_qty + z.received_qty - z.consumed_qty AS in_stock_qty, "
            " z.initial_qty + z.received_qty - z.consumed_qty + z.on_order_qty - z.planned_qty "
            "   AS forecast_qty "
            " FROM ("
            "  SELECT l.id, l.initial_qty, l.alert_level, "
            "  COALESCE(c.quantity, 0) AS consumed_qty, COALESCE(o.received, 0) AS received_qty, "
            "  COALESCE(o.on_order, 0) AS on_order_qty, COALESCE(p.quantity, 0) AS planned_qty "
            "  FROM stock_line l "
            "  LEFT JOIN (SELECT stock_line_id, CAST(SUM(quantity) AS BIGINT) AS quantity "
            "    FROM stock_consumption GROUP BY stock_line_id) c ON c.stock_line_id = l.id "
            "  LEFT JOIN (SELECT stock_line_id, "
            "    CAST(SUM(CASE WHEN status = 'received' THEN quantity ELSE 0 END) AS BIGINT) "
            "      AS received, "
            "    CAST(SUM(CASE WHEN status = 'on_order' THEN quantity ELSE 0 END) AS BIGINT) "
            "      AS on_order "
            "    FROM stock_order WHERE status IN ('received', 'on_order') "
            "    GROUP BY stock_line_id) o ON o.stock_line_id = l.id "
            "  LEFT JOIN (SELECT q.stock_line_id, CAST(SUM(q.quantity) AS BIGINT) AS quantity "
            "    FROM (%1) q GROUP BY q.stock_line_id) p ON p.stock_line_id = l.id"
            " ) z"
            ") y")
            .arg(deliveryQuantitiesSql(kPlanning));
    auto updated = Sql::update(
        db,
        QStringLiteral("UPDATE stock_line SET consumed_qty = x.consumed_qty, "
                       "received_qty = x.received_qty, on_order_qty = x.on_order_qty, "
                       "planned_qty = x.planned_qty, in_stock_qty = x.in_stock_qty, "
                       "forecast_qty = x.forecast_qty, status = x.status, calculated_at = ? "
                       "FROM (%1) x "
                       "WHERE x.id = stock_line.id AND (stock_line.calculated_at IS NULL "
                       "  OR stock_line.consumed_qty <> x.consumed_qty "
                       "  OR stock_line.received_qty <> x.received_qty "
                       "  OR stock_line.on_order_qty <> x.on_order_qty "
                       "  OR stock_line.planned_qty <> x.planned_qty "
                       "  OR stock_line.in_stock_qty <> x.in_stock_qty "
                       "  OR stock_line.forecast_qty <> x.forecast_qty "
                       "  OR stock_line.status <> x.status)")
            .arg(levels),
        {now});
    if (!updated)
        return updated.error();

    auto counts = Sql::exec(db, QStringLiteral("SELECT status, COUNT(*) FROM stock_line "
                                               "GROUP BY status"));
    if (!counts)
        return counts.error();
    qint64 ok = 0, alert = 0, insufficient = 0;
    while (counts->next()) {
        const std::optional<StockStatus> status = fromSql<StockStatus>(counts->value(0).toString());
        const qint64 count = counts->value(1).toLongLong();
        if (status == StockStatus::Ok)
            ok = count;
        else if (status == StockStatus::Alert)
            alert = count;
        else if (status == StockStatus::Insufficient)
            insufficient = count;
    }
    context.addItems(ok + alert + insufficient);
    context.info(QStringLiteral("levels"),
                 tr("Stock levels: %n line(s) recalculated; lines ok: %1, in alert: %2, "
                    "insufficient: %3.",
                    nullptr, int(updated.value()))
                     .arg(ok)
                     .arg(alert)
                     .arg(insufficient));
    if (insufficient > 0)
        return warnInsufficientLines(context, db);
    return {};
}

Result<void> StockWorkflow::warnInsufficientLines(engine::RunContext &context,
                                                  const QSqlDatabase &db)
{
    auto lines = Sql::exec(
        db, QStringLiteral("SELECT l.id, l.label, s.label, l.in_stock_qty, l.forecast_qty, "
                           "l.on_order_qty, l.planned_qty "
                           "FROM stock_line l JOIN stock s ON s.id = l.stock_id "
                           "WHERE l.status = 'insufficient' ORDER BY l.id LIMIT %1")
                .arg(kMaxLineWarnings + 1));
    if (!lines)
        return lines.error();
    int listed = 0;
    while (lines->next()) {
        if (listed == kMaxLineWarnings)
            break;
        ++listed;
        const qint64 id = lines->value(0).toLongLong();
        context.warning(
            QStringLiteral("levels"),
            tr("Stock line \"%1\" of \"%2\" is insufficient: in stock %3, forecast "
               "%4 (on order %5, planned %6).")
                .arg(orNumber(lines->value(1).toString(), id), lines->value(2).toString())
                .arg(lines->value(3).toLongLong())
                .arg(lines->value(4).toLongLong())
                .arg(lines->value(5).toLongLong())
                .arg(lines->value(6).toLongLong()),
            QStringLiteral("stock_line"), id);
    }
    if (listed < kMaxLineWarnings)
        return {};
    auto total = Sql::scalar(
        db, QStringLiteral("SELECT COUNT(*) FROM stock_line WHERE status = 'insufficient'"));
    if (!total)
        return total.error();
    const qint64 more = total.value() ? total.value()->toLongLong() - listed : 0;
    if (more > 0)
        context.warning(
            QStringLiteral("levels"),
            tr("%n more insufficient stock line(s), not listed one by one.", nullptr, int(more)));
    return {};
}

// 4. Alerts follow the stored figures: cleared when their condition no
// longer holds, raised when it holds and none of that kind is open; new
// alerts are told to the stock's alert group.
Result<void> StockWorkflow::updateAlerts(engine::RunContext &context, const QSqlDatabase &db)
{
    const qint64 now = context.now();
    auto cleared = Sql::update(
        db,
        QStringLiteral("UPDATE stock_alert SET cleared_at = ? "
                       "WHERE cleared_at IS NULL AND EXISTS (SELECT 1 FROM stock_line l "
                       "  WHERE l.id = stock_alert.stock_line_id AND NOT %1)")
            .arg(alertConditionSql(QStringLiteral("stock_alert.kind"))),
        {now});
    if (!cleared)
        return cleared.error();
    // Ordered, so that alert ids (and the dedup keys made of them) do not
    // depend on the plan the database chose.
    auto raised = Sql::update(
        db,
        QStringLiteral("INSERT INTO stock_alert "
                       "(stock_line_id, kind, raised_at, in_stock_qty, forecast_qty) "
                       "SELECT l.id, k.kind, CAST(? AS BIGINT), l.in_stock_qty, l.forecast_qty "
                       "FROM stock_line l "
                       "JOIN (SELECT 'alert_level' AS kind UNION ALL SELECT 'insufficient') k "
                       "  ON %1 "
                       "WHERE NOT EXISTS (SELECT 1 FROM stock_alert a "
                       "  WHERE a.stock_line_id = l.id AND a.kind = k.kind "
                       "  AND a.cleared_at IS NULL) "
                       "ORDER BY l.id, k.kind")
            .arg(alertConditionSql(QStringLiteral("k.kind"))),
        {now});
    if (!raised)
        return raised.error();
    context.info(
        QStringLiteral("alerts"),
        tr("Stock alerts: %n alert(s) raised; alerts cleared: %1.", nullptr, int(raised.value()))
            .arg(cleared.value()));

    auto queued = notifyNewAlerts(context, db);
    if (!queued)
        return queued.error();
    context.info(QStringLiteral("alerts"),
                 tr("%n stock alert notification(s) queued.", nullptr, int(queued.value())));
    return warnUntoldStocks(context, db);
}

Result<qint64> StockWorkflow::notifyNewAlerts(engine::RunContext &context, const QSqlDatabase &db)
{
    // Open alerts without a notification to a member of the alert group:
    // the ones just raised (an earlier run notified its own in the unit that
    // raised them). Few rows: read them all before writing.
    auto pending =
        Sql::exec(db, QStringLiteral(
                          "SELECT a.id, a.kind, a.in_stock_qty, a.forecast_qty, l.id, l.label, "
                          "l.alert_level, s.id, s.label, o.id, o.email "
                          "FROM stock_alert a "
                          "JOIN stock_line l ON l.id = a.stock_line_id "
                          "JOIN stock s ON s.id = l.stock_id "
                          "JOIN operator_group_member m ON m.group_id = s.alert_group_id "
                          "JOIN operator o ON o.id = m.operator_id "
                          "WHERE a.cleared_at IS NULL AND NOT EXISTS (SELECT 1 FROM notification n "
                          "  WHERE n.dedup_key = 'stock-alert:' || CAST(a.id AS TEXT) || ':' "
                          "  || CAST(m.operator_id AS TEXT)) "
                          "ORDER BY a.id, o.id"));
    if (!pending)
        return pending.error();
    struct Pending
    {
        qint64 alertId;
        QString kind;
        qint64 inStock, forecast;
        QString line;
        qint64 alertLevel;
        QString stock;
        qint64 operatorId;
        QString email;
    };
    QList<Pending> rows;
    while (pending->next()) {
        const QSqlQuery &q = pending.value();
        rows.append(
            {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
             q.value(3).toLongLong(), orNumber(q.value(5).toString(), q.value(4).toLongLong()),
             q.value(6).toLongLong(), orNumber(q.value(8).toString(), q.value(7).toLongLong()),
             q.value(9).toLongLong(), q.value(10).toString()});
    }

    const qint64 now = context.now();
    qint64 queued = 0;
    for (const Pending &row : std::as_const(rows)) {
        const bool insufficient = fromSql<AlertKind>(row.kind) == AlertKind::Insufficient;
        notify::Outbox::Message message;
        message.kind = QStringLiteral("stock_alert");
        message.dedupKey = QStringLiteral("stock-alert:%1:%2").arg(row.alertId).arg(row.operatorId);
        message.recipientOperatorId = row.operatorId;
        message.recipientEmail = row.email;
        message.subject =
            insufficient
                ? tr("Stock insufficient: %1 – %2").arg(row.stock, row.line)
                : tr("Stock alert: %1 – %2 at or below its alert level").arg(row.stock, row.line);
        const QString what =
            insufficient
                ? tr("The stock line \"%1\" of the stock \"%2\" is insufficient: what is in "
                     "stock and on order does not cover the deliveries that consume it or "
                     "plan to.")
                      .arg(row.line, row.stock)
                : tr("The stock line \"%1\" of the stock \"%2\" is at or below its alert level.")
                      .arg(row.line, row.stock);
        message.body = what + QStringLiteral("\n\n") +
                       tr("In stock: %1\nForecast: %2\nAlert level: %3")
                           .arg(row.inStock)
                           .arg(row.forecast)
                           .arg(row.alertLevel) +
                       QStringLiteral("\n\n") +
                       tr("What to do: confirm the proposed reorder in the Stocks page of the "
                          "console, or order more.");
        auto created = notify::Outbox::queue(db, message, now);
        if (!created)
            return created.error();
        if (created.value())
            ++queued;
    }
    return queued;
}

Result<void> StockWorkflow::warnUntoldStocks(engine::RunContext &context, const QSqlDatabase &db)
{
    auto stocks = Sql::exec(
        db, QStringLiteral("SELECT s.id, s.label, COUNT(*) FROM stock_alert a "
                           "JOIN stock_line l ON l.id = a.stock_line_id "
                           "JOIN stock s ON s.id = l.stock_id "
                           "WHERE a.cleared_at IS NULL AND NOT EXISTS (SELECT 1 "
                           "  FROM operator_group_member m WHERE m.group_id = s.alert_group_id) "
                           "GROUP BY s.id, s.label ORDER BY s.id"));
    if (!stocks)
        return stocks.error();
    while (stocks->next()) {
        const qint64 id = stocks->value(0).toLongLong();
        context.warning(QStringLiteral("alerts"),
                        tr("Stock \"%1\" has %n open alert(s) but no alert group with members: "
                           "nobody is told. Set its alert group.",
                           nullptr, stocks->value(2).toInt())
                            .arg(orNumber(stocks->value(1).toString(), id)),
                        QStringLiteral("stock"), id);
    }
    return {};
}

// 5. A proposed order for lines whose forecast is at or below the alert
// level, unless an order is already proposed or on its way.
Result<void> StockWorkflow::proposeReorders(engine::RunContext &context, const QSqlDatabase &db)
{
    const qint64 now = context.now();
    auto created = Sql::update(
        db,
        QStringLiteral("INSERT INTO stock_order "
                       "(stock_line_id, quantity, ordered_at, delivery_at, status) "
                       "SELECT l.id, l.reorder_qty, NULL, "
                       "CAST(? AS BIGINT) + CAST(l.lead_days AS BIGINT) * 86400, 'proposed' "
                       "FROM stock_line l "
                       "WHERE l.reorder_qty > 0 AND l.forecast_qty <= l.alert_level "
                       "AND NOT EXISTS (SELECT 1 FROM stock_order o WHERE o.stock_line_id = l.id "
                       "  AND o.status IN ('proposed', 'on_order')) "
                       "ORDER BY l.id"),
        {now});
    if (!created)
        return created.error();
    context.info(QStringLiteral("proposals"),
                 tr("%n reorder proposal(s) created.", nullptr, int(created.value())));
    return {};
}

} // namespace campagna::stock
