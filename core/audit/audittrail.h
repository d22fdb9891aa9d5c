#pragma once

#include "common/result.h"
#include "people/actor.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

namespace campagna::audit {

// The audit trail (`audit_event`, issue [9]): one row per operator action,
// written in the transaction of the change, never updated nor deleted.
//
// On SQLite the commands write their rows with record(). On PostgreSQL the
// server functions of the actions (0004_rights_audit.sql) write them, with
// the operator the server resolved; record() there goes through
// campagna_audit_record(), which takes only the engine's own actions
// (workflow.run, workflow.cancel, connection.open).
//
// Threading: stateless; runs on the calling thread's connection.
class AuditTrail final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::audit::AuditTrail)

public:
    // Every action the table accepts, in a stable order.
    static const QStringList &actions();

    // Writes one row at `at` for `actor`. `objectId` may be empty (no object).
    static Result<void> record(const QSqlDatabase &db, const people::Actor &actor, qint64 at,
                               const QString &action, const QString &objectKind,
                               const QString &objectId, const QJsonObject &details = {});
};

} // namespace campagna::audit
