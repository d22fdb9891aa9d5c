#include "budget/budgetquery.h"

#include "db/sql.h"

#include <QSqlQuery>

namespace campagna::budget {

using db::Sql;

namespace {

constexpr const char *Context = "campagna::budget::BudgetQuery";

QueryColumn column(const QString &key, const QString &expression, const char *header,
                   CellFormat format = CellFormat::Text)
{
    return QueryColumn::sorted(key, expression, header, format);
}

QueryColumn money(const QString &key, const QString &expression, const char *header)
{
    return QueryColumn::sorted(key, expression, header, CellFormat::Money,
                               QStringLiteral("currency"));
}

} // namespace

std::shared_ptr<const RowSource> BudgetQuery::budgets()
{
    static const QList<QueryColumn> columns{
        column(QStringLiteral("label"), QStringLiteral("b.label"), QT_TR_NOOP("Budget")),
        column(QStringLiteral("currency"), QStringLiteral("b.currency"), QT_TR_NOOP("Currency")),
        money(QStringLiteral("allocated"), QStringLiteral("b.allocated_cents"),
              QT_TR_NOOP("Allocated")),
        money(QStringLiteral("planned"), QStringLiteral("b.planned_cents"), QT_TR_NOOP("Planned")),
        money(QStringLiteral("reserved"), QStringLiteral("b.reserved_cents"),
              QT_TR_NOOP("Reserved")),
        money(QStringLiteral("committed"), QStringLiteral("b.committed_cents"),
              QT_TR_NOOP("Committed")),
        money(QStringLiteral("spent"), QStringLiteral("b.spent_cents"), QT_TR_NOOP("Spent")),
        money(QStringLiteral("invoiced"), QStringLiteral("b.invoiced_cents"),
              QT_TR_NOOP("Invoiced")),
        money(QStringLiteral("available"),
              QStringLiteral("b.allocated_cents - b.reserved_cents - b.committed_cents - "
                             "b.spent_cents"),
              QT_TR_NOOP("Available")),
        column(QStringLiteral("used"),
               QStringLiteral("CASE WHEN b.allocated_cents > 0 THEN 100.0 * (b.reserved_cents + "
                              "b.committed_cents + b.spent_cents) / b.allocated_cents END"),
               QT_TR_NOOP("Used"), CellFormat::Percent),
    };
    return std::make_shared<SqlRowSource>(Context, columns, QStringLiteral("b.id"),
                                          QStringLiteral("FROM budget b"));
}

std::shared_ptr<const RowSource> BudgetQuery::costLines(qint64 budgetId)
{
    static const QList<QueryColumn> columns{
        column(QStringLiteral("chargeAt"), QStringLiteral("c.charge_at"), QT_TR_NOOP("Charge date"),
               CellFormat::Date),
        column(QStringLiteral("campaign"), QStringLiteral("ca.label"), QT_TR_NOOP("Campaign")),
        column(QStringLiteral("item"), QStringLiteral("COALESCE(d.label, t.label)"),
               QT_TR_NOOP("Delivery or task")),
        column(QStringLiteral("category"), QStringLiteral("ec.label"), QT_TR_NOOP("Category")),
        column(QStringLiteral("commitment"), QStringLiteral("c.commitment"),
               QT_TR_NOOP("Commitment"), CellFormat::Commitment),
        column(QStringLiteral("basis"), QStringLiteral("c.basis"), QT_TR_NOOP("Basis"),
               CellFormat::Basis),
        money(QStringLiteral("amount"), QStringLiteral("c.amount_cents"), QT_TR_NOOP("Amount")),
        QueryColumn::hidden(QStringLiteral("currency"), QStringLiteral("b.currency")),
    };
    return std::make_shared<SqlRowSource>(
        Context, columns, QStringLiteral("c.id"),
        QStringLiteral("FROM cost_line c JOIN budget b ON b.id = c.budget_id "
                       "JOIN campaign ca ON ca.id = c.campaign_id "
                       "LEFT JOIN delivery d ON d.id = c.delivery_id "
                       "LEFT JOIN task t ON t.id = c.task_id "
                       "LEFT JOIN expense_category ec ON ec.id = c.expense_category_id "
                       "WHERE c.budget_id = ?"),
        QVariantList{budgetId}, QStringLiteral("c.charge_at, c.id"));
}

std::shared_ptr<const RowSource> BudgetQuery::expenseLines(qint64 budgetId)
{
    static const QList<QueryColumn> columns{
        column(QStringLiteral("campaign"), QStringLiteral("ca.label"), QT_TR_NOOP("Campaign")),
        column(QStringLiteral("item"), QStringLiteral("COALESCE(d.label, t.label)"),
               QT_TR_NOOP("Delivery or task")),
        column(QStringLiteral("costType"), QStringLiteral("ct.label"), QT_TR_NOOP("Cost type")),
        column(QStringLiteral("quantity"), QStringLiteral("e.quantity"), QT_TR_NOOP("Quantity"),
               CellFormat::Quantity),
        money(QStringLiteral("amount"), QStringLiteral("e.amount_cents"), QT_TR_NOOP("Amount")),
        column(QStringLiteral("category"), QStringLiteral("ec.label"), QT_TR_NOOP("Category")),
        QueryColumn::hidden(QStringLiteral("currency"), QStringLiteral("b.currency")),
    };
    // The expense lines of the campaigns charged to this budget.
    return std::make_shared<SqlRowSource>(
        Context, columns, QStringLiteral("e.id"),
        QStringLiteral("FROM expense_line e JOIN budget b ON b.id = ? "
                       "LEFT JOIN campaign ca ON ca.id = e.campaign_id "
                       "LEFT JOIN delivery d ON d.id = e.delivery_id "
                       "LEFT JOIN task t ON t.id = e.task_id "
                       "LEFT JOIN cost_type ct ON ct.id = e.cost_type_id "
                       "LEFT JOIN expense_category ec ON ec.id = e.expense_category_id "
                       "WHERE e.campaign_id IN (SELECT campaign_id FROM cost_line "
                       "WHERE budget_id = b.id)"),
        QVariantList{budgetId}, QStringLiteral("ca.label, COALESCE(d.label, t.label), e.id"));
}

Result<BudgetQuery::Details> BudgetQuery::details(const QSqlDatabase &db, qint64 budgetId)
{
    Details details;
    details.budgetId = budgetId;
    auto budget = Sql::exec(
        db, QStringLiteral("SELECT label, currency, allocated_cents FROM budget WHERE id = ?"),
        {budgetId});
    if (!budget)
        return budget.error();
    if (!budget->next())
        return makeError(Error::Code::NotFound, tr("There is no budget %1.").arg(budgetId));
    details.label = budget->value(0).toString();
    details.currency = budget->value(1).toString();
    details.allocated = budget->value(2).toLongLong();
    // One point per commitment and day: what a chart can show.
    auto points = Sql::exec(db,
                            QStringLiteral("SELECT commitment, charge_at / 86400 AS day, "
                                           "CAST(SUM(amount_cents) AS BIGINT) FROM cost_line "
                                           "WHERE budget_id = ? AND charge_at IS NOT NULL "
                                           "GROUP BY commitment, charge_at / 86400 ORDER BY 2, 1"),
                            {budgetId});
    if (!points)
        return points.error();
    while (points->next())
        details.points.append({points->value(0).toString(), points->value(1).toLongLong(),
                               points->value(2).toLongLong()});
    auto categories =
        Sql::exec(db,
                  QStringLiteral(
                      "SELECT ec.label, ec.amount_cents, COALESCE((SELECT CAST(SUM(c.amount_cents) "
                      "AS BIGINT) FROM cost_line c WHERE c.budget_id = ec.budget_id "
                      "AND c.expense_category_id = ec.id AND c.commitment <> 'planned'), 0) "
                      "FROM expense_category ec WHERE ec.budget_id = ? ORDER BY ec.label, ec.id"),
                  {budgetId});
    if (!categories)
        return categories.error();
    while (categories->next())
        details.categories.append({categories->value(0).toString(),
                                   categories->value(1).toLongLong(),
                                   categories->value(2).toLongLong()});
    auto none =
        Sql::scalar(db,
                    QStringLiteral("SELECT CAST(SUM(amount_cents) AS BIGINT) FROM cost_line "
                                   "WHERE budget_id = ? AND expense_category_id IS NULL "
                                   "AND commitment <> 'planned'"),
                    {budgetId});
    if (!none)
        return none.error();
    if (none.value() && !none.value()->isNull() && none.value()->toLongLong() != 0)
        details.categories.append({QString(), 0, none.value()->toLongLong()});
    return details;
}

} // namespace campagna::budget
