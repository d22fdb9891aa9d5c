#include "workflows/scheduledialog.h"

#include "engine/workflowengine.h"
#include "workflows/workflowtablemodel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace campagna::ui {

ScheduleDialog::ScheduleDialog(engine::WorkflowEngine *engine, const QString &workflow,
                               const QString &currentSchedule, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_workflow(workflow)
{
    setObjectName(QStringLiteral("scheduleDialog"));
    auto *layout = new QVBoxLayout(this);
    m_prompt = new QLabel(this);
    m_prompt->setWordWrap(true);
    m_edit = new QLineEdit(currentSchedule, this);
    m_edit->setObjectName(QStringLiteral("scheduleEdit"));
    m_edit->selectAll();
    m_prompt->setBuddy(m_edit);
    m_syntax = new QLabel(this);
    m_syntax->setWordWrap(true);
    m_syntax->setTextFormat(Qt::PlainText);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("scheduleError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #a41e22;"));
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ScheduleDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ScheduleDialog::reject);
    connect(m_edit, &QLineEdit::textEdited, m_error, &QWidget::hide);
    layout->addWidget(m_prompt);
    layout->addWidget(m_edit);
    layout->addWidget(m_syntax);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    retranslateUi();
}

QString ScheduleDialog::scheduleText() const
{
    return m_edit->text().trimmed();
}

QString ScheduleDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ScheduleDialog::retranslateUi()
{
    setWindowTitle(tr("Schedule of %1").arg(WorkflowTableModel::label(m_workflow)));
    m_prompt->setText(tr("&Schedule of %1:").arg(WorkflowTableModel::label(m_workflow)));
    m_syntax->setText(tr("Syntax: \"every 15m\" (also s, h, d), \"daily 09:00\" or \"manual\" "
                         "(runs only when asked)."));
}

void ScheduleDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ScheduleDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_edit->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void ScheduleDialog::accept()
{
    if (m_busy || !m_engine)
        return;
    const QString schedule = scheduleText();
    setBusy(true);
    QPointer<ScheduleDialog> self(this);
    m_engine->setSchedule(m_workflow, schedule)
        .then(m_engine.data(), [self, schedule](Result<void> result) {
            if (!self)
                return;
            self->setBusy(false);
            if (!result) {
                self->m_error->setText(result.errorMessage());
                self->m_error->show();
                self->m_edit->setFocus();
                return;
            }
            emit self->scheduleChanged(self->m_workflow, schedule);
            self->QDialog::accept();
        });
}

} // namespace campagna::ui
