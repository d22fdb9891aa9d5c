#pragma once

#include "delivery/deliveryquery.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace campagna::ui {

// Asks which pending approval of a delivery to approve or reject, and an
// optional comment (as `campagnactl approval decide ... [--comment TEXT]`:
// empty is allowed and stored as no comment). The decision itself is the
// page's: this dialog only collects it.
//
// Threading: GUI thread.
class DecisionDialog final : public QDialog
{
    Q_OBJECT

public:
    DecisionDialog(bool approve, qint64 deliveryId, const QString &deliveryLabel,
                   const QList<delivery::DeliveryQuery::Approval> &pending,
                   qint64 preselectedApprovalId, QWidget *parent = nullptr);
    ~DecisionDialog() override;
    Q_DISABLE_COPY_MOVE(DecisionDialog)

    bool isApprove() const { return m_approve; }
    qint64 approvalId() const;
    QString comment() const;
    void setApprovalId(qint64 approvalId);
    void setComment(const QString &comment);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    bool m_approve = true;
    qint64 m_deliveryId = 0;
    QString m_deliveryLabel;
    QList<delivery::DeliveryQuery::Approval> m_pending;
    QLabel *m_intro = nullptr;
    QLabel *m_approvalLabel = nullptr;
    QComboBox *m_approvalCombo = nullptr;
    QLabel *m_commentLabel = nullptr;
    QPlainTextEdit *m_commentEdit = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace campagna::ui
