#include "floors.h"

#include "db/sql.h"
#include "delivery/reviewers.h"
#include "operation/targetexpression.h"

#include <QSqlQuery>

// The floors, in one place.
//
// A floor is what a workflow's effect costs at least: the same rows written
// by the shortest correct SQL, straight into the tables (no staging table,
// no comparison with what is stored, no journal, no lease, no per-object
// units), on a copy of the database where the workflow has not run yet.
// "The same effect" is what the views of each floor select; the benchmark
// fails when a view differs between the floor's copy and the workflow's.
// Journal lines (workflow_run, workflow_log) and the wording of notification
// subjects and bodies are not part of the effect: they are texts, translated.
//
// budgetMgt: expense lines (one INSERT ... SELECT), the calculated costs of
//   deliveries, tasks, campaigns, programs and plans (one UPDATE each), cost
//   lines (one INSERT ... SELECT over the consolidated campaigns) and the
//   budgets' amounts (one UPDATE).
// stockMgt: orders received (UPDATE), consumption (one INSERT ... SELECT),
//   levels (one UPDATE), alerts cleared and raised (UPDATE, INSERT ...
//   SELECT), their notifications (INSERT ... SELECT, one per member of the
//   alert group) and reorder proposals (INSERT ... SELECT).
// deliveryMgt: approval deadlines, requests (one notification per reviewer,
//   the reviewers resolved by delivery::Reviewers::sql(), the one
//   definition of who is asked), reminders, overdue notices, the moves of
//   the life cycle, starts and provider jobs, each one INSERT ... SELECT or
//   UPDATE, and the delivery events they record (upserts).
// operationMgt: targeting, the part that scales with the recipients: for
//   each pending targeting job, one INSERT INTO delivery_target SELECT ...
//   WHERE <the delivery's filter, parsed into bound SQL> (one per address,
//   lowest id), and the delivery's counts. The workflow's other effects
//   (schedule instantiation, extraction files) have no SQL floor; the
//   compared views cover the deliveries that were targeting_pending before
//   the run.

