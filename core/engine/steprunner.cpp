#include "engine/steprunner.h"

#include "engine/runcontext.h"

namespace campagna::engine {

Result<void> StepRunner::run(RunContext &context, const QList<Step> &steps,
                             const std::function<Result<void>(const QSqlDatabase &)> &beforeFirst)
{
    qint64 done = 0;
    for (const Step &step : steps) {
        if (auto ok = context.checkpoint(); !ok)
            return ok;
        auto unit = context.unit(step.name, [&](QSqlDatabase &db) -> Result<void> {
            if (done == 0 && beforeFirst) {
                if (auto checked = beforeFirst(db); !checked)
                    return checked;
            }
            return step.body(context, db);
        });
        if (!unit)
            return unit;
        context.setProgress(++done, steps.size());
    }
    return {};
}

} // namespace campagna::engine
