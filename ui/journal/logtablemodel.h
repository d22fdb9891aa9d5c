#pragma once

#include "engine/records.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace campagna::engine {
class WorkflowEngine;
}

namespace campagna::ui {

// The journal lines of one run (Journal page), oldest first: time, level
// (with an icon), step, message, object.
//
// Threading: GUI thread only. Lines are read on the engine's pool
// (WorkflowStore::log); an answer for a run that is no longer the current
// one is dropped (generation counter). Call retranslate() after a language
// change.
class LogTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Level, Step, Message, Object, ColumnCount };
    enum Role {
        // Untranslated value: Unix seconds, raw level, texts, "type id".
        RawValueRole = Qt::UserRole + 1,
    };
    // At most this many lines of a run are shown (the latest ones).
    static constexpr int MaxLines = 5000;

    explicit LogTableModel(engine::WorkflowEngine *engine, QObject *parent = nullptr);
    ~LogTableModel() override;
    Q_DISABLE_COPY_MOVE(LogTableModel)

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Shows the lines of run `runId` of `workflow`; runId 0 clears.
    void setRun(const QString &workflow, qint64 runId);
    // Re-reads the current run's lines.
    void refresh();
    void retranslate();
    qint64 runId() const { return m_runId; }
    const engine::LogRecord &line(int row) const { return m_lines.at(row); }

    static QString levelText(const QString &level);

signals:
    void loaded();
    void loadFailed(const QString &message);

private:
    QPointer<engine::WorkflowEngine> m_engine;
    QString m_workflow;
    qint64 m_runId = 0;
    QList<engine::LogRecord> m_lines;
    quint64 m_generation = 0;
};

} // namespace campagna::ui
