#include "budget/budgetworkflow.h"

#include "db/figurerange.h"
#include "db/sql.h"
#include "engine/runcontext.h"
#include "engine/steprunner.h"

#include <QSqlQuery>

#include <functional>

namespace campagna::budget {

using db::Sql;

namespace {

// Deliveries and tasks that belong to templates are not processed: the
// instances of recurring and periodic campaigns are (03-workflows.md).
const QString kLiveDelivery = QStringLiteral("d.is_template = 0 AND c.kind <> 'periodic'");

// A delivery is costed once analysed and not cancelled; a task once finished.
const QString kCostedDelivery =
    QStringLiteral("d.to_send_count IS NOT NULL AND d.status <> 'cancelled'");

// At most this many warnings of one kind name their object; the rest are counted.
constexpr int kWarningsNamed = 20;

QString money(qint64 cents, const QString &currency)
{
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    const qint64 abs = cents < 0 ? -cents : cents;
    return QStringLiteral("%1%2.%3 %4")
        .arg(sign)
        .arg(abs / 100)
        .arg(abs % 100, 2, 10, QLatin1Char('0'))
        .arg(currency.isEmpty() ? QStringLiteral("EUR") : currency);
}

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    auto value = Sql::scalar(db, sql);
    return value && value.value() ? value.value()->toLongLong() : 0;
}

// The statements in order; the first that fails ends them.
Result<void> execAll(const QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        if (auto done = Sql::exec(db, sql); !done)
            return done.error();
    }
    return {};
}

struct Statement
{
    QString sql;
    QVariantList params;
};

struct Differences
{
    qint64 removed = 0, changed = 0, added = 0;
};

// A step's desired rows, computed into a temporary table, written to the
// stored table as differences: the rows no longer desired removed, those
// that differ changed, the new ones added (in that order).
Result<Differences> writeDifferences(const QSqlDatabase &db, const Statement &remove,
                                     const Statement &change, const Statement &add)
{
    Differences written;
    auto removed = Sql::update(db, remove.sql, remove.params);
    if (!removed)
        return removed.error();
    written.removed = removed.value();
    auto changed = Sql::update(db, change.sql, change.params);
    if (!changed)
        return changed.error();
    written.changed = changed.value();
    auto added = Sql::update(db, add.sql, add.params);
    if (!added)
        return added.error();
    written.added = added.value();
    return written;
}

// Step 3's temporary tables, emptied, and the consolidated campaigns with
// their campaign lines.
QStringList consolidatedCampaignsSql()
{
    return {
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS budget_campaign (id BIGINT PRIMARY KEY, "
                       "label TEXT, budget_id BIGINT, carried_out INTEGER, commitment TEXT, "
                       "real_cost BIGINT, estimated_cost BIGINT, start_at BIGINT, mode TEXT)"),
        QStringLiteral("DELETE FROM budget_campaign"),
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS budget_cost (budget_id BIGINT, "
                       "campaign_id BIGINT, delivery_id BIGINT, task_id BIGINT, "
                       "expense_category_id BIGINT, amount_cents BIGINT, commitment TEXT, "
                       "basis TEXT, charge_at BIGINT)"),
        // The comparison with cost_line below looks lines up by campaign:
        // without an index SQLite scanned budget_cost once per stored line,
        // and a second run at 10^4 lines took 9 s instead of 0.1 s.
        QStringLiteral("CREATE INDEX IF NOT EXISTS budget_cost_line_idx "
                       "ON budget_cost (campaign_id, delivery_id, task_id)"),
        QStringLiteral("DELETE FROM budget_cost"),
        // Consolidated campaigns, the budget they charge (theirs, else their
        // program's, else their plan's) and which case of the spec they are.
        QStringLiteral(
            "INSERT INTO budget_campaign (id, label, budget_id, carried_out, commitment, "
            "real_cost, estimated_cost, start_at, mode) "
            "SELECT c.id, c.label, COALESCE(c.budget_id, p.budget_id, pl.budget_id), "
            "CASE WHEN c.budget_status = 'carried_out' THEN 1 ELSE 0 END, c.commitment_level, "
            "c.real_cost_cents, c.estimated_cost_cents, c.start_at, "
            "CASE WHEN c.real_cost_cents IS NOT NULL THEN 'real' "
            "WHEN EXISTS (SELECT 1 FROM delivery d WHERE d.campaign_id = c.id "
            "  AND d.is_template = 0 AND d.status <> 'cancelled' "
            "  AND (d.real_cost_cents IS NOT NULL OR d.to_send_count IS NOT NULL)) "
            " OR EXISTS (SELECT 1 FROM task t WHERE t.campaign_id = c.id "
            "  AND (t.status = 'finished' OR (t.status <> 'cancelled' "
            "       AND t.real_cost_cents IS NOT NULL))) THEN 'objects' "
            "WHEN c.estimated_cost_cents IS NOT NULL THEN 'estimated' "
            "ELSE 'object_estimates' END "
            "FROM campaign c LEFT JOIN program p ON p.id = c.program_id "
            "LEFT JOIN plan pl ON pl.id = p.plan_id "
            "WHERE c.budget_status IN ('defined', 'carried_out') AND c.status <> 'cancelled' "
            "AND c.kind <> 'periodic'"),
        // A campaign line: its real cost, or its estimate.
        QStringLiteral("INSERT INTO budget_cost (budget_id, campaign_id, delivery_id, task_id, "
                       "expense_category_id, amount_cents, commitment, basis, charge_at) "
                       "SELECT bc.budget_id, bc.id, NULL, NULL, NULL, "
                       "CASE WHEN bc.mode = 'real' THEN bc.real_cost ELSE bc.estimated_cost END, "
                       "CASE WHEN bc.carried_out = 1 THEN 'spent' ELSE bc.commitment END, "
                       "CASE WHEN bc.mode = 'real' THEN 'real' ELSE 'estimated' END, bc.start_at "
                       "FROM budget_campaign bc WHERE bc.budget_id IS NOT NULL "
                       "AND bc.mode IN ('real', 'estimated')"),
    };
}

