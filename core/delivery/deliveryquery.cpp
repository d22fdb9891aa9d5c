#include "delivery/deliveryquery.h"

#include "db/dialect.h"
#include "db/sql.h"
#include "delivery/diagnosis.h"
#include "delivery/reviewers.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <utility>

namespace campagna::delivery {

using db::Sql;

namespace {

std::optional<qint64> optionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

// The current round of a delivery's approvals: the latest of each kind (a
// new submission creates new ones), as Diagnosis reads it.
const QString kCurrentApproval =
    QStringLiteral("NOT EXISTS (SELECT 1 FROM approval b WHERE b.delivery_id = a.delivery_id "
                   "AND b.kind = a.kind AND (b.submitted_at > a.submitted_at OR "
                   "(b.submitted_at = a.submitted_at AND b.id > a.id)))");

QString approvalCount(const QString &status)
{
    return QStringLiteral("(SELECT COUNT(*) FROM approval a WHERE a.delivery_id = d.id "
                          "AND a.status = '%1' AND %2)")
        .arg(status, kCurrentApproval);
}

// The WHERE clause of `filter`, with its parameters appended to `params`.
// The stalled ids are integers written into the statement: a set of tens of
// thousands of bound parameters exceeds SQLite's limit.
QString whereClause(const DeliveryQuery::Filter &filter, const QSet<qint64> &stalled,
                    QVariantList *params)
{
    QStringList conditions;
    if (!filter.status.isEmpty()) {
        conditions << QStringLiteral("d.status = ?");
        params->append(filter.status);
    }
    if (!filter.channel.isEmpty()) {
        conditions << QStringLiteral("d.channel = ?");
        params->append(filter.channel);
    }
    if (filter.campaignId > 0) {
        conditions << QStringLiteral("d.campaign_id = ?");
        params->append(filter.campaignId);
    }
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        const auto match = db::Dialect::containsIgnoringCase(QStringLiteral("d.label"), search);
        conditions << match.condition;
        params->append(match.value);
    }
    if (filter.stalledOnly) {
        if (stalled.isEmpty()) {
            conditions << QStringLiteral("1 = 0");
        } else {
            QList<qint64> ids(stalled.cbegin(), stalled.cend());
            std::sort(ids.begin(), ids.end());
            QStringList texts;
            texts.reserve(ids.size());
            for (qint64 id : std::as_const(ids))
                texts << QString::number(id);
            conditions << QStringLiteral("d.id IN (%1)").arg(texts.join(u','));
        }
    }
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString orderClause(const DeliveryQuery::Sort &sort)
{
    const QString direction = sort.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString key;
    switch (sort.key) {
    case DeliveryQuery::SortKey::Id:
        return QStringLiteral(" ORDER BY d.id") + direction;
    case DeliveryQuery::SortKey::Label:
        key = QStringLiteral("d.label");
        break;
    case DeliveryQuery::SortKey::Campaign:
        key = QStringLiteral("c.label");
        break;
    case DeliveryQuery::SortKey::Channel:
        key = QStringLiteral("d.channel");
        break;
    case DeliveryQuery::SortKey::Status:
        key = QStringLiteral("d.status");
        break;
    case DeliveryQuery::SortKey::ContactAt:
        // Unknown dates last in ascending order, first in descending: the
        // same on both databases (they place NULLs differently).
        key = QStringLiteral("CASE WHEN d.contact_at IS NULL THEN 1 ELSE 0 END") + direction +
              QStringLiteral(", d.contact_at");
        break;
    case DeliveryQuery::SortKey::PendingApprovals:
        key = approvalCount(QStringLiteral("pending"));
        break;
    }
    return QStringLiteral(" ORDER BY ") + key + direction + QStringLiteral(", d.id") + direction;
}

} // namespace

Result<QList<DeliveryQuery::Row>> DeliveryQuery::rows(const QSqlDatabase &db, const Filter &filter,
                                                      const Sort &sort, int limit, int offset,
                                                      const QSet<qint64> &stalled)
{
    QVariantList params;
    const QString where = whereClause(filter, stalled, &params);
    params << limit << offset;
    auto query = Sql::exec(
        db,
        QStringLiteral("SELECT d.id, d.label, d.campaign_id, c.label, d.channel, d.status, "
                       "d.contact_at, d.is_template, c.kind, %1, %2, %3 "
                       "FROM delivery d JOIN campaign c ON c.id = d.campaign_id")
                .arg(approvalCount(QStringLiteral("pending")),
                     approvalCount(QStringLiteral("approved")),
                     approvalCount(QStringLiteral("rejected"))) +
            where + orderClause(sort) + QStringLiteral(" LIMIT ? OFFSET ?"),
        params);
    if (!query)
        return query.error();
    QList<Row> rows;
    while (query->next()) {
        const QSqlQuery &q = query.value();
        Row row;
        row.id = q.value(0).toLongLong();
        row.label = q.value(1).toString();
        row.campaignId = q.value(2).toLongLong();
        row.campaignLabel = q.value(3).toString();
        row.channel = q.value(4).toString();
        row.status = q.value(5).toString();
        row.contactAt = optionalInt(q.value(6));
        row.isTemplate = q.value(7).toInt() == 1 || q.value(8).toString() == u"periodic";
        row.pendingApprovals = q.value(9).toInt();
        row.approvedApprovals = q.value(10).toInt();
        row.rejectedApprovals = q.value(11).toInt();
        rows.append(row);
    }
    return rows;
}

Result<qint64> DeliveryQuery::count(const QSqlDatabase &db, const Filter &filter,
                                    const QSet<qint64> &stalled)
{
    QVariantList params;
    const QString where = whereClause(filter, stalled, &params);
    auto total = Sql::scalar(
        db,
        QStringLiteral("SELECT COUNT(*) FROM delivery d JOIN campaign c ON c.id = d.campaign_id") +
            where,
        params);
    if (!total)
        return total.error();
    return total.value() ? total.value()->toLongLong() : 0;
}

Result<QSet<qint64>> DeliveryQuery::stalledIds(const QSqlDatabase &db, qint64 now,
                                               Progress *progress)
{
    // The deliveries Diagnosis skips entirely (finished, cancelled,
    // templates) can never be stalled; every other one is diagnosed.
    auto candidates = Sql::exec(
        db, QStringLiteral("SELECT d.id FROM delivery d JOIN campaign c ON c.id = d.campaign_id "
                           "WHERE d.status NOT IN ('finished', 'cancelled') "
                           "AND d.is_template = 0 AND c.kind <> 'periodic' ORDER BY d.id"));
    if (!candidates)
        return candidates.error();
    QList<qint64> ids;
    while (candidates->next())
        ids.append(candidates->value(0).toLongLong());
    candidates->finish();
    if (progress) {
        progress->done.store(0);
        progress->total.store(ids.size());
    }

    QSet<qint64> stalled;
    for (qint64 id : std::as_const(ids)) {
        if (progress && progress->cancelled.load())
            return makeError(Error::Code::Cancelled,
                             tr("The search for stalled deliveries was cancelled."));
        if (progress)
            ++progress->done;
        auto report = Diagnosis::diagnose(db, id, now);
        if (!report) {
            // Deleted meanwhile: not stalled.
            if (report.error().code == Error::Code::NotFound)
                continue;
            return report.error();
        }
        if (report->stalled)
            stalled.insert(id);
    }
    return stalled;
}

Result<QList<DeliveryQuery::Campaign>> DeliveryQuery::campaigns(const QSqlDatabase &db)
{
    auto query = Sql::exec(db, QStringLiteral("SELECT c.id, c.label FROM campaign c WHERE EXISTS "
                                              "(SELECT 1 FROM delivery d WHERE d.campaign_id = "
                                              "c.id) ORDER BY c.label, c.id"));
    if (!query)
        return query.error();
    QList<Campaign> campaigns;
    while (query->next())
        campaigns.append({query->value(0).toLongLong(), query->value(1).toString()});
    return campaigns;
}

Result<QList<DeliveryQuery::Approval>> DeliveryQuery::approvals(const QSqlDatabase &db,
                                                                qint64 deliveryId)
{
    auto query = Sql::exec(
        db,
        QStringLiteral("SELECT a.id, a.kind, a.status, a.submitted_at, a.deadline_at, "
                       "a.notified_at, a.reminders_sent, a.decided_at, o.name, a.comment, "
                       "CASE WHEN %1 THEN 1 ELSE 0 END "
                       "FROM approval a LEFT JOIN operator o ON o.id = a.decided_by "
                       "WHERE a.delivery_id = ? ORDER BY a.submitted_at, a.id")
            .arg(kCurrentApproval),
        {deliveryId});
    if (!query)
        return query.error();
    QList<Approval> approvals;
    while (query->next()) {
        const QSqlQuery &q = query.value();
        Approval a;
        a.id = q.value(0).toLongLong();
        a.kind = q.value(1).toString();
        a.status = q.value(2).toString();
        a.submittedAt = q.value(3).toLongLong();
        a.deadlineAt = optionalInt(q.value(4));
        a.notifiedAt = optionalInt(q.value(5));
        a.remindersSent = q.value(6).toInt();
        a.decidedAt = optionalInt(q.value(7));
        a.decidedBy = q.value(8).toString();
        a.comment = q.value(9).toString();
        a.current = q.value(10).toInt() == 1;
        approvals.append(a);
    }
    query->finish();

    // Their reviewers, with the same SQL as deliveryMgt's notifications.
    auto reviewers = Sql::exec(db,
                               QStringLiteral("SELECT r.approval_id, o.name FROM (%1) r "
                                              "JOIN operator o ON o.id = r.operator_id "
                                              "ORDER BY o.name")
                                   .arg(Reviewers::sql(QStringLiteral("a.delivery_id = ?"))),
                               Reviewers::params({deliveryId}));
    if (!reviewers)
        return reviewers.error();
    QHash<qint64, QStringList> names;
    while (reviewers->next())
        names[reviewers->value(0).toLongLong()].append(reviewers->value(1).toString());
    for (Approval &a : approvals)
        a.reviewers = names.value(a.id);
    return approvals;
}

Result<QList<DeliveryQuery::Event>> DeliveryQuery::events(const QSqlDatabase &db, qint64 deliveryId)
{
    auto query = Sql::exec(db,
                           QStringLiteral("SELECT id, reason, message, first_at, last_at, count, "
                                          "workflow, run_id FROM delivery_event "
                                          "WHERE delivery_id = ? "
                                          "ORDER BY COALESCE(last_at, first_at, 0) DESC, id DESC"),
                           {deliveryId});
    if (!query)
        return query.error();
    QList<Event> events;
    while (query->next()) {
        const QSqlQuery &q = query.value();
        events.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       optionalInt(q.value(3)), optionalInt(q.value(4)), q.value(5).toLongLong(),
                       q.value(6).toString(), optionalInt(q.value(7))});
    }
    return events;
}

