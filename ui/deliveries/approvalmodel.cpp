#include "deliveries/approvalmodel.h"

#include "deliveries/deliverytexts.h"

#include "common/palette.h"
#include "delivery/deliverystates.h"

#include <QLocale>

namespace campagna::ui {

using delivery::ApprovalStatus;

ApprovalModel::ApprovalModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ApprovalModel::~ApprovalModel() = default;

int ApprovalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_approvals.size());
}

int ApprovalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApprovalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const delivery::DeliveryQuery::Approval &a = m_approvals.at(index.row());
    if (role == ApprovalIdRole)
        return a.id;
    if (role == Qt::ForegroundRole && !a.current)
        return Palette::inactive();
    if (role == Qt::ToolTipRole && !a.current)
        return tr("An approval of an earlier round: a later one of the same kind replaced it.");
    const bool display = role == Qt::DisplayRole;
    const bool raw = role == RawValueRole;
    switch (Column(index.column())) {
    case Id:
        if (display)
            return QLocale().toString(a.id);
        if (raw)
            return a.id;
        break;
    case Kind:
        if (display)
            return DeliveryTexts::approvalKind(a.kind);
        if (raw)
            return a.kind;
        break;
    case Status:
        if (display)
            return DeliveryTexts::approvalStatus(a.status);
        if (raw)
            return a.status;
        if (role == Qt::ForegroundRole) {
            const auto status = fromSql<ApprovalStatus>(a.status);
            if (status == ApprovalStatus::Rejected)
                return Palette::failure();
            if (status == ApprovalStatus::Approved)
                return Palette::success();
        }
        break;
    case Reviewers:
        if (display || raw)
            return a.reviewers.join(QStringLiteral(", "));
        break;
    case Submitted:
        if (display)
            return DeliveryTexts::dateTime(a.submittedAt);
        if (raw)
            return a.submittedAt;
        break;
    case Deadline:
        if (display)
            return DeliveryTexts::dateTime(a.deadlineAt);
        if (raw)
            return a.deadlineAt ? QVariant(*a.deadlineAt) : QVariant();
        break;
    case Reminders:
        if (display)
            return QLocale().toString(a.remindersSent);
        if (raw)
            return a.remindersSent;
        break;
    case Decided:
        if (display)
            return DeliveryTexts::dateTime(a.decidedAt);
        if (raw)
            return a.decidedAt ? QVariant(*a.decidedAt) : QVariant();
        break;
    case DecidedBy:
        if (display || raw)
            return a.decidedBy;
        break;
    case Comment:
        if (display || raw || role == Qt::ToolTipRole)
            return a.comment;
        break;
    case ColumnCount:
        break;
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Id || index.column() == Reminders))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ApprovalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Id:
        return tr("ID");
    case Kind:
        return tr("Kind");
    case Status:
        return tr("Status");
    case Reviewers:
        return tr("Reviewers");
    case Submitted:
        return tr("Submitted");
    case Deadline:
        return tr("Deadline");
    case Reminders:
        return tr("Reminders sent");
    case Decided:
        return tr("Decided");
    case DecidedBy:
        return tr("Decided by");
    case Comment:
        return tr("Comment");
    case ColumnCount:
        break;
    }
    return {};
}

void ApprovalModel::setApprovals(const QList<delivery::DeliveryQuery::Approval> &approvals)
{
    beginResetModel();
    m_approvals = approvals;
    endResetModel();
}

QList<delivery::DeliveryQuery::Approval> ApprovalModel::pending() const
{
    QList<delivery::DeliveryQuery::Approval> pending;
    for (const auto &a : m_approvals) {
        if (fromSql<ApprovalStatus>(a.status) == ApprovalStatus::Pending)
            pending.append(a);
    }
    return pending;
}

void ApprovalModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_approvals.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_approvals.size()) - 1, ColumnCount - 1));
}

} // namespace campagna::ui
