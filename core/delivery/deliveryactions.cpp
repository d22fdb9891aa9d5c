#include "delivery/deliveryactions.h"

#include "audit/audittrail.h"
#include "db/dialect.h"
#include "db/sql.h"
#include "delivery/deliveryevents.h"
#include "delivery/manageddelivery.h"
#include "delivery/reviewers.h"

#include <QDateTime>
#include <QJsonValue>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <limits>

namespace campagna::delivery {

using db::Sql;

namespace {

QVariant operatorValue(const people::Actor &actor)
{
    return actor.operatorId ? QVariant(*actor.operatorId)
                            : QVariant(QMetaType(QMetaType::LongLong));
}

QString isoUtc(qint64 secs)
{
    // toUTC(): ISODate then ends in "Z", as people write UTC.
    return QDateTime::fromSecsSinceEpoch(secs).toUTC().toString(Qt::ISODate);
}

// Commands record events with no workflow and no run.
const DeliveryEvents::Origin kByHand{QString(), std::nullopt};

Result<QStringList> administratorNames(const QSqlDatabase &db)
{
    auto query =
        Sql::exec(db, QStringLiteral("SELECT name FROM operator WHERE is_admin = 1 ORDER BY name"));
    if (!query)
        return query.error();
    QStringList names;
    while (query->next())
        names << query->value(0).toString();
    return names;
}

} // namespace

// The approval being decided and its delivery, as decideApproval reads them.
struct DeliveryActions::Pending
{
    qint64 approvalId = 0;
    std::optional<ApprovalStatus> status; // nullopt for a text the schema does not know
    QString kind;
    QVariant reviewerGroup;
    QString groupName;
    QVariant decidedAt;
    QVariant decidedBy;
    QString decidedByName;
    qint64 deliveryId = 0;
    QString deliveryLabel;
};

namespace {

// The event text of a decision, with the reviewer's comment when there is one.
QString decisionMessage(qint64 approvalId, const QString &kind, bool approve,
                        const QString &reviewer, const QString &comment)
{
    if (comment.isEmpty())
        return (approve ? DeliveryActions::tr("Approval %1 (%2) approved by %3.")
                        : DeliveryActions::tr("Approval %1 (%2) rejected by %3."))
            .arg(QString::number(approvalId), kind, reviewer);
    return (approve ? DeliveryActions::tr("Approval %1 (%2) approved by %3: %4")
                    : DeliveryActions::tr("Approval %1 (%2) rejected by %3: %4"))
        .arg(QString::number(approvalId), kind, reviewer, comment);
}

} // namespace

Result<DeliveryActions::Pending> DeliveryActions::readPending(const QSqlDatabase &db,
                                                              qint64 approvalId)
{
    auto found = Sql::exec(
        db,
        QStringLiteral("SELECT a.status, a.kind, a.reviewer_operator_id, a.reviewer_group_id, "
                       "g.name, a.decided_at, a.decided_by, o.name, d.id, d.label "
                       "FROM approval a JOIN delivery d ON d.id = a.delivery_id "
                       "LEFT JOIN operator_group g ON g.id = a.reviewer_group_id "
                       "LEFT JOIN operator o ON o.id = a.decided_by WHERE a.id = ?"),
        {approvalId});
    if (!found)
        return found.error();
    if (!found->next())
        return makeError(Error::Code::NotFound, tr("There is no approval %1.").arg(approvalId));
    return Pending{approvalId,
                   fromSql<ApprovalStatus>(found->value(0).toString()),
                   found->value(1).toString(),
                   found->value(3),
                   found->value(4).toString(),
                   found->value(5),
                   found->value(6),
                   found->value(7).toString(),
                   found->value(8).toLongLong(),
                   found->value(9).toString()};
}

Result<DeliveryActions::Decision>
DeliveryActions::decideApproval(const QSqlDatabase &db, qint64 approvalId, bool approve,
                                const QString &comment, const people::Actor &actor, qint64 now)
{
    db::WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto read = readPending(db, approvalId);
    if (!read)
        return read.error();
    const Pending &pending = *read;
    if (auto allowed = requireReviewer(db, pending, actor); !allowed)
        return allowed.error();
    if (pending.status != ApprovalStatus::Pending)
        return alreadyDecided(pending, pending.status, pending.decidedAt, pending.decidedBy,
                              pending.decidedByName);

    const ApprovalStatus decision = approve ? ApprovalStatus::Approved : ApprovalStatus::Rejected;
    const QString trimmed = comment.trimmed();
    const QString message = decisionMessage(approvalId, pending.kind, approve, actor.name, trimmed);
    const Decision decided{approvalId, pending.deliveryId, sqlName(decision), now,
                           actor.operatorId};
    if (db::Dialect::of(db).serverJudgesRights()) {
        if (auto judged =
                Sql::exec(db, QStringLiteral("SELECT campagna_approval_decide(?, ?, ?, ?, ?, ?)"),
                          {actor.name, approvalId, approve, trimmed, message, now});
            !judged)
            return judged.error();
    } else {
        auto updated = Sql::update(
            db,
            QStringLiteral("UPDATE approval SET status = ?, decided_at = ?, decided_by = ?, "
                           "comment = ? WHERE id = ? AND status = ?"),
            {sqlName(decision), now, operatorValue(actor),
             trimmed.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(trimmed),
             approvalId, sqlName(ApprovalStatus::Pending)});
        if (!updated)
            return updated.error();
        if (updated.value() != 1)
            return decidedMeanwhile(db, pending);
        if (auto recorded =
                recordDecision(db, pending, decided, approve, trimmed, message, actor);
            !recorded)
            return recorded.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return decided;
}

Error DeliveryActions::decidedMeanwhile(const QSqlDatabase &db, const Pending &pending)
{
    // Another decision committed between our read and our write (PostgreSQL
    // re-reads the row after waiting for its lock).
    auto again = Sql::exec(db,
                           QStringLiteral("SELECT a.status, a.decided_at, a.decided_by, o.name "
                                          "FROM approval a LEFT JOIN operator o "
                                          "ON o.id = a.decided_by WHERE a.id = ?"),
                           {pending.approvalId});
    if (!again)
        return again.error();
    if (!again->next())
        return makeError(Error::Code::NotFound,
                         tr("There is no approval %1.").arg(pending.approvalId));
    return alreadyDecided(pending, fromSql<ApprovalStatus>(again->value(0).toString()),
                          again->value(1), again->value(2), again->value(3).toString());
}

Result<void> DeliveryActions::recordDecision(const QSqlDatabase &db, const Pending &pending,
                                             const Decision &decided, bool approve,
                                             const QString &comment, const QString &message,
                                             const people::Actor &actor)
{
    if (auto recorded = DeliveryEvents::record(db, pending.deliveryId,
                                               approve ? QStringLiteral("ApprovalApproved")
                                                       : QStringLiteral("ApprovalRejected"),
                                               message, decided.decidedAt, kByHand);
        !recorded)
        return recorded.error();
    return audit::AuditTrail::record(
        db, actor, decided.decidedAt, QStringLiteral("approval.decide"),
        QStringLiteral("approval"), QString::number(pending.approvalId),
        {{QStringLiteral("delivery_id"), pending.deliveryId},
         {QStringLiteral("kind"), pending.kind},
         {QStringLiteral("decision"), decided.status},
         {QStringLiteral("comment"),
          comment.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(comment)}});
}

Result<void> DeliveryActions::requireReviewer(const QSqlDatabase &db, const Pending &pending,
                                              const people::Actor &actor)
{
    auto reviewers = Reviewers::forApproval(db, pending.approvalId);
    if (!reviewers)
        return reviewers.error();
    bool allowed = actor.isAdmin;
    if (!allowed && actor.operatorId) {
        for (const Reviewers::Reviewer &reviewer : std::as_const(reviewers.value()))
            allowed = allowed || reviewer.operatorId == *actor.operatorId;
        // Every member of the reviewer group may decide, even when the
        // request went to someone else (an operator, or the manager).
        if (!allowed && !pending.reviewerGroup.isNull()) {
            auto member = Sql::scalar(db,
                                      QStringLiteral("SELECT COUNT(*) FROM operator_group_member "
                                                     "WHERE group_id = ? AND operator_id = ?"),
                                      {pending.reviewerGroup, *actor.operatorId});
            if (!member)
                return member.error();
            allowed = member.value() && member.value()->toLongLong() > 0;
        }
    }
    if (allowed)
        return {};
    QStringList who;
    for (const Reviewers::Reviewer &reviewer : std::as_const(reviewers.value())) {
        if (reviewer.via == QLatin1String(Reviewers::kViaOperator))
            who << reviewer.name;
        else if (reviewer.via == QLatin1String(Reviewers::kViaManager))
            who << tr("the campaign manager %1").arg(reviewer.name);
    }
    if (!pending.reviewerGroup.isNull())
        who << tr("the members of the group \"%1\"").arg(pending.groupName);
    auto admins = administratorNames(db);
    if (!admins)
        return admins.error();
    const QString adminList =
        admins->isEmpty() ? tr("there is none") : admins->join(QStringLiteral(", "));
    return makeError(
        Error::Code::Forbidden,
        who.isEmpty()
            ? tr("Only administrators (%1) may decide the approval %2 (%3) of the delivery "
                 "%4 \"%5\": it has no reviewer; \"%6\" is not an administrator.")
                  .arg(adminList, QString::number(pending.approvalId), pending.kind,
                       QString::number(pending.deliveryId), pending.deliveryLabel, actor.name)
            : tr("Only the reviewers of the approval %1 (%2) of the delivery %3 \"%4\" (%5) "
                 "and administrators (%6) may decide it; \"%7\" is neither.")
                  .arg(QString::number(pending.approvalId), pending.kind,
                       QString::number(pending.deliveryId), pending.deliveryLabel,
                       who.join(QStringLiteral(", ")), adminList, actor.name));
}

Error DeliveryActions::alreadyDecided(const Pending &pending, std::optional<ApprovalStatus> was,
                                      const QVariant &at, const QVariant &by, const QString &byName)
{
    const QString whom = by.isNull() ? tr("an administrator") : byName;
    const QString when = at.isNull() ? tr("an unknown time") : isoUtc(at.toLongLong());
    const QString id = QString::number(pending.approvalId);
    const QString delivery = QString::number(pending.deliveryId);
    return makeError(
        Error::Code::Failed,
        was == ApprovalStatus::Approved
            ? tr("The approval %1 (%2) of the delivery %3 \"%4\" was already approved by %5 "
                 "at %6 (UTC): the first decision wins.")
                  .arg(id, pending.kind, delivery, pending.deliveryLabel, whom, when)
            : tr("The approval %1 (%2) of the delivery %3 \"%4\" was already rejected by %5 "
                 "at %6 (UTC): the first decision wins.")
                  .arg(id, pending.kind, delivery, pending.deliveryLabel, whom, when));
}

Result<DeliveryActions::Moved> DeliveryActions::confirmDelivery(const QSqlDatabase &db,
                                                                qint64 deliveryId,
                                                                const people::Actor &actor,
                                                                qint64 now)
{
    db::WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto found = ManagedDelivery::read(db, deliveryId);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(Error::Code::NotFound, tr("There is no delivery %1.").arg(deliveryId));
    const ManagedDelivery row = *found.value();
    if (auto allowed = row.requireManager(
            deliveryId, actor,
            tr("Only the campaign's manager (%1) and administrators may confirm the delivery "
               "%2 \"%3\"; \"%4\" is neither."),
            tr("Only administrators may confirm the delivery %1 \"%2\" (its campaign has no "
               "manager); \"%3\" is not one."));
        !allowed)
        return allowed.error();
    if (row.isTemplate)
        return makeError(Error::Code::Failed,
                         tr("The delivery %1 \"%2\" is a template of a recurring campaign: its "
                            "copies are confirmed, not the template.")
                             .arg(QString::number(deliveryId), row.label));
    if (row.status != DeliveryStatus::PendingConfirmation)
        return makeError(Error::Code::Failed,
                         tr("The delivery %1 \"%2\" is %3: only a delivery waiting for "
                            "confirmation (pending_confirmation) can be confirmed.")
                             .arg(QString::number(deliveryId), row.label, row.statusText));

    const QString confirmedText = tr("Confirmed by %1.").arg(actor.name);
    if (db::Dialect::of(db).serverJudgesRights()) {
        if (auto confirmed = Sql::exec(
                db, QStringLiteral("SELECT campagna_delivery_confirm(?, ?, ?, ?)"),
                {actor.name, deliveryId, confirmedText, now});
            !confirmed)
            return confirmed.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        return Moved{deliveryId, row.statusText, sqlName(DeliveryStatus::StartPending)};
    }
    auto moved = Sql::update(db,
                             QStringLiteral("UPDATE delivery SET status = 'start_pending' "
                                            "WHERE id = ? AND status = 'pending_confirmation'"),
                             {deliveryId});
    if (!moved)
        return moved.error();
    if (moved.value() != 1)
        return makeError(Error::Code::Failed,
                         tr("The delivery %1 \"%2\" changed while it was being confirmed; try "
                            "again.")
                             .arg(QString::number(deliveryId), row.label));
    if (auto recorded = DeliveryEvents::record(db, deliveryId, QStringLiteral("DeliveryConfirmed"),
                                               confirmedText, now, kByHand);
        !recorded)
        return recorded.error();
    if (auto audited = audit::AuditTrail::record(
            db, actor, now, QStringLiteral("delivery.confirm"), QStringLiteral("delivery"),
            QString::number(deliveryId),
            {{QStringLiteral("from"), row.statusText},
             {QStringLiteral("to"), sqlName(DeliveryStatus::StartPending)}});
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return Moved{deliveryId, row.statusText, sqlName(DeliveryStatus::StartPending)};
}

Result<DeliveryActions::Moved> DeliveryActions::finishDelivery(const QSqlDatabase &db,
                                                               qint64 deliveryId, qint64 sent,
                                                               const people::Actor &actor,
                                                               qint64 now)
{
    if (sent < 0)
        return makeError(Error::Code::Usage,
                         tr("The number of messages sent must be 0 or more, not %1.").arg(sent));
    // No channel sends two thousand million messages by hand: a count that
    // big is a typing mistake (and would not fit the texts' plural forms).
    if (sent > std::numeric_limits<int>::max())
        return makeError(Error::Code::Usage,
                         tr("%1 messages sent is not a plausible count.").arg(sent));
    db::WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto found = ManagedDelivery::read(db, deliveryId);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(Error::Code::NotFound, tr("There is no delivery %1.").arg(deliveryId));
    const ManagedDelivery row = *found.value();
    if (auto allowed = row.requireManager(
            deliveryId, actor,
            tr("Only the campaign's manager (%1) and administrators may finish the delivery %2 "
               "\"%3\"; \"%4\" is neither."),
            tr("Only administrators may finish the delivery %1 \"%2\" (its campaign has no "
               "manager); \"%3\" is not one."));
        !allowed)
        return allowed.error();
    if (row.isTemplate)
        return makeError(Error::Code::Failed,
                         tr("The delivery %1 \"%2\" is a template of a recurring campaign: its "
                            "copies are finished, not the template.")
                             .arg(QString::number(deliveryId), row.label));
    if (row.channel == Channel::DirectMail)
        return makeError(Error::Code::Failed,
                         tr("The delivery %1 \"%2\" is a direct-mail delivery: it is finished by "
                            "its provider's post-processing (supplierMgt), not by hand.")
                             .arg(QString::number(deliveryId), row.label));
    if (row.status != DeliveryStatus::InProgress)
        return makeError(Error::Code::Failed,
                         tr("The delivery %1 \"%2\" is %3: only a delivery in progress "
                            "(in_progress) can be finished.")
                             .arg(QString::number(deliveryId), row.label, row.statusText));
    if (!row.toSendCount.isNull() && sent > row.toSendCount.toLongLong())
        return makeError(Error::Code::Usage,
                         tr("The delivery %1 \"%2\" had %n message(s) to send: %3 sent is more "
                            "than that.",
                            nullptr, int(row.toSendCount.toLongLong()))
                             .arg(QString::number(deliveryId), row.label, QString::number(sent)));

    const QString finishedText =
        tr("Finished by %1: %n message(s) sent.", nullptr, int(sent)).arg(actor.name);
    if (db::Dialect::of(db).serverJudgesRights()) {
        if (auto finished = Sql::exec(
                db, QStringLiteral("SELECT campagna_delivery_finish(?, ?, ?, ?, ?)"),
                {actor.name, deliveryId, sent, finishedText, now});
            !finished)
            return finished.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        return Moved{deliveryId, row.statusText, sqlName(DeliveryStatus::Finished)};
    }
    auto moved = Sql::update(db,
                             QStringLiteral("UPDATE delivery SET status = 'finished', "
                                            "sent_count = ? WHERE id = ? AND status = "
                                            "'in_progress'"),
                             {sent, deliveryId});
    if (!moved)
        return moved.error();
    if (moved.value() != 1)
        return makeError(Error::Code::Failed,
                         tr("The delivery %1 \"%2\" changed while it was being finished; try "
                            "again.")
                             .arg(QString::number(deliveryId), row.label));
    if (auto recorded = DeliveryEvents::record(db, deliveryId, QStringLiteral("DeliveryFinished"),
                                               finishedText, now, kByHand);
        !recorded)
        return recorded.error();
    if (auto audited =
            audit::AuditTrail::record(db, actor, now, QStringLiteral("delivery.finish"),
                                      QStringLiteral("delivery"), QString::number(deliveryId),
                                      {{QStringLiteral("from"), row.statusText},
                                       {QStringLiteral("to"), sqlName(DeliveryStatus::Finished)},
                                       {QStringLiteral("sent"), sent}});
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return Moved{deliveryId, row.statusText, sqlName(DeliveryStatus::Finished)};
}

} // namespace campagna::delivery
