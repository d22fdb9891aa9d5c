#include "delivery/deliverystatusmap.h"

#include <QList>

namespace campagna::delivery {

namespace {

struct Move
{
    QString status;
    QString workflow;
};

const QList<Move> &moves()
{
    static const QList<Move> table = {
        {QStringLiteral("targeting_pending"), QStringLiteral("operationMgt")},
        {QStringLiteral("to_validate"), QStringLiteral("deliveryMgt")},
        {QStringLiteral("pending_confirmation"), QStringLiteral("deliveryMgt")},
        {QStringLiteral("start_pending"), QStringLiteral("deliveryMgt")},
        {QStringLiteral("extraction_pending"), QStringLiteral("operationMgt")},
        {QStringLiteral("file_to_approve"), QStringLiteral("deliveryMgt")},
        {QStringLiteral("provider_pending"), QStringLiteral("supplierMgt")},
        {QStringLiteral("sent_to_provider"), QStringLiteral("supplierMgt")},
    };
    return table;
}

} // namespace

QString DeliveryStatusMap::workflowMoving(const QString &status)
{
    for (const Move &move : moves()) {
        if (move.status == status)
            return move.workflow;
    }
    return {};
}

QStringList DeliveryStatusMap::statusesMovedBy(const QString &workflow)
{
    QStringList result;
    for (const Move &move : moves()) {
        if (move.workflow == workflow)
            result << move.status;
    }
    return result;
}

} // namespace campagna::delivery
