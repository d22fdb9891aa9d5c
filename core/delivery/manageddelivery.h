#pragma once

#include "common/result.h"
#include "delivery/deliverystates.h"
#include "people/actor.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

namespace campagna::delivery {

// A delivery as the actions operators take on it by hand read it
// (DeliveryActions, DeliverySubmission), with the right most of them
// share: the campaign's manager and administrators.
//
// Threading: a value; read() runs on the caller's thread and connection.
struct ManagedDelivery
{
    QString label;
    // As parsed (nullopt for a text the schema does not know) and, for
    // the messages, as stored.
    std::optional<DeliveryStatus> status;
    QString statusText;
    std::optional<Channel> channel;
    bool isTemplate = false;
    QVariant managerId;
    QString managerName;
    QVariant toSendCount;

    // Empty when there is no delivery `deliveryId`.
    static Result<std::optional<ManagedDelivery>> read(const QSqlDatabase &db, qint64 deliveryId);

    // The manager-or-administrator right; Forbidden otherwise, with the
    // refusal sentence `withManager` (%1 manager, %2 id, %3 label, %4 actor)
    // or, when the campaign has no manager, `withoutManager` (%1 id,
    // %2 label, %3 actor).
    Result<void> requireManager(qint64 deliveryId, const people::Actor &actor,
                                const QString &withManager, const QString &withoutManager) const;
};

} // namespace campagna::delivery
