#pragma once

#include "common/asyncquery.h"
#include "common/rowsource.h"

#include <QAbstractTableModel>
#include <QList>
#include <QVariantList>

#include <functional>
#include <memory>

namespace campagna::engine {
class WorkflowEngine;
}

namespace campagna::ui {

// A read-only table over a RowSource, loaded lazily in windows of
// windowSize() rows (canFetchMore/fetchMore), counted separately and
// sorted in SQL by the clicked column's sort key (a column without one
// cannot be sorted on). The columns are the source's visible columns; their
// headers and texts come from the column table (Formats::cell), so that the
// view, the sorting and the CSV export read the same descriptors.
//
// A presenter adds what is the page's own (colours, tooltips, icons, a
// different text): it is asked first with the row's values (id first) and
// the source column, and an invalid answer falls back to the descriptor.
// RawValueRole gives the column's value as read, IdRole the row's id.
//
// Threading: GUI thread only. Queries run on the engine's pool; an answer
// older than the latest setSource/sort/refresh is dropped (AsyncCall).
class LazyTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        RawValueRole = Qt::UserRole + 1,
        IdRole,
    };
    // `column` is the source column (RowSource::columns()).
    using Presenter = std::function<QVariant(const RowSource &source, const QVariantList &row,
                                             int column, int role)>;

    explicit LazyTableModel(engine::WorkflowEngine *engine, QObject *parent = nullptr);
    ~LazyTableModel() override;
    Q_DISABLE_COPY_MOVE(LazyTableModel)

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setPresenter(Presenter presenter) { m_presenter = std::move(presenter); }
    // Replaces the rows with the first window of `source` (a new filter),
    // keeping the sort order.
    void setSource(std::shared_ptr<const RowSource> source);
    const RowSource *source() const { return m_source.get(); }
    // No source: no rows.
    void clear();
    // Re-reads as many rows as are loaded (at least one window), keeping
    // the sort order.
    void refresh();
    // Headers and texts again, after a language change.
    void retranslate();

    // The view column of the source column `key`; -1 when not shown.
    int columnOf(const QString &key) const;
    // The source column of view column `column`.
    int sourceColumn(int column) const { return m_visible.value(column, -1); }
    bool isSortable(int column) const;

    int windowSize() const { return m_windowSize; }
    void setWindowSize(int rows) { m_windowSize = qMax(1, rows); }
    // The sorted view column, -1 before the first sort().
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // Rows matching the source; -1 until counted.
    qint64 totalCount() const { return m_total; }
    bool isLoading() const { return m_call.isBusy(); }
    bool hasSource() const { return bool(m_source); }
    const QVariantList &rowValues(int row) const { return m_rows.at(row); }
    // The value of the column `key` of a loaded row.
    QVariant value(int row, const QString &key) const;
    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const;
    // The loaded rows as texts (DisplayRole), for CSV export.
    QStringList headerTexts() const;
    QList<QStringList> displayTexts() const;

signals:
    // A load (source, sort, refresh or window) was applied.
    void loaded();
    void loadFailed(const QString &message);

private:
    struct Window
    {
        QList<QVariantList> rows;
        qint64 total = 0;
    };
    void load(int limit, int offset, bool replace);

    AsyncCall m_call;
    std::shared_ptr<const RowSource> m_source;
    QList<int> m_visible; // source column of each view column
    Presenter m_presenter;
    QList<QVariantList> m_rows;
    qint64 m_total = -1;
    int m_windowSize = 200;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    RowSort m_sort;
};

} // namespace campagna::ui
