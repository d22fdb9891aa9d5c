#pragma once

#include "db/database.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace campagna::test {

// The base of the test suites' data seeds: statements on the test thread's
// connection that remember the first error, so a seed can write many rows
// and the test checks ok() once.
class SqlSeed
{
public:
    explicit SqlSeed(db::Database &database)
        : m_db(database.connection())
    {}

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    // Runs an INSERT with "RETURNING id" appended; -1 on failure.
    qint64 insert(const QString &sql, const QVariantList &params = {});
    void exec(const QString &sql, const QVariantList &params = {});

protected:
    // Records `message` unless an error was recorded before.
    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

    QSqlDatabase m_db;

private:
    QString m_error;
};

} // namespace campagna::test
