#include "operation/extractionjob.h"

#include "common/csvfield.h"
#include "common/extractionfilename.h"
#include "common/filesroot.h"
#include "common/savefilesweep.h"
#include "common/securefile.h"
#include "db/sql.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace campagna::operation {

using db::Sql;
using delivery::DeliveryStatus;
using engine::JobAttempts;
using engine::JobFailure;

namespace {

// Written to the file in pieces of about this size.
constexpr qsizetype kBufferBytes = 64 * 1024;
// Cancellation is looked at every this many records.
constexpr qint64 kCancelCheckRows = 10000;

// A NULL is an empty field; the rest through the one CSV field writer
// (quoting, formula injection).
void appendField(QByteArray &record, const QVariant &value)
{
    if (!value.isNull())
        record += CsvField::field(value.toString()).toUtf8();
}

} // namespace

ExtractionJob::ExtractionJob(qint64 deliveryId, qint64 now, const db::Dialect &dialect,
                             delivery::DeliveryEvents::Origin origin,
                             std::function<bool()> cancelled,
                             std::function<bool(const QString &)> reserveFile)
    : m_deliveryId(deliveryId)
    , m_now(now)
    , m_dialect(dialect)
    , m_origin(std::move(origin))
    , m_cancelled(std::move(cancelled))
    , m_reserveFile(std::move(reserveFile))
{}

Error ExtractionJob::fail(JobFailure kind, Error error)
{
    m_failure = kind;
    return error;
}

Error ExtractionJob::dbFailure(const Error &error)
{
    return fail(JobAttempts::failureOf(error), error);
}

Result<ExtractionJob::Summary> ExtractionJob::run(const QSqlDatabase &db)
{
    m_failure = JobFailure::None;
    auto delivery = lockDelivery(db);
    if (!delivery)
        return delivery.error();
    auto path = reservePath(db, delivery->pattern, delivery->label);
    if (!path)
        return path.error();
    // Personal data: mode 0600, and never written through a link.
    SecureSaveFile file(path.value());
    if (auto opened = file.open(); !opened)
        return fail(JobFailure::Transient, opened.error());
    Summary summary;
    summary.file = path.value();
    if (auto written = writeTargets(db, file, summary); !written)
        return written.error();
    if (auto recorded = recordExtraction(db, delivery->campaignId, summary); !recorded)
        return recorded.error();

    // Last: the rename. Everything before it can still roll back and leave
    // no file behind.
    if (auto committed = file.commit(); !committed)
        return fail(JobFailure::Transient, committed.error());
    return summary;
}

Result<ExtractionJob::Delivery> ExtractionJob::lockDelivery(const QSqlDatabase &db)
{
    // Row lock: see TargetingJob. "OF d": PostgreSQL locks no row of the
    // nullable side of an outer join.
    auto found = Sql::exec(
        db,
        QStringLiteral("SELECT d.status, d.label, d.service_id, s.extraction_file_pattern, "
                       "d.campaign_id FROM delivery d LEFT JOIN service s ON s.id = d.service_id "
                       "WHERE d.id = ?") +
            m_dialect.forUpdate({QStringLiteral("d")}),
        {m_deliveryId});
    if (!found)
        return dbFailure(found.error());
    if (!found->next())
        return fail(JobFailure::Stale,
                    makeError(Error::Code::NotFound,
                              tr("The delivery %1 does not exist any more.").arg(m_deliveryId)));
    const QString status = found->value(0).toString();
    const bool hasService = !found->isNull(2);
    Delivery delivery{found->value(1).toString(), found->value(3).toString(),
                      found->value(4).toLongLong()};
    found->finish();

    if (fromSql<DeliveryStatus>(status) != DeliveryStatus::ExtractionPending)
        return fail(JobFailure::Stale,
                    makeError(Error::Code::Failed,
                              tr("The delivery %1 is %2, no longer extraction_pending: nothing "
                                 "was extracted.")
                                  .arg(m_deliveryId)
                                  .arg(status)));
    if (!hasService)
        return fail(JobFailure::Permanent,
                    makeError(Error::Code::Failed,
                              tr("The direct-mail delivery %1 has no service provider's service: "
                                 "its file has no name pattern and no provider to go to. Choose "
                                 "a service for the delivery.")
                                  .arg(m_deliveryId)));
    return delivery;
}

Result<QString> ExtractionJob::reservePath(const QSqlDatabase &db, const QString &pattern,
                                           const QString &label)
{
    const QString name = ExtractionFileName::fromPattern(pattern, m_now, m_deliveryId, label);
    if (name.isEmpty() || name.contains(u'/') || name.contains(u'\\') || name == u"." ||
        name == u"..")
        return fail(JobFailure::Permanent,
                    makeError(Error::Code::Failed,
                              tr("The extraction file pattern \"%1\" gives \"%2\", which is not "
                                 "a plain file name. Correct the service's pattern.")
                                  .arg(pattern, name)));
    // Created 0700 if missing; outside the files root: the setting is
    // wrong, and retrying cannot help.
    auto directory = FilesRoot::extractionFolder(db, true);
    if (!directory)
        return fail(directory.errorCode() == Error::Code::Usage ? JobFailure::Permanent
                                                                : JobFailure::Transient,
                    directory.error());
    const QString path = directory.value() + u'/' + name;

    // Reserved first, then looked up: a job of this run that released the
    // name has committed, so the lookup sees its delivery.
    if (m_reserveFile && !m_reserveFile(path))
        return fail(JobFailure::Transient,
                    makeError(Error::Code::Failed,
                              tr("The file %1 is being written for another delivery by this run; "
                                 "the extraction is tried again on the next run.")
                                  .arg(path)));
    // Another delivery's file under the same name would be overwritten.
    auto taken = Sql::scalar(db,
                             QStringLiteral("SELECT id FROM delivery WHERE extraction_file = ? "
                                            "AND id <> ? ORDER BY id"),
                             {path, m_deliveryId});
    if (!taken)
        return dbFailure(taken.error());
    if (taken.value())
        return fail(
            JobFailure::Permanent,
            makeError(Error::Code::Failed,
                      tr("The file %1 is already the extraction file of the delivery %2: "
                         "the service's pattern \"%3\" gives the same name to both. Add "
                         "{delivery_id} to the pattern.")
                          .arg(path, QString::number(taken.value()->toLongLong()), pattern)));
    // A half-written file of this name that a crashed writer left under a
    // temporary name (the name is reserved: no job of this run writes it).
    SaveFileSweep::sweep(directory.value(), SaveFileSweep::nameRegex(name));
    return path;
}

