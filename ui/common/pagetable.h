#pragma once

#include <Qt>

class QAbstractItemModel;
class QString;
class QTableView;
class QWidget;

namespace campagna::ui {

// A table view as the analyst pages show them: whole rows selected, one at
// a time, fixed row heights, sorting by clicking a header (the model sorts
// in SQL). `sortColumn` -1: the model's own order until a header is clicked.
QTableView *makePageTable(QWidget *parent, const QString &objectName, QAbstractItemModel *model,
                          int sortColumn = -1, Qt::SortOrder order = Qt::AscendingOrder);

} // namespace campagna::ui
