#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace campagna::db {

// Refuses money and quantity figures that no 64-bit integer can hold,
// before a workflow adds them up. SQLite keeps what a writer stored: a REAL
// such as 1e300 in a BIGINT column (written before schema version 5, or by
// a connection that bypassed its triggers) would make sums infinite or
// saturate them to 9223372036854775807 when cast back. PostgreSQL's bigint
// holds no such value: nothing to check there.
//
// Threading: runs on the calling thread's connection `db`.
class FigureRange final
{
public:
    // On SQLite, fails with the overflow message of Sql::errorFrom ("A
    // figure is out of range: ...", naming the table) when an integer column
    // of one of `tables` holds a REAL beyond the 64-bit range or an
    // infinity. `tables` are the caller's own constants, never user text.
    static Result<void> check(const QSqlDatabase &db, const QStringList &tables);
};

} // namespace campagna::db
