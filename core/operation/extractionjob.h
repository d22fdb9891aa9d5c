#pragma once

#include "common/result.h"
#include "db/dialect.h"
#include "delivery/deliveryevents.h"
#include "delivery/deliverystates.h"
#include "engine/jobattempts.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace campagna {
class SecureSaveFile;
}

namespace campagna::operation {

// One extraction job of operationMgt (03-workflows.md, step 3): writes a
// direct-mail delivery's targets as the file for its service provider.
//
// The file: CSV, UTF-8, RFC 4180 (a field with a quote, a comma, CR or LF
// is quoted, quotes doubled; NULL is an empty field; every record, header
// and last one included, ends with CRLF), header
// `id,first_name,last_name,address,postal_code,city,country`, one record
// per target in recipient id order. Named by the service's
// `extraction_file_pattern`: `{date}` (YYYYMMDD of now, UTC),
// `{delivery_id}`, `{delivery_label}` made file-name safe (accents dropped,
// then every character but ASCII letters, digits, '-' and '_' replaced by
// '_'). Written in `directory` (created if missing) under a temporary name
// and renamed over the final name once complete (QSaveFile), so a reader
// never sees half a file; the SHA-256 is computed while writing.
//
// Then extraction_file (absolute path), extraction_rows (records without
// the header), extraction_sha256 (lowercase hex) are recorded and the
// delivery moves to file_to_approve, with a pending `extraction` approval,
// when its campaign requires one, else to provider_pending; event
// ExtractionDone.
//
// The targets are streamed from a forward-only query (PostgreSQL: Qt's
// single-row mode) through a small buffer: memory does not grow with the
// number of targets.
//
// Failures: no service, a pattern that does not give a plain file name, or
// a name another delivery's file already has: permanent; a folder that
// cannot be created or written, a full disk: transient.
//
// Threading: runs on the calling thread, on `db`, inside the caller's
// write transaction; it begins and commits nothing. The file is renamed
// into place before the caller commits: a failed commit leaves a complete
// file that the next attempt overwrites.
class ExtractionJob final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::operation::ExtractionJob)

public:
    struct Summary
    {
        QString file;
        qint64 rows = 0;
        QString sha256;
        delivery::DeliveryStatus status =
            delivery::DeliveryStatus::ProviderPending; // its new status
    };

    // The file goes to the extraction folder (FilesRoot::extractionFolder);
    // `cancelled` is polled while streaming
    // (a cancelled extraction fails with Error::Code::Cancelled);
    // `reserveFile`, when set, is asked before a file is written and says
    // false when another job of the run is writing that path (its delivery
    // not committed yet, so the database check cannot see it).
    ExtractionJob(qint64 deliveryId, qint64 now, const db::Dialect &dialect,
                  delivery::DeliveryEvents::Origin origin, std::function<bool()> cancelled,
                  std::function<bool(const QString &path)> reserveFile = {});

    Result<Summary> run(const QSqlDatabase &db);
    engine::JobFailure failure() const { return m_failure; }

private:
    // What the extraction reads of the delivery.
    struct Delivery
    {
        QString label;
        QString pattern;
        qint64 campaignId = 0;
    };

    Error fail(engine::JobFailure kind, Error error);
    Error dbFailure(const Error &error);
    // The delivery, locked, if it still waits for its extraction (else
    // Stale) and has a service.
    Result<Delivery> lockDelivery(const QSqlDatabase &db);
    // The file's path, reserved for this job, after the checks of its name.
    Result<QString> reservePath(const QSqlDatabase &db, const QString &pattern,
                                const QString &label);
    // The targets as CSV into `file`: summary.rows and summary.sha256.
    Result<void> writeTargets(const QSqlDatabase &db, SecureSaveFile &file, Summary &summary);
    // The extraction approval if the campaign wants one, the delivery's
    // figures and new status (summary.status), its ExtractionDone event.
    Result<void> recordExtraction(const QSqlDatabase &db, qint64 campaignId, Summary &summary);

    qint64 m_deliveryId;
    qint64 m_now;
    const db::Dialect &m_dialect;
    delivery::DeliveryEvents::Origin m_origin;
    std::function<bool()> m_cancelled;
    std::function<bool(const QString &)> m_reserveFile;
    engine::JobFailure m_failure = engine::JobFailure::None;
};

} // namespace campagna::operation