namespace campagna::bench {

using namespace Qt::StringLiterals;
using db::Backend;
using db::Sql;

namespace {

Result<void> execAll(const QSqlDatabase &db, const QStringList &statements, qint64 now)
{
    for (const QString &statement : statements) {
        QString sql = statement;
        sql.replace(u":now"_s, QString::number(now));
        if (auto done = Sql::exec(db, sql); !done)
            return done.error();
    }
    return {};
}

// --- budgetMgt -------------------------------------------------------------

const QStringList &budgetStatements()
{
    static const QStringList statements = {
        // 1. Expense lines (03-workflows.md, budgetMgt step 1).
        uR"(INSERT INTO expense_line (cost_choice_id, campaign_id, delivery_id, task_id,
              cost_type_id, expense_category_id, quantity, amount_cents, computed_at)
            SELECT id, campaign_id, delivery_id, task_id, cost_type_id, expense_category_id,
              CASE WHEN basis = 'fixed' THEN 1 ELSE q END,
              surcharge_cents + CASE
                WHEN basis = 'fixed' THEN (2 * amount_micros + 10000) / 20000
                WHEN basis = 'daily' THEN (2 * amount_micros * q + 10000) / 20000
                WHEN q = 0 THEN 0
                WHEN structure = 'linear_threshold' THEN (2 * q * unit + 10000) / 20000
                WHEN structure = 'constant_threshold' THEN (2 * unit + 10000) / 20000
                ELSE (2 * amount_micros * q + 10000 * per_units) / (20000 * per_units) END,
              :now
            FROM (SELECT s.*, CASE WHEN structure IN ('linear_threshold', 'constant_threshold')
                    THEN COALESCE((SELECT th.amount_micros FROM cost_threshold th
                                   WHERE th.cost_type_id = s.cost_type_id AND th.upper_bound >= s.q
                                   ORDER BY th.upper_bound LIMIT 1), s.beyond_micros,
                                  (SELECT th.amount_micros FROM cost_threshold th
                                   WHERE th.cost_type_id = s.cost_type_id
                                   ORDER BY th.upper_bound DESC LIMIT 1), 0) END AS unit
                  FROM (SELECT cc.id, d.campaign_id, d.id AS delivery_id,
                          CAST(NULL AS BIGINT) AS task_id, ct.id AS cost_type_id,
                          cc.expense_category_id, cc.surcharge_cents, ct.basis, ct.structure,
                          ct.amount_micros, ct.per_units, ct.beyond_micros,
                          CASE WHEN d.status = 'finished' AND d.sent_count IS NOT NULL
                               THEN d.sent_count ELSE d.to_send_count END AS q
                        FROM cost_choice cc JOIN cost_type ct ON ct.id = cc.cost_type_id
                        JOIN delivery d ON d.id = cc.delivery_id
                        JOIN campaign c ON c.id = d.campaign_id
                        WHERE d.is_template = 0 AND c.kind <> 'periodic'
                          AND d.to_send_count IS NOT NULL AND d.status <> 'cancelled'
                        UNION ALL
                        SELECT cc.id, t.campaign_id, NULL, t.id, ct.id, cc.expense_category_id,
                          cc.surcharge_cents, ct.basis, ct.structure, ct.amount_micros,
                          ct.per_units, ct.beyond_micros,
                          CASE WHEN ct.basis = 'daily' THEN t.duration_days ELSE 1 END
                        FROM cost_choice cc JOIN cost_type ct ON ct.id = cc.cost_type_id
                        JOIN task t ON t.id = cc.task_id JOIN campaign c ON c.id = t.campaign_id
                        WHERE t.status = 'finished' AND c.kind <> 'periodic'
                          AND ct.basis <> 'per_message') s) b)"_s,
        // 2. Calculated costs, bottom up.
        uR"(UPDATE delivery SET calculated_cost_cents = CASE
              WHEN real_cost_cents IS NOT NULL THEN real_cost_cents
              WHEN to_send_count IS NOT NULL AND status <> 'cancelled'
                THEN COALESCE((SELECT SUM(e.amount_cents) FROM expense_line e
                               WHERE e.delivery_id = delivery.id), 0)
              WHEN estimated_cost_cents IS NOT NULL THEN estimated_cost_cents ELSE 0 END
            WHERE is_template = 0
              AND campaign_id IN (SELECT id FROM campaign WHERE kind <> 'periodic'))"_s,
        uR"(UPDATE task SET calculated_cost_cents = CASE
              WHEN real_cost_cents IS NOT NULL THEN real_cost_cents
              WHEN status = 'finished' THEN COALESCE((SELECT SUM(e.amount_cents)
                                        FROM expense_line e WHERE e.task_id = task.id), 0)
              WHEN estimated_cost_cents IS NOT NULL THEN estimated_cost_cents ELSE 0 END
            WHERE campaign_id IN (SELECT id FROM campaign WHERE kind <> 'periodic'))"_s,
        uR"(UPDATE campaign SET calculated_cost_cents = CASE
              WHEN real_cost_cents IS NOT NULL THEN real_cost_cents
              WHEN EXISTS (SELECT 1 FROM delivery d WHERE d.campaign_id = campaign.id
                             AND d.is_template = 0 AND d.status <> 'cancelled'
                             AND (d.real_cost_cents IS NOT NULL OR d.to_send_count IS NOT NULL))
                OR EXISTS (SELECT 1 FROM task t WHERE t.campaign_id = campaign.id
                             AND (t.status = 'finished' OR (t.status <> 'cancelled'
                                  AND t.real_cost_cents IS NOT NULL)))
                THEN COALESCE((SELECT SUM(d.calculated_cost_cents) FROM delivery d
                               WHERE d.campaign_id = campaign.id AND d.is_template = 0
                                 AND d.status <> 'cancelled'), 0)
                   + COALESCE((SELECT SUM(t.calculated_cost_cents) FROM task t
                               WHERE t.campaign_id = campaign.id AND t.status <> 'cancelled'), 0)
              WHEN estimated_cost_cents IS NOT NULL THEN estimated_cost_cents
              ELSE COALESCE((SELECT SUM(d.estimated_cost_cents) FROM delivery d
                             WHERE d.campaign_id = campaign.id AND d.is_template = 0
                               AND d.status <> 'cancelled'), 0)
                 + COALESCE((SELECT SUM(t.estimated_cost_cents) FROM task t
                             WHERE t.campaign_id = campaign.id AND t.status <> 'cancelled'), 0)
              END
            WHERE kind <> 'periodic')"_s,
        uR"(UPDATE program SET calculated_cost_cents = COALESCE((SELECT SUM(c.calculated_cost_cents)
              FROM campaign c WHERE c.program_id = program.id AND c.kind <> 'periodic'
              AND c.status <> 'cancelled'), 0))"_s,
        uR"(UPDATE plan SET calculated_cost_cents = COALESCE((SELECT SUM(p.calculated_cost_cents)
              FROM program p WHERE p.plan_id = plan.id), 0))"_s,
        // 3. Cost lines of the consolidated campaigns that have a budget
        // (theirs, else their program's, else their plan's), case by case.
        uR"(WITH bc AS (
              SELECT c.id, COALESCE(c.budget_id, p.budget_id, pl.budget_id) AS budget_id,
                CASE WHEN c.budget_status = 'carried_out' THEN 1 ELSE 0 END AS carried_out,
                c.commitment_level AS commitment, c.real_cost_cents AS real_cost,
                c.estimated_cost_cents AS estimated_cost, c.start_at,
                CASE WHEN c.real_cost_cents IS NOT NULL THEN 'real'
                  WHEN EXISTS (SELECT 1 FROM delivery d WHERE d.campaign_id = c.id
                         AND d.is_template = 0 AND d.status <> 'cancelled'
                         AND (d.real_cost_cents IS NOT NULL OR d.to_send_count IS NOT NULL))
                    OR EXISTS (SELECT 1 FROM task t WHERE t.campaign_id = c.id
                         AND (t.status = 'finished' OR (t.status <> 'cancelled'
                              AND t.real_cost_cents IS NOT NULL))) THEN 'objects'
                  WHEN c.estimated_cost_cents IS NOT NULL THEN 'estimated'
                  ELSE 'object_estimates' END AS mode
              FROM campaign c LEFT JOIN program p ON p.id = c.program_id
              LEFT JOIN plan pl ON pl.id = p.plan_id
              WHERE c.budget_status IN ('defined', 'carried_out') AND c.status <> 'cancelled'
                AND c.kind <> 'periodic'
                AND COALESCE(c.budget_id, p.budget_id, pl.budget_id) IS NOT NULL)
            INSERT INTO cost_line (budget_id, campaign_id, delivery_id, task_id,
              expense_category_id, amount_cents, commitment, basis, charge_at)
            SELECT budget_id, campaign_id, delivery_id, task_id, expense_category_id,
              amount_cents, commitment, basis, COALESCE(charge_at, :now) FROM (
              SELECT bc.budget_id, bc.id AS campaign_id, CAST(NULL AS BIGINT) AS delivery_id,
                CAST(NULL AS BIGINT) AS task_id, CAST(NULL AS BIGINT) AS expense_category_id,
                CASE WHEN bc.mode = 'real' THEN bc.real_cost ELSE bc.estimated_cost END
                  AS amount_cents,
                CASE WHEN bc.carried_out = 1 THEN 'spent' ELSE bc.commitment END AS commitment,
                CASE WHEN bc.mode = 'real' THEN 'real' ELSE 'estimated' END AS basis,
                bc.start_at AS charge_at
              FROM bc WHERE bc.mode IN ('real', 'estimated')
              UNION ALL
              SELECT bc.budget_id, bc.id, d.id, NULL, e.expense_category_id,
                CAST(SUM(e.amount_cents) AS BIGINT),
                CASE WHEN d.status = 'finished' OR bc.carried_out = 1 THEN 'spent'
                  ELSE COALESCE(d.commitment_level, bc.commitment) END, 'calculated', d.contact_at
              FROM bc JOIN delivery d ON d.campaign_id = bc.id
              JOIN expense_line e ON e.delivery_id = d.id
              WHERE bc.mode = 'objects' AND d.is_template = 0 AND d.status <> 'cancelled'
                AND d.real_cost_cents IS NULL AND d.to_send_count IS NOT NULL
                AND d.calculated_cost_cents <> 0
              GROUP BY bc.budget_id, bc.id, d.id, e.expense_category_id, d.status,
                d.commitment_level, bc.carried_out, bc.commitment, d.contact_at
              HAVING SUM(e.amount_cents) <> 0
              UNION ALL
              SELECT bc.budget_id, bc.id, NULL, t.id, e.expense_category_id,
                CAST(SUM(e.amount_cents) AS BIGINT), 'spent', 'calculated', t.end_at
              FROM bc JOIN task t ON t.campaign_id = bc.id JOIN expense_line e ON e.task_id = t.id
              WHERE bc.mode = 'objects' AND t.status = 'finished' AND t.real_cost_cents IS NULL
                AND t.calculated_cost_cents <> 0
              GROUP BY bc.budget_id, bc.id, t.id, e.expense_category_id, t.end_at
              HAVING SUM(e.amount_cents) <> 0
              UNION ALL
              SELECT bc.budget_id, bc.id, d.id, NULL, NULL,
                CASE WHEN bc.mode = 'objects' THEN d.calculated_cost_cents
                  ELSE d.estimated_cost_cents END,
                CASE WHEN d.status = 'finished' OR bc.carried_out = 1 THEN 'spent'
                  ELSE COALESCE(d.commitment_level, bc.commitment) END,
                CASE WHEN bc.mode = 'objects' AND d.real_cost_cents IS NOT NULL THEN 'real'
                  ELSE 'estimated' END, d.contact_at
              FROM bc JOIN delivery d ON d.campaign_id = bc.id
              WHERE d.is_template = 0 AND d.status <> 'cancelled'
                AND ((bc.mode = 'objects' AND d.calculated_cost_cents <> 0
                      AND (d.real_cost_cents IS NOT NULL OR d.to_send_count IS NULL))
                  OR (bc.mode = 'object_estimates' AND d.estimated_cost_cents <> 0))
              UNION ALL
              SELECT bc.budget_id, bc.id, NULL, t.id, NULL,
                CASE WHEN bc.mode = 'objects' THEN t.calculated_cost_cents
                  ELSE t.estimated_cost_cents END,
                CASE WHEN t.status = 'finished' OR bc.carried_out = 1 THEN 'spent'
                  ELSE COALESCE(t.commitment_level, bc.commitment) END,
                CASE WHEN bc.mode = 'objects' AND t.real_cost_cents IS NOT NULL THEN 'real'
                  ELSE 'estimated' END, t.end_at
              FROM bc JOIN task t ON t.campaign_id = bc.id
              WHERE t.status <> 'cancelled'
                AND ((bc.mode = 'objects' AND t.calculated_cost_cents <> 0
                      AND (t.real_cost_cents IS NOT NULL OR t.status <> 'finished'))
                  OR (bc.mode = 'object_estimates' AND t.estimated_cost_cents <> 0))) x)"_s,
        // 4. Budget amounts; calculated_at moves only with them.
        uR"(UPDATE budget SET planned_cents = v.planned, reserved_cents = v.reserved,
              committed_cents = v.committed, spent_cents = v.spent,
              invoiced_cents = v.invoiced, calculated_at = :now
            FROM (SELECT b.id,
                    COALESCE(SUM(CASE WHEN l.commitment = 'planned' THEN l.amount_cents END), 0)
                      AS planned,
                    COALESCE(SUM(CASE WHEN l.commitment = 'reserved' THEN l.amount_cents END), 0)
                      AS reserved,
                    COALESCE(SUM(CASE WHEN l.commitment = 'committed' THEN l.amount_cents END), 0)
                      AS committed,
                    COALESCE(SUM(CASE WHEN l.commitment = 'spent' THEN l.amount_cents END), 0)
                      AS spent,
                    COALESCE((SELECT SUM(il.amount_cents) FROM invoice_line il
                              JOIN invoice i ON i.id = il.invoice_id
                              WHERE i.budget_id = b.id AND i.status = 'settled'), 0) AS invoiced
                  FROM budget b LEFT JOIN cost_line l ON l.budget_id = b.id GROUP BY b.id) v
            WHERE v.id = budget.id AND (budget.calculated_at IS NULL
              OR budget.planned_cents <> v.planned OR budget.reserved_cents <> v.reserved
              OR budget.committed_cents <> v.committed OR budget.spent_cents <> v.spent
              OR budget.invoiced_cents <> v.invoiced))"_s,
    };
    return statements;
}

