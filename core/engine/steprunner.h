#pragma once

#include "common/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace campagna::engine {

class RunContext;

// The steps of a workflow that does its work as a fixed sequence of units
// (budgetMgt, stockMgt, deliveryMgt): before each step a checkpoint
// (cancelled, paused or stopped: the run stops there), then the step as
// one unit of work named after it, then the progress (steps done of all).
// Each step reads what the one before committed; the first failure ends
// the run with its error.
//
// Threading: on the run's thread, like the RunContext it is given.
class StepRunner final
{
public:
    using Body = std::function<Result<void>(RunContext &, const QSqlDatabase &)>;
    struct Step
    {
        QString name;
        Body body;
    };

    // `beforeFirst`, when set, runs in the first unit before its step
    // (figure-range checks that must fail the run before anything is
    // written).
    static Result<void> run(RunContext &context, const QList<Step> &steps,
                            const std::function<Result<void>(const QSqlDatabase &)> &beforeFirst = {});
};

} // namespace campagna::engine
