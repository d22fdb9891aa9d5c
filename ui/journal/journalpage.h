#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QEvent;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace campagna::engine {
class WorkflowEngine;
}

namespace campagna::ui {

class LogTableModel;
class RunTableModel;

// The Journal page: every run of every workflow, newest first, filtered by
// workflow, status and start date (in SQL), loaded lazily; below, the
// selected run's journal lines. Exports the runs shown to CSV. Refreshes
// when the engine finishes a run, keeping the selected run selected.
//
// Threading: GUI thread. Every database read goes through the engine's pool
// (see RunTableModel and LogTableModel). The engine must outlive the page.
class JournalPage final : public QWidget
{
    Q_OBJECT

public:
    explicit JournalPage(engine::WorkflowEngine *engine, QWidget *parent = nullptr);
    ~JournalPage() override;
    Q_DISABLE_COPY_MOVE(JournalPage)

    RunTableModel *runModel() const { return m_runModel; }
    LogTableModel *logModel() const { return m_logModel; }
    // The selected run's id; 0 when none.
    qint64 selectedRunId() const;
    // Selects a loaded run; false when it is not loaded.
    bool selectRun(qint64 runId);
    // The runs shown (the rows loaded in the table), as CSV text with the
    // table's headers and texts.
    QString csvText() const;
    // Writes csvText() to `path` as UTF-8; false with a message on failure.
    bool exportCsv(const QString &path, QString *error = nullptr) const;

public slots:
    // Re-reads the runs (keeping the selection) and the selected run's lines.
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillCombos();
    void applyFilter();
    void chooseExportFile();
    void onRunsLoaded();
    void onSelectionChanged();
    void updateCount();

    QPointer<engine::WorkflowEngine> m_engine;
    RunTableModel *m_runModel = nullptr;
    LogTableModel *m_logModel = nullptr;
    qint64 m_selectedRunId = 0;
    bool m_columnsSized = false;
    QString m_error;

    QLabel *m_workflowLabel = nullptr;
    QComboBox *m_workflowCombo = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QCheckBox *m_fromCheck = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QCheckBox *m_toCheck = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QLabel *m_countLabel = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_runView = nullptr;
    QLabel *m_logTitle = nullptr;
    QTableView *m_logView = nullptr;
    QTimer *m_refreshTimer = nullptr;
};

} // namespace campagna::ui