Floor budgetFloor()
{
    Floor f;
    f.workflow = u"budgetMgt"_s;
    f.run = [](const QSqlDatabase &db, Backend, qint64 now) {
        return execAll(db, budgetStatements(), now);
    };
    f.views = {
        {u"expense_line"_s,
         u"SELECT cost_choice_id, campaign_id, delivery_id, task_id, cost_type_id, "
         "expense_category_id, quantity, amount_cents, computed_at FROM expense_line "
         "ORDER BY cost_choice_id"_s},
        {u"cost_line"_s,
         u"SELECT budget_id, campaign_id, delivery_id, task_id, expense_category_id, "
         "amount_cents, commitment, basis, charge_at FROM cost_line "
         "ORDER BY campaign_id, delivery_id, task_id, expense_category_id"_s},
        {u"delivery.calculated_cost_cents"_s,
         u"SELECT id, calculated_cost_cents FROM delivery ORDER BY id"_s},
        {u"task.calculated_cost_cents"_s,
         u"SELECT id, calculated_cost_cents FROM task ORDER BY id"_s},
        {u"campaign.calculated_cost_cents"_s,
         u"SELECT id, calculated_cost_cents FROM campaign ORDER BY id"_s},
        {u"program.calculated_cost_cents"_s,
         u"SELECT id, calculated_cost_cents FROM program ORDER BY id"_s},
        {u"plan.calculated_cost_cents"_s,
         u"SELECT id, calculated_cost_cents FROM plan ORDER BY id"_s},
        {u"budget"_s,
         u"SELECT id, planned_cents, reserved_cents, committed_cents, spent_cents, "
         "invoiced_cents, calculated_at FROM budget ORDER BY id"_s},
    };
    return f;
}

