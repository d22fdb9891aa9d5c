#pragma once

#include "common/sqlenum.h"

namespace campagna::engine {

// `workflow_run.status`.
enum class RunStatus { Running, Succeeded, Failed, Cancelled, Lost };
// `workflow.state`.
enum class WorkflowState { Started, Paused, Stopped };

} // namespace campagna::engine

namespace campagna {

template<> struct SqlEnum<engine::RunStatus>
{
    static constexpr std::array<const char *, 5> names{"running", "succeeded", "failed",
                                                       "cancelled", "lost"};
};

template<> struct SqlEnum<engine::WorkflowState>
{
    static constexpr std::array<const char *, 3> names{"started", "paused", "stopped"};
};

} // namespace campagna
