#pragma once

#include "common/result.h"
#include "common/rowsource.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace campagna::budget {

// Read-only queries of the console's Budgets page: every budget with its
// amounts, available amount (allocated − reserved − committed − spent) and
// share used; a budget's cost lines and the expense lines of the campaigns
// charged to it, as lazy row sources; and the figures of its charts,
// aggregated in SQL to one point per commitment and day and one bar per
// expense category. Same SQL on SQLite and PostgreSQL. Stateless; runs on
// the calling thread's connection.
class BudgetQuery final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::budget::BudgetQuery)

public:
    // The budgets' columns, by key: "label", "currency", "allocated",
    // "planned", "reserved", "committed", "spent", "invoiced" (cents),
    // "available" (cents), "used" (a percentage, NULL without allocation).
    enum BudgetColumn {
        Label,
        Currency,
        Allocated,
        Planned,
        Reserved,
        Committed,
        Spent,
        Invoiced,
        Available,
        Used,
        BudgetColumnCount
    };
    static std::shared_ptr<const RowSource> budgets();
    // Charge date, campaign, delivery or task, category, commitment, basis,
    // amount (in the budget's currency, "currency", not shown).
    static std::shared_ptr<const RowSource> costLines(qint64 budgetId);
    // Campaign, delivery or task, cost type, quantity, amount, category.
    static std::shared_ptr<const RowSource> expenseLines(qint64 budgetId);

    struct Details
    {
        qint64 budgetId = 0;
        QString label;
        QString currency;
        qint64 allocated = 0;
        struct Point
        {
            QString commitment;
            qint64 day = 0; // Unix seconds / 86400 (UTC days)
            qint64 cents = 0;
        };
        QList<Point> points; // by day, then commitment
        struct Category
        {
            QString label; // empty: the lines without a category
            qint64 allocated = 0;
            qint64 consumed = 0; // reserved, committed or spent
        };
        QList<Category> categories; // by label; the lines without one last
    };
    // Fails with NotFound when there is no such budget.
    static Result<Details> details(const QSqlDatabase &db, qint64 budgetId);
};

} // namespace campagna::budget
