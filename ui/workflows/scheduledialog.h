#pragma once

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QEvent;
class QLabel;
class QLineEdit;

namespace campagna::engine {
class WorkflowEngine;
}

namespace campagna::ui {

// Edits one workflow's schedule (`every 15m`, `daily 09:00`, `manual`). OK
// sends it to WorkflowEngine::setSchedule(); a refused schedule shows the
// engine's message in the dialog, which stays open, and changes nothing.
//
// Threading: GUI thread; the engine answers through a QFuture continuation.
class ScheduleDialog final : public QDialog
{
    Q_OBJECT

public:
    ScheduleDialog(engine::WorkflowEngine *engine, const QString &workflow,
                   const QString &currentSchedule, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ScheduleDialog)

    QString workflow() const { return m_workflow; }
    QString scheduleText() const;
    // The engine's message for the last refused schedule; empty otherwise.
    QString errorText() const;

    void accept() override;

signals:
    // The engine stored the schedule.
    void scheduleChanged(const QString &workflow, const QString &schedule);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setBusy(bool busy);

    QPointer<engine::WorkflowEngine> m_engine;
    QString m_workflow;
    QLabel *m_prompt = nullptr;
    QLineEdit *m_edit = nullptr;
    QLabel *m_syntax = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_busy = false;
};

} // namespace campagna::ui