// Step 3's lines of the campaigns' deliveries and tasks.
QStringList objectCostLinesSql()
{
    return {
        // Costed deliveries without a real cost: one line per expense category.
        QStringLiteral(
            "INSERT INTO budget_cost (budget_id, campaign_id, delivery_id, task_id, "
            "expense_category_id, amount_cents, commitment, basis, charge_at) "
            "SELECT bc.budget_id, bc.id, d.id, NULL, e.expense_category_id, "
            "CAST(SUM(e.amount_cents) AS BIGINT), "
            "CASE WHEN d.status = 'finished' OR bc.carried_out = 1 THEN 'spent' "
            "ELSE COALESCE(d.commitment_level, bc.commitment) END, 'calculated', d.contact_at "
            "FROM budget_campaign bc JOIN delivery d ON d.campaign_id = bc.id "
            "JOIN expense_line e ON e.delivery_id = d.id "
            "WHERE bc.budget_id IS NOT NULL AND bc.mode = 'objects' AND d.is_template = 0 "
            "AND d.status <> 'cancelled' AND d.real_cost_cents IS NULL "
            "AND d.to_send_count IS NOT NULL AND d.calculated_cost_cents <> 0 "
            "GROUP BY bc.budget_id, bc.id, d.id, e.expense_category_id, d.status, "
            "d.commitment_level, bc.carried_out, bc.commitment, d.contact_at "
            "HAVING SUM(e.amount_cents) <> 0"),
        // Finished tasks without a real cost: the same, by expense category.
        QStringLiteral("INSERT INTO budget_cost (budget_id, campaign_id, delivery_id, task_id, "
                       "expense_category_id, amount_cents, commitment, basis, charge_at) "
                       "SELECT bc.budget_id, bc.id, NULL, t.id, e.expense_category_id, "
                       "CAST(SUM(e.amount_cents) AS BIGINT), 'spent', 'calculated', t.end_at "
                       "FROM budget_campaign bc JOIN task t ON t.campaign_id = bc.id "
                       "JOIN expense_line e ON e.task_id = t.id "
                       "WHERE bc.budget_id IS NOT NULL AND bc.mode = 'objects' "
                       "AND t.status = 'finished' AND t.real_cost_cents IS NULL "
                       "AND t.calculated_cost_cents <> 0 "
                       "GROUP BY bc.budget_id, bc.id, t.id, e.expense_category_id, t.end_at "
                       "HAVING SUM(e.amount_cents) <> 0"),
        // Other deliveries: one line of their real or estimated cost.
        QStringLiteral(
            "INSERT INTO budget_cost (budget_id, campaign_id, delivery_id, task_id, "
            "expense_category_id, amount_cents, commitment, basis, charge_at) "
            "SELECT bc.budget_id, bc.id, d.id, NULL, NULL, "
            "CASE WHEN bc.mode = 'objects' THEN d.calculated_cost_cents "
            "ELSE d.estimated_cost_cents END, "
            "CASE WHEN d.status = 'finished' OR bc.carried_out = 1 THEN 'spent' "
            "ELSE COALESCE(d.commitment_level, bc.commitment) END, "
            "CASE WHEN bc.mode = 'objects' AND d.real_cost_cents IS NOT NULL THEN 'real' "
            "ELSE 'estimated' END, d.contact_at "
            "FROM budget_campaign bc JOIN delivery d ON d.campaign_id = bc.id "
            "WHERE bc.budget_id IS NOT NULL AND d.is_template = 0 AND d.status <> 'cancelled' "
            "AND ((bc.mode = 'objects' AND d.calculated_cost_cents <> 0 "
            "      AND (d.real_cost_cents IS NOT NULL OR d.to_send_count IS NULL)) "
            "  OR (bc.mode = 'object_estimates' AND d.estimated_cost_cents IS NOT NULL "
            "      AND d.estimated_cost_cents <> 0))"),
        // Other tasks: the same.
        QStringLiteral(
            "INSERT INTO budget_cost (budget_id, campaign_id, delivery_id, task_id, "
            "expense_category_id, amount_cents, commitment, basis, charge_at) "
            "SELECT bc.budget_id, bc.id, NULL, t.id, NULL, "
            "CASE WHEN bc.mode = 'objects' THEN t.calculated_cost_cents "
            "ELSE t.estimated_cost_cents END, "
            "CASE WHEN t.status = 'finished' OR bc.carried_out = 1 THEN 'spent' "
            "ELSE COALESCE(t.commitment_level, bc.commitment) END, "
            "CASE WHEN bc.mode = 'objects' AND t.real_cost_cents IS NOT NULL THEN 'real' "
            "ELSE 'estimated' END, t.end_at "
            "FROM budget_campaign bc JOIN task t ON t.campaign_id = bc.id "
            "WHERE bc.budget_id IS NOT NULL AND t.status <> 'cancelled' "
            "AND ((bc.mode = 'objects' AND t.calculated_cost_cents <> 0 "
            "      AND (t.real_cost_cents IS NOT NULL OR t.status <> 'finished')) "
            "  OR (bc.mode = 'object_estimates' AND t.estimated_cost_cents IS NOT NULL "
            "      AND t.estimated_cost_cents <> 0))"),
    };
}