Result<std::optional<DeliveryQuery::ProviderJob>> DeliveryQuery::providerJob(const QSqlDatabase &db,
                                                                             qint64 deliveryId)
{
    auto query = Sql::exec(
        db,
        QStringLiteral("SELECT j.id, j.status, s.label, sp.label, j.file_path, j.file_sha256, "
                       "j.sent_at, j.return_file, j.finished_at, j.attempts, j.error "
                       "FROM provider_job j JOIN delivery d ON d.id = j.delivery_id "
                       "LEFT JOIN service s ON s.id = COALESCE(j.service_id, d.service_id) "
                       "LEFT JOIN supplier sp ON sp.id = s.supplier_id WHERE j.delivery_id = ?"),
        {deliveryId});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<ProviderJob>();
    const QSqlQuery &q = query.value();
    ProviderJob job;
    job.id = q.value(0).toLongLong();
    job.status = q.value(1).toString();
    job.service = q.value(2).toString();
    job.supplier = q.value(3).toString();
    job.filePath = q.value(4).toString();
    job.fileSha256 = q.value(5).toString();
    job.sentAt = optionalInt(q.value(6));
    job.returnFile = q.value(7).toString();
    job.finishedAt = optionalInt(q.value(8));
    job.attempts = q.value(9).toInt();
    job.error = q.value(10).toString();
    return std::optional<ProviderJob>(job);
}

} // namespace campagna::delivery
