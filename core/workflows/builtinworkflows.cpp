#include "workflows/builtinworkflows.h"

#include "budget/budgetworkflow.h"
#include "engine/workflowengine.h"
#include "operation/operationworkflow.h"
#include "stock/stockworkflow.h"

namespace campagna::workflows {

void registerBuiltinWorkflows(engine::WorkflowEngine &engine)
{
    engine.registerWorkflow(QStringLiteral("budgetMgt"),
                            [] { return std::make_unique<budget::BudgetWorkflow>(); });
    engine.registerWorkflow(QStringLiteral("stockMgt"),
                            [] { return std::make_unique<stock::StockWorkflow>(); });
    engine.registerWorkflow(QStringLiteral("operationMgt"),
                            [] { return std::make_unique<operation::OperationWorkflow>(); });
}

} // namespace campagna::workflows