// Step 1's temporary table, emptied, and the expense lines the costed
// deliveries and tasks should have.
QStringList desiredExpensesSql()
{
    // q: messages for a delivery (sent when finished and known, else to
    // send); days for a daily task cost, 1 for a fixed one. The structure
    // amount is rounded once to the cent, half away from zero (all values
    // are non-negative, so (2x + d) / 2d in integers), then the surcharge
    // is added.
    const QString desired =
        QStringLiteral(
            "INSERT INTO budget_expense (cost_choice_id, campaign_id, delivery_id, task_id, "
            "cost_type_id, expense_category_id, quantity, amount_cents) "
            "SELECT b.cost_choice_id, b.campaign_id, b.delivery_id, b.task_id, b.cost_type_id, "
            "b.expense_category_id, CASE WHEN b.basis = 'fixed' THEN 1 ELSE b.q END, "
            "b.surcharge_cents + CASE "
            " WHEN b.basis = 'fixed' THEN (2 * b.amount_micros + 10000) / 20000 "
            " WHEN b.basis = 'daily' THEN (2 * b.amount_micros * b.q + 10000) / 20000 "
            " WHEN b.q = 0 THEN 0 "
            " WHEN b.structure = 'linear_threshold' THEN (2 * b.q * b.unit_micros + 10000) / 20000 "
            " WHEN b.structure = 'constant_threshold' THEN (2 * b.unit_micros + 10000) / 20000 "
            " ELSE (2 * b.amount_micros * b.q + 10000 * b.per_units) / (20000 * b.per_units) END "
            "FROM (SELECT s.*, CASE WHEN s.structure IN ('linear_threshold', 'constant_threshold') "
            "  THEN COALESCE((SELECT th.amount_micros FROM cost_threshold th "
            "                 WHERE th.cost_type_id = s.cost_type_id AND th.upper_bound >= s.q "
            "                 ORDER BY th.upper_bound LIMIT 1), "
            "                s.beyond_micros, "
            "                (SELECT th.amount_micros FROM cost_threshold th "
            "                 WHERE th.cost_type_id = s.cost_type_id "
            "                 ORDER BY th.upper_bound DESC LIMIT 1), 0) "
            "  ELSE 0 END AS unit_micros "
            " FROM (SELECT cc.id AS cost_choice_id, d.campaign_id, d.id AS delivery_id, "
            "         CAST(NULL AS BIGINT) AS task_id, ct.id AS cost_type_id, "
            "         cc.expense_category_id, cc.surcharge_cents, ct.basis, ct.structure, "
            "         ct.amount_micros, ct.per_units, ct.beyond_micros, "
            "         CASE WHEN d.status = 'finished' AND d.sent_count IS NOT NULL "
            "              THEN d.sent_count ELSE d.to_send_count END AS q "
            "       FROM cost_choice cc JOIN cost_type ct ON ct.id = cc.cost_type_id "
            "       JOIN delivery d ON d.id = cc.delivery_id JOIN campaign c ON c.id = "
            "d.campaign_id "
            "       WHERE %1 AND %2 "
            "       UNION ALL "
            "       SELECT cc.id, t.campaign_id, CAST(NULL AS BIGINT), t.id, ct.id, "
            "         cc.expense_category_id, cc.surcharge_cents, ct.basis, ct.structure, "
            "         ct.amount_micros, ct.per_units, ct.beyond_micros, "
            "         CASE WHEN ct.basis = 'daily' THEN t.duration_days ELSE 1 END "
            "       FROM cost_choice cc JOIN cost_type ct ON ct.id = cc.cost_type_id "
            "       JOIN task t ON t.id = cc.task_id JOIN campaign c ON c.id = t.campaign_id "
            "       WHERE t.status = 'finished' AND c.kind <> 'periodic' "
            "         AND ct.basis <> 'per_message') s) b")
            .arg(kLiveDelivery, kCostedDelivery);
    return {
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS budget_expense (cost_choice_id BIGINT "
                       "PRIMARY KEY, campaign_id BIGINT, delivery_id BIGINT, task_id BIGINT, "
                       "cost_type_id BIGINT, expense_category_id BIGINT, quantity BIGINT, "
                       "amount_cents BIGINT)"),
        QStringLiteral("DELETE FROM budget_expense"),
        desired,
    };
}

} // namespace

