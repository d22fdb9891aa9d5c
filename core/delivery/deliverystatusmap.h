#pragma once

#include <QString>
#include <QStringList>

namespace campagna::delivery {

// Which workflow moves a delivery on from each status of its life cycle
// (03-workflows.md): the one table that Diagnosis and the workflow
// descriptors read. The statuses that people or a channel move on (being
// edited, sent, ...) belong to no workflow. Stateless and thread-safe.
class DeliveryStatusMap final
{
public:
    // The internal name of the workflow that moves a delivery in `status`
    // on; empty when no workflow does.
    static QString workflowMoving(const QString &status);
    // The statuses `workflow` moves on, in life-cycle order (as the
    // schema lists them); empty for a workflow that moves none.
    static QStringList statusesMovedBy(const QString &workflow);
};

} // namespace campagna::delivery
