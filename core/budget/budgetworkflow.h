#pragma once

#include "engine/workflow.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace campagna::engine {
class RunContext;
}

namespace campagna::budget {

// budgetMgt, "Cost calculation" (03-workflows.md): expense lines from cost
// choices, calculated costs of deliveries, tasks, campaigns, programs and
// plans, cost lines charged to budgets, and the budgets' amounts.
//
// Every step is set-based SQL, the same on SQLite and PostgreSQL, that
// computes the desired rows into a temporary table and then writes only the
// differences, so a second run with nothing changed writes nothing. Each
// step is one unit of work. Runs on the engine's pool thread.
class BudgetWorkflow final : public engine::Workflow
{
    Q_DECLARE_TR_FUNCTIONS(campagna::budget::BudgetWorkflow)

public:
    Result<void> run(engine::RunContext &context) override;

private:
    Result<void> computeExpenseLines(engine::RunContext &context, const QSqlDatabase &db);
    Result<void> warnExpenseProblems(engine::RunContext &context, const QSqlDatabase &db);
    Result<void> computeCalculatedCosts(engine::RunContext &context, const QSqlDatabase &db);
    Result<void> computeCostLines(engine::RunContext &context, const QSqlDatabase &db);
    Result<void> computeBudgetAmounts(engine::RunContext &context, const QSqlDatabase &db);
};

} // namespace campagna::budget