Result<void> BudgetWorkflow::run(engine::RunContext &context)
{
    // Checked in the first unit, before it writes: a figure beyond 64 bits
    // fails the run with nothing written (db/figurerange.h).
    const QStringList figures = {QStringLiteral("cost_type"),    QStringLiteral("cost_threshold"),
                                 QStringLiteral("cost_choice"),  QStringLiteral("delivery"),
                                 QStringLiteral("task"),         QStringLiteral("campaign"),
                                 QStringLiteral("program"),      QStringLiteral("plan"),
                                 QStringLiteral("budget"),       QStringLiteral("expense_category"),
                                 QStringLiteral("expense_line"), QStringLiteral("cost_line"),
                                 QStringLiteral("invoice_line")};
    return engine::StepRunner::run(
        context,
        {
            {QStringLiteral("expense_lines"), std::bind_front(&BudgetWorkflow::computeExpenseLines, this)},
            {QStringLiteral("calculated_costs"), std::bind_front(&BudgetWorkflow::computeCalculatedCosts, this)},
            {QStringLiteral("cost_lines"), std::bind_front(&BudgetWorkflow::computeCostLines, this)},
            {QStringLiteral("budgets"), std::bind_front(&BudgetWorkflow::computeBudgetAmounts, this)},
        },
        [&](const QSqlDatabase &db) { return db::FigureRange::check(db, figures); });
}

// Step 1: one expense line per cost choice of a costed delivery or task.
Result<void> BudgetWorkflow::computeExpenseLines(engine::RunContext &context, const QSqlDatabase &db)
{
    const qint64 now = context.now();
    if (auto filled = execAll(db, desiredExpensesSql()); !filled)
        return filled;

    auto written = writeDifferences(
        db,
        {QStringLiteral("DELETE FROM expense_line WHERE cost_choice_id IS NULL OR NOT EXISTS "
                        "(SELECT 1 FROM budget_expense x WHERE x.cost_choice_id = "
                        "expense_line.cost_choice_id)"),
         {}},
        {QStringLiteral(
             "UPDATE expense_line SET campaign_id = x.campaign_id, delivery_id = x.delivery_id, "
             "task_id = x.task_id, cost_type_id = x.cost_type_id, "
             "expense_category_id = x.expense_category_id, quantity = x.quantity, "
             "amount_cents = x.amount_cents, computed_at = ? "
             "FROM budget_expense x WHERE x.cost_choice_id = expense_line.cost_choice_id AND ("
             "expense_line.campaign_id IS DISTINCT FROM x.campaign_id OR "
             "expense_line.delivery_id IS DISTINCT FROM x.delivery_id OR "
             "expense_line.task_id IS DISTINCT FROM x.task_id OR "
             "expense_line.cost_type_id IS DISTINCT FROM x.cost_type_id OR "
             "expense_line.expense_category_id IS DISTINCT FROM x.expense_category_id OR "
             "expense_line.quantity IS DISTINCT FROM x.quantity OR "
             "expense_line.amount_cents <> x.amount_cents)"),
         {now}},
        {QStringLiteral(
             "INSERT INTO expense_line (cost_choice_id, campaign_id, delivery_id, task_id, "
             "cost_type_id, expense_category_id, quantity, amount_cents, computed_at) "
             "SELECT x.cost_choice_id, x.campaign_id, x.delivery_id, x.task_id, x.cost_type_id, "
             "x.expense_category_id, x.quantity, x.amount_cents, ? FROM budget_expense x "
             "WHERE NOT EXISTS (SELECT 1 FROM expense_line e WHERE e.cost_choice_id = "
             "x.cost_choice_id)"),
         {now}});
    if (!written)
        return written.error();

    const qint64 lines = count(db, QStringLiteral("SELECT count(*) FROM budget_expense"));
    const qint64 deliveries =
        count(db, QStringLiteral("SELECT count(DISTINCT delivery_id) FROM budget_expense"));
    const qint64 tasks =
        count(db, QStringLiteral("SELECT count(DISTINCT task_id) FROM budget_expense"));
    context.addItems(deliveries + tasks);
    context.info(QStringLiteral("expense_lines"),
                 tr("Expense lines: %1 for %2 deliveries and %3 tasks; %4 added, %5 changed, "
                    "%6 removed.")
                     .arg(lines)
                     .arg(deliveries)
                     .arg(tasks)
                     .arg(written->added)
                     .arg(written->changed)
                     .arg(written->removed));

    return warnExpenseProblems(context, db);
}

