#include "connection/passworddialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace campagna::ui {

PasswordDialog::PasswordDialog(const QString &userName, const QString &server, bool refused,
                               QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("PostgreSQL password"));
    auto *layout = new QVBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("passwordPrompt"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    const QString ask = tr("The PostgreSQL server %1 asks for the password of the user \"%2\".")
                            .arg(server, userName);
    m_text->setText(refused ? tr("The server refused the password.") + u'\n' + ask : ask);
    layout->addWidget(m_text);

    auto *form = new QFormLayout;
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("passwordEdit"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setMinimumWidth(260);
    form->addRow(tr("&Password:"), m_edit);
    layout->addLayout(form);

    auto *note = new QLabel(
        tr("The password is kept only while Campagna runs. To avoid this question, set "
           "PGPASSWORD or add a line to ~/.pgpass."),
        this);
    note->setWordWrap(true);
    note->setEnabled(false);
    layout->addWidget(note);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    m_edit->setFocus();
}

QString PasswordDialog::password() const
{
    return m_edit->text();
}

} // namespace campagna::ui
