#pragma once

#include "common/result.h"
#include "people/actor.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace campagna::delivery {

// "Submit" of a delivery (03-workflows.md, the delivery life cycle): a
// delivery being edited, or waiting for validation with a rejected approval,
// goes to targeting_pending with a pending targeting job for operationMgt.
// Allowed to the campaign's manager and to administrators
// (ManagedDelivery::requireManager). Used by
// `campagnactl delivery submit` and the console. Runs on the caller's
// thread and connection, in its own write transaction.
class DeliverySubmission final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::delivery::DeliverySubmission)

public:
    struct Submitted
    {
        qint64 deliveryId = 0;
        qint64 jobId = 0;
    };

    static Result<Submitted> submit(const QSqlDatabase &db, qint64 deliveryId,
                                    const people::Actor &actor, qint64 now);
};

} // namespace campagna::delivery
