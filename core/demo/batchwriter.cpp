#include "demo/batchwriter.h"

#include "db/dialect.h"
#include "db/sql.h"

#include <QSqlError>

namespace campagna::demo {

using namespace Qt::StringLiterals;
using db::Sql;

namespace {

// Statements bind at most Dialect::maxBoundParameters() (on SQLite,
// quadratic binding made most of the generator's time at 26,000 per
// statement). Rows and ids do not depend on the batch size.
constexpr int MaxRowsPerStatement = 2000;

} // namespace

BatchWriter::BatchWriter(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                         DemoSummary &summary)
    : m_db(db)
    , m_table(table)
    , m_columns(columns)
    , m_rowsPerStatement(qMax(1, qMin(MaxRowsPerStatement,
                                      db::Dialect::of(db).maxBoundParameters() /
                                          int(columns.size()))))
    , m_summary(summary)
{
    m_summary.rowsPerTable.insert(table, m_summary.rowsPerTable.value(table));
    m_pending.reserve(m_rowsPerStatement * int(columns.size()));
}

void BatchWriter::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columns.size());
    if (m_error)
        return;
    m_pending.append(row);
    if (m_pending.size() >= m_rowsPerStatement * m_columns.size())
        flush();
}

Result<void> BatchWriter::finish()
{
    if (!m_error && !m_pending.isEmpty())
        flush();
    if (m_error)
        return *m_error;
    return {};
}

QString BatchWriter::statement(int rows) const
{
    QString tuple = u"("_s;
    for (int c = 0; c < m_columns.size(); ++c)
        tuple.append(c == 0 ? u"?"_s : u", ?"_s);
    tuple.append(u')');
    QString sql = u"INSERT INTO "_s + m_table + u" ("_s + m_columns.join(u", "_s) + u") VALUES "_s;
    sql.reserve(sql.size() + rows * (tuple.size() + 2));
    for (int r = 0; r < rows; ++r) {
        if (r > 0)
            sql.append(u", "_s);
        sql.append(tuple);
    }
    return sql;
}

void BatchWriter::flush()
{
    const int rows = int(m_pending.size() / m_columns.size());
    QSqlQuery partial(m_db);
    QSqlQuery *query = &partial;
    QString sql;
    if (rows == m_rowsPerStatement) {
        if (!m_full) {
            m_fullSql = statement(rows);
            m_full.emplace(m_db);
            if (!m_full->prepare(m_fullSql)) {
                m_error = Sql::errorFrom(m_full->lastError(), m_fullSql);
                return;
            }
        }
        query = &*m_full;
        sql = m_fullSql;
    } else {
        sql = statement(rows);
        if (!partial.prepare(sql)) {
            m_error = Sql::errorFrom(partial.lastError(), sql);
            return;
        }
    }
    for (int i = 0; i < m_pending.size(); ++i)
        query->bindValue(i, m_pending.at(i));
    if (!query->exec()) {
        m_error = Sql::errorFrom(query->lastError(), sql);
        return;
    }
    m_summary.rowsPerTable[m_table] += rows;
    m_pending.clear();
}

} // namespace campagna::demo
