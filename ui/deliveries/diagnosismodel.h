#pragma once

#include "delivery/diagnosis.h"

#include <QAbstractTableModel>
#include <QList>

namespace campagna::ui {

// The checks of one delivery's Diagnosis (Deliveries page): result (with an
// icon), check, reason and message. The messages are translated by the core
// when the diagnosis runs: the page diagnoses again after a language change.
//
// Threading: GUI thread.
class DiagnosisModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Result, Check, Reason, Message, ColumnCount };
    // The raw result name ("passed", "failed", ...) on the Result column.
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit DiagnosisModel(QObject *parent = nullptr);
    ~DiagnosisModel() override;
    Q_DISABLE_COPY_MOVE(DiagnosisModel)

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setChecks(const QList<delivery::Diagnosis::Check> &checks);
    const QList<delivery::Diagnosis::Check> &checks() const { return m_checks; }
    void retranslate();

private:
    QList<delivery::Diagnosis::Check> m_checks;
};

} // namespace campagna::ui
