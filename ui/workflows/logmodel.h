#pragma once

#include "engine/records.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

namespace campagna::ui {

// The journal lines of one run, oldest first, with a level filter (all,
// warnings and errors, errors). Time, level with icon, step, message.
//
// Threading: GUI thread.
class LogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Level, Step, Message, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1 };
    enum class Filter { All, WarningsAndErrors, Errors };

    explicit LogModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(LogModel)

    void setLines(const QList<engine::LogRecord> &lines);
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    void setLevelIcons(const QIcon &info, const QIcon &warning, const QIcon &error);
    void retranslate();

    static QString levelText(const QString &level);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void applyFilter();
    bool accepts(const engine::LogRecord &line) const;

    QList<engine::LogRecord> m_all;
    QList<engine::LogRecord> m_shown;
    Filter m_filter = Filter::All;
    QIcon m_infoIcon;
    QIcon m_warningIcon;
    QIcon m_errorIcon;
};

} // namespace campagna::ui
