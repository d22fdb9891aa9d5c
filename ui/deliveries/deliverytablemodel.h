#pragma once

#include "delivery/deliveryquery.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QSet>

#include <atomic>
#include <memory>
#include <optional>

namespace campagna::engine {
class WorkflowEngine;
}

namespace campagna::ui {

// The deliveries of the Deliveries page: id, label, campaign, channel,
// status, contact date, a summary of the current approvals and whether
// Diagnosis finds the delivery stalled; filtered and sorted in SQL
// (DeliveryQuery).
//
// Rows are read lazily in windows of windowSize() (canFetchMore/fetchMore);
// the number of deliveries matching the filter is counted separately. Each
// window's deliveries are diagnosed as they are read (the stalled marker);
// with the "stalled only" filter, the set of stalled deliveries is first
// computed over the whole table (DeliveryQuery::stalledIds), once per filter
// or refresh, and can be cancelled by changing the filter.
//
// Threading: GUI thread only. Queries run on the engine's pool; answers come
// back as QFuture continuations on the GUI thread, and an answer older than
// the latest filter, sort or refresh is dropped (generation counter). Call
// retranslate() after a language change.
class DeliveryTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Id,
        Label,
        Campaign,
        Channel,
        Status,
        ContactDate,
        Approvals,
        Stalled,
        ColumnCount
    };
    enum Role {
        // Sortable, untranslated value: id, label, campaign label, raw
        // channel and status, contact time (-1 without), pending approvals,
        // stalled (1, 0, -1 when not diagnosed).
        RawValueRole = Qt::UserRole + 1,
        // The delivery's id, on every column.
        DeliveryIdRole,
    };

    struct Item
    {
        delivery::DeliveryQuery::Row row;
        // Not diagnosed (finished, cancelled, template): nullopt.
        std::optional<bool> stalled;
        // The failed checks, "Reason: message" per line.
        QString stalledText;
    };

    explicit DeliveryTableModel(engine::WorkflowEngine *engine, QObject *parent = nullptr);
    ~DeliveryTableModel() override;
    Q_DISABLE_COPY_MOVE(DeliveryTableModel)

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Orders in SQL and reloads; the stalled column cannot be sorted on.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static bool isSortable(int column)
    {
        return column != Stalled && column >= 0 && column < ColumnCount;
    }

    const delivery::DeliveryQuery::Filter &filter() const { return m_filter; }
    const delivery::DeliveryQuery::Sort &sortOrder() const { return m_sort; }
    // Replaces the filter and reloads from the first window.
    void setFilter(const delivery::DeliveryQuery::Filter &filter);
    // Re-reads the rows loaded so far (at least one window), the count and,
    // with "stalled only", the stalled set.
    void refresh();
    // After a language change: headers and texts, and the rows read again
    // for the diagnosis messages of the stalled markers.
    void retranslate();

    int windowSize() const { return m_windowSize; }
    void setWindowSize(int rows);

    // Deliveries matching the filter; -1 until counted.
    qint64 totalCount() const { return m_total; }
    bool isLoading() const { return m_loading; }
    // True while the stalled set is being computed; how many deliveries are
    // diagnosed so far, of how many (-1 until counted).
    bool isFindingStalled() const { return m_findingStalled; }
    qint64 stalledDone() const { return m_progress->done.load(); }
    qint64 stalledTotal() const { return m_progress->total.load(); }
    const Item &item(int row) const { return m_rows.at(row); }
    int rowOfDelivery(qint64 deliveryId) const;

signals:
    // A load (filter, sort, refresh or window) was applied.
    void loaded();
    void loadFailed(const QString &message);

private:
    struct Window
    {
        QList<Item> rows;
        qint64 total = 0;
        std::optional<QSet<qint64>> stalled;
    };
    void load(int limit, int offset, bool replace, bool findStalled);

    QPointer<engine::WorkflowEngine> m_engine;
    delivery::DeliveryQuery::Filter m_filter;
    delivery::DeliveryQuery::Sort m_sort;
    QList<Item> m_rows;
    // The stalled set of the current "stalled only" filter, once computed.
    std::optional<QSet<qint64>> m_stalled;
    // The progress (and cancellation) of the latest replacing load.
    std::shared_ptr<delivery::DeliveryQuery::Progress> m_progress;
    qint64 m_total = -1;
    int m_windowSize = 200;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_findingStalled = false;
};

} // namespace campagna::ui
