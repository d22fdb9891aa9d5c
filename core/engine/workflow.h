#pragma once

#include "common/result.h"

#include <functional>
#include <memory>

namespace campagna::engine {

class RunContext;

// One workflow's processing. The engine creates an instance per run, on a
// pool thread, and calls run() once; everything it writes goes through
// RunContext::unit() so that it is fenced and journaled. run() must not
// throw (the engine catches anything that escapes and fails the run).
class Workflow
{
public:
    virtual ~Workflow() = default;
    virtual Result<void> run(RunContext &context) = 0;
};

using WorkflowFactory = std::function<std::unique_ptr<Workflow>()>;

} // namespace campagna::engine