// --- stockMgt --------------------------------------------------------------

// (stock_line_id, delivery_id, campaign_id, quantity) of the deliveries in
// the given statuses.
QString stockQuantities(const QString &statuses)
{
    return uR"(SELECT ct.stock_line_id, d.id AS delivery_id, d.campaign_id,
                 SUM(CASE WHEN ct.basis = 'per_message' THEN ct.stock_units *
                   CASE WHEN d.status = 'finished' AND d.sent_count IS NOT NULL THEN d.sent_count
                        WHEN d.extraction_rows IS NOT NULL THEN d.extraction_rows
                        ELSE COALESCE(d.to_send_count, 0) END
                   ELSE ct.stock_units END) AS quantity
               FROM delivery d JOIN campaign c ON c.id = d.campaign_id
               JOIN cost_choice cc ON cc.delivery_id = d.id
               JOIN cost_type ct ON ct.id = cc.cost_type_id
               WHERE ct.stock_line_id IS NOT NULL AND d.is_template = 0
                 AND c.kind <> 'periodic' AND d.status IN (%1)
               GROUP BY ct.stock_line_id, d.id, d.campaign_id)"_s.arg(statuses);
}

const QString kConsuming = u"'file_to_approve', 'provider_pending', 'sent_to_provider', "
                           "'in_progress', 'finished'"_s;
const QString kPlanning =
    u"'to_validate', 'pending_confirmation', 'start_pending', 'extraction_pending'"_s;
const QString kAlertHolds =
    u"((k = 'alert_level' AND l.in_stock_qty <= l.alert_level) "
    "OR (k = 'insufficient' AND (l.in_stock_qty < 0 OR l.forecast_qty < 0)))"_s;

