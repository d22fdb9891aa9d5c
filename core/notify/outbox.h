#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

namespace campagna::notify {

// The notification outbox (table `notification`). Queuing is idempotent:
// a second notification with the same dedup key is silently not created.
// Runs on the caller's connection, inside the caller's transaction.
class Outbox final
{
public:
    struct Message
    {
        QString kind;
        QString dedupKey;
        std::optional<qint64> recipientOperatorId;
        QString recipientEmail;
        QString subject;
        QString body;
        QString attachmentPath;
    };

    // Returns true when a new row was created.
    static Result<bool> queue(const QSqlDatabase &db, const Message &message, qint64 now);
};

} // namespace campagna::notify