// Data problems step 1 went past: per-message cost types on tasks, cost
// categories of another channel.
Result<void> BudgetWorkflow::warnExpenseProblems(engine::RunContext &context,
                                                 const QSqlDatabase &db)
{
    auto perMessageTasks = Sql::exec(
        db, QStringLiteral(
                "SELECT cc.id, t.id, t.label, ct.label FROM cost_choice cc "
                "JOIN cost_type ct ON ct.id = cc.cost_type_id JOIN task t ON t.id = cc.task_id "
                "JOIN campaign c ON c.id = t.campaign_id "
                "WHERE t.status = 'finished' AND c.kind <> 'periodic' AND ct.basis = 'per_message' "
                "ORDER BY cc.id"));
    if (!perMessageTasks)
        return perMessageTasks.error();
    while (perMessageTasks->next())
        context.warning(
            QStringLiteral("expense_lines"),
            tr("The task \"%1\" has the per-message cost type \"%2\" (cost choice "
               "%3): a task sends no messages, so no expense line was made.")
                .arg(perMessageTasks->value(2).toString(), perMessageTasks->value(3).toString())
                .arg(perMessageTasks->value(0).toLongLong()),
            QStringLiteral("task"), perMessageTasks->value(1).toLongLong());

    auto mismatches = Sql::exec(
        db, QStringLiteral("SELECT cc.id, x.delivery_id, x.task_id, cat.label, cat.channel, "
                           "COALESCE(d.channel, 'task') FROM budget_expense x "
                           "JOIN cost_choice cc ON cc.id = x.cost_choice_id "
                           "JOIN cost_type ct ON ct.id = cc.cost_type_id "
                           "JOIN cost_category cat ON cat.id = ct.cost_category_id "
                           "LEFT JOIN delivery d ON d.id = x.delivery_id "
                           "WHERE cat.channel <> COALESCE(d.channel, 'task') ORDER BY cc.id"));
    if (!mismatches)
        return mismatches.error();
    int named = 0;
    int unnamed = 0;
    while (mismatches->next()) {
        if (named >= kWarningsNamed) {
            ++unnamed;
            continue;
        }
        ++named;
        const bool onDelivery = !mismatches->value(1).isNull();
        context.warning(QStringLiteral("expense_lines"),
                        tr("Cost choice %1: its cost category \"%2\" is for the channel %3, but "
                           "it is used on a %4; it was computed as given.")
                            .arg(mismatches->value(0).toLongLong())
                            .arg(mismatches->value(3).toString(), mismatches->value(4).toString(),
                                 mismatches->value(5).toString()),
                        onDelivery ? QStringLiteral("delivery") : QStringLiteral("task"),
                        onDelivery ? mismatches->value(1).toLongLong()
                                   : mismatches->value(2).toLongLong());
    }
    if (unnamed > 0)
        context.warning(
            QStringLiteral("expense_lines"),
            tr("%n more cost choice(s) use a cost category of another channel.", nullptr, unnamed));
    return {};
}

