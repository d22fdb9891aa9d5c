#include "common/lazytablemodel.h"

#include "common/formats.h"

#include <utility>

namespace campagna::ui {

LazyTableModel::LazyTableModel(engine::WorkflowEngine *engine, QObject *parent)
    : QAbstractTableModel(parent)
    , m_call(engine, this)
{}

LazyTableModel::~LazyTableModel() = default;

int LazyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LazyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

QVariant LazyTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantList &row = m_rows.at(index.row());
    const int column = sourceColumn(index.column());
    if (role == IdRole)
        return row.value(0);
    if (role == RawValueRole)
        return row.value(column + 1);
    if (m_presenter) {
        QVariant presented = m_presenter(*m_source, row, column, role);
        if (presented.isValid())
            return presented;
    }
    const CellFormat format = m_source->columns().at(column).format;
    if (role == Qt::DisplayRole)
        return Formats::cell(*m_source, row, column);
    if (role == Qt::TextAlignmentRole && Formats::isNumeric(format))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant LazyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && m_source)
        return m_source->header(sourceColumn(section));
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool LazyTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_source && !m_call.isBusy() && m_total >= 0 &&
           m_rows.size() < m_total;
}

void LazyTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        load(m_windowSize, int(m_rows.size()), false);
}

bool LazyTableModel::isSortable(int column) const
{
    const int source = sourceColumn(column);
    return source >= 0 && !m_source->columns().at(source).sortKey.isEmpty();
}

void LazyTableModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    // Before a source, the view's initial sort indicator: kept for later.
    if (m_source && !isSortable(column))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    const int source = sourceColumn(column);
    m_sort = source < 0 ? RowSort{}
                        : RowSort{m_source->columns().at(source).key, order == Qt::DescendingOrder};
    if (m_source)
        load(qMax(m_windowSize, int(m_rows.size())), 0, true);
}

void LazyTableModel::setSource(std::shared_ptr<const RowSource> source)
{
    m_call.cancel();
    beginResetModel();
    m_source = std::move(source);
    m_visible.clear();
    if (m_source) {
        for (int i = 0; i < m_source->columns().size(); ++i) {
            if (m_source->columns().at(i).visible)
                m_visible << i;
        }
    }
    m_rows.clear();
    m_total = -1;
    endResetModel();
    if (!m_source)
        return;
    // A sort asked for before the first source (the view's indicator).
    if (m_sortColumn >= 0 && m_sort.key.isEmpty()) {
        const int column = sourceColumn(m_sortColumn);
        if (column >= 0 && isSortable(m_sortColumn))
            m_sort = {m_source->columns().at(column).key, m_sortOrder == Qt::DescendingOrder};
    }
    load(m_windowSize, 0, true);
}

void LazyTableModel::clear()
{
    setSource(nullptr);
}

void LazyTableModel::refresh()
{
    if (m_source)
        load(qMax(m_windowSize, int(m_rows.size())), 0, true);
}

void LazyTableModel::retranslate()
{
    if (m_visible.isEmpty())
        return;
    emit headerDataChanged(Qt::Horizontal, 0, int(m_visible.size()) - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(m_visible.size()) - 1));
}

int LazyTableModel::columnOf(const QString &key) const
{
    return m_source ? int(m_visible.indexOf(m_source->indexOf(key))) : -1;
}

QVariant LazyTableModel::value(int row, const QString &key) const
{
    return row >= 0 && row < m_rows.size() && m_source ? m_source->value(m_rows.at(row), key)
                                                       : QVariant();
}

qint64 LazyTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).value(0).toLongLong() : 0;
}

int LazyTableModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).value(0).toLongLong() == id)
            return i;
    }
    return -1;
}

QStringList LazyTableModel::headerTexts() const
{
    QStringList texts;
    for (int column = 0; column < columnCount(); ++column)
        texts << headerData(column, Qt::Horizontal).toString();
    return texts;
}

QList<QStringList> LazyTableModel::displayTexts() const
{
    QList<QStringList> rows;
    for (int row = 0; row < m_rows.size(); ++row) {
        QStringList fields;
        for (int column = 0; column < columnCount(); ++column)
            fields << index(row, column).data().toString();
        rows << fields;
    }
    return rows;
}

void LazyTableModel::load(int limit, int offset, bool replace)
{
    auto work = [source = m_source, sort = m_sort, limit,
                 offset](QSqlDatabase &db) -> Result<Window> {
        auto total = source->count(db);
        if (!total)
            return total.error();
        auto rows = source->rows(db, sort, limit, offset);
        if (!rows)
            return rows.error();
        return Window{std::move(rows).value(), total.value()};
    };
    auto done = [this, offset, replace](Result<Window> result) {
        if (!result) {
            if (result.error().code != Error::Code::Cancelled)
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
    };
    // A replacing load makes every answer still on its way stale; a window
    // is only asked for while nothing else is loading.
    if (replace)
        m_call.start<Window>(std::move(work), std::move(done));
    else
        m_call.more<Window>(std::move(work), std::move(done));
}

} // namespace campagna::ui
