#include "demo/recipes/recipes.h"

#include "demo/demoset.h"
#include "delivery/deliverystates.h"
#include "notify/notificationstatus.h"

namespace campagna::demo::recipes {

using namespace Qt::StringLiterals;
using delivery::ApprovalStatus;
using delivery::DeliveryStatus;
using delivery::ProviderJobStatus;
using notify::NotificationStatus;

namespace {

QList<QVariantList> notificationRows(const DemoSet &set)
{
    const Calendar &t = set.t;
    QList<QVariantList> rows;
    qint64 id = 0;
    auto add = [&](const QString &kind, const QString &key, qint64 op, const QString &email,
                   const QString &subject, const QString &body, const QVariant &attachment,
                   qint64 at, const QString &status) {
        const bool sent = fromSql<NotificationStatus>(status) == NotificationStatus::Sent;
        const bool failed = fromSql<NotificationStatus>(status) == NotificationStatus::Failed;
        rows.append({++id, kind, key, idOrNull(op), email, subject, body, attachment, at, status,
                     sent ? QVariant(at + 2 * Minute) : QVariant(),
                     failed ? 5
                     : sent ? 1
                            : 0,
                     failed ? QVariant(u"SMTP: 550 mailbox unavailable"_s) : QVariant()});
    };

    for (const ApprovalRow &a : set.approvals) {
        if (a.notifiedAt.isNull())
            continue;
        const QString subject = u"Approval requested: %1 (%2)"_s.arg(a.delivery->label, a.kind);
        const QString body = u"Delivery %1 \"%2\" needs your %3 approval before %4."_s.arg(
            QString::number(a.delivery->id), a.delivery->label, a.kind,
            a.deadlineAt.isNull()
                ? QString()
                : utcDate(a.deadlineAt.toLongLong(), u"yyyy-MM-dd HH:mm 'UTC'"_s));
        for (qint64 op : set.resolvedReviewers(a)) {
            add(u"approval_request"_s, u"approval:%1:%2"_s.arg(a.id).arg(op), op, operatorEmail(op),
                subject, body, QVariant(), a.notifiedAt.toLongLong(), a.notificationStatus);
        }
        // Reminder rule 1 (one day before the deadline) already fired.
        if (a.remindersSent > 0) {
            const qint64 due = a.deadlineAt.toLongLong() - Day;
            for (qint64 op : set.resolvedReviewers(a)) {
                add(u"approval_reminder"_s, u"reminder:%1:1:%2"_s.arg(a.id).arg(op), op,
                    operatorEmail(op), u"Reminder: "_s + subject, body, QVariant(), due, u"sent"_s);
            }
        }
    }

    // The past alert on the paper line, to the stock's alert group
    // (administrators included).
    for (qint64 op : set.groupMembers.value(StockKeepers)) {
        add(u"stock_alert"_s, u"stock-alert:1:%1"_s.arg(op), op, operatorEmail(op),
            u"Stock alert: Carta A4 80 g (fogli)"_s,
            u"In stock 2400, at or below the alert level 3000."_s, QVariant(), t(-62, 9),
            u"sent"_s);
    }

    // Files handed to providers.
    qint64 job = 0;
    for (const DeliveryRow &d : set.deliveries) {
        if (!d.providerJob)
            continue;
        ++job;
        if (d.providerJob->sentAt <= 0)
            continue;
        const qint64 supplier = set.serviceSupplier.value(d.serviceId);
        add(u"provider_file"_s, u"provider-file:%1"_s.arg(job), 0,
            set.supplierEmail.value(supplier), u"Extraction file for delivery %1"_s.arg(d.id),
            u"Attached: %1 (%2 records)."_s.arg(set.providerFileName(d),
                                                d.extractionRows.toString()),
            set.deliveryFilePath(d), d.providerJob->sentAt, u"sent"_s);
    }
    return rows;
}

QList<QVariantList> eventRows(const DemoSet &set)
{
    const Calendar &t = set.t;
    QList<QVariantList> rows;
    qint64 id = 0;
    for (const DeliveryRow &d : set.deliveries) {
        if (d.isTemplate)
            continue;
        const std::optional<DeliveryStatus> status = fromSql<DeliveryStatus>(d.status);
        if (!d.analyzedAt.isNull() && status != DeliveryStatus::Cancelled) {
            const qint64 at = d.analyzedAt.toLongLong();
            rows.append({++id, d.id, u"TargetingDone"_s,
                         u"Targeting done: %1 matching, %2 to send."_s.arg(
                             d.targetedCount.toString(), d.toSendCount.toString()),
                         at, at, 1, u"operationMgt"_s});
        }
        if (status == DeliveryStatus::BeingEdited && !d.lastError.isNull()) {
            rows.append({++id, d.id, u"TargetingFailed"_s, d.lastError, t(-1, 9) + 61,
                         t(-1, 9) + 61, 1, u"operationMgt"_s});
        }
        if (status == DeliveryStatus::InProgress) {
            const qint64 at = d.contactAt.toLongLong();
            rows.append({++id, d.id, u"DeliveryStarted"_s, u"Handed to its channel."_s, at, at, 1,
                         u"deliveryMgt"_s});
        }
        if (d.providerJob && d.providerJob->sentAt > 0) {
            rows.append({++id, d.id, u"ProviderFileSent"_s,
                         u"File %1 sent to the provider."_s.arg(set.providerFileName(d)),
                         d.providerJob->sentAt, d.providerJob->sentAt, 1, u"supplierMgt"_s});
        }
        if (d.providerJob &&
            fromSql<ProviderJobStatus>(d.providerJob->status) == ProviderJobStatus::Failed) {
            rows.append({++id, d.id, u"ProviderJobFailed"_s, d.lastError, d.providerJob->finishedAt,
                         d.providerJob->finishedAt + 2 * Hour, 3, u"supplierMgt"_s});
        }
    }
    QSet<qint64> requested; // one event row per delivery and reason
    for (const ApprovalRow &a : set.approvals) {
        if (fromSql<ApprovalStatus>(a.status) == ApprovalStatus::Pending && !a.notifiedAt.isNull() &&
            !requested.contains(a.delivery->id)) {
            requested.insert(a.delivery->id);
            rows.append({++id, a.delivery->id, u"ApprovalRequested"_s,
                         u"%1 approval requested."_s.arg(a.kind), a.notifiedAt, a.notifiedAt, 1,
                         u"deliveryMgt"_s});
        }
    }
    return rows;
}

} // namespace

Result<void> notifications(DemoSet &set)
{
    return set.insert({
        {u"notification"_s,
         {u"id"_s, u"kind"_s, u"dedup_key"_s, u"recipient_operator_id"_s, u"recipient_email"_s,
          u"subject"_s, u"body"_s, u"attachment_path"_s, u"created_at"_s, u"status"_s, u"sent_at"_s,
          u"attempts"_s, u"error"_s},
         notificationRows(set)},
    });
}

Result<void> events(DemoSet &set)
{
    return set.insert({
        {u"delivery_event"_s,
         {u"id"_s, u"delivery_id"_s, u"reason"_s, u"message"_s, u"first_at"_s, u"last_at"_s,
          u"count"_s, u"workflow"_s},
         eventRows(set)},
    });
}

} // namespace campagna::demo::recipes
