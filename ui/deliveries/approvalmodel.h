#pragma once

#include "delivery/deliveryquery.h"

#include <QAbstractTableModel>
#include <QList>

namespace campagna::ui {

// The approvals of one delivery (Deliveries page), oldest first: id, kind,
// status, reviewers, submitted, deadline, reminders sent, decided at, by
// whom, comment. Approvals of earlier rounds are shown in grey.
//
// Threading: GUI thread.
class ApprovalModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Id,
        Kind,
        Status,
        Reviewers,
        Submitted,
        Deadline,
        Reminders,
        Decided,
        DecidedBy,
        Comment,
        ColumnCount
    };
    enum Role {
        // Untranslated value: id, kind, status, ..., times in Unix seconds.
        RawValueRole = Qt::UserRole + 1,
        // The approval's id, on every column.
        ApprovalIdRole,
    };

    explicit ApprovalModel(QObject *parent = nullptr);
    ~ApprovalModel() override;
    Q_DISABLE_COPY_MOVE(ApprovalModel)

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setApprovals(const QList<delivery::DeliveryQuery::Approval> &approvals);
    const QList<delivery::DeliveryQuery::Approval> &approvals() const { return m_approvals; }
    // The pending ones.
    QList<delivery::DeliveryQuery::Approval> pending() const;
    void retranslate();

private:
    QList<delivery::DeliveryQuery::Approval> m_approvals;
};

} // namespace campagna::ui