// Step 2: calculated costs, from deliveries and tasks up to plans.
Result<void> BudgetWorkflow::computeCalculatedCosts(engine::RunContext &context, const QSqlDatabase &db)
{
    const QString sumOf = QStringLiteral("COALESCE((SELECT CAST(SUM(%1) AS BIGINT) FROM %2), 0)");
    const QList<QPair<QString, QString>> updates = {
        {QStringLiteral("delivery"),
         QStringLiteral(
             "UPDATE delivery SET calculated_cost_cents = v.cost FROM ("
             "SELECT d.id, CASE WHEN d.real_cost_cents IS NOT NULL THEN d.real_cost_cents "
             "WHEN %1 THEN %2 "
             "WHEN d.estimated_cost_cents IS NOT NULL THEN d.estimated_cost_cents ELSE 0 END "
             "AS cost FROM delivery d JOIN campaign c ON c.id = d.campaign_id WHERE %3) v "
             "WHERE v.id = delivery.id AND delivery.calculated_cost_cents <> v.cost")
             .arg(kCostedDelivery,
                  sumOf.arg(QStringLiteral("e.amount_cents"),
                            QStringLiteral("expense_line e WHERE e.delivery_id = d.id")),
                  kLiveDelivery)},
        {QStringLiteral("task"),
         QStringLiteral(
             "UPDATE task SET calculated_cost_cents = v.cost FROM ("
             "SELECT t.id, CASE WHEN t.real_cost_cents IS NOT NULL THEN t.real_cost_cents "
             "WHEN t.status = 'finished' THEN %1 "
             "WHEN t.estimated_cost_cents IS NOT NULL THEN t.estimated_cost_cents ELSE 0 END "
             "AS cost FROM task t JOIN campaign c ON c.id = t.campaign_id "
             "WHERE c.kind <> 'periodic') v "
             "WHERE v.id = task.id AND task.calculated_cost_cents <> v.cost")
             .arg(sumOf.arg(QStringLiteral("e.amount_cents"),
                            QStringLiteral("expense_line e WHERE e.task_id = t.id")))},
        // A campaign: its real cost; else, when one of its live deliveries or
        // tasks has a real cost or is costed, the sum of their calculated
        // costs; else its estimate; else the sum of their estimates.
        {QStringLiteral("campaign"),
         QStringLiteral(
             "UPDATE campaign SET calculated_cost_cents = v.cost FROM ("
             "SELECT c.id, CASE WHEN c.real_cost_cents IS NOT NULL THEN c.real_cost_cents "
             "WHEN EXISTS (SELECT 1 FROM delivery d WHERE d.campaign_id = c.id "
             "  AND d.is_template = 0 AND d.status <> 'cancelled' "
             "  AND (d.real_cost_cents IS NOT NULL OR d.to_send_count IS NOT NULL)) "
             " OR EXISTS (SELECT 1 FROM task t WHERE t.campaign_id = c.id "
             "  AND (t.status = 'finished' OR (t.status <> 'cancelled' "
             "       AND t.real_cost_cents IS NOT NULL))) "
             "THEN %1 + %2 "
             "WHEN c.estimated_cost_cents IS NOT NULL THEN c.estimated_cost_cents "
             "ELSE %3 + %4 END AS cost FROM campaign c WHERE c.kind <> 'periodic') v "
             "WHERE v.id = campaign.id AND campaign.calculated_cost_cents <> v.cost")
             .arg(sumOf.arg(QStringLiteral("d.calculated_cost_cents"),
                            QStringLiteral("delivery d WHERE d.campaign_id = c.id AND "
                                           "d.is_template = 0 AND d.status <> 'cancelled'")),
                  sumOf.arg(QStringLiteral("t.calculated_cost_cents"),
                            QStringLiteral("task t WHERE t.campaign_id = c.id AND "
                                           "t.status <> 'cancelled'")),
                  sumOf.arg(QStringLiteral("d.estimated_cost_cents"),
                            QStringLiteral("delivery d WHERE d.campaign_id = c.id AND "
                                           "d.is_template = 0 AND d.status <> 'cancelled'")),
                  sumOf.arg(QStringLiteral("t.estimated_cost_cents"),
                            QStringLiteral("task t WHERE t.campaign_id = c.id AND "
                                           "t.status <> 'cancelled'")))},
        {QStringLiteral("program"),
         QStringLiteral("UPDATE program SET calculated_cost_cents = v.cost FROM ("
                        "SELECT p.id, %1 AS cost FROM program p) v "
                        "WHERE v.id = program.id AND program.calculated_cost_cents <> v.cost")
             .arg(sumOf.arg(QStringLiteral("c.calculated_cost_cents"),
                            QStringLiteral("campaign c WHERE c.program_id = p.id AND "
                                           "c.kind <> 'periodic' AND c.status <> 'cancelled'")))},
        {QStringLiteral("plan"),
         QStringLiteral("UPDATE plan SET calculated_cost_cents = v.cost FROM ("
                        "SELECT pl.id, %1 AS cost FROM plan pl) v "
                        "WHERE v.id = plan.id AND plan.calculated_cost_cents <> v.cost")
             .arg(sumOf.arg(QStringLiteral("p.calculated_cost_cents"),
                            QStringLiteral("program p WHERE p.plan_id = pl.id")))},
    };
    QList<qint64> changed;
    for (const auto &[table, sql] : updates) {
        auto done = Sql::update(db, sql);
        if (!done)
            return done.error();
        changed << done.value();
    }
    context.info(QStringLiteral("calculated_costs"),
                 tr("Calculated costs changed: %1 deliveries, %2 tasks, %3 campaigns, "
                    "%4 programs, %5 plans.")
                     .arg(changed.at(0))
                     .arg(changed.at(1))
                     .arg(changed.at(2))
                     .arg(changed.at(3))
                     .arg(changed.at(4)));
    return {};
}

