#include "delivery/deliverystatusmap.h"

#include <QList>

namespace campagna::delivery {

namespace {

struct Move
{
    DeliveryStatus status;
    QString workflow;
};

const QList<Move> &moves()
{
    static const QList<Move> table = {
        {DeliveryStatus::TargetingPending, QStringLiteral("operationMgt")},
        {DeliveryStatus::ToValidate, QStringLiteral("deliveryMgt")},
        {DeliveryStatus::PendingConfirmation, QStringLiteral("deliveryMgt")},
        {DeliveryStatus::StartPending, QStringLiteral("deliveryMgt")},
        {DeliveryStatus::ExtractionPending, QStringLiteral("operationMgt")},
        {DeliveryStatus::FileToApprove, QStringLiteral("deliveryMgt")},
        {DeliveryStatus::ProviderPending, QStringLiteral("supplierMgt")},
        {DeliveryStatus::SentToProvider, QStringLiteral("supplierMgt")},
    };
    return table;
}

} // namespace

QString DeliveryStatusMap::workflowMoving(const QString &status)
{
    return workflowMoving(fromSql<DeliveryStatus>(status));
}

QString DeliveryStatusMap::workflowMoving(std::optional<DeliveryStatus> status)
{
    for (const Move &move : moves()) {
        if (move.status == status)
            return move.workflow;
    }
    return {};
}

QList<ApprovalKind> DeliveryStatusMap::approvalsAwaited(std::optional<DeliveryStatus> status)
{
    if (status == DeliveryStatus::ToValidate)
        return {ApprovalKind::Targeting, ApprovalKind::Content, ApprovalKind::Budget,
                ApprovalKind::Proof};
    if (status == DeliveryStatus::FileToApprove)
        return {ApprovalKind::Extraction};
    return {};
}

QStringList DeliveryStatusMap::statusesMovedBy(const QString &workflow)
{
    QStringList result;
    for (const Move &move : moves()) {
        if (move.workflow == workflow)
            result << sqlName(move.status);
    }
    return result;
}

} // namespace campagna::delivery
