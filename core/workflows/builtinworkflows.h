#pragma once

namespace campagna::engine {
class WorkflowEngine;
}

namespace campagna::workflows {

// Registers the processing of every workflow of WorkflowCatalog with an
// engine. The console and campagnactl call it once after creating their
// engine; tests register their own.
void registerBuiltinWorkflows(engine::WorkflowEngine &engine);

} // namespace campagna::workflows
