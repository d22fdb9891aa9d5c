#pragma once

#include "common/result.h"
#include "common/rowsource.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <memory>
#include <optional>

namespace campagna::audit {

// One row of `audit_event`.
struct AuditRecord
{
    qint64 id = 0;
    qint64 at = 0;
    std::optional<qint64> operatorId;
    QString operatorName;
    QString action;
    QString objectKind;
    QString objectId;
    QString details; // JSON text, empty when none
};

// What `campagnactl audit` and the console's Audit page filter on, in SQL
// with bound parameters. Empty fields do not filter.
struct AuditFilter
{
    std::optional<qint64> since; // at >= since (Unix seconds)
    QString operatorName;        // exact name
    QString action;              // exact action, e.g. "workflow.pause"
};

// Reads the audit trail. Stateless; runs on the calling thread's connection.
class AuditQuery final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::audit::AuditQuery)

public:
    // The columns, in this order: at, operator_name, action, object_kind,
    // object_id, details, then the operator's id (not shown).
    enum Column { At, Operator, Action, ObjectKind, ObjectId, Details, ColumnCount };
    static const QList<QueryColumn> &columns();
    // The events `filter` keeps, newest first (the newest row first on a
    // tie), for a lazy table.
    static std::shared_ptr<const RowSource> source(const AuditFilter &filter);

    // Newest first, at most `limit` rows. Fails with Usage for an unknown action.
    static Result<QList<AuditRecord>> list(const QSqlDatabase &db, const AuditFilter &filter,
                                           int limit);
};

} // namespace campagna::audit
