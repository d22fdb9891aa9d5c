#pragma once

#include "common/result.h"
#include "delivery/deliverystates.h"
#include "people/actor.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

namespace campagna::delivery {

// What operators do to deliveries and approvals by hand (01-product.md,
// "Operators and rights"; 03-workflows.md, the delivery life cycle), for
// `campagnactl approval decide`, `delivery confirm`, `delivery finish` and
// the console's Deliveries page. Each function checks the actor's right,
// then the object's state, and changes nothing when it refuses: NotFound
// for an unknown object, Forbidden (naming who may) for a missing right,
// Usage for a bad figure, Failed for an object in the wrong state.
//
// Threading: stateless; each call runs on the caller's thread and
// connection, in its own write transaction.
class DeliveryActions final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::delivery::DeliveryActions)

public:
    struct Decision
    {
        qint64 approvalId = 0;
        qint64 deliveryId = 0;
        QString status; // "approved" or "rejected"
        qint64 decidedAt = 0;
        std::optional<qint64> decidedBy;
    };

    // Approves or rejects a pending approval. Allowed to its reviewers (the
    // reviewer operator, the members of the reviewer group, and the
    // campaign manager when the approval falls back to them, see Reviewers)
    // and to administrators. The first decision wins: a decided approval is
    // refused (Failed, naming who decided and when). Deciding after the
    // deadline is allowed. An empty comment is stored as NULL.
    static Result<Decision> decideApproval(const QSqlDatabase &db, qint64 approvalId, bool approve,
                                           const QString &comment, const people::Actor &actor,
                                           qint64 now);

    struct Moved
    {
        qint64 deliveryId = 0;
        QString from;
        QString to;
    };

    // pending_confirmation → start_pending. The campaign's manager and
    // administrators.
    static Result<Moved> confirmDelivery(const QSqlDatabase &db, qint64 deliveryId,
                                         const people::Actor &actor, qint64 now);

    // An email or SMS delivery in_progress → finished, with sent_count =
    // `sent`, which must be 0 or more and, when the delivery's
    // to_send_count is known, not more than it (each target gets one
    // message). The campaign's manager and administrators. Direct mail is
    // finished by supplierMgt's post-processing, not here.
    static Result<Moved> finishDelivery(const QSqlDatabase &db, qint64 deliveryId, qint64 sent,
                                        const people::Actor &actor, qint64 now);

private:
    struct Pending;

    // decideApproval's parts: the approval as it stands (NotFound when there
    // is none), the reviewer right (Forbidden naming who may), the refusal
    // of an approval that was already decided (`was`, by `by` at `at`), the
    // refusal when another decision committed first, and the event and
    // audit row of a decision made by client-side SQL.
    static Result<Pending> readPending(const QSqlDatabase &db, qint64 approvalId);
    static Result<void> requireReviewer(const QSqlDatabase &db, const Pending &pending,
                                        const people::Actor &actor);
    static Error alreadyDecided(const Pending &pending, std::optional<ApprovalStatus> was,
                                const QVariant &at, const QVariant &by, const QString &byName);
    static Error decidedMeanwhile(const QSqlDatabase &db, const Pending &pending);
    static Result<void> recordDecision(const QSqlDatabase &db, const Pending &pending,
                                       const Decision &decided, bool approve,
                                       const QString &comment, const QString &message,
                                       const people::Actor &actor);
};

} // namespace campagna::delivery
