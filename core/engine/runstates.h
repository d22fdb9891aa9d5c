#pragma once

#include "common/sqlenum.h"

namespace campagna::engine {

// `workflow_run.status`.
enum class RunStatus { Running, Succeeded, Failed, Cancelled, Lost };
// `workflow.state`.
enum class WorkflowState { Started, Paused, Stopped };
// `workflow_run.trigger`.
enum class Trigger { Manual, Schedule, Cli };
// `workflow_log.level`.
enum class LogLevel { Info, Warning, Error };

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

template<> struct SqlEnum<engine::Trigger>
{
    static constexpr std::array<const char *, 3> names{"manual", "schedule", "cli"};
};

template<> struct SqlEnum<engine::LogLevel>
{
    static constexpr std::array<const char *, 3> names{"info", "warning", "error"};
};

} // namespace campagna
