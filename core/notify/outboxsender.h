#pragma once

#include "common/result.h"
#include "common/retrypolicy.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace campagna::notify {

// Sends the outbox (table `notification`) by SMTP (03-workflows.md,
// "Notifications"), when setting('smtp.url') is set: every `queued`
// notification, oldest first, at least once. Settings: smtp.url (e.g.
// smtp://127.0.0.1:2525 or smtps://...), smtp.from, smtp.user (optional);
// the password only from the environment variable CAMPAGNA_SMTP_PASSWORD,
// never from the database.
//
// Success: `sent`, sent_at = now. Failure: attempts + 1 and error (curl's
// message); `failed` at the 5th attempt. A notification without an e-mail
// address fails at once, and so does one whose attachment_path is refused
// (AttachmentFile: not a regular file inside the extraction folder of
// this installation, FilesRoot), with the reason as its error and no mail.
// A smtp.url that SmtpSender::checkUrl() refuses stops the sending before
// anything is opened or written: the error names the setting. Each notification's update is its own
// small write transaction, written right after its sending, so a crash loses at most the record of
// one message (which is then sent again: at least once). Without smtp.url nothing is sent and
// nothing written; the summary says so.
//
// Threading: runs on the caller's thread and connection, outside any
// transaction of the caller; blocks while the server answers (bounded by
// curl's timeouts).
class OutboxSender final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::notify::OutboxSender)

public:
    struct Summary
    {
        bool configured = false; // smtp.url is set
        qint64 sent = 0;
        qint64 retried = 0; // failed this time, queued for another attempt
        qint64 failed = 0;  // failed for good this time
        qint64 queued = 0;  // still queued afterwards
        QString message;    // one translated line saying what happened
    };

    // A notification is tried on 5 sendings before it is `failed`; the
    // attempts are counted in its row, the next sending is the next try.
    static constexpr RetryPolicy kRetry{5};
    static constexpr const char *kPasswordVariable = "CAMPAGNA_SMTP_PASSWORD";

    static Result<Summary> sendPending(const QSqlDatabase &db, qint64 now);
};

} // namespace campagna::notify