// Step 3: what each consolidated campaign charges to its budget.
Result<void> BudgetWorkflow::computeCostLines(engine::RunContext &context, const QSqlDatabase &db)
{
    const qint64 now = context.now();
    if (auto filled = execAll(db, consolidatedCampaignsSql() + objectCostLinesSql()); !filled)
        return filled;

    // A line is the same line when it is for the same campaign, delivery,
    // task and category; its budget, amount, commitment and basis follow.
    const QString sameLine = QStringLiteral(
        "x.campaign_id = cost_line.campaign_id "
        "AND x.delivery_id IS NOT DISTINCT FROM cost_line.delivery_id "
        "AND x.task_id IS NOT DISTINCT FROM cost_line.task_id "
        "AND x.expense_category_id IS NOT DISTINCT FROM cost_line.expense_category_id");
    // charge_at: the object's date; without one, the time the line was
    // first written, which later runs keep.
    auto written = writeDifferences(
        db,
        {QStringLiteral("DELETE FROM cost_line WHERE NOT EXISTS "
                        "(SELECT 1 FROM budget_cost x WHERE %1)")
             .arg(sameLine),
         {}},
        {QStringLiteral("UPDATE cost_line SET budget_id = x.budget_id, "
                        "amount_cents = x.amount_cents, commitment = x.commitment, "
                        "basis = x.basis, charge_at = COALESCE(x.charge_at, cost_line.charge_at) "
                        "FROM budget_cost x WHERE %1 AND ("
                        "cost_line.budget_id IS DISTINCT FROM x.budget_id OR "
                        "cost_line.amount_cents <> x.amount_cents OR "
                        "cost_line.commitment <> x.commitment OR cost_line.basis <> x.basis OR "
                        "(x.charge_at IS NOT NULL AND "
                        " cost_line.charge_at IS DISTINCT FROM x.charge_at))")
             .arg(sameLine),
         {}},
        {QStringLiteral("INSERT INTO cost_line (budget_id, campaign_id, delivery_id, task_id, "
                        "expense_category_id, amount_cents, commitment, basis, charge_at) "
                        "SELECT x.budget_id, x.campaign_id, x.delivery_id, x.task_id, "
                        "x.expense_category_id, x.amount_cents, x.commitment, x.basis, "
                        "COALESCE(x.charge_at, ?) FROM budget_cost x WHERE NOT EXISTS "
                        "(SELECT 1 FROM cost_line WHERE %1)")
             .arg(sameLine),
         {now}});
    if (!written)
        return written.error();

    const qint64 campaigns = count(db, QStringLiteral("SELECT count(*) FROM budget_campaign"));
    const qint64 lines = count(db, QStringLiteral("SELECT count(*) FROM budget_cost"));
    context.addItems(campaigns);
    context.info(QStringLiteral("cost_lines"),
                 tr("Cost lines: %1 for %2 consolidated campaigns; %3 added, %4 changed, "
                    "%5 removed.")
                     .arg(lines)
                     .arg(campaigns)
                     .arg(written->added)
                     .arg(written->changed)
                     .arg(written->removed));

    auto unbudgeted = Sql::exec(db, QStringLiteral("SELECT id, label FROM budget_campaign "
                                                   "WHERE budget_id IS NULL ORDER BY id"));
    if (!unbudgeted)
        return unbudgeted.error();
    while (unbudgeted->next())
        context.warning(QStringLiteral("cost_lines"),
                        tr("The campaign \"%1\" is consolidated but has no budget (neither "
                           "its own, nor its program's, nor its plan's): nothing was charged.")
                            .arg(unbudgeted->value(1).toString()),
                        QStringLiteral("campaign"), unbudgeted->value(0).toLongLong());
    return {};
}

