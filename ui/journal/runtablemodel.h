#pragma once

#include "engine/journalquery.h"
#include "engine/records.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace campagna::engine {
class WorkflowEngine;
}

namespace campagna::ui {

// All runs of all workflows (Journal page), newest first, filtered in SQL:
// workflow label in the current language, internal name, status, trigger,
// requested by, owner, start, duration, items, warnings, error.
//
// Rows are read lazily in windows of windowSize() (canFetchMore/fetchMore);
// the number of runs matching the filter is counted separately.
//
// Threading: GUI thread only. Queries run on the engine's pool through
// Database::withConnection; answers come back as QFuture continuations on the
// GUI thread, and an answer older than the latest filter or refresh is
// dropped (generation counter). Call retranslate() after a language change.
class RunTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Label,
        Name,
        Status,
        Trigger,
        RequestedBy,
        Owner,
        Started,
        Duration,
        Items,
        Warnings,
        Error,
        ColumnCount
    };
    enum Role {
        // Sortable, untranslated value: label, name, raw status, raw trigger,
        // texts, start time, seconds (-1 while running), counts, error.
        RawValueRole = Qt::UserRole + 1,
        // The run's id, on every column.
        RunIdRole,
        // The run's workflow internal name, on every column.
        NameRole,
    };

    explicit RunTableModel(engine::WorkflowEngine *engine, QObject *parent = nullptr);
    ~RunTableModel() override;
    Q_DISABLE_COPY_MOVE(RunTableModel)

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const engine::JournalQuery::Filter &filter() const { return m_filter; }
    // Replaces the filter and reloads from the first window.
    void setFilter(const engine::JournalQuery::Filter &filter);
    // Re-reads the rows loaded so far (at least one window) and the count.
    void refresh();
    void retranslate();

    // Rows per window (default 200).
    int windowSize() const { return m_windowSize; }
    void setWindowSize(int rows);

    // Runs matching the filter in the database; -1 until counted.
    qint64 totalCount() const { return m_total; }
    bool isLoading() const { return m_loading; }
    const engine::RunRecord &run(int row) const { return m_rows.at(row); }
    int rowOfRun(qint64 runId) const;

    // Texts shared with the page, in the current language.
    static QString label(const QString &workflow);

signals:
    // A load (filter, refresh or window) was applied.
    void loaded();
    void loadFailed(const QString &message);

private:
    struct Window
    {
        QList<engine::RunRecord> rows;
        qint64 total = 0;
    };
    void load(int limit, int offset, bool replace);

    QPointer<engine::WorkflowEngine> m_engine;
    engine::JournalQuery::Filter m_filter;
    QList<engine::RunRecord> m_rows;
    qint64 m_total = -1;
    int m_windowSize = 200;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace campagna::ui