Result<void> ExtractionJob::writeTargets(const QSqlDatabase &db, SecureSaveFile &file,
                                         Summary &summary)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer;
    buffer.reserve(kBufferBytes + 4096);
    auto flush = [&]() -> bool {
        hash.addData(buffer);
        const bool written = file.write(buffer);
        buffer.clear();
        return written;
    };
    auto writeFailed = [&]() {
        return fail(JobFailure::Transient,
                    makeError(Error::Code::Failed, tr("Cannot write the extraction file %1: %2")
                                                       .arg(summary.file, file.errorString())));
    };

    buffer += "id,first_name,last_name,address,postal_code,city,country\r\n";
    auto targets = Sql::exec(
        db,
        QStringLiteral("SELECT r.id, r.first_name, r.last_name, r.address, r.postal_code, "
                       "r.city, r.country FROM delivery_target t "
                       "JOIN recipient r ON r.id = t.recipient_id "
                       "WHERE t.delivery_id = ? ORDER BY r.id"),
        {m_deliveryId});
    if (!targets)
        return dbFailure(targets.error());
    QSqlQuery &query = targets.value();
    while (query.next()) {
        buffer += QByteArray::number(query.value(0).toLongLong());
        for (int column = 1; column <= 6; ++column) {
            buffer += ',';
            appendField(buffer, query.value(column));
        }
        buffer += "\r\n";
        ++summary.rows;
        if (buffer.size() >= kBufferBytes && !flush())
            return writeFailed();
        if (summary.rows % kCancelCheckRows == 0 && m_cancelled && m_cancelled())
            return fail(
                JobFailure::None,
                makeError(
                    Error::Code::Cancelled,
                    tr("The extraction of the delivery %1 was cancelled.").arg(m_deliveryId)));
    }
    // A query that stopped early (connection lost) ends like a complete one.
    if (query.lastError().isValid())
        return dbFailure(Sql::errorFrom(query.lastError(), query.lastQuery()));
    query.finish();
    if (!flush())
        return writeFailed();
    summary.sha256 = QString::fromLatin1(hash.result().toHex());
    return {};
}

Result<void> ExtractionJob::recordExtraction(const QSqlDatabase &db, qint64 campaignId,
                                             Summary &summary)
{
    auto required = Sql::scalar(db,
                                QStringLiteral("SELECT COUNT(*) FROM campaign_approval "
                                               "WHERE campaign_id = ? AND kind = 'extraction'"),
                                {campaignId});
    if (!required)
        return dbFailure(required.error());
    const bool approval = required.value() && required.value()->toLongLong() > 0;
    summary.status = approval ? DeliveryStatus::FileToApprove : DeliveryStatus::ProviderPending;
    if (approval) {
        if (auto asked = Sql::exec(
                db,
                QStringLiteral("INSERT INTO approval (delivery_id, kind, status, "
                               "reviewer_operator_id, reviewer_group_id, submitted_at) "
                               "SELECT CAST(? AS BIGINT), ca.kind, 'pending', "
                               "ca.reviewer_operator_id, ca.reviewer_group_id, CAST(? AS BIGINT) "
                               "FROM campaign_approval ca "
                               "WHERE ca.campaign_id = ? AND ca.kind = 'extraction' "
                               "AND NOT EXISTS (SELECT 1 FROM approval a WHERE a.delivery_id = ? "
                               "  AND a.kind = 'extraction' AND a.status = 'pending')"),
                {m_deliveryId, m_now, campaignId, m_deliveryId});
            !asked)
            return dbFailure(asked.error());
    }
    if (auto moved = Sql::exec(db,
                               QStringLiteral("UPDATE delivery SET extraction_file = ?, "
                                              "extraction_rows = ?, extraction_sha256 = ?, "
                                              "status = ?, last_error = NULL WHERE id = ?"),
                               {summary.file, summary.rows, summary.sha256,
                                QString(sqlName(summary.status)), m_deliveryId});
        !moved)
        return dbFailure(moved.error());
    if (auto recorded = delivery::DeliveryEvents::record(
            db, m_deliveryId, QStringLiteral("ExtractionDone"),
            tr("File %1 extracted: %n record(s).", nullptr, int(summary.rows))
                .arg(QFileInfo(summary.file).fileName()),
            m_now, m_origin);
        !recorded)
        return dbFailure(recorded.error());
    return {};
}

} // namespace campagna::operation