QStringList stockStatements()
{
    return {
        uR"(UPDATE stock_order SET status = 'received', received_at = :now
            WHERE status = 'on_order' AND delivery_at <= :now)"_s,
        uR"(INSERT INTO stock_consumption (stock_line_id, delivery_id, campaign_id, quantity,
              assigned_at) SELECT q.*, :now FROM ()"_s +
            stockQuantities(kConsuming) + u") q"_s,
        uR"(UPDATE stock_line SET consumed_qty = x.consumed, received_qty = x.received,
              on_order_qty = x.on_order, planned_qty = x.planned,
              in_stock_qty = x.in_stock, forecast_qty = x.in_stock + x.on_order - x.planned,
              status = CASE WHEN x.in_stock < 0 OR x.in_stock + x.on_order - x.planned < 0
                         THEN 'insufficient' WHEN x.in_stock <= x.alert_level THEN 'alert'
                         ELSE 'ok' END,
              calculated_at = :now
            FROM (SELECT y.*, y.initial_qty + y.received - y.consumed AS in_stock FROM (
                    SELECT l.id, l.initial_qty, l.alert_level,
                      COALESCE((SELECT SUM(quantity) FROM stock_consumption sc
                                WHERE sc.stock_line_id = l.id), 0) AS consumed,
                      COALESCE((SELECT SUM(quantity) FROM stock_order o
                                WHERE o.stock_line_id = l.id AND o.status = 'received'), 0)
                        AS received,
                      COALESCE((SELECT SUM(quantity) FROM stock_order o
                                WHERE o.stock_line_id = l.id AND o.status = 'on_order'), 0)
                        AS on_order,
                      COALESCE(p.quantity, 0) AS planned
                    FROM stock_line l LEFT JOIN (SELECT q.stock_line_id, SUM(q.quantity) AS quantity
                      FROM ()"_s +
            stockQuantities(kPlanning) + uR"() q GROUP BY q.stock_line_id) p
                      ON p.stock_line_id = l.id) y) x
            WHERE x.id = stock_line.id AND (stock_line.calculated_at IS NULL
              OR stock_line.consumed_qty <> x.consumed OR stock_line.received_qty <> x.received
              OR stock_line.on_order_qty <> x.on_order OR stock_line.planned_qty <> x.planned
              OR stock_line.in_stock_qty <> x.in_stock
              OR stock_line.forecast_qty <> x.in_stock + x.on_order - x.planned
              OR stock_line.status <> CASE WHEN x.in_stock < 0
                   OR x.in_stock + x.on_order - x.planned < 0 THEN 'insufficient'
                   WHEN x.in_stock <= x.alert_level THEN 'alert' ELSE 'ok' END))"_s,
        u"UPDATE stock_alert SET cleared_at = :now WHERE cleared_at IS NULL AND EXISTS "
        "(SELECT 1 FROM stock_line l WHERE l.id = stock_alert.stock_line_id AND NOT "_s +
            QString(kAlertHolds).replace(u"k = "_s, u"stock_alert.kind = "_s) + u")"_s,
        u"INSERT INTO stock_alert (stock_line_id, kind, raised_at, in_stock_qty, forecast_qty) "
        "SELECT l.id, k, :now, l.in_stock_qty, l.forecast_qty FROM stock_line l "
        "JOIN (SELECT 'alert_level' AS k UNION ALL SELECT 'insufficient') kk ON "_s +
            kAlertHolds +
            u" WHERE NOT EXISTS (SELECT 1 FROM stock_alert a WHERE a.stock_line_id = l.id "
            "AND a.kind = k AND a.cleared_at IS NULL) ORDER BY l.id, k"_s,
        uR"(INSERT INTO notification (kind, dedup_key, recipient_operator_id, recipient_email,
              subject, body, created_at, status)
            SELECT 'stock_alert', 'stock-alert:' || CAST(a.id AS TEXT) || ':'
                     || CAST(o.id AS TEXT), o.id, o.email,
                   'Stock ' || a.kind || ': ' || s.label || ' - ' || COALESCE(l.label, ''),
                   'In stock: ' || CAST(a.in_stock_qty AS TEXT), :now, 'queued'
            FROM stock_alert a JOIN stock_line l ON l.id = a.stock_line_id
            JOIN stock s ON s.id = l.stock_id
            JOIN operator_group_member m ON m.group_id = s.alert_group_id
            JOIN operator o ON o.id = m.operator_id
            WHERE a.cleared_at IS NULL AND NOT EXISTS (SELECT 1 FROM notification n
              WHERE n.dedup_key = 'stock-alert:' || CAST(a.id AS TEXT) || ':'
                                  || CAST(o.id AS TEXT))
            ORDER BY a.id, o.id)"_s,
        uR"(INSERT INTO stock_order (stock_line_id, quantity, ordered_at, delivery_at, status)
            SELECT l.id, l.reorder_qty, NULL, :now + l.lead_days * 86400, 'proposed'
            FROM stock_line l WHERE l.reorder_qty > 0 AND l.forecast_qty <= l.alert_level
              AND NOT EXISTS (SELECT 1 FROM stock_order o WHERE o.stock_line_id = l.id
                              AND o.status IN ('proposed', 'on_order'))
            ORDER BY l.id)"_s,
    };
}

