#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QVariantList>

#include <functional>

namespace campagna::engine {
class WorkflowEngine;
}

namespace campagna::ui {

// A read-only table over one SQL query, loaded lazily in windows of
// windowSize() rows (canFetchMore/fetchMore) and sorted in SQL (ORDER BY the
// column's position, then the id). The query selects the row's id first,
// then one value per visible column, then any extra values the presenter
// needs (a currency, a raw status...). The number of matching rows is
// counted separately.
//
// Texts, colours and alignment come from the presenter, called with the
// row's values (id first); RawValueRole gives the column's SQL value and
// IdRole the row's id.
//
// Threading: GUI thread only. Queries run on the engine's pool; an answer
// older than the latest setQuery/sort/refresh is dropped (generation).
class QueryTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        RawValueRole = Qt::UserRole + 1,
        IdRole,
    };
    using Header = std::function<QString(int column)>;
    using Presenter = std::function<QVariant(const QVariantList &row, int column, int role)>;

    QueryTableModel(engine::WorkflowEngine *engine, int columns, Header header,
                    Presenter presenter, QObject *parent = nullptr);
    ~QueryTableModel() override;
    Q_DISABLE_COPY_MOVE(QueryTableModel)

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // `select`: the selected values ("t.id, t.label, ..."); `from`: the rest
    // of the statement without ORDER BY ("FROM t JOIN ... WHERE ... ").
    // Replaces the rows, loading the first window.
    // Before the first sort() (a click on a header), rows come in
    // `defaultOrder` ("3 DESC" etc.: positions in the select list).
    void setQuery(const QString &select, const QString &from, const QVariantList &params = {},
                  const QString &defaultOrder = QString());
    // No query: no rows.
    void clear();
    // Re-reads as many rows as are loaded (at least one window), keeping
    // the sort order.
    void refresh();
    // Headers and texts again, after a language change.
    void retranslate();

    int windowSize() const { return m_windowSize; }
    void setWindowSize(int rows) { m_windowSize = qMax(1, rows); }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // Rows matching the query; -1 until counted.
    qint64 totalCount() const { return m_total; }
    bool isLoading() const { return m_loading; }
    bool hasQuery() const { return !m_select.isEmpty(); }
    const QVariantList &rowValues(int row) const { return m_rows.at(row); }
    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const;
    // The loaded rows as texts (DisplayRole), for CSV export.
    QStringList headerTexts() const;
    QList<QStringList> displayTexts() const;

signals:
    // A load (query, sort, refresh or window) was applied.
    void loaded();
    void loadFailed(const QString &message);

private:
    struct Window
    {
        QList<QVariantList> rows;
        qint64 total = 0;
    };
    void load(int limit, int offset, bool replace);

    QPointer<engine::WorkflowEngine> m_engine;
    int m_columns;
    Header m_header;
    Presenter m_presenter;
    QString m_select;
    QString m_from;
    QVariantList m_params;
    QString m_defaultOrder;
    QList<QVariantList> m_rows;
    qint64 m_total = -1;
    int m_windowSize = 200;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace campagna::ui
