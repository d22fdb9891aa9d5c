#include "workflows/builtinworkflows.h"

#include "engine/workflowengine.h"
#include "workflows/workflowcatalog.h"

namespace campagna::workflows {

void registerBuiltinWorkflows(engine::WorkflowEngine &engine)
{
    for (const WorkflowDescriptor &workflow : WorkflowCatalog::all())
        engine.registerWorkflow(workflow.name, workflow.factory);
}

} // namespace campagna::workflows