Floor stockFloor()
{
    Floor f;
    f.workflow = u"stockMgt"_s;
    f.run = [](const QSqlDatabase &db, Backend, qint64 now) {
        return execAll(db, stockStatements(), now);
    };
    f.views = {
        {u"stock_order"_s,
         u"SELECT id, stock_line_id, quantity, status, ordered_at, delivery_at, received_at "
         "FROM stock_order ORDER BY id"_s},
        {u"stock_consumption"_s,
         u"SELECT stock_line_id, delivery_id, campaign_id, quantity, assigned_at "
         "FROM stock_consumption ORDER BY stock_line_id, delivery_id"_s},
        {u"stock_line"_s,
         u"SELECT id, consumed_qty, received_qty, on_order_qty, planned_qty, in_stock_qty, "
         "forecast_qty, status, calculated_at FROM stock_line ORDER BY id"_s},
        {u"stock_alert"_s,
         u"SELECT id, stock_line_id, kind, raised_at, cleared_at, in_stock_qty, forecast_qty "
         "FROM stock_alert ORDER BY id"_s},
        {u"notification (stock_alert)"_s,
         u"SELECT kind, dedup_key, recipient_operator_id, recipient_email, created_at, status "
         "FROM notification WHERE kind = 'stock_alert' ORDER BY dedup_key"_s},
    };
    return f;
}

// --- deliveryMgt --------------------------------------------------------------

const QString kScope = u"d.is_template = 0 AND c.kind <> 'periodic' "
                       "AND d.status NOT IN ('finished', 'cancelled', 'failed')"_s;
const QString kRowInScope = u"EXISTS (SELECT 1 FROM delivery d JOIN campaign c ON c.id = "
                            "d.campaign_id WHERE d.id = approval.delivery_id AND "_s +
                            kScope + u")"_s;

// One event per delivery of `deliveries` (a SELECT of delivery_id), as
// DeliveryEvents records them: a repeated reason counts up.
QString event(const QString &reason, const QString &deliveries)
{
    return u"INSERT INTO delivery_event (delivery_id, reason, message, first_at, last_at, count, "
           "workflow) SELECT x.delivery_id, '%1', '%1', :now, :now, 1, 'deliveryMgt' FROM (%2) x "
           "WHERE true ON CONFLICT (delivery_id, reason) DO UPDATE SET last_at = "
           "excluded.last_at, count = delivery_event.count + 1"_s.arg(reason, deliveries);
}

QString notify(const QString &kind, const QString &key, const QString &from)
{
    return u"INSERT INTO notification (kind, dedup_key, recipient_operator_id, recipient_email, "
           "subject, body, created_at, status) SELECT '%1', %2, o.id, o.email, '%1', '', :now, "
           "'queued' %3"_s.arg(kind, key, from);
}

