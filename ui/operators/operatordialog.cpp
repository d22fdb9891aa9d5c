#include "operators/operatordialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace campagna::ui {

namespace {

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

OperatorDialog::OperatorDialog(Mode mode, const people::OperatorRecord &record, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_record(mode == Mode::Edit ? record : people::OperatorRecord())
{
    setObjectName(QStringLiteral("operatorDialog"));
    m_nameLabel = new QLabel(this);
    m_nameEdit = new QLineEdit(m_record.name, this);
    m_nameEdit->setObjectName(QStringLiteral("operatorNameEdit"));
    m_nameEdit->setReadOnly(mode == Mode::Edit);
    m_nameLabel->setBuddy(m_nameEdit);
    m_adminCheck = new QCheckBox(this);
    m_adminCheck->setObjectName(QStringLiteral("operatorAdminCheck"));
    m_adminCheck->setChecked(m_record.isAdmin);
    m_groupsLabel = new QLabel(this);
    m_groupsEdit = new QLineEdit(m_record.groups.join(QStringLiteral(", ")), this);
    m_groupsEdit->setObjectName(QStringLiteral("operatorGroupsEdit"));
    m_groupsLabel->setBuddy(m_groupsEdit);
    m_languageLabel = new QLabel(this);
    m_languageCombo = new QComboBox(this);
    m_languageCombo->setObjectName(QStringLiteral("operatorLanguageCombo"));
    // Item data: the stored locale, never translated.
    for (const QString &locale : {QString(), QStringLiteral("it"), QStringLiteral("en")})
        m_languageCombo->addItem(QString(), locale);
    m_languageCombo->setCurrentIndex(qMax(0, m_languageCombo->findData(m_record.locale)));
    m_languageLabel->setBuddy(m_languageCombo);
    m_emailLabel = new QLabel(this);
    m_emailEdit = new QLineEdit(m_record.email, this);
    m_emailEdit->setObjectName(QStringLiteral("operatorEmailEdit"));
    m_emailLabel->setBuddy(m_emailEdit);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("operatorDialogError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #a41e22;"));
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OperatorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OperatorDialog::reject);
    for (QLineEdit *edit : {m_nameEdit, m_groupsEdit, m_emailEdit})
        connect(edit, &QLineEdit::textEdited, m_error, &QWidget::hide);

    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_nameEdit);
    form->addRow(QString(), m_adminCheck);
    form->addRow(m_groupsLabel, m_groupsEdit);
    form->addRow(m_languageLabel, m_languageCombo);
    form->addRow(m_emailLabel, m_emailEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    retranslateUi();
}

QString OperatorDialog::operatorName() const
{
    return m_mode == Mode::Edit ? m_record.name : m_nameEdit->text().trimmed();
}

people::OperatorValues OperatorDialog::values() const
{
    people::OperatorValues values;
    values.admin = m_adminCheck->isChecked();
    values.groups = parseGroups(m_groupsEdit->text());
    values.locale = m_languageCombo->currentData().toString();
    values.email = m_emailEdit->text().trimmed();
    return values;
}

people::OperatorValues OperatorDialog::changes() const
{
    people::OperatorValues all = values();
    people::OperatorValues changed;
    if (*all.admin != m_record.isAdmin)
        changed.admin = all.admin;
    if (sorted(*all.groups) != sorted(m_record.groups))
        changed.groups = all.groups;
    if (*all.locale != m_record.locale)
        changed.locale = all.locale;
    if (*all.email != m_record.email)
        changed.email = all.email;
    return changed;
}

QString OperatorDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QStringList OperatorDialog::parseGroups(const QString &text)
{
    QStringList groups;
    for (const QString &part : text.split(u',')) {
        const QString group = part.trimmed();
        if (!group.isEmpty() && !groups.contains(group))
            groups << group;
    }
    return groups;
}

void OperatorDialog::accept()
{
    if (auto valid = people::OperatorDirectory::validate(operatorName(), values()); !valid) {
        showError(valid.errorMessage());
        return;
    }
    QDialog::accept();
}

void OperatorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void OperatorDialog::retranslateUi()
{
    setWindowTitle(m_mode == Mode::Add ? tr("Add an operator")
                                       : tr("Edit the operator %1").arg(m_record.name));
    m_nameLabel->setText(tr("&Name:"));
    m_nameEdit->setToolTip(m_mode == Mode::Add
                               ? tr("The database user's name (on PostgreSQL the role must "
                                    "exist already)")
                               : tr("An operator's name cannot be changed"));
    m_adminCheck->setText(tr("&Administrator"));
    m_adminCheck->setToolTip(tr("Administrators may manage operators, settings and workflows"));
    m_groupsLabel->setText(tr("&Groups:"));
    m_groupsEdit->setPlaceholderText(tr("Comma-separated, e.g. reviewers, stock"));
    m_groupsEdit->setToolTip(tr("The operator's groups, separated by commas; groups that do not "
                                "exist yet are created"));
    m_languageLabel->setText(tr("&Language:"));
    for (int i = 0; i < m_languageCombo->count(); ++i)
        m_languageCombo->setItemText(i, languageText(m_languageCombo->itemData(i).toString()));
    m_emailLabel->setText(tr("&E-mail:"));
    m_emailEdit->setPlaceholderText(tr("name@example.com"));
}

void OperatorDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

QString OperatorDialog::languageText(const QString &locale)
{
    if (locale == u"it")
        return tr("Italian");
    if (locale == u"en")
        return tr("English");
    return tr("None", "no language chosen for the operator");
}

} // namespace campagna::ui
