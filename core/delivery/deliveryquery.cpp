#include "delivery/deliveryquery.h"

#include "db/dialect.h"
#include "db/sql.h"
#include "delivery/deliverystates.h"
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

QString approvalCount(ApprovalStatus status)
{
    return QStringLiteral("(SELECT COUNT(*) FROM approval a WHERE a.delivery_id = d.id "
                          "AND a.status = '%1' AND %2)")
        .arg(sqlName(status), kCurrentApproval);
}

constexpr const char *Context = "campagna::delivery::DeliveryQuery";

const QString kFrom = QStringLiteral("FROM delivery d JOIN campaign c ON c.id = d.campaign_id");

// The FROM and WHERE of `filter`, with its parameters appended to `params`.
// The stalled ids are integers written into the statement: a set of tens of
// thousands of bound parameters exceeds SQLite's limit.
QString fromClause(const DeliveryQuery::Filter &filter, const QSet<qint64> &stalled,
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
               ? kFrom
               : kFrom + QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

// The deliveries of a filter: the SQL of SqlRowSource over the filter's
// FROM and WHERE (with the stalled set when the filter wants it), then the
// stalled marker of each row read from Diagnosis.
class DeliveryRows final : public RowSource
{
public:
    DeliveryRows(DeliveryQuery::Filter filter, DeliveryQuery::Now now,
                 std::shared_ptr<DeliveryQuery::StalledSearch> stalled)
        : RowSource(Context, DeliveryQuery::columns())
        , m_filter(std::move(filter))
        , m_now(std::move(now))
        , m_stalled(std::move(stalled))
    {}

    Result<qint64> count(const QSqlDatabase &db) const override
    {
        auto sql = statement(db, m_now());
        if (!sql)
            return sql.error();
        return sql->count(db);
    }

    Result<QList<QVariantList>> rows(const QSqlDatabase &db, const RowSort &sort, int limit,
                                     int offset) const override
    {
        const qint64 now = m_now();
        auto sql = statement(db, now);
        if (!sql)
            return sql.error();
        auto rows = sql->rows(db, sort, limit, offset);
        if (!rows)
            return rows.error();
        for (QVariantList &row : rows.value()) {
            if (auto marked = markStalled(db, now, &row); !marked)
                return marked.error();
        }
        return rows;
    }

private:
    Result<SqlRowSource> statement(const QSqlDatabase &db, qint64 now) const
    {
        QSet<qint64> stalled;
        if (m_filter.stalledOnly) {
            auto found = m_stalled->ids(db, now);
            if (!found)
                return found.error();
            stalled = std::move(found).value();
        }
        QVariantList params;
        const QString from = fromClause(m_filter, stalled, &params);
        return SqlRowSource(Context, columns(), QStringLiteral("d.id"), from, params);
    }

    // Finished and cancelled deliveries and templates are not diagnosed.
    Result<void> markStalled(const QSqlDatabase &db, qint64 now, QVariantList *row) const
    {
        const auto status =
            fromSql<DeliveryStatus>(value(*row, QStringLiteral("status")).toString());
        if (value(*row, QStringLiteral("template")).toInt() == 1 ||
            status == DeliveryStatus::Finished || status == DeliveryStatus::Cancelled)
            return {};
        auto report = Diagnosis::diagnose(db, row->value(0).toLongLong(), now);
        if (!report)
            return report.error();
        QStringList failed;
        for (const auto &check : report->checks) {
            if (check.result == Diagnosis::Check::Result::Failed)
                failed << check.reason + QStringLiteral(": ") + check.message;
        }
        (*row)[indexOf(QStringLiteral("stalled")) + 1] = report->stalled ? 1 : 0;
        (*row)[indexOf(QStringLiteral("stalledText")) + 1] = failed.join(u'\n');
        return {};
    }

    DeliveryQuery::Filter m_filter;
    DeliveryQuery::Now m_now;
    std::shared_ptr<DeliveryQuery::StalledSearch> m_stalled;
};

} // namespace

