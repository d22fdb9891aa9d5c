#include "engine/unavailableworkflow.h"

#include "engine/runcontext.h"

namespace campagna::engine {

Result<void> UnavailableWorkflow::run(RunContext &)
{
    return makeError(Error::Code::Failed,
                     tr("The %1 workflow is not available yet in this version of Campagna: "
                        "its processing has not been built, so nothing was done.")
                         .arg(m_name));
}

} // namespace campagna::engine
