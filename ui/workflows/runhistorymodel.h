#pragma once

#include "engine/records.h"

#include <QAbstractTableModel>
#include <QList>

namespace campagna::ui {

// The runs of one workflow, newest first (the page loads them off the GUI
// thread and hands them over with setRuns()). Status translated and
// coloured, trigger, requested by, start, duration, items, warnings.
//
// Threading: GUI thread.
class RunHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Status, Trigger, RequestedBy, Start, Duration, Items, Warnings, ColumnCount };
    enum Role {
        // The untranslated value (status, trigger) or the number, for sorting.
        RawValueRole = Qt::UserRole + 1,
        RunIdRole,
    };

    explicit RunHistoryModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(RunHistoryModel)

    void setRuns(const QList<engine::RunRecord> &runs);
    const QList<engine::RunRecord> &runs() const { return m_runs; }
    // The row of the run, or -1.
    int rowOfRun(qint64 runId) const;
    // Re-reads the texts in the current language.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<engine::RunRecord> m_runs;
};

} // namespace campagna::ui
