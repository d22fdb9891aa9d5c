#pragma once

#include "delivery/deliverystates.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

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
    static QString workflowMoving(std::optional<DeliveryStatus> status);
    // The same for a status as the column holds it (any text).
    static QString workflowMoving(const QString &status);
    // The statuses `workflow` moves on, in life-cycle order (as the
    // schema lists them); empty for a workflow that moves none.
    static QStringList statusesMovedBy(const QString &workflow);
    // The approval kinds whose decisions a delivery in `status` waits for
    // (to_validate: the pre-send ones, file_to_approve: the extraction);
    // empty in any other status.
    static QList<ApprovalKind> approvalsAwaited(std::optional<DeliveryStatus> status);
};

} // namespace campagna::delivery
