#include "notify/outboxsender.h"

#include "common/filesroot.h"
#include "db/sql.h"
#include "notify/attachmentfile.h"
#include "notify/smtpsender.h"

#include <QList>
#include <QSqlQuery>

#include <optional>

namespace campagna::notify {

using db::Sql;

namespace {

// Notifications read per query: the outbox is walked by id, a batch at a
// time, so memory does not grow with it.
constexpr int kBatch = 100;

Result<QString> setting(const QSqlDatabase &db, const QString &key)
{
    auto value = Sql::scalar(db, QStringLiteral("SELECT value FROM setting WHERE key = ?"), {key});
    if (!value)
        return value.error();
    return value.value() ? value.value()->toString().trimmed() : QString();
}

struct Pending
{
    qint64 id = 0;
    QString email;
    QString subject;
    QString body;
    QString attachmentPath;
    int attempts = 0;
    qint64 createdAt = 0;
};

// One statement in its own write transaction.
Result<void> writeAlone(const QSqlDatabase &db, const QString &sql, const QVariantList &params)
{
    db::WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (auto done = Sql::exec(db, sql, params); !done)
        return done.error();
    return transaction.commit();
}

Result<qint64> queuedCount(const QSqlDatabase &db)
{
    auto count = Sql::scalar(
        db, QStringLiteral("SELECT COUNT(*) FROM notification WHERE status = 'queued'"));
    if (!count)
        return count.error();
    return count.value() ? count.value()->toLongLong() : 0;
}

Result<QList<Pending>> nextBatch(const QSqlDatabase &db, qint64 afterId)
{
    QList<Pending> batch;
    auto rows = Sql::exec(
        db,
        QStringLiteral("SELECT id, recipient_email, subject, body, attachment_path, attempts, "
                       "created_at FROM notification WHERE status = 'queued' AND id > ? "
                       "ORDER BY id LIMIT %1")
            .arg(kBatch),
        {afterId});
    if (!rows)
        return rows.error();
    while (rows->next()) {
        const QSqlQuery &q = rows.value();
        batch.append({q.value(0).toLongLong(), q.value(1).toString().trimmed(),
                      q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                      q.value(5).toInt(), q.value(6).toLongLong()});
    }
    rows->finish();
    return batch;
}

// A notification that will never be sent: `failed` at once, with why.
Result<void> failForGood(const QSqlDatabase &db, qint64 id, const QString &error)
{
    return writeAlone(db,
                      QStringLiteral("UPDATE notification SET status = 'failed', error = ? "
                                     "WHERE id = ? AND status = 'queued'"),
                      {error, id});
}

bool isDatabaseTrouble(Error::Code code)
{
    return code == Error::Code::Connection || code == Error::Code::Transient ||
           code == Error::Code::Cancelled;
}

enum class Outcome { Sent, Retried, FailedForGood };

// The folder is looked up once per sendPending, at the first attachment.
Result<AttachmentFile::Content>
attachment(const QSqlDatabase &db, std::optional<Result<QString>> &folder, const QString &path)
{
    if (!folder)
        folder = FilesRoot::extractionFolder(db, false);
    if (!folder->ok()) {
        if (isDatabaseTrouble(folder->errorCode()))
            return folder->error();
        return makeError(
            Error::Code::Forbidden,
            OutboxSender::tr("The attachment %1 is refused: the extraction folder is not usable "
                             "(%2). Nothing was sent.")
                .arg(path, folder->errorMessage()));
    }
    return AttachmentFile::read(folder->value(), path);
}

// Sends one notification and records the outcome in its row. The error is
// the database's, or a configuration error that stops the whole sending.
Result<Outcome> sendOne(const QSqlDatabase &db, const SmtpSender &sender,
                        std::optional<Result<QString>> &folder, const Pending &row, qint64 now)
{
    if (row.email.isEmpty()) {
        if (auto written = failForGood(
                db, row.id,
                OutboxSender::tr("The notification has no recipient e-mail address: it cannot be "
                                 "sent. Give the operator an e-mail address and queue it again."));
            !written)
            return written.error();
        return Outcome::FailedForGood;
    }

    SmtpSender::Mail mail;
    mail.to = row.email;
    mail.subject = row.subject;
    mail.body = row.body;
    mail.date = now;
    mail.messageIdLeft =
        QStringLiteral("campagna-notification-%1-%2").arg(row.id).arg(row.createdAt);
    Result<void> sent; // ok until a step fails
    if (!row.attachmentPath.isEmpty()) {
        auto content = attachment(db, folder, row.attachmentPath);
        if (!content && isDatabaseTrouble(content.errorCode()))
            return content.error();
        // A refused attachment stays refused: no attempt is left for it.
        if (!content && content.errorCode() != Error::Code::Failed) {
            if (auto written = failForGood(db, row.id, content.errorMessage()); !written)
                return written.error();
            return Outcome::FailedForGood;
        }
        if (content) {
            mail.attachment = std::move(content->data);
            mail.attachmentName = content->fileName;
        } else {
            sent = content.error();
        }
    }

    if (sent) {
        auto message = sender.message(mail);
        // A bad smtp.from is the configuration's fault, not the
        // notification's: stop before counting attempts against it.
        if (!message && message.errorCode() == Error::Code::Usage)
            return message.error();
        sent = message ? sender.send(mail, message.value()) : Result<void>(message.error());
    }
    if (sent) {
        if (auto written =
                writeAlone(db,
                           QStringLiteral("UPDATE notification SET status = 'sent', sent_at = ?, "
                                          "error = NULL WHERE id = ? AND status = 'queued'"),
                           {now, row.id});
            !written)
            return written.error();
        return Outcome::Sent;
    }
    if (auto written =
            writeAlone(db,
                       QStringLiteral("UPDATE notification SET attempts = attempts + 1, error = ?, "
                                      "status = CASE WHEN attempts + 1 >= ? THEN 'failed' "
                                      "ELSE 'queued' END WHERE id = ? AND status = 'queued'"),
                       {sent.errorMessage(), OutboxSender::kRetry.maxAttempts, row.id});
        !written)
        return written.error();
    return OutboxSender::kRetry.exhausted(row.attempts + 1) ? Outcome::FailedForGood
                                                            : Outcome::Retried;
}

} // namespace

Result<OutboxSender::Summary> OutboxSender::sendPending(const QSqlDatabase &db, qint64 now)
{
    Summary summary;
    auto url = setting(db, QStringLiteral("smtp.url"));
    if (!url)
        return url.error();
    if (url->isEmpty()) {
        auto queued = queuedCount(db);
        if (!queued)
            return queued.error();
        summary.queued = queued.value();
        summary.message = tr("No SMTP server is set (setting smtp.url): nothing was sent; %n "
                             "notification(s) stay queued.",
                             nullptr, int(summary.queued));
        return summary;
    }
    summary.configured = true;
    // Before anything else: a URL of another protocol is not even opened.
    if (auto allowed = SmtpSender::checkUrl(url.value()); !allowed)
        return allowed.error();
    auto from = setting(db, QStringLiteral("smtp.from"));
    if (!from)
        return from.error();
    if (from->isEmpty())
        return makeError(Error::Code::Usage,
                         tr("The setting smtp.url is set but smtp.from is not: set the address "
                            "that notifications are sent from."));
    auto user = setting(db, QStringLiteral("smtp.user"));
    if (!user)
        return user.error();

    SmtpSender::Settings settings;
    settings.url = url.value();
    settings.from = from.value();
    settings.user = user.value();
    settings.password = qEnvironmentVariable(kPasswordVariable);
    const SmtpSender sender(settings);
    std::optional<Result<QString>> folder;

    qint64 lastId = 0;
    for (;;) {
        auto batch = nextBatch(db, lastId);
        if (!batch)
            return batch.error();
        if (batch->isEmpty())
            break;
        lastId = batch->constLast().id;
        for (const Pending &row : std::as_const(batch.value())) {
            auto outcome = sendOne(db, sender, folder, row, now);
            if (!outcome)
                return outcome.error();
            switch (outcome.value()) {
            case Outcome::Sent:
                ++summary.sent;
                break;
            case Outcome::Retried:
                ++summary.retried;
                break;
            case Outcome::FailedForGood:
                ++summary.failed;
                break;
            }
        }
    }

    auto queued = queuedCount(db);
    if (!queued)
        return queued.error();
    summary.queued = queued.value();
    summary.message = tr("Notifications by e-mail: %1 sent, %2 failed and queued for another "
                         "attempt, %3 failed for good; %4 still queued.")
                          .arg(summary.sent)
                          .arg(summary.retried)
                          .arg(summary.failed)
                          .arg(summary.queued);
    return summary;
}

} // namespace campagna::notify
