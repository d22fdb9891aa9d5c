#include "notify/outboxsender.h"

#include "db/sql.h"
#include "notify/smtpsender.h"

#include <QList>
#include <QSqlQuery>

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
    // The Message-ID's domain: the sender's.
    QString domain = settings.from.section(u'@', -1).remove(u'>').trimmed();
    if (domain.isEmpty())
        domain = QStringLiteral("campagna.invalid");

    qint64 lastId = 0;
    for (;;) {
        QList<Pending> batch;
        auto rows = Sql::exec(
            db,
            QStringLiteral("SELECT id, recipient_email, subject, body, attachment_path, attempts, "
                           "created_at FROM notification WHERE status = 'queued' AND id > ? "
                           "ORDER BY id LIMIT %1")
                .arg(kBatch),
            {lastId});
        if (!rows)
            return rows.error();
        while (rows->next()) {
            const QSqlQuery &q = rows.value();
            batch.append({q.value(0).toLongLong(), q.value(1).toString().trimmed(),
                          q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                          q.value(5).toInt(), q.value(6).toLongLong()});
        }
        rows->finish();
        if (batch.isEmpty())
            break;
        lastId = batch.constLast().id;

        for (const Pending &row : std::as_const(batch)) {
            if (row.email.isEmpty()) {
                if (auto written = writeAlone(
                        db,
                        QStringLiteral("UPDATE notification SET status = 'failed', error = ? "
                                       "WHERE id = ? AND status = 'queued'"),
                        {tr("The notification has no recipient e-mail address: it cannot be "
                            "sent. Give the operator an e-mail address and queue it again."),
                         row.id});
                    !written)
                    return written.error();
                ++summary.failed;
                continue;
            }

            SmtpSender::Mail mail;
            mail.to = row.email;
            mail.subject = row.subject;
            mail.body = row.body;
            mail.attachmentPath = row.attachmentPath;
            mail.date = now;
            mail.messageId = QStringLiteral("campagna-notification-%1-%2@%3")
                                 .arg(row.id)
                                 .arg(row.createdAt)
                                 .arg(domain);
            Result<void> sent;
            auto message = sender.message(mail);
            if (!message) {
                // A bad smtp.from is the configuration's fault, not the
                // notification's: stop before counting attempts against it.
                if (message.errorCode() == Error::Code::Usage)
                    return message.error();
                sent = message.error();
            } else {
                sent = sender.send(mail, message.value());
            }

            if (sent) {
                if (auto written = writeAlone(
                        db,
                        QStringLiteral("UPDATE notification SET status = 'sent', sent_at = ?, "
                                       "error = NULL WHERE id = ? AND status = 'queued'"),
                        {now, row.id});
                    !written)
                    return written.error();
                ++summary.sent;
                continue;
            }
            const bool final = row.attempts + 1 >= kMaxAttempts;
            if (auto written = writeAlone(
                    db,
                    QStringLiteral("UPDATE notification SET attempts = attempts + 1, error = ?, "
                                   "status = CASE WHEN attempts + 1 >= ? THEN 'failed' "
                                   "ELSE 'queued' END WHERE id = ? AND status = 'queued'"),
                    {sent.errorMessage(), kMaxAttempts, row.id});
                !written)
                return written.error();
            if (final)
                ++summary.failed;
            else
                ++summary.retried;
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