const QList<QueryColumn> &DeliveryQuery::columns()
{
    // Unknown contact dates last in ascending order, first in descending:
    // the same on both databases (they place NULLs differently).
    static const QList<QueryColumn> columns{
        QueryColumn::sorted(QStringLiteral("id"), QStringLiteral("d.id"), QT_TR_NOOP("ID"),
                            CellFormat::Integer),
        QueryColumn::sorted(QStringLiteral("label"), QStringLiteral("d.label"),
                            QT_TR_NOOP("Delivery")),
        QueryColumn::sorted(QStringLiteral("campaign"), QStringLiteral("c.label"),
                            QT_TR_NOOP("Campaign")),
        QueryColumn::sorted(QStringLiteral("channel"), QStringLiteral("d.channel"),
                            QT_TR_NOOP("Channel"), CellFormat::Channel),
        QueryColumn::sorted(QStringLiteral("status"), QStringLiteral("d.status"),
                            QT_TR_NOOP("Status"), CellFormat::DeliveryStatus),
        {QStringLiteral("contactAt"), QStringLiteral("d.contact_at"),
         QStringLiteral("COALESCE(d.contact_at, 9223372036854775807)"), QT_TR_NOOP("Contact date"),
         CellFormat::DateTime, QString(), true},
        QueryColumn::sorted(QStringLiteral("approvals"), approvalCount(ApprovalStatus::Pending),
                            QT_TR_NOOP("Approvals")),
        // Diagnosis's, filled in row by row.
        {QStringLiteral("stalled"), QString(), QString(), QT_TR_NOOP("Stalled"), CellFormat::Text,
         QString(), true},
        QueryColumn::hidden(QStringLiteral("campaignId"), QStringLiteral("d.campaign_id")),
        QueryColumn::hidden(QStringLiteral("template"),
                            QStringLiteral("CASE WHEN d.is_template = 1 OR c.kind = 'periodic' "
                                           "THEN 1 ELSE 0 END")),
        QueryColumn::hidden(QStringLiteral("approved"), approvalCount(ApprovalStatus::Approved)),
        QueryColumn::hidden(QStringLiteral("rejected"), approvalCount(ApprovalStatus::Rejected)),
        QueryColumn::hidden(QStringLiteral("stalledText"), QString()),
    };
    return columns;
}

std::shared_ptr<const RowSource> DeliveryQuery::source(const Filter &filter, Now now,
                                                       std::shared_ptr<StalledSearch> stalled)
{
    return std::make_shared<DeliveryRows>(filter, std::move(now), std::move(stalled));
}

Result<QSet<qint64>> DeliveryQuery::StalledSearch::ids(const QSqlDatabase &db, qint64 now)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (!m_stale.load() && m_ids)
        return *m_ids;
    // A renew() from here on stops this search and makes the next read search again.
    m_stale.store(false);
    m_progress.cancelled.store(false);
    auto found = stalledIds(db, now, &m_progress);
    if (!found) {
        m_stale.store(true);
        return found.error();
    }
    m_ids = found.value();
    return found;
}

void DeliveryQuery::StalledSearch::renew()
{
    m_stale.store(true);
    m_progress.cancelled.store(true);
}

Result<QSet<qint64>> DeliveryQuery::stalledIds(const QSqlDatabase &db, qint64 now,
                                               Progress *progress)
{
    // The deliveries Diagnosis skips entirely (finished, cancelled,
    // templates) can never be stalled; every other one is diagnosed.
    auto candidates = Sql::exec(
        db, QStringLiteral("SELECT d.id FROM delivery d JOIN campaign c ON c.id = d.campaign_id "
                           "WHERE d.status NOT IN (%1) "
                           "AND d.is_template = 0 AND c.kind <> 'periodic' ORDER BY d.id")
                .arg(sqlList({DeliveryStatus::Finished, DeliveryStatus::Cancelled})));
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

Result<QList<DeliveryQuery::CampaignOption>> DeliveryQuery::campaigns(const QSqlDatabase &db)
{
    auto query = Sql::exec(db, QStringLiteral("SELECT c.id, c.label FROM campaign c WHERE EXISTS "
                                              "(SELECT 1 FROM delivery d WHERE d.campaign_id = "
                                              "c.id) ORDER BY c.label, c.id"));
    if (!query)
        return query.error();
    QList<CampaignOption> campaigns;
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
