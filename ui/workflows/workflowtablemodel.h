#pragma once

#include "engine/records.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace campagna::engine {
class WorkflowEngine;
}

namespace campagna::ui {

// The workflows of the catalog as a table (Workflows page): label in the current
// language, internal name, state, failed flag, last run, next run.
//
// Threading: GUI thread only. Rows come from WorkflowEngine::status(), which
// queries on the engine's pool; results come back as QFuture continuations
// on the GUI thread, and an answer older than the latest request is dropped
// (generation counter). The model refreshes itself on the engine's signals
// (coalesced) and on a timer, since other processes change the database too.
// As a child of a widget it follows language changes by itself (the widget
// forwards QEvent::LanguageChange to its children); otherwise call
// retranslate().
class WorkflowTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Label, Name, State, Failed, LastRun, NextRun, ColumnCount };
    enum Role {
        // Sortable value: label, name, raw state, bool, start time, next time.
        RawValueRole = Qt::UserRole + 1,
        // The workflow's internal name, on every column.
        NameRole,
    };

    // Live progress of a run of this process (from runProgress); total <= 0
    // when the workflow does not know how much work there is.
    struct Progress
    {
        qint64 runId = 0;
        qint64 done = 0;
        qint64 total = 0;
    };

    explicit WorkflowTableModel(engine::WorkflowEngine *engine, QObject *parent = nullptr);
    ~WorkflowTableModel() override;
    Q_DISABLE_COPY_MOVE(WorkflowTableModel)

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // False until the first answer of status() arrived.
    bool isLoaded() const { return m_loaded; }
    // The row of a workflow; -1 when it is not loaded.
    int rowOf(const QString &workflow) const;
    // The loaded row of a workflow; nullptr when it is not loaded.
    const engine::WorkflowStatus *status(const QString &workflow) const;
    const QList<engine::WorkflowStatus> &statuses() const { return m_rows; }
    std::optional<Progress> progress(const QString &workflow) const;

    // Asks the engine for the rows now.
    void refresh();
    // Asks soon: several calls within a short while make one query.
    void refreshSoon();
    // Re-emits every text (after a language change).
    void retranslate();
    // How often the rows are re-read without any signal (milliseconds).
    void setPollInterval(int milliseconds);

    // Texts shared with the page, in the current language.
    static QString label(const QString &workflow);
    static QString description(const QString &workflow);
    static QString stateText(const QString &state);

signals:
    // A status() answer was applied.
    void refreshed();
    // A status() request failed (database unreachable, ...).
    void refreshFailed(const QString &message);
    // A run of this process started, progressed or finished.
    void progressChanged(const QString &workflow);

protected:
    bool event(QEvent *event) override;

private:
    void apply(QList<engine::WorkflowStatus> rows);
    void emitRowChanged(int row);
    void emitAllChanged();
    // data() of one column.
    QVariant stateData(const engine::WorkflowStatus &row, int role) const;
    QVariant failedData(const engine::WorkflowStatus &row, int role) const;
    QVariant lastRunData(const engine::WorkflowStatus &row, int role) const;
    QVariant nextRunData(const engine::WorkflowStatus &row, int role) const;
    QString lastRunText(const engine::WorkflowStatus &row) const;
    QString lastRunToolTip(const engine::WorkflowStatus &row) const;
    QString nextRunText(const engine::WorkflowStatus &row) const;

    QPointer<engine::WorkflowEngine> m_engine;
    QList<engine::WorkflowStatus> m_rows;
    QHash<QString, Progress> m_progress;
    quint64 m_generation = 0;
    bool m_loaded = false;
    QTimer m_pollTimer;
    QTimer m_soonTimer;
};

} // namespace campagna::ui
