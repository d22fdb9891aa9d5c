#include "common/pagetable.h"

#include <QHeaderView>
#include <QTableView>

namespace campagna::ui {

QTableView *makePageTable(QWidget *parent, const QString &objectName, QAbstractItemModel *model,
                          int sortColumn, Qt::SortOrder order)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSortIndicatorShown(true);
    // Before enabling sorting, which sorts by the indicator at once.
    view->horizontalHeader()->setSortIndicator(sortColumn, order);
    view->setSortingEnabled(true);
    return view;
}

} // namespace campagna::ui