QStringList deliveryStatements()
{
    const QString waiting = u"a.status = 'pending' AND a.notified_at IS NULL AND "_s + kScope;
    const QString requestKey = u"'approval:' || CAST(a.id AS TEXT) || ':' || CAST(o.id AS TEXT)"_s;
    const QString due = u"COALESCE(r.at, a.deadline_at + r.offset_s)"_s;
    const QString reminderKey = u"'reminder:' || CAST(f.approval_id AS TEXT) || ':' || "
                                "CAST(f.rule_id AS TEXT) || ':' || CAST(o.id AS TEXT)"_s;
    const QString reminderCount =
        u"(SELECT COUNT(*) FROM approval_reminder_rule r JOIN delivery d ON d.id = "
        "approval.delivery_id WHERE r.campaign_id = d.campaign_id "
        "AND COALESCE(r.at, approval.deadline_at + r.offset_s) <= :now "
        "AND COALESCE(r.at, approval.deadline_at + r.offset_s) >= approval.submitted_at)"_s;
    const QString overdue = u"a.status = 'pending' AND a.deadline_at IS NOT NULL AND "
                            "a.deadline_at < :now AND "_s +
                            kScope;
    const auto approvedLatest = [](const QString &kinds) {
        return u"NOT EXISTS (SELECT 1 FROM campaign_approval ca WHERE ca.campaign_id = "
               "d.campaign_id AND ca.kind IN (%1) AND NOT EXISTS (SELECT 1 FROM approval a "
               "WHERE a.delivery_id = d.id AND a.kind = ca.kind AND a.status = 'approved' "
               "AND NOT EXISTS (SELECT 1 FROM approval l WHERE l.delivery_id = d.id "
               "AND l.kind = ca.kind AND l.id > a.id)))"_s.arg(kinds);
    };
    const QString live = u"FROM delivery d JOIN campaign c ON c.id = d.campaign_id "
                         "WHERE d.is_template = 0 AND c.kind <> 'periodic' AND "_s;
    const QString validated =
        u"SELECT d.id AS delivery_id, CASE WHEN d.channel = 'direct_mail' THEN "
        "'extraction_pending' WHEN d.confirm_required = 1 THEN 'pending_confirmation' "
        "ELSE 'start_pending' END AS to_status "_s +
        live + u"d.status = 'to_validate' AND "_s +
        approvedLatest(u"'targeting', 'content', 'budget', 'proof'"_s);
    const QString fileApproved = u"SELECT d.id AS delivery_id, 'provider_pending' AS to_status "_s +
                                 live + u"d.status = 'file_to_approve' AND "_s +
                                 approvedLatest(u"'extraction'"_s);
    const QString startable = u"SELECT d.id AS delivery_id "_s + live +
                              u"d.status = 'start_pending' AND (d.contact_at IS NULL "
                              "OR d.contact_at <= :now)"_s;
    const QString handOver = u"SELECT d.id AS delivery_id, d.service_id "_s + live +
                             u"d.status = 'provider_pending' AND NOT EXISTS (SELECT 1 "
                             "FROM provider_job p WHERE p.delivery_id = d.id)"_s;
    return {
        // 1. Requests.
        u"UPDATE approval SET deadline_at = submitted_at + (SELECT c.approval_delay_s FROM "
        "delivery d JOIN campaign c ON c.id = d.campaign_id WHERE d.id = approval.delivery_id) "
        "WHERE status = 'pending' AND notified_at IS NULL AND deadline_at IS NULL AND "_s +
            kRowInScope,
        notify(u"approval_request"_s, requestKey,
               u"FROM (%1) rv JOIN approval a ON a.id = rv.approval_id JOIN operator o ON o.id = "
               "rv.operator_id WHERE NOT EXISTS (SELECT 1 FROM notification n WHERE n.dedup_key "
               "= %2) ORDER BY a.id, o.id"_s.arg(delivery::Reviewers::sql(waiting), requestKey)),
        event(u"ApprovalRequested"_s, u"SELECT DISTINCT a.delivery_id FROM approval a JOIN "
                                      "delivery d ON d.id = a.delivery_id JOIN campaign c ON "
                                      "c.id = d.campaign_id WHERE "_s +
                                          waiting),
        u"UPDATE approval SET notified_at = :now WHERE status = 'pending' AND notified_at IS "
        "NULL AND "_s +
            kRowInScope,
        // 2. Reminders.
        notify(u"approval_reminder"_s, reminderKey,
               u"FROM (SELECT a.id AS approval_id, r.id AS rule_id FROM approval a JOIN delivery "
               "d ON d.id = a.delivery_id JOIN campaign c ON c.id = d.campaign_id JOIN "
               "approval_reminder_rule r ON r.campaign_id = c.id WHERE a.status = 'pending' AND "
               "%1 AND %2 <= :now AND %2 >= a.submitted_at) f JOIN (%3) rv ON rv.approval_id = "
               "f.approval_id JOIN operator o ON o.id = rv.operator_id WHERE NOT EXISTS (SELECT "
               "1 FROM notification n WHERE n.dedup_key = %4) ORDER BY f.approval_id, f.rule_id, "
               "o.id"_s.arg(kScope, due,
                            delivery::Reviewers::sql(u"a.status = 'pending' AND "_s + kScope),
                            reminderKey)),
        u"UPDATE approval SET reminders_sent = %1 WHERE status = 'pending' AND %2 AND "
        "reminders_sent <> %1"_s.arg(reminderCount, kRowInScope),
        // 3. Overdue.
        notify(u"approval_overdue"_s, u"'overdue:' || CAST(a.id AS TEXT)"_s,
               u"FROM approval a JOIN delivery d ON d.id = a.delivery_id JOIN campaign c ON "
               "c.id = d.campaign_id JOIN operator o ON o.id = c.manager_id WHERE %1 AND NOT "
               "EXISTS (SELECT 1 FROM notification n WHERE n.dedup_key = 'overdue:' || "
               "CAST(a.id AS TEXT)) ORDER BY a.id"_s.arg(overdue)),
        event(u"ApprovalOverdue"_s,
              u"SELECT DISTINCT a.delivery_id FROM approval a JOIN delivery d ON d.id = "
              "a.delivery_id JOIN campaign c ON c.id = d.campaign_id WHERE %1 AND NOT EXISTS "
              "(SELECT 1 FROM delivery_event e WHERE e.delivery_id = a.delivery_id AND "
              "e.reason = 'ApprovalOverdue' AND e.last_at > a.deadline_at)"_s.arg(overdue)),
        // 4. Moving on (events first: once moved, the deliveries no longer match).
        event(u"ApprovalsGranted"_s, validated),
        u"UPDATE delivery SET status = x.to_status FROM (%1) x WHERE x.delivery_id = "
        "delivery.id"_s.arg(validated),
        event(u"ExtractionApproved"_s, fileApproved),
        u"UPDATE delivery SET status = x.to_status FROM (%1) x WHERE x.delivery_id = "
        "delivery.id"_s.arg(fileApproved),
        // 5. Starting.
        event(u"DeliveryStarted"_s, startable),
        u"UPDATE delivery SET status = 'in_progress' WHERE id IN (%1)"_s.arg(startable),
        // 6. Provider hand-over.
        event(u"ProviderJobQueued"_s, handOver),
        u"INSERT INTO provider_job (delivery_id, service_id, status) SELECT x.delivery_id, "
        "x.service_id, 'pending' FROM (%1) x ORDER BY x.delivery_id"_s.arg(handOver),
    };
}

