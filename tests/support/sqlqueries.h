#pragma once

#include "db/database.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace campagna::test {

// Reading one value or one column in a test, on the test thread's own
// connection of `database`.

// The first column of the first row as an integer; -1 when there is no
// row, the value is NULL, or the query fails (with a warning).
qint64 scalarInt(db::Database &database, const QString &sql, const QVariantList &params = {});

// The first column of the first row as text: "NULL" for NULL, "<none>"
// without a row, "error: ..." when the query fails.
QString scalarText(db::Database &database, const QString &sql, const QVariantList &params = {});

// The first column of every row, "NULL" for NULL.
QStringList column(db::Database &database, const QString &sql, const QVariantList &params = {});

} // namespace campagna::test
