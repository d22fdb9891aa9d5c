#include "common/querytablemodel.h"

#include "common/asyncquery.h"

#include "db/sql.h"

#include <QSqlRecord>

#include <utility>

namespace campagna::ui {

QueryTableModel::QueryTableModel(engine::WorkflowEngine *engine, int columns, Header header,
                                 Presenter presenter, QObject *parent)
    : QAbstractTableModel(parent)
    , m_engine(engine)
    , m_columns(columns)
    , m_header(std::move(header))
    , m_presenter(std::move(presenter))
{}

QueryTableModel::~QueryTableModel() = default;

int QueryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant QueryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantList &row = m_rows.at(index.row());
    if (role == IdRole)
        return row.value(0);
    if (role == RawValueRole)
        return row.value(index.column() + 1);
    if (m_presenter)
        return m_presenter(row, index.column(), role);
    if (role == Qt::DisplayRole)
        return row.value(index.column() + 1);
    return {};
}

QVariant QueryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && m_header)
        return m_header(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool QueryTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && hasQuery() && !m_loading && m_total >= 0 &&
           m_rows.size() < m_total;
}

void QueryTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        load(m_windowSize, int(m_rows.size()), false);
}

void QueryTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns)
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (hasQuery())
        load(qMax(m_windowSize, int(m_rows.size())), 0, true);
}

void QueryTableModel::setQuery(const QString &select, const QString &from,
                               const QVariantList &params, const QString &defaultOrder)
{
    m_select = select;
    m_from = from;
    m_params = params;
    m_defaultOrder = defaultOrder;
    beginResetModel();
    m_rows.clear();
    m_total = -1;
    endResetModel();
    load(m_windowSize, 0, true);
}

void QueryTableModel::clear()
{
    ++m_generation;
    m_loading = false;
    m_select.clear();
    m_from.clear();
    m_params.clear();
    beginResetModel();
    m_rows.clear();
    m_total = -1;
    endResetModel();
}

void QueryTableModel::refresh()
{
    if (hasQuery())
        load(qMax(m_windowSize, int(m_rows.size())), 0, true);
}

void QueryTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, m_columns - 1));
}

qint64 QueryTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).value(0).toLongLong() : 0;
}

int QueryTableModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).value(0).toLongLong() == id)
            return i;
    }
    return -1;
}

QStringList QueryTableModel::headerTexts() const
{
    QStringList texts;
    for (int column = 0; column < m_columns; ++column)
        texts << headerData(column, Qt::Horizontal).toString();
    return texts;
}

QList<QStringList> QueryTableModel::displayTexts() const
{
    QList<QStringList> rows;
    for (int row = 0; row < m_rows.size(); ++row) {
        QStringList fields;
        for (int column = 0; column < m_columns; ++column)
            fields << index(row, column).data().toString();
        rows << fields;
    }
    return rows;
}

void QueryTableModel::load(int limit, int offset, bool replace)
{
    if (!m_engine || !hasQuery())
        return;
    const quint64 generation = replace ? ++m_generation : m_generation;
    m_loading = true;
    // Positions in the select list: the id is 1, column c is c + 2; the id
    // breaks ties so that windows never overlap.
    QString order = m_defaultOrder.isEmpty() ? QStringLiteral("1") : m_defaultOrder + u", 1";
    if (m_sortColumn >= 0)
        order = QString::number(m_sortColumn + 2) +
                (m_sortOrder == Qt::AscendingOrder ? u" ASC, 1" : u" DESC, 1");
    const QString rowsSql = u"SELECT " + m_select + u' ' + m_from + u" ORDER BY " + order +
                            u" LIMIT ? OFFSET ?";
    const QString countSql = u"SELECT COUNT(*) " + m_from;
    runAsync<Window>(
        m_engine, this,
        [rowsSql, countSql, params = m_params, limit, offset](QSqlDatabase &db) -> Result<Window> {
            auto total = db::Sql::scalar(db, countSql, params);
            if (!total)
                return total.error();
            QVariantList rowParams = params;
            rowParams << limit << offset;
            auto query = db::Sql::exec(db, rowsSql, rowParams);
            if (!query)
                return query.error();
            Window window;
            window.total = total.value() ? total.value()->toLongLong() : 0;
            const int width = query->record().count();
            while (query->next()) {
                QVariantList row;
                row.reserve(width);
                for (int i = 0; i < width; ++i)
                    row << query->value(i);
                window.rows << row;
            }
            return window;
        },
        [this, generation, offset, replace](Result<Window> result) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!result) {
                emit loadFailed(result.errorMessage());
                return;
            }
            Window window = std::move(result).value();
            if (replace) {
                beginResetModel();
                m_rows = std::move(window.rows);
                m_total = window.total;
                endResetModel();
            } else if (offset == m_rows.size()) {
                m_total = window.total;
                if (!window.rows.isEmpty()) {
                    const int first = int(m_rows.size());
                    beginInsertRows({}, first, first + int(window.rows.size()) - 1);
                    m_rows.append(std::move(window.rows));
                    endInsertRows();
                }
            }
            emit loaded();
        });
}

} // namespace campagna::ui
