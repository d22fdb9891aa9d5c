#include "db/figurerange.h"

#include "db/sql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace campagna::db {

Result<void> FigureRange::check(const QSqlDatabase &db, const QStringList &tables)
{
    if (db.driverName() != u"QSQLITE")
        return {};
    for (const QString &table : tables) {
        auto columns = Sql::exec(db,
                                 QStringLiteral("SELECT name FROM pragma_table_info(?) "
                                                "WHERE upper(type) IN ('BIGINT', 'INTEGER') "
                                                "AND NOT (pk = 1 AND upper(type) = 'INTEGER')"),
                                 {table});
        if (!columns)
            return columns.error();
        QStringList outside;
        while (columns->next()) {
            outside << QStringLiteral("(typeof(\"%1\") = 'real' AND abs(\"%1\") > "
                                      "9223372036854775807)")
                           .arg(columns->value(0).toString());
        }
        if (outside.isEmpty())
            continue;
        // A row found makes SQLite raise the error a SUM() beyond 64 bits
        // raises ("integer overflow": abs() of the smallest integer), so
        // that the run fails with the same message. The rowid keeps the
        // expression from being computed once, before any row is read.
        const QString sql = QStringLiteral("SELECT abs(-9223372036854775807 - 1 + 0 * rowid) "
                                           "FROM \"%1\" WHERE %2 LIMIT 1")
                                .arg(table, outside.join(QStringLiteral(" OR ")));
        QSqlQuery found(db);
        found.setForwardOnly(true);
        if (found.exec(sql) && !found.next() && !found.lastError().isValid())
            continue;
        Error error = Sql::errorFrom(found.lastError(), sql);
        // Qt's driver reports a failed step as a ConnectionError, counted
        // as transient; SQLITE_ERROR (1), the overflow, is not: the run
        // fails at once instead of retrying the unit.
        if (found.lastError().nativeErrorCode() == u"1")
            error.code = Error::Code::Failed;
        return error;
    }
    return {};
}

} // namespace campagna::db
