#include "supplier/supplierworkflow.h"

#include "common/extractionfilename.h"
#include "common/filesroot.h"
#include "common/savefilesweep.h"
#include "common/securefile.h"
#include "db/database.h"
#include "db/sql.h"
#include "delivery/deliveryevents.h"
#include "delivery/deliverystates.h"
#include "notify/outbox.h"
#include "supplier/returnfile.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QSqlQuery>
#include <QTimeZone>

namespace campagna::supplier {

using db::Sql;
using delivery::DeliveryStatus;
using delivery::ProviderJobStatus;
using engine::JobAttempts;
using engine::JobFailure;
using engine::RunContext;

namespace {

const QString kFilesStep = QStringLiteral("files");
const QString kReturnsStep = QStringLiteral("returns");
const QString kDelivery = QStringLiteral("delivery");

// Copied in pieces of this size, hashed on the way.
constexpr qint64 kCopyBytes = 256 * 1024;
// Return-file rows inserted per statement (3 parameters each).
constexpr qsizetype kRowsPerInsert = 300;
// The size limit of a return file: the setting, in MB; 256 MB unless set.
const QString kMaxReturnSetting = QStringLiteral("supplier.return_file_max_mb");
constexpr qint64 kMegabyte = 1024 * 1024;
constexpr qint64 kDefaultMaxReturnMegabytes = 256;

QVariant nullBigint()
{
    return QVariant(QMetaType(QMetaType::LongLong));
}

QString utcText(qint64 at)
{
    return QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

bool plainFileName(const QString &name)
{
    return !name.isEmpty() && !name.contains(u'/') && !name.contains(u'\\') && name != u"." &&
           name != u"..";
}

// PostgreSQL: the job's and the delivery's rows stay locked until the unit
// commits, so that an operator cancelling the delivery waits for it.
QString lockSuffix(RunContext &context)
{
    return context.database().dialect().forUpdate({QStringLiteral("j"), QStringLiteral("d")});
}

// A link or a folder under the name counts as there, and is refused when
// it is opened.
bool present(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

} // namespace

struct SupplierWorkflow::PendingJob
{
    qint64 id = 0;
    qint64 deliveryId = 0;
    QString status; // the delivery's, as read
    QString label;
    QString extractionFile;
    QString expectedSha;
    qint64 rows = 0;
    bool hasService = false;
    QString supplier;
    QString email;
    QString dropDir;
};

struct SupplierWorkflow::ReturnPaths
{
    QString name; // of the return file
    QDir incoming;
    QString arrived; // incoming/<name>
    QString processedDir;
    QString processed; // incoming/processed/<name>
};

// What kept a return file from being taken: Malformed fails the job, File
// (a folder or file that cannot be read or moved) lets it wait.
struct SupplierWorkflow::ReturnProblem
{
    enum class Kind { None, Malformed, File };
    Kind kind = Kind::None;
    QString message;

    Error set(Kind problem, const QString &text)
    {
        kind = problem;
        message = text;
        return makeError(Error::Code::Failed, text);
    }
};

struct SupplierWorkflow::Job
{
    qint64 id = 0;
    qint64 deliveryId = 0;
    QString deliveryLabel;
    qint64 sentAt = 0;
    QString pattern;
    std::optional<qint64> timeout;
    QString dropDir;
    bool overdueRecorded = false;
    qint64 maxBytes = kDefaultMaxReturnMegabytes * kMegabyte;
};

struct SupplierWorkflow::Tally
{
    qint64 sent = 0, undeliverable = 0, strangers = 0;
    QStringList shown; // the first recipient ids that are not targets
};

struct SupplierWorkflow::Counts
{
    qint64 sent = 0, retried = 0, failed = 0;
    qint64 finished = 0, returns = 0, returnsFailed = 0, closed = 0, overdue = 0, waiting = 0;
};

Result<void> SupplierWorkflow::run(RunContext &context)
{
    Counts counts;
    if (auto ok = context.checkpoint(); !ok)
        return ok;
    if (auto done = sendFiles(context, counts); !done)
        return done;
    if (auto ok = context.checkpoint(); !ok)
        return ok;
    if (auto done = finishWithoutReturn(context, counts); !done)
        return done;
    if (auto ok = context.checkpoint(); !ok)
        return ok;
    return processReturns(context, counts);
}

// Step 1. The pending jobs are few (deliveries handed over since the last
// run); each gets its own unit, so a crash loses at most the one at hand.
Result<void> SupplierWorkflow::sendFiles(RunContext &context, Counts &counts)
{
    QList<qint64> jobs;
    auto pending = Sql::exec(
        context.connection(),
        QStringLiteral("SELECT id FROM provider_job WHERE status = 'pending' ORDER BY id"));
    if (!pending)
        return pending.error();
    while (pending->next())
        jobs.append(pending->value(0).toLongLong());
    pending->finish();

    qint64 done = 0;
    for (const qint64 jobId : std::as_const(jobs)) {
        if (done > 0) {
            if (auto ok = context.checkpoint(); !ok)
                return ok;
        }
        if (auto sent = sendFile(context, jobId, counts); !sent)
            return sent;
        context.setProgress(++done, jobs.size());
    }
    context.addItems(counts.sent + counts.retried + counts.failed);
    context.info(kFilesStep, tr("%n provider file(s) sent; %1 job(s) to be tried again, %2 "
                                "failed.",
                                nullptr, int(counts.sent))
                                 .arg(counts.retried)
                                 .arg(counts.failed));
    return {};
}

Result<void> SupplierWorkflow::sendFile(RunContext &context, qint64 jobId, Counts &counts)
{
    std::optional<Refusal> refused;
    qint64 deliveryId = 0;
    bool sent = false;
    const qint64 now = context.now();

    auto done = context.unit(kFilesStep, [&](QSqlDatabase &db) -> Result<void> {
        refused.reset();
        sent = false;
        auto job = readPendingJob(context, db, jobId);
        if (!job)
            return job.error();
        if (!job.value())
            return {}; // no longer pending: someone else dealt with it
        deliveryId = job.value()->deliveryId;
        auto refuse = [&](Refusal refusal) -> Result<void> {
            refused = std::move(refusal);
            return makeError(Error::Code::Failed, refused->message);
        };
        if (auto refusal = refusalOf(*job.value()))
            return refuse(*refusal);
        const HandOver copied =
            copyToSupplier(db, job.value()->extractionFile, job.value()->expectedSha,
                           job.value()->dropDir, job.value()->supplier);
        if (copied.failure != JobFailure::None)
            return refuse({copied.failure, copied.message});
        if (auto handed = handOver(context, db, *job.value(), copied, now); !handed)
            return handed;
        sent = true;
        return {};
    });
    if (done) {
        counts.sent += sent ? 1 : 0;
        return {};
    }
    if (!refused)
        return done; // the database's fault: the run's
    return recordFailure(context, jobId, deliveryId, refused->failure, refused->message, false,
                         counts);
}

// The job and what its hand-over needs, locked; nullopt when the job is no
// longer pending.
Result<std::optional<SupplierWorkflow::PendingJob>>
SupplierWorkflow::readPendingJob(RunContext &context, const QSqlDatabase &db, qint64 jobId)
{
    auto found = Sql::exec(
        db,
        QStringLiteral("SELECT j.status, d.id, d.status, d.label, d.extraction_file, "
                       "d.extraction_sha256, d.extraction_rows, sv.id, s.label, s.email, "
                       "s.drop_dir FROM provider_job j JOIN delivery d ON d.id = j.delivery_id "
                       "LEFT JOIN service sv ON sv.id = COALESCE(j.service_id, d.service_id) "
                       "LEFT JOIN supplier s ON s.id = sv.supplier_id WHERE j.id = ?") +
            lockSuffix(context),
        {jobId});
    if (!found)
        return found.error();
    if (!found->next() ||
        fromSql<ProviderJobStatus>(found->value(0).toString()) != ProviderJobStatus::Pending)
        return std::optional<PendingJob>();
    PendingJob job;
    job.id = jobId;
    job.deliveryId = found->value(1).toLongLong();
    job.status = found->value(2).toString();
    job.label = found->value(3).toString();
    job.extractionFile = found->value(4).toString();
    job.expectedSha = found->value(5).toString().trimmed().toLower();
    job.rows = found->value(6).toLongLong();
    job.hasService = !found->isNull(7);
    job.supplier = found->value(8).toString();
    job.email = found->value(9).toString().trimmed();
    job.dropDir = found->value(10).toString().trimmed();
    found->finish();
    return std::optional<PendingJob>(job);
}

// Why the job's file cannot be sent, before any file is touched; nullopt
// when nothing stands in the way.
std::optional<SupplierWorkflow::Refusal> SupplierWorkflow::refusalOf(const PendingJob &job)
{
    if (fromSql<DeliveryStatus>(job.status) != DeliveryStatus::ProviderPending)
        return Refusal{JobFailure::Stale,
                       tr("The delivery %1 is %2, no longer provider_pending: no file was sent.")
                           .arg(job.deliveryId)
                           .arg(job.status)};
    if (!job.hasService)
        return Refusal{JobFailure::Permanent,
                       tr("The delivery %1 has no service provider's service: there is no "
                          "supplier to send its file to. Choose a service for the delivery.")
                           .arg(job.deliveryId)};
    if (job.email.isEmpty() || job.dropDir.isEmpty())
        return Refusal{JobFailure::Permanent,
                       job.email.isEmpty() && job.dropDir.isEmpty()
                           ? tr("The supplier \"%1\" has neither an e-mail address nor a drop "
                                "folder: the file cannot be sent. Complete the supplier.")
                                 .arg(job.supplier)
                       : job.email.isEmpty()
                           ? tr("The supplier \"%1\" has no e-mail address: the file cannot be "
                                "announced to it. Complete the supplier.")
                                 .arg(job.supplier)
                           : tr("The supplier \"%1\" has no drop folder (drop_dir): the file "
                                "cannot be handed over. Complete the supplier.")
                                 .arg(job.supplier)};
    if (job.extractionFile.isEmpty() || job.expectedSha.isEmpty())
        return Refusal{JobFailure::Permanent,
                       tr("The delivery %1 has no extraction file (or no checksum of it): "
                          "extract it again.")
                           .arg(job.deliveryId)};
    return std::nullopt;
}

// The file copied: the supplier's notification queued, the job file_sent,
// the delivery sent_to_provider, its event and the journal line.
Result<void> SupplierWorkflow::handOver(RunContext &context, const QSqlDatabase &db,
                                        const PendingJob &job, const HandOver &copied, qint64 now)
{
    const QString &target = copied.target;
    const QString &sha = job.expectedSha;
    notify::Outbox::Message message;
    message.kind = QStringLiteral("provider_file");
    message.dedupKey = QStringLiteral("provider-file:%1").arg(job.id);
    message.recipientEmail = job.email;
    // The extraction file itself: the outbox attaches only files of the
    // extraction folder, never one of a folder the supplier writes to.
    message.attachmentPath = copied.source;
    const QString fileName = QFileInfo(target).fileName();
    message.subject = tr("Direct-mail file %1 for the delivery \"%2\"").arg(fileName, job.label);
    message.body =
        tr("Hello,\n\nattached is the file %1 of the direct-mail delivery \"%2\" (number %3): "
           "%n record(s).\nIt is also in your drop folder: %4\nSHA-256: %5\n\nPlease process "
           "it and send back the return file, if one is agreed, to the incoming folder.\n\n"
           "Campagna",
           nullptr, int(job.rows))
            .arg(fileName, job.label, QString::number(job.deliveryId), target, sha);
    if (auto queued = notify::Outbox::queue(db, message, now); !queued)
        return queued.error();

    if (auto marked =
            Sql::exec(db,
                      QStringLiteral("UPDATE provider_job SET status = 'file_sent', file_path = ?, "
                                     "file_sha256 = ?, sent_at = ?, attempts = attempts + 1, "
                                     "error = NULL WHERE id = ?"),
                      {target, sha, now, job.id});
        !marked)
        return marked.error();
    // A last_error left by an earlier failure of this hand-over is over.
    if (auto moved = Sql::exec(db,
                               QStringLiteral("UPDATE delivery SET status = "
                                              "'sent_to_provider', last_error = NULL "
                                              "WHERE id = ?"),
                               {job.deliveryId});
        !moved)
        return moved.error();
    const QString what =
        tr("File %1 sent to the supplier \"%2\" (%3).").arg(fileName, job.supplier, job.email);
    if (auto recorded =
            delivery::DeliveryEvents::record(db, job.deliveryId, QStringLiteral("ProviderFileSent"),
                                             what, now, {context.workflow(), context.runId()});
        !recorded)
        return recorded;
    context.info(kFilesStep,
                 tr("Delivery %1: %2; now sent_to_provider.").arg(job.deliveryId).arg(what),
                 kDelivery, job.deliveryId);
    return {};
}

// In its own small unit: the job's unit rolled back.
Result<void> SupplierWorkflow::recordFailure(RunContext &context, qint64 jobId, qint64 deliveryId,
                                             JobFailure failure, const QString &message,
                                             bool returnFile, Counts &counts)
{
    bool final = true;
    int attempts = 0;
    auto recorded =
        context.unit(returnFile ? kReturnsStep : kFilesStep, [&](QSqlDatabase &db) -> Result<void> {
            const qint64 now = context.now();
            // Only step 1 counts attempts; a return file's problem needs a
            // person (the file is left where it is for inspection).
            auto current = Sql::scalar(
                db, QStringLiteral("SELECT attempts FROM provider_job WHERE id = ?"), {jobId});
            if (!current)
                return current.error();
            attempts = (current.value() ? current.value()->toInt() : 0) + (returnFile ? 0 : 1);
            final = JobAttempts::isFinal(failure, attempts);
            auto updated = Sql::exec(
                db,
                QStringLiteral("UPDATE provider_job SET status = ?, attempts = ?, error = ?, "
                               "finished_at = ? WHERE id = ?"),
                {QString(sqlName(final ? ProviderJobStatus::Failed : ProviderJobStatus::Pending)),
                 attempts, message, final ? QVariant(now) : nullBigint(), jobId});
            if (!updated)
                return updated.error();
            const QString step = returnFile ? kReturnsStep : kFilesStep;
            if (!final) {
                context.warning(
                    step,
                    tr("Provider job %1 of the delivery %2 failed, attempt %3 of %4; it "
                       "will be tried again on the next run: %5")
                        .arg(jobId)
                        .arg(deliveryId)
                        .arg(attempts)
                        .arg(JobAttempts::kRetry.maxAttempts)
                        .arg(message),
                    kDelivery, deliveryId);
                return {};
            }
            if (failure == JobFailure::Stale) {
                context.warning(
                    step,
                    tr("Provider job %1 of the delivery %2 was closed without effect: %3")
                        .arg(jobId)
                        .arg(deliveryId)
                        .arg(message),
                    kDelivery, deliveryId);
                return {};
            }
            const QString lastError = returnFile ? tr("Provider return failed: %1").arg(message)
                                                 : tr("Provider file failed: %1").arg(message);
            if (auto marked = Sql::exec(db,
                                        QStringLiteral("UPDATE delivery SET last_error = ? "
                                                       "WHERE id = ?"),
                                        {lastError, deliveryId});
                !marked)
                return marked.error();
            if (auto event = delivery::DeliveryEvents::record(
                    db, deliveryId,
                    returnFile ? QStringLiteral("ProviderReturnFailed")
                               : QStringLiteral("ProviderFileFailed"),
                    lastError, now, {context.workflow(), context.runId()});
                !event)
                return event;
            context.warning(
                step,
                attempts > 1 && !returnFile
                    ? tr("Provider job %1 of the delivery %2 failed after %3 attempts: %4")
                          .arg(jobId)
                          .arg(deliveryId)
                          .arg(attempts)
                          .arg(message)
                    : tr("Provider job %1 of the delivery %2 failed: %3")
                          .arg(jobId)
                          .arg(deliveryId)
                          .arg(message),
                kDelivery, deliveryId);
            return {};
        });
    if (!recorded)
        return recorded;
    if (returnFile) {
        ++counts.returnsFailed;
        context.addItems(1);
    } else
        ++(final ? counts.failed : counts.retried);
    return {};
}

// The extraction file, read only inside the extraction folder and never
// through a link, copied to the supplier's outgoing folder inside the files
// root; the copy is hashed as it is written and renamed into place only
// with the expected checksum.
SupplierWorkflow::HandOver SupplierWorkflow::copyToSupplier(const QSqlDatabase &db,
                                                            const QString &extractionFile,
                                                            const QString &expectedSha,
                                                            const QString &dropDir,
                                                            const QString &supplier)
{
    HandOver result;
    auto failed = [&result](JobFailure kind, const QString &message) {
        result.failure = kind;
        result.message = message;
        return result;
    };
    auto kindOf = [](const Error &error) {
        return error.code == Error::Code::Usage ? JobFailure::Permanent : JobFailure::Transient;
    };
    auto folder = FilesRoot::extractionFolder(db, false);
    if (!folder)
        return failed(kindOf(folder.error()), folder.errorMessage());
    if (!QFileInfo::exists(extractionFile) && !QFileInfo(extractionFile).isSymLink())
        return failed(JobFailure::Permanent,
                      tr("The extraction file %1 was lost: it no longer exists. Extract the "
                         "delivery again.")
                          .arg(extractionFile));
    if (!FilesRoot::contains(folder.value(), extractionFile))
        return failed(JobFailure::Permanent,
                      tr("The extraction file %1 is not inside the extraction folder %2: it is "
                         "not sent. Extract the delivery again.")
                          .arg(extractionFile, folder.value()));
    auto source = SecureFile::openForReading(extractionFile);
    if (!source)
        return failed(kindOf(source.error()), source.errorMessage());
    auto outgoing = FilesRoot::folder(
        dropDir + QStringLiteral("/outgoing"),
        tr("the drop folder (drop_dir) of the supplier \"%1\"").arg(supplier), true);
    if (!outgoing)
        return failed(kindOf(outgoing.error()), outgoing.errorMessage());
    result.source = QFileInfo(extractionFile).canonicalFilePath();
    result.target = outgoing.value() + u'/' + QFileInfo(extractionFile).fileName();
    // A half-written copy that a crashed run left under a temporary name.
    SaveFileSweep::sweep(outgoing.value(),
                         SaveFileSweep::nameRegex(QFileInfo(result.target).fileName()));
    SecureSaveFile copy(result.target);
    if (auto opened = copy.open(); !opened)
        return failed(JobFailure::Transient, opened.errorMessage());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QFile &file = *source.value();
    while (!file.atEnd()) {
        const QByteArray piece = file.read(kCopyBytes);
        if (piece.isEmpty() && file.error() != QFileDevice::NoError)
            return failed(JobFailure::Transient, tr("Cannot read the extraction file %1: %2")
                                                  .arg(extractionFile, file.errorString()));
        hash.addData(piece);
        if (!copy.write(piece))
            return failed(JobFailure::Transient,
                          tr("Cannot write %1: %2").arg(result.target, copy.errorString()));
    }
    const QString sha = QString::fromLatin1(hash.result().toHex());
    if (sha != expectedSha)
        return failed(JobFailure::Permanent,
                      tr("The extraction file %1 was changed since it was extracted: its "
                         "SHA-256 is %2, not %3. Extract the delivery again.")
                          .arg(extractionFile, sha, expectedSha));
    if (auto committed = copy.commit(); !committed)
        return failed(JobFailure::Transient, committed.errorMessage());
    return result;
}

// Step 2, set-based: jobs whose delivery no longer waits for them are
// closed; without a return file pattern the messages count as sent.
Result<void> SupplierWorkflow::finishWithoutReturn(RunContext &context, Counts &counts)
{
    const qint64 now = context.now();
    return context.unit(kReturnsStep, [&](QSqlDatabase &db) -> Result<void> {
        counts.closed = 0;
        counts.finished = 0;
        auto closed = Sql::update(
            db,
            QStringLiteral("UPDATE provider_job SET status = 'failed', finished_at = ?, "
                           "error = ? WHERE status = 'file_sent' AND EXISTS (SELECT 1 FROM "
                           "delivery d WHERE d.id = provider_job.delivery_id "
                           "AND d.status <> 'sent_to_provider')"),
            {now, tr("The delivery no longer waits for its provider (it was cancelled or moved "
                     "on by someone else): the job was closed without effect.")});
        if (!closed)
            return closed.error();
        if (closed.value() > 0)
            context.warning(kReturnsStep,
                            tr("%n provider job(s) closed: their delivery was no longer "
                               "sent_to_provider.",
                               nullptr, int(closed.value())));

        const QString noPattern = QStringLiteral(
            "SELECT j.delivery_id FROM provider_job j JOIN delivery d ON d.id = j.delivery_id "
            "LEFT JOIN service sv ON sv.id = COALESCE(j.service_id, d.service_id) "
            "WHERE j.status = 'file_sent' AND d.status = 'sent_to_provider' "
            "AND (sv.return_file_pattern IS NULL OR TRIM(sv.return_file_pattern) = '')");
        // The message holds each delivery's figure: %1 is replaced in SQL.
        auto events = delivery::DeliveryEvents::recordEach(
            db, QStringLiteral("DeliveryFinished"),
            QStringLiteral("SELECT dd.id AS delivery_id, REPLACE(CAST(? AS TEXT), '%1', "
                           "COALESCE(CAST(dd.extraction_rows AS TEXT), '?')) AS message "
                           "FROM delivery dd WHERE dd.id IN (") +
                noPattern + QStringLiteral(")"),
            {tr("No return file is expected from the provider: the messages of the file "
                "count as sent (%1); the delivery is finished.")},
            now, {context.workflow(), context.runId()});
        if (!events)
            return events.error();
        auto finished =
            Sql::update(db, QStringLiteral("UPDATE delivery SET sent_count = extraction_rows, "
                                           "status = 'finished' WHERE id IN (") +
                                noPattern + QStringLiteral(")"));
        if (!finished)
            return finished.error();
        auto done = Sql::update(db,
                                QStringLiteral("UPDATE provider_job SET status = 'done', "
                                               "finished_at = ?, error = NULL "
                                               "WHERE status = 'file_sent' AND EXISTS (SELECT 1 "
                                               "FROM delivery d WHERE d.id = "
                                               "provider_job.delivery_id AND d.status = "
                                               "'finished')"),
                                {now});
        if (!done)
            return done.error();
        counts.closed = closed.value();
        counts.finished = done.value();
        context.addItems(closed.value() + done.value());
        return {};
    });
}

Result<void> SupplierWorkflow::processReturns(RunContext &context, Counts &counts)
{
    // The jobs waiting for a return file: the deliveries with their
    // provider now, a small set.
    QList<Job> jobs;
    auto waiting = Sql::exec(
        context.connection(),
        QStringLiteral(
            "SELECT j.id, j.delivery_id, d.label, j.sent_at, sv.return_file_pattern, "
            "sv.return_timeout_s, s.drop_dir, "
            "(SELECT COUNT(*) FROM delivery_event e WHERE e.delivery_id = j.delivery_id "
            "  AND e.reason = 'ProviderReturnOverdue' AND e.last_at >= j.sent_at) "
            "FROM provider_job j JOIN delivery d ON d.id = j.delivery_id "
            "JOIN service sv ON sv.id = COALESCE(j.service_id, d.service_id) "
            "LEFT JOIN supplier s ON s.id = sv.supplier_id "
            "WHERE j.status = 'file_sent' AND d.status = 'sent_to_provider' "
            "AND sv.return_file_pattern IS NOT NULL AND TRIM(sv.return_file_pattern) <> '' "
            "ORDER BY j.id"));
    if (!waiting)
        return waiting.error();
    auto limit = returnFileLimit(context);
    if (!limit)
        return limit.error();
    while (waiting->next()) {
        const QSqlQuery &q = waiting.value();
        Job job;
        job.id = q.value(0).toLongLong();
        job.deliveryId = q.value(1).toLongLong();
        job.deliveryLabel = q.value(2).toString();
        job.sentAt = q.value(3).toLongLong();
        job.pattern = q.value(4).toString().trimmed();
        if (!q.isNull(5))
            job.timeout = q.value(5).toLongLong();
        job.dropDir = q.value(6).toString().trimmed();
        job.overdueRecorded = q.value(7).toLongLong() > 0;
        job.maxBytes = limit.value();
        jobs.append(job);
    }
    waiting->finish();

    for (const Job &job : std::as_const(jobs)) {
        if (auto ok = context.checkpoint(); !ok)
            return ok;
        if (auto done = processReturn(context, job, counts); !done)
            return done;
    }
    context.info(kReturnsStep,
                 tr("%n delivery(ies) finished without a return file; %1 return file(s) "
                    "processed, %2 failed; %3 overdue, %4 still awaited; %5 job(s) closed.",
                    nullptr, int(counts.finished))
                     .arg(counts.returns)
                     .arg(counts.returnsFailed)
                     .arg(counts.overdue)
                     .arg(counts.waiting)
                     .arg(counts.closed));
    return {};
}

// The setting supplier.return_file_max_mb in bytes; not a whole number of
// 1 or more: the default, with a warning.
Result<qint64> SupplierWorkflow::returnFileLimit(RunContext &context)
{
    auto value =
        Sql::scalar(context.connection(), QStringLiteral("SELECT value FROM setting WHERE key = ?"),
                    {kMaxReturnSetting});
    if (!value)
        return value.error();
    if (!value.value() || value.value()->isNull())
        return kDefaultMaxReturnMegabytes * kMegabyte;
    const QString text = value.value()->toString().trimmed();
    bool ok = false;
    const qint64 megabytes = text.toLongLong(&ok);
    // At most 1 TB: a larger figure is a typing error, not a file size.
    if (ok && megabytes >= 1 && megabytes <= 1024 * 1024)
        return megabytes * kMegabyte;
    context.warning(kReturnsStep, tr("The setting %1 is \"%2\", not a whole number of megabytes "
                                     "from 1 to 1048576: return files of up to %3 MB are read "
                                     "instead.")
                                      .arg(kMaxReturnSetting, text)
                                      .arg(kDefaultMaxReturnMegabytes));
    return kDefaultMaxReturnMegabytes * kMegabyte;
}

// The rows of a return file read line by line into a temporary table and
// counted there, so that memory does not grow with the file. `malformed`
// gets "line N: ..." when the file is not well formed, a recipient listed
// twice included.
Result<SupplierWorkflow::Tally> SupplierWorkflow::tallyReturn(const QSqlDatabase &db,
                                                              QIODevice &file, qint64 deliveryId,
                                                              QString &malformed)
{
    for (const QString &sql :
         {QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS return_row (recipient_id BIGINT NOT "
                         "NULL, sent INTEGER NOT NULL, line INTEGER NOT NULL)"),
          QStringLiteral("CREATE INDEX IF NOT EXISTS return_row_recipient ON return_row "
                         "(recipient_id)"),
          QStringLiteral("DELETE FROM return_row")}) {
        if (auto done = Sql::exec(db, sql); !done)
            return done.error();
    }
    QVariantList batch;
    auto insert = [&]() -> Result<void> {
        if (batch.isEmpty())
            return {};
        QStringList rows(batch.size() / 3, QStringLiteral("(?, ?, ?)"));
        auto inserted =
            Sql::exec(db,
                      QStringLiteral("INSERT INTO return_row (recipient_id, sent, line) VALUES ") +
                          rows.join(QStringLiteral(", ")),
                      batch);
        batch.clear();
        if (!inserted)
            return inserted.error();
        return {};
    };
    ReturnFile::Reader reader(file);
    ReturnFile::Row row;
    while (reader.next(row)) {
        batch << row.recipientId << (row.status == ReturnFile::Status::Sent ? 1 : 0) << row.line;
        if (batch.size() >= kRowsPerInsert * 3) {
            if (auto done = insert(); !done)
                return done.error();
        }
    }
    if (!reader.ok()) {
        malformed = reader.errorMessage();
        return Tally{};
    }
    if (auto done = insert(); !done)
        return done.error();

    auto twice = Sql::exec(db, QStringLiteral("SELECT r.line, r.recipient_id, MIN(p.line) "
                                              "FROM return_row r JOIN return_row p "
                                              "ON p.recipient_id = r.recipient_id "
                                              "AND p.line < r.line "
                                              "GROUP BY r.line, r.recipient_id "
                                              "ORDER BY r.line LIMIT 1"));
    if (!twice)
        return twice.error();
    if (twice->next()) {
        malformed = ReturnFile::duplicateMessage(
            twice->value(0).toInt(), twice->value(1).toLongLong(), twice->value(2).toInt());
        return Tally{};
    }
    return countReturn(db, deliveryId);
}

// Of the rows of return_row: the delivery's targets sent and undeliverable,
// and the recipients that are not its targets.
Result<SupplierWorkflow::Tally> SupplierWorkflow::countReturn(const QSqlDatabase &db,
                                                              qint64 deliveryId)
{
    Tally tally;
    auto counted = Sql::exec(
        db,
        QStringLiteral("SELECT COUNT(*), COUNT(t.recipient_id), "
                       "COALESCE(SUM(CASE WHEN t.recipient_id IS NULL THEN 0 ELSE r.sent END), 0) "
                       "FROM return_row r LEFT JOIN delivery_target t "
                       "ON t.delivery_id = ? AND t.recipient_id = r.recipient_id"),
        {deliveryId});
    if (!counted)
        return counted.error();
    if (counted->next()) {
        const qint64 all = counted->value(0).toLongLong();
        const qint64 targets = counted->value(1).toLongLong();
        tally.sent = counted->value(2).toLongLong();
        tally.undeliverable = targets - tally.sent;
        tally.strangers = all - targets;
    }
    counted->finish();
    if (tally.strangers > 0) {
        auto shown = Sql::exec(db,
                               QStringLiteral("SELECT r.recipient_id FROM return_row r "
                                              "WHERE NOT EXISTS (SELECT 1 FROM delivery_target t "
                                              "  WHERE t.delivery_id = ? "
                                              "  AND t.recipient_id = r.recipient_id) "
                                              "ORDER BY r.line LIMIT %1")
                                   .arg(kShownIds),
                               {deliveryId});
        if (!shown)
            return shown.error();
        while (shown->next())
            tally.shown.append(QString::number(shown->value(0).toLongLong()));
    }
    if (auto emptied = Sql::exec(db, QStringLiteral("DELETE FROM return_row")); !emptied)
        return emptied.error();
    return tally;
}

Result<void> SupplierWorkflow::processReturn(RunContext &context, const Job &job, Counts &counts)
{
    const qint64 now = context.now();
    auto paths = locateReturn(context, job, counts);
    if (!paths)
        return paths.error();
    if (!paths.value())
        return {};
    // Moved by a run that died before it committed: processed/ has it.
    if (!present(paths.value()->arrived) && !present(paths.value()->processed))
        return awaitReturn(context, job, *paths.value(), now, counts);
    return takeReturn(context, job, *paths.value(), now, counts);
}

// Where the job's return file is looked for; nullopt when it cannot be
// (the job failed, or the folder waits for the next run).
Result<std::optional<SupplierWorkflow::ReturnPaths>>
SupplierWorkflow::locateReturn(RunContext &context, const Job &job, Counts &counts)
{
    const auto none = std::optional<ReturnPaths>();
    // {date}, should a pattern use it, is the day the file was sent.
    const QString name =
        ExtractionFileName::fromPattern(job.pattern, job.sentAt, job.deliveryId, job.deliveryLabel);
    auto failed = [&](const QString &message) -> Result<std::optional<ReturnPaths>> {
        if (auto recorded = recordFailure(context, job.id, job.deliveryId, JobFailure::Permanent,
                                          message, true, counts);
            !recorded)
            return recorded.error();
        return none;
    };
    if (!plainFileName(name))
        return failed(tr("The return file pattern \"%1\" gives \"%2\", which is not a "
                         "plain file name. Correct the service's pattern.")
                          .arg(job.pattern, name));
    if (job.dropDir.isEmpty())
        return failed(tr("The supplier has no drop folder (drop_dir) any more: the return "
                         "file %1 cannot be looked for. Complete the supplier.")
                          .arg(name));

    // Inside the files root, or the job fails naming drop_dir. Not
    // created: a missing folder is a return not come yet.
    auto incomingFolder = FilesRoot::folder(
        job.dropDir + QStringLiteral("/incoming"),
        tr("the drop folder (drop_dir) of the supplier of the delivery %1").arg(job.deliveryId),
        false);
    if (!incomingFolder) {
        if (incomingFolder.errorCode() == Error::Code::Usage)
            return failed(incomingFolder.errorMessage());
        // Something in the way of the folder may be moved: the job waits.
        context.warning(kReturnsStep,
                        tr("Delivery %1: %2 The next run tries again.")
                            .arg(job.deliveryId)
                            .arg(incomingFolder.errorMessage()),
                        kDelivery, job.deliveryId);
        return none;
    }
    ReturnPaths paths;
    paths.name = name;
    paths.incoming = QDir(incomingFolder.value());
    paths.arrived = paths.incoming.filePath(name);
    paths.processedDir = paths.incoming.filePath(QStringLiteral("processed"));
    paths.processed = paths.processedDir + u'/' + name;
    return std::optional<ReturnPaths>(paths);
}

// No return file yet: awaited, or overdue after the service's timeout.
Result<void> SupplierWorkflow::awaitReturn(RunContext &context, const Job &job,
                                           const ReturnPaths &paths, qint64 now, Counts &counts)
{
    if (!job.timeout || now < job.sentAt + *job.timeout) {
        ++counts.waiting;
        return {};
    }
    ++counts.overdue;
    const QString message =
        tr("No return file %1 in %2: the file was sent on %3, its return was expected by %4.")
            .arg(paths.name, paths.incoming.path(), utcText(job.sentAt),
                 utcText(job.sentAt + *job.timeout));
    // The event once per sending; the warning on every run that sees
    // it, so the journal of each run says what is stalled.
    context.warning(kReturnsStep, tr("Delivery %1: %2").arg(job.deliveryId).arg(message), kDelivery,
                    job.deliveryId);
    if (job.overdueRecorded)
        return {};
    return context.unit(kReturnsStep, [&](QSqlDatabase &db) -> Result<void> {
        return delivery::DeliveryEvents::record(db, job.deliveryId,
                                                QStringLiteral("ProviderReturnOverdue"), message,
                                                now, {context.workflow(), context.runId()});
    });
}

// The return file there: read and counted, the delivery finished and the
// file moved to processed/, in one unit; what went wrong with the file
// decides whether the job fails or waits.
Result<void> SupplierWorkflow::takeReturn(RunContext &context, const Job &job,
                                          const ReturnPaths &paths, qint64 now, Counts &counts)
{
    ReturnProblem problem;
    bool finished = false;
    auto done = context.unit(kReturnsStep, [&](QSqlDatabase &db) -> Result<void> {
        problem = ReturnProblem();
        finished = false;
        auto taken = finishFromReturn(context, db, job, paths, now, problem);
        if (!taken)
            return taken.error();
        finished = taken.value();
        return {};
    });
    if (done) {
        if (finished) {
            ++counts.returns;
            context.addItems(1);
        }
        return {};
    }
    switch (problem.kind) {
    case ReturnProblem::Kind::None:
        return done; // the database's fault: the run's
    case ReturnProblem::Kind::File:
        // The folder may come back: the job waits, and the next run tries
        // again.
        context.warning(kReturnsStep,
                        tr("Delivery %1: %2 The next run tries again.")
                            .arg(job.deliveryId)
                            .arg(problem.message),
                        kDelivery, job.deliveryId);
        return {};
    case ReturnProblem::Kind::Malformed:
        return recordFailure(context, job.id, job.deliveryId, JobFailure::Permanent,
                             problem.message, true, counts);
    }
    return done;
}

// Inside the unit: false when the job no longer waits for its return.
Result<bool> SupplierWorkflow::finishFromReturn(RunContext &context, const QSqlDatabase &db,
                                                const Job &job, const ReturnPaths &paths,
                                                qint64 now, ReturnProblem &problem)
{
    auto still = Sql::exec(db,
                           QStringLiteral("SELECT j.status, d.status FROM provider_job j "
                                          "JOIN delivery d ON d.id = j.delivery_id "
                                          "WHERE j.id = ?") +
                               lockSuffix(context),
                           {job.id});
    if (!still)
        return still.error();
    if (!still->next() ||
        fromSql<ProviderJobStatus>(still->value(0).toString()) != ProviderJobStatus::FileSent ||
        fromSql<DeliveryStatus>(still->value(1).toString()) != DeliveryStatus::SentToProvider)
        return false;
    still->finish();

    // Looked at again on every attempt of the unit: an attempt that
    // moved the file and then failed to commit leaves it in processed/.
    const bool here = present(paths.arrived);
    auto tally = readReturn(db, job, here ? paths.arrived : paths.processed, problem);
    if (!tally)
        return tally.error();
    if (auto recorded = recordReturn(context, db, job, paths, tally.value(), now); !recorded)
        return recorded.error();
    // Last, just before the commit: a failed move rolls all this back.
    if (here) {
        if (auto moved = moveToProcessed(paths, problem); !moved)
            return moved.error();
    }
    return true;
}

// The return file opened within its size limit and tallied; a file refused
// or malformed sets `problem` and fails.
Result<SupplierWorkflow::Tally> SupplierWorkflow::readReturn(const QSqlDatabase &db, const Job &job,
                                                             const QString &source,
                                                             ReturnProblem &problem)
{
    if (QFileInfo(source).size() > job.maxBytes)
        return problem.set(ReturnProblem::Kind::Malformed,
                           tr("The return file %1 has %2 bytes, more than the limit of %3 MB "
                              "(setting %4). It stays where it is, for inspection.")
                               .arg(source)
                               .arg(QFileInfo(source).size())
                               .arg(job.maxBytes / kMegabyte)
                               .arg(kMaxReturnSetting));
    auto opened = SecureFile::openForReading(source, job.maxBytes);
    if (!opened)
        return problem.set(opened.errorCode() == Error::Code::Usage ? ReturnProblem::Kind::Malformed
                                                                    : ReturnProblem::Kind::File,
                           tr("The return file is refused: %1 It stays where it is, for "
                              "inspection.")
                               .arg(opened.errorMessage()));
    QString malformed;
    auto tally = tallyReturn(db, *opened.value(), job.deliveryId, malformed);
    if (!tally)
        return tally.error();
    if (!malformed.isEmpty())
        return problem.set(ReturnProblem::Kind::Malformed,
                           tr("The return file %1 is malformed at %2 It stays "
                              "where it is, for inspection.")
                               .arg(source, malformed));
    return tally;
}

// The delivery finished with the targets the file counts as sent, the job
// done, the event and the journal lines.
Result<void> SupplierWorkflow::recordReturn(RunContext &context, const QSqlDatabase &db,
                                            const Job &job, const ReturnPaths &paths,
                                            const Tally &tally, qint64 now)
{
    if (auto marked = Sql::exec(db,
                                QStringLiteral("UPDATE delivery SET sent_count = ?, "
                                               "status = 'finished', last_error = NULL "
                                               "WHERE id = ?"),
                                {tally.sent, job.deliveryId});
        !marked)
        return marked.error();
    if (auto closed = Sql::exec(db,
                                QStringLiteral("UPDATE provider_job SET status = 'done', "
                                               "finished_at = ?, return_file = ?, "
                                               "error = NULL WHERE id = ?"),
                                {now, paths.processed, job.id});
        !closed)
        return closed.error();
    const QString what = tr("Return file %1: %2 sent, %3 undeliverable; the delivery is "
                            "finished.")
                             .arg(paths.name)
                             .arg(tally.sent)
                             .arg(tally.undeliverable);
    if (auto event = delivery::DeliveryEvents::record(
            db, job.deliveryId, QStringLiteral("ProviderReturnProcessed"), what, now,
            {context.workflow(), context.runId()});
        !event)
        return event;
    context.info(kReturnsStep, tr("Delivery %1: %2").arg(job.deliveryId).arg(what), kDelivery,
                 job.deliveryId);
    if (tally.strangers > 0)
        context.warning(
            kReturnsStep,
            tr("The return file %1 of the delivery %2 names %n recipient(s) that "
               "are not targets of the delivery; they are not counted (%3%4).",
               nullptr, int(tally.strangers))
                .arg(paths.name)
                .arg(job.deliveryId)
                .arg(tally.shown.join(QStringLiteral(", ")))
                .arg(tally.strangers > tally.shown.size() ? QStringLiteral(", …") : QString()),
            kDelivery, job.deliveryId);
    return {};
}

// incoming/<name> moved to incoming/processed/, replacing an earlier file
// of the same name.
Result<void> SupplierWorkflow::moveToProcessed(const ReturnPaths &paths, ReturnProblem &problem)
{
    // Made 0700 inside the files root; a link named processed that
    // leads out of it is refused.
    auto made =
        FilesRoot::folder(paths.processedDir, tr("the folder for processed return files"), true);
    if (!made)
        return problem.set(made.errorCode() == Error::Code::Usage ? ReturnProblem::Kind::Malformed
                                                                  : ReturnProblem::Kind::File,
                           made.errorMessage());
    if ((QFileInfo::exists(paths.processed) || QFileInfo(paths.processed).isSymLink()) &&
        !QFile::remove(paths.processed))
        return problem.set(
            ReturnProblem::Kind::File,
            tr("Cannot replace %1, an earlier return file of the same name.").arg(paths.processed));
    QFile moving(paths.arrived);
    if (!moving.rename(paths.processed))
        return problem.set(ReturnProblem::Kind::File,
                           tr("Cannot move the return file %1 to %2: %3")
                               .arg(paths.arrived, paths.processedDir, moving.errorString()));
    return {};
}

} // namespace campagna::supplier
