#include "workflows/builtinworkflows.h"

#include "budget/budgetworkflow.h"
#include "delivery/deliveryworkflow.h"
#include "engine/workflowengine.h"
#include "operation/operationworkflow.h"
#include "stock/stockworkflow.h"
#include "supplier/supplierworkflow.h"

namespace campagna::workflows {

void registerBuiltinWorkflows(engine::WorkflowEngine &engine)
{
    engine.registerWorkflow(QStringLiteral("budgetMgt"),
                            [] { return std::make_unique<budget::BudgetWorkflow>(); });
    engine.registerWorkflow(QStringLiteral("stockMgt"),
                            [] { return std::make_unique<stock::StockWorkflow>(); });
    engine.registerWorkflow(QStringLiteral("deliveryMgt"),
                            [] { return std::make_unique<delivery::DeliveryWorkflow>(); });
    engine.registerWorkflow(QStringLiteral("operationMgt"),
                            [] { return std::make_unique<operation::OperationWorkflow>(); });
    engine.registerWorkflow(QStringLiteral("supplierMgt"),
                            [] { return std::make_unique<supplier::SupplierWorkflow>(); });
}

} // namespace campagna::workflows