Floor deliveryFloor()
{
    Floor f;
    f.workflow = u"deliveryMgt"_s;
    f.run = [](const QSqlDatabase &db, Backend, qint64 now) {
        return execAll(db, deliveryStatements(), now);
    };
    f.views = {
        {u"approval"_s,
         u"SELECT id, deadline_at, notified_at, reminders_sent FROM approval ORDER BY id"_s},
        {u"notification (approvals)"_s,
         u"SELECT kind, dedup_key, recipient_operator_id, recipient_email, created_at, status "
         "FROM notification WHERE kind LIKE 'approval%' ORDER BY dedup_key"_s},
        {u"delivery.status"_s, u"SELECT id, status FROM delivery ORDER BY id"_s},
        {u"provider_job"_s,
         u"SELECT delivery_id, service_id, status FROM provider_job ORDER BY delivery_id, id"_s},
        {u"delivery_event"_s,
         u"SELECT delivery_id, reason, first_at, last_at, count FROM delivery_event "
         "ORDER BY delivery_id, reason"_s},
    };
    return f;
}

// --- operationMgt: targeting ------------------------------------------------

// The pending targeting jobs of targeting_pending deliveries, as the
// workflow runs them (oldest first); a filter that does not parse targets
// nobody (the workflow fails that job and leaves the targets alone).
Result<void> targeting(const QSqlDatabase &db, Backend backend, qint64 now)
{
    auto jobs = Sql::exec(db, uR"(SELECT d.id, d.channel, d.target_filter FROM operation_job j
                                  JOIN delivery d ON d.id = j.delivery_id
                                  WHERE j.kind = 'targeting' AND j.status IN ('pending', 'running')
                                    AND d.status = 'targeting_pending'
                                  ORDER BY j.requested_at, j.id)"_s);
    if (!jobs)
        return jobs.error();
    struct Job
    {
        qint64 delivery;
        QString channel, filter;
    };
    QList<Job> list;
    while (jobs->next())
        list.append({jobs->value(0).toLongLong(), jobs->value(1).toString(),
                     jobs->value(2).toString()});
    jobs->finish();
    for (const Job &job : std::as_const(list)) {
        auto expression = operation::TargetExpression::parse(job.filter);
        if (!expression)
            continue;
        const operation::TargetExpression::Sql filter =
            expression->toSql(u"r"_s, db::Dialect::of(backend));
        QString key, hasAddress;
        if (job.channel == u"email") {
            key = u"LOWER(r.email)"_s;
            hasAddress = u"r.email IS NOT NULL AND TRIM(r.email) <> ''"_s;
        } else if (job.channel == u"sms") {
            key = u"r.phone"_s;
            hasAddress = u"r.phone IS NOT NULL AND TRIM(r.phone) <> ''"_s;
        } else {
            key = u"r.address, r.postal_code, r.city"_s;
            hasAddress = u"r.address IS NOT NULL AND TRIM(r.address) <> '' AND r.postal_code "
                         "IS NOT NULL AND TRIM(r.postal_code) <> '' AND r.city IS NOT NULL AND "
                         "TRIM(r.city) <> ''"_s;
        }
        QVariantList params{job.delivery};
        params += filter.params;
        auto inserted = Sql::update(
            db,
            u"INSERT INTO delivery_target (delivery_id, recipient_id) SELECT CAST(? AS BIGINT), "
            "id FROM (SELECT r.id, ROW_NUMBER() OVER (PARTITION BY %1 ORDER BY r.id) AS rn "
            "FROM recipient r WHERE (%2) AND r.opted_out = 0 AND r.blocklisted = 0 AND %3) x "
            "WHERE rn = 1"_s.arg(key, filter.condition, hasAddress),
            params);
        if (!inserted)
            return inserted.error();
        QVariantList countParams = filter.params;
        countParams << inserted.value() << now << job.delivery;
        if (auto counted = Sql::exec(db,
                                     u"UPDATE delivery SET targeted_count = (SELECT COUNT(*) "
                                     "FROM recipient r WHERE %1), to_send_count = ?, "
                                     "analyzed_at = ? WHERE id = ?"_s.arg(filter.condition),
                                     countParams);
            !counted)
            return counted.error();
    }
    return {};
}

Floor operationFloor()
{
    Floor f;
    f.workflow = u"operationMgt"_s;
    f.run = targeting;
    // :max_delivery: the highest delivery id of the data set before the run
    // (deliveries the run instantiates from schedules are not compared).
    f.views = {
        {u"delivery_target"_s,
         u"SELECT delivery_id, COUNT(*), SUM(recipient_id), MIN(recipient_id), MAX(recipient_id) "
         "FROM delivery_target WHERE delivery_id <= :max_delivery GROUP BY delivery_id "
         "ORDER BY delivery_id"_s},
        {u"delivery counts"_s,
         u"SELECT id, targeted_count, to_send_count, analyzed_at FROM delivery "
         "WHERE id <= :max_delivery ORDER BY id"_s},
    };
    return f;
}

} // namespace

QList<Floor> floors()
{
    return {budgetFloor(), stockFloor(), deliveryFloor(), operationFloor()};
}

} // namespace campagna::bench
