#pragma once

#include "common/rowsource.h"
#include "people/operatordirectory.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantList>

#include <memory>

namespace campagna::people {

// The operators as the console's Operators page and `operator list` read
// them: name, administrator or not, groups, language and e-mail address,
// by name, as a lazy row source sorted in SQL. Same SQL on SQLite and
// PostgreSQL. Stateless; runs on the calling thread's connection.
class OperatorQuery final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::people::OperatorQuery)

public:
    // The columns, in this order, by key: "name", "admin" (1 or 0),
    // "groups" (the group names by name, one per line; sorted by the first
    // of them), "locale" ("it", "en" or empty), "email".
    enum Column { Name, Administrator, Groups, Language, Email, ColumnCount };
    static const QList<QueryColumn> &columns();
    static std::shared_ptr<const RowSource> source();
    // The operator of a row read from source().
    static OperatorRecord record(const QVariantList &row);
};

} // namespace campagna::people
