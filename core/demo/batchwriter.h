#pragma once

#include "common/result.h"
#include "demo/demogenerator.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace campagna::demo {

// Multi-row INSERTs of one table, in batches that stay under the bound
// parameter limit; the full-batch statement is prepared once and reused.
// Counts the rows it writes in the summary. The one way the demo writes
// rows: DemoSet::insert for the tables a recipe states, add() for those
// computed row by row.
class BatchWriter final
{
public:
    BatchWriter(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                DemoSummary &summary);
    Q_DISABLE_COPY_MOVE(BatchWriter)

    void add(const QVariantList &row);
    Result<void> finish();

private:
    QString statement(int rows) const;
    void flush();

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    DemoSummary &m_summary;
    QVariantList m_pending;
    std::optional<QSqlQuery> m_full;
    QString m_fullSql;
    std::optional<Error> m_error;
};

} // namespace campagna::demo
