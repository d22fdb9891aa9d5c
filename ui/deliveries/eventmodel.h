#pragma once

#include "delivery/deliveryquery.h"

#include <QAbstractTableModel>
#include <QList>

namespace campagna::ui {

// The events of one delivery (delivery_event, Deliveries page), latest
// first: last time, reason, count, first time, workflow and run, message.
//
// Threading: GUI thread.
class EventModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Last, Reason, Count, First, Workflow, Message, ColumnCount };
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit EventModel(QObject *parent = nullptr);
    ~EventModel() override;
    Q_DISABLE_COPY_MOVE(EventModel)

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setEvents(const QList<delivery::DeliveryQuery::Event> &events);
    const QList<delivery::DeliveryQuery::Event> &events() const { return m_events; }
    void retranslate();

private:
    QList<delivery::DeliveryQuery::Event> m_events;
};

} // namespace campagna::ui
