#include "deliveries/decisiondialog.h"

#include "deliveries/deliverytexts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace campagna::ui {

DecisionDialog::DecisionDialog(bool approve, qint64 deliveryId, const QString &deliveryLabel,
                               const QList<delivery::DeliveryQuery::Approval> &pending,
                               qint64 preselectedApprovalId, QWidget *parent)
    : QDialog(parent)
    , m_approve(approve)
    , m_deliveryId(deliveryId)
    , m_deliveryLabel(deliveryLabel)
    , m_pending(pending)
{
    setObjectName(QStringLiteral("decisionDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_approvalLabel = new QLabel(this);
    m_approvalCombo = new QComboBox(this);
    m_approvalCombo->setObjectName(QStringLiteral("approvalCombo"));
    m_approvalLabel->setBuddy(m_approvalCombo);
    for (const auto &a : m_pending)
        m_approvalCombo->addItem(QString(), a.id);
    m_commentLabel = new QLabel(this);
    m_commentEdit = new QPlainTextEdit(this);
    m_commentEdit->setObjectName(QStringLiteral("commentEdit"));
    m_commentEdit->setTabChangesFocus(true);
    m_commentEdit->setFixedHeight(m_commentEdit->fontMetrics().lineSpacing() * 5 + 12);
    m_commentLabel->setBuddy(m_commentEdit);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(m_approvalLabel, m_approvalCombo);
    form->addRow(m_commentLabel, m_commentEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    setApprovalId(preselectedApprovalId);
    retranslateUi();
    resize(480, sizeHint().height());
}

DecisionDialog::~DecisionDialog() = default;

qint64 DecisionDialog::approvalId() const
{
    return m_approvalCombo->currentData().toLongLong();
}

QString DecisionDialog::comment() const
{
    return m_commentEdit->toPlainText().trimmed();
}

void DecisionDialog::setApprovalId(qint64 approvalId)
{
    const int index = m_approvalCombo->findData(approvalId);
    if (index >= 0)
        m_approvalCombo->setCurrentIndex(index);
}

void DecisionDialog::setComment(const QString &comment)
{
    m_commentEdit->setPlainText(comment);
}

void DecisionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DecisionDialog::retranslateUi()
{
    setWindowTitle(m_approve ? tr("Approve") : tr("Reject"));
    m_intro->setText((m_approve ? tr("Approve an approval of the delivery %1 \"%2\".")
                                : tr("Reject an approval of the delivery %1 \"%2\"."))
                         .arg(QLocale().toString(m_deliveryId), m_deliveryLabel));
    m_approvalLabel->setText(tr("A&pproval:"));
    for (int i = 0; i < m_pending.size(); ++i) {
        const auto &a = m_pending.at(i);
        const QString reviewers =
            a.reviewers.isEmpty() ? tr("no reviewer") : a.reviewers.join(QStringLiteral(", "));
        m_approvalCombo->setItemText(
            i, tr("%1 – %2 (reviewers: %3)")
                   .arg(QLocale().toString(a.id), DeliveryTexts::approvalKind(a.kind), reviewers));
    }
    m_commentLabel->setText(tr("&Comment:"));
    m_commentEdit->setPlaceholderText(tr("Optional: why, for the record"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_approve ? tr("&Approve") : tr("&Reject"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace campagna::ui
