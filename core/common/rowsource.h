#pragma once

#include "common/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace campagna {

// How the console writes a column's values (ui/common/formats decides the
// texts, colours are the page's): plain text, numbers, money in the
// currency of another column, Unix times, seconds, and the database
// enumerations that are shown translated.
enum class CellFormat {
    Text,
    Integer,
    Quantity,    // an integer, empty when NULL
    Money,       // cents, in the currency named by QueryColumn::currencyKey
    Percent,     // a double, empty when NULL
    Date,        // Unix seconds, the local day
    DateTime,    // Unix seconds, local date and time
    Duration,    // seconds, empty when NULL
    RunStatus,   // workflow_run.status
    RunTrigger,  // workflow_run.trigger
    Workflow,    // a workflow internal name, shown as its label
    Commitment,  // cost_line.commitment
    Basis,       // cost_line.basis
    StockStatus, // stock_item status
    OrderStatus, // stock_order.status
    AlertKind,   // stock_alert.kind
    Channel,     // delivery.channel
    DeliveryStatus,
};

// One column of a query: its key (how code names the value), the SQL
// expression that selects it, the ORDER BY expression when it can be
// sorted on, its header (QT_TR_NOOP, translated in the context of the
// query class that declares it) and how it is written. A column that is not
// visible is read (a currency, a raw flag) but not shown.
struct QueryColumn
{
    QString key;
    QString expression;
    QString sortKey; // empty: not sortable
    const char *header = nullptr;
    CellFormat format = CellFormat::Text;
    QString currencyKey; // Money: the key of the currency column
    bool visible = true;

    // A shown column sorted on its own expression.
    static QueryColumn sorted(const QString &key, const QString &expression, const char *header,
                              CellFormat format = CellFormat::Text,
                              const QString &currencyKey = QString())
    {
        return {key, expression, expression, header, format, currencyKey, true};
    }
    // A value read but not shown (a currency, an id).
    static QueryColumn hidden(const QString &key, const QString &expression)
    {
        return {key, expression, QString(), nullptr, CellFormat::Text, QString(), false};
    }
};

// The order a lazy table asks for: the key of a sortable column, or empty
// for the query's own default order.
struct RowSort
{
    QString key;
    bool descending = false;

    bool operator==(const RowSort &) const = default;
};

// The rows of one filtered query, read in windows: how many match, and
// rows offset .. offset + limit - 1 in an order, each as [id, one value per
// column]. Immutable once built (a new filter is a new source), so that a
// source can be handed to a pool thread; runs on the calling thread's
// connection.
class RowSource
{
public:
    RowSource(const char *context, QList<QueryColumn> columns);
    virtual ~RowSource();
    RowSource(const RowSource &) = default;
    RowSource &operator=(const RowSource &) = delete;

    const QList<QueryColumn> &columns() const { return m_columns; }
    // The index of the column `key` in columns(), -1 when there is none.
    int indexOf(const QString &key) const;
    // The value of the column `key` in a row read by rows().
    QVariant value(const QVariantList &row, const QString &key) const;
    // The column's header in the current language.
    QString header(int column) const;

    virtual Result<qint64> count(const QSqlDatabase &db) const = 0;
    virtual Result<QList<QVariantList>> rows(const QSqlDatabase &db, const RowSort &sort, int limit,
                                             int offset) const = 0;

private:
    const char *m_context;
    QList<QueryColumn> m_columns;
};

// A RowSource over one SQL statement: SELECT <id>, <the columns'
// expressions> <from> ORDER BY <order> LIMIT ? OFFSET ?, and SELECT
// COUNT(*) <from>. `from` is the statement's FROM and WHERE with `params`
// bound to its '?'. The order is the sorted column's sort key then the id,
// both in the sort's direction; without a sort, `defaultOrder`, which must
// end with a tie-break on the id so that windows never overlap (empty: the
// id ascending). Same SQL on SQLite and PostgreSQL.
class SqlRowSource : public RowSource
{
public:
    SqlRowSource(const char *context, QList<QueryColumn> columns, QString id, QString from,
                 QVariantList params = {}, QString defaultOrder = QString());

    Result<qint64> count(const QSqlDatabase &db) const override;
    Result<QList<QVariantList>> rows(const QSqlDatabase &db, const RowSort &sort, int limit,
                                     int offset) const override;

private:
    QString m_id;
    QString m_from;
    QVariantList m_params;
    QString m_defaultOrder;
};

} // namespace campagna
