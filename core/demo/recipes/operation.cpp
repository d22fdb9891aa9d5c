#include "demo/recipes/recipes.h"

#include "demo/demoset.h"
#include "delivery/deliverystates.h"

namespace campagna::demo::recipes {

using namespace Qt::StringLiterals;
using delivery::DeliveryStatus;

namespace {

// The expense category of the campaign's budget that a cost choice is
// charged to (0: none).
qint64 expenseCategory(const DemoSet &set, qint64 campaignId, qint64 costTypeId)
{
    Spend spend = Spend::Print;
    switch (costTypeId) {
    case EmailStandard:
    case EmailPremium:
    case SmsThreshold:
    case SmsStandard:
        spend = Spend::Digital;
        break;
    case Graphics:
    case PrintSetup:
    case DisplayKit:
        spend = Spend::Creative;
        break;
    case AgencyDay:
    case EventSetup:
        spend = Spend::Agency;
        break;
    default:
        break;
    }
    switch (set.campaignBudget.value(campaignId)) {
    case 1:
        return spend == Spend::Print      ? 1
               : spend == Spend::Digital  ? 2
               : spend == Spend::Creative ? 3
                                          : 4;
    case 2:
        return spend == Spend::Digital ? 6 : spend == Spend::Agency ? 0 : 5;
    case 3:
        return spend == Spend::Digital ? 7 : spend == Spend::Agency ? 9 : 8;
    default:
        return 0;
    }
}

QList<QVariantList> deliveryRows(const DemoSet &set)
{
    QList<QVariantList> rows;
    for (const DeliveryRow &d : set.deliveries) {
        rows.append({d.id,
                     d.campaignId,
                     d.label,
                     d.channel,
                     idOrNull(d.serviceId),
                     d.status,
                     d.isTemplate,
                     orNull(d.filter),
                     d.targetedCount,
                     d.toSendCount,
                     d.sentCount,
                     d.analyzedAt,
                     d.confirmRequired,
                     d.contactAt,
                     d.extractionAt,
                     d.estimatedCents,
                     d.realCents,
                     d.commitmentLevel,
                     d.extractionFile,
                     d.extractionRows,
                     d.extractionSha256,
                     d.lastError});
    }
    return rows;
}

QList<QVariantList> taskRows(const DemoSet &set)
{
    QList<QVariantList> rows;
    for (const TaskRow &task : set.tasks) {
        rows.append({task.id, task.campaignId, task.label, task.status, idOrNull(task.serviceId),
                     task.durationDays, task.estimatedCents, task.realCents, task.commitmentLevel,
                     task.startAt, task.endAt});
    }
    return rows;
}

QList<QVariantList> choiceRows(const DemoSet &set)
{
    QList<QVariantList> rows;
    qint64 id = 0;
    for (const DeliveryRow &d : set.deliveries) {
        for (const Choice &c : d.choices) {
            rows.append({++id, d.id, QVariant(), c.costTypeId, c.surchargeCents,
                         idOrNull(expenseCategory(set, d.campaignId, c.costTypeId))});
        }
    }
    for (const TaskRow &task : set.tasks) {
        for (const Choice &c : task.choices) {
            rows.append({++id, QVariant(), task.id, c.costTypeId, c.surchargeCents,
                         idOrNull(expenseCategory(set, task.campaignId, c.costTypeId))});
        }
    }
    return rows;
}

// Targeting jobs for every analysed delivery, extraction jobs for every
// extracted one, and the jobs still to run.
QList<QVariantList> operationJobRows(const DemoSet &set)
{
    const Calendar &t = set.t;
    QList<QVariantList> rows;
    qint64 id = 0;
    for (const DeliveryRow &d : set.deliveries) {
        const qint64 manager = set.campaignManager.value(d.campaignId);
        if (!d.analyzedAt.isNull()) {
            const qint64 at = d.analyzedAt.toLongLong();
            rows.append({++id, u"targeting"_s, d.id, u"done"_s, at - 20 * Minute, manager,
                         at - 2 * Minute, at, 1, QVariant()});
        } else if (fromSql<DeliveryStatus>(d.status) == DeliveryStatus::TargetingPending) {
            rows.append({++id, u"targeting"_s, d.id, u"pending"_s, t.now - 10 * Minute, manager,
                         QVariant(), QVariant(), 0, QVariant()});
        } else if (!d.lastError.isNull() &&
                   fromSql<DeliveryStatus>(d.status) == DeliveryStatus::BeingEdited) {
            rows.append({++id, u"targeting"_s, d.id, u"failed"_s, t(-1, 9), manager, t(-1, 9) + 60,
                         t(-1, 9) + 61, 1, d.lastError});
        }
        if (d.extractedAt > 0) {
            const qint64 at = d.extractedAt;
            rows.append({++id, u"extraction"_s, d.id, u"done"_s, at - 2 * Minute, QVariant(),
                         at - Minute, at, 1, QVariant()});
        } else if (fromSql<DeliveryStatus>(d.status) == DeliveryStatus::ExtractionPending &&
                   !d.extractionAt.isNull() &&
                   d.extractionAt.toLongLong() <= t.now) {
            rows.append({++id, u"extraction"_s, d.id, u"pending"_s, d.extractionAt.toLongLong(),
                         QVariant(), QVariant(), QVariant(), 0, QVariant()});
        }
    }
    return rows;
}

QList<QVariantList> providerJobRows(const DemoSet &set)
{
    QList<QVariantList> rows;
    qint64 id = 0;
    for (const DeliveryRow &d : set.deliveries) {
        if (!d.providerJob)
            continue;
        const ProviderJob &job = *d.providerJob;
        const bool sent = job.sentAt > 0;
        rows.append({++id, d.id, idOrNull(d.serviceId), job.status,
                     sent ? QVariant(set.deliveryFilePath(d)) : QVariant(),
                     sent ? d.extractionSha256 : QVariant(),
                     sent ? QVariant(job.sentAt) : QVariant(), orNull(job.returnFile),
                     job.finishedAt > 0 ? QVariant(job.finishedAt) : QVariant(), job.attempts,
                     orNull(job.error)});
    }
    return rows;
}

} // namespace

Result<void> deliveriesAndTasks(DemoSet &set)
{
    return set.insert({
        {u"delivery"_s,
         {u"id"_s,
          u"campaign_id"_s,
          u"label"_s,
          u"channel"_s,
          u"service_id"_s,
          u"status"_s,
          u"is_template"_s,
          u"target_filter"_s,
          u"targeted_count"_s,
          u"to_send_count"_s,
          u"sent_count"_s,
          u"analyzed_at"_s,
          u"confirm_required"_s,
          u"contact_at"_s,
          u"extraction_at"_s,
          u"estimated_cost_cents"_s,
          u"real_cost_cents"_s,
          u"commitment_level"_s,
          u"extraction_file"_s,
          u"extraction_rows"_s,
          u"extraction_sha256"_s,
          u"last_error"_s},
         deliveryRows(set)},
        {u"task"_s,
         {u"id"_s, u"campaign_id"_s, u"label"_s, u"status"_s, u"service_id"_s, u"duration_days"_s,
          u"estimated_cost_cents"_s, u"real_cost_cents"_s, u"commitment_level"_s, u"start_at"_s,
          u"end_at"_s},
         taskRows(set)},
        {u"cost_choice"_s,
         {u"id"_s, u"delivery_id"_s, u"task_id"_s, u"cost_type_id"_s, u"surcharge_cents"_s,
          u"expense_category_id"_s},
         choiceRows(set)},
    });
}

// Streamed: the targets grow with the recipients.
Result<void> targets(DemoSet &set)
{
    BatchWriter targets = set.writer(u"delivery_target"_s, {u"delivery_id"_s, u"recipient_id"_s});
    for (const DeliveryRow &d : set.deliveries) {
        for (qint64 recipient : d.targets)
            targets.add({d.id, recipient});
    }
    return targets.finish();
}

Result<void> jobs(DemoSet &set)
{
    return set.insert({
        {u"operation_job"_s,
         {u"id"_s, u"kind"_s, u"delivery_id"_s, u"status"_s, u"requested_at"_s, u"requested_by"_s,
          u"started_at"_s, u"finished_at"_s, u"attempts"_s, u"error"_s},
         operationJobRows(set)},
        {u"provider_job"_s,
         {u"id"_s, u"delivery_id"_s, u"service_id"_s, u"status"_s, u"file_path"_s, u"file_sha256"_s,
          u"sent_at"_s, u"return_file"_s, u"finished_at"_s, u"attempts"_s, u"error"_s},
         providerJobRows(set)},
    });
}

} // namespace campagna::demo::recipes