// Step 4: the budgets' amounts, and the warnings about them.
Result<void> BudgetWorkflow::computeBudgetAmounts(engine::RunContext &context, const QSqlDatabase &db)
{
    const QString byCommitment =
        QStringLiteral("COALESCE((SELECT CAST(SUM(l.amount_cents) AS BIGINT) FROM cost_line l "
                       "WHERE l.budget_id = b.id AND l.commitment = '%1'), 0)");
    // calculated_at moves only with the amounts: a run that changes nothing
    // writes nothing.
    auto changed = Sql::update(
        db,
        QStringLiteral(
            "UPDATE budget SET planned_cents = v.planned, reserved_cents = v.reserved, "
            "committed_cents = v.committed, spent_cents = v.spent, "
            "invoiced_cents = v.invoiced, calculated_at = ? FROM ("
            "SELECT b.id, %1 AS planned, %2 AS reserved, %3 AS committed, %4 AS spent, "
            "COALESCE((SELECT CAST(SUM(il.amount_cents) AS BIGINT) FROM invoice_line il "
            " JOIN invoice i ON i.id = il.invoice_id "
            " WHERE i.budget_id = b.id AND i.status = 'settled'), 0) AS invoiced "
            "FROM budget b) v WHERE v.id = budget.id AND (budget.calculated_at IS NULL OR "
            "budget.planned_cents <> v.planned OR budget.reserved_cents <> v.reserved OR "
            "budget.committed_cents <> v.committed OR budget.spent_cents <> v.spent OR "
            "budget.invoiced_cents <> v.invoiced)")
            .arg(byCommitment.arg(QStringLiteral("planned")),
                 byCommitment.arg(QStringLiteral("reserved")),
                 byCommitment.arg(QStringLiteral("committed")),
                 byCommitment.arg(QStringLiteral("spent"))),
        {context.now()});
    if (!changed)
        return changed.error();

    auto budgets = Sql::exec(
        db, QStringLiteral(
                "SELECT b.id, b.label, b.currency, b.allocated_cents, b.planned_cents, "
                "b.reserved_cents, b.committed_cents, b.spent_cents, b.invoiced_cents, "
                "(SELECT count(*) FROM expense_category ec WHERE ec.budget_id = b.id), "
                "COALESCE((SELECT CAST(SUM(ec.amount_cents) AS BIGINT) FROM expense_category ec "
                " WHERE ec.budget_id = b.id), 0) FROM budget b ORDER BY b.id"));
    if (!budgets)
        return budgets.error();
    qint64 total = 0;
    while (budgets->next()) {
        ++total;
        const qint64 id = budgets->value(0).toLongLong();
        const QString label = budgets->value(1).toString();
        const QString currency = budgets->value(2).toString();
        const qint64 allocated = budgets->value(3).toLongLong();
        const qint64 reserved = budgets->value(5).toLongLong();
        const qint64 committed = budgets->value(6).toLongLong();
        const qint64 spent = budgets->value(7).toLongLong();
        const qint64 used = reserved + committed + spent;
        context.info(QStringLiteral("budgets"),
                     tr("Budget \"%1\": allocated %2, planned %3, reserved %4, committed %5, "
                        "spent %6, invoiced %7, available %8.")
                         .arg(label, money(allocated, currency),
                              money(budgets->value(4).toLongLong(), currency),
                              money(reserved, currency), money(committed, currency),
                              money(spent, currency),
                              money(budgets->value(8).toLongLong(), currency),
                              money(allocated - used, currency)),
                     QStringLiteral("budget"), id);
        if (used > allocated)
            context.warning(QStringLiteral("budgets"),
                            tr("The budget \"%1\" is over-run: reserved %2 + committed %3 + "
                               "spent %4 = %5, more than the %6 allocated (by %7).")
                                .arg(label, money(reserved, currency), money(committed, currency),
                                     money(spent, currency), money(used, currency),
                                     money(allocated, currency), money(used - allocated, currency)),
                            QStringLiteral("budget"), id);
        const qint64 categories = budgets->value(9).toLongLong();
        const qint64 categorised = budgets->value(10).toLongLong();
        if (categories > 0 && categorised != allocated)
            context.warning(
                QStringLiteral("budgets"),
                tr("The expense categories of the budget \"%1\" add up to %2, not "
                   "to its allocation of %3.")
                    .arg(label, money(categorised, currency), money(allocated, currency)),
                QStringLiteral("budget"), id);
    }
    context.addItems(total);
    context.info(QStringLiteral("budgets"),
                 tr("Budgets: %1 of %2 changed.").arg(changed.value()).arg(total));
    return {};
}

} // namespace campagna::budget
