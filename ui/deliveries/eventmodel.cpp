#include "deliveries/eventmodel.h"

#include "deliveries/deliverytexts.h"

#include <QLocale>

namespace campagna::ui {

EventModel::EventModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

EventModel::~EventModel() = default;

int EventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const delivery::DeliveryQuery::Event &e = m_events.at(index.row());
    const bool display = role == Qt::DisplayRole;
    const bool raw = role == RawValueRole;
    switch (Column(index.column())) {
    case Last:
        if (display)
            return DeliveryTexts::dateTime(e.lastAt ? e.lastAt : e.firstAt);
        if (raw)
            return e.lastAt ? QVariant(*e.lastAt) : QVariant();
        break;
    case Reason:
        if (display || raw)
            return e.reason;
        break;
    case Message:
        if (display || raw || role == Qt::ToolTipRole)
            return e.message;
        break;
    case Count:
        if (display)
            return QLocale().toString(e.count);
        if (raw)
            return e.count;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case First:
        if (display)
            return DeliveryTexts::dateTime(e.firstAt);
        if (raw)
            return e.firstAt ? QVariant(*e.firstAt) : QVariant();
        break;
    case Workflow:
        if (display)
            return e.runId ? tr("%1 (run %2)").arg(e.workflow, QLocale().toString(*e.runId))
                           : e.workflow;
        if (raw)
            return e.workflow;
        break;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant EventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Last:
        return tr("Last");
    case Reason:
        return tr("Reason");
    case Message:
        return tr("Message");
    case Count:
        return tr("Times");
    case First:
        return tr("First");
    case Workflow:
        return tr("Recorded by");
    case ColumnCount:
        break;
    }
    return {};
}

void EventModel::setEvents(const QList<delivery::DeliveryQuery::Event> &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

void EventModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_events.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_events.size()) - 1, ColumnCount - 1));
}

} // namespace campagna::ui
