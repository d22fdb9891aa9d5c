#pragma once

namespace campagna::engine {
class WorkflowEngine;
}

namespace campagna::workflows {

// Registers the processing of the workflows this version has (budgetMgt,
// stockMgt, operationMgt) with an engine; the others stay "not available yet". The
// console and campagnactl call it once after creating their engine.
void registerBuiltinWorkflows(engine::WorkflowEngine &engine);

} // namespace campagna::workflows
