#include "notify/outbox.h"

#include "db/sql.h"

namespace campagna::notify {

Result<bool> Outbox::queue(const QSqlDatabase &db, const Message &message, qint64 now)
{
    auto inserted = db::Sql::update(
        db,
        QStringLiteral("INSERT INTO notification (kind, dedup_key, recipient_operator_id, "
                       "recipient_email, subject, body, attachment_path, created_at, status) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'queued') "
                       "ON CONFLICT (dedup_key) DO NOTHING"),
        {message.kind, message.dedupKey,
         message.recipientOperatorId ? QVariant(*message.recipientOperatorId)
                                     : QVariant(QMetaType(QMetaType::LongLong)),
         message.recipientEmail.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                          : QVariant(message.recipientEmail),
         message.subject, message.body,
         message.attachmentPath.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                          : QVariant(message.attachmentPath),
         now});
    if (!inserted)
        return inserted.error();
    return inserted.value() > 0;
}

} // namespace campagna::notify
