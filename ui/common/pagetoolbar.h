#pragma once

#include <QCoreApplication>
#include <QHBoxLayout>

#include <functional>

class QLabel;
class QPushButton;
class QWidget;

namespace campagna::ui {

// The row above an analyst page's tables: the count of rows on the left,
// Refresh, Export CSV… and Export chart… on the right. The buttons' texts
// come from retranslate(); their tooltips, which say what the page reads
// and exports, from the page. The objects are named for the tests:
// `countName`, "refreshButton", "exportCsvButton", "exportChartButton".
//
// Threading: GUI thread only.
class PageToolbar final : public QHBoxLayout
{
    Q_DECLARE_TR_FUNCTIONS(PageToolbar)

public:
    PageToolbar(QWidget *page, const QString &countName);

    QLabel *countLabel() const { return m_count; }
    QPushButton *refreshButton() const { return m_refresh; }
    QPushButton *csvButton() const { return m_csv; }
    QPushButton *chartButton() const { return m_chart; }

    void retranslate();
    // The count: `cannotRead` with `error` as its tooltip when the last
    // read failed, "Loading…" while `total` is not known yet (negative),
    // otherwise `rows(total)`.
    void showCount(const QString &error, const QString &cannotRead, qint64 total,
                   const std::function<QString(int total)> &rows);

private:
    QLabel *m_count;
    QPushButton *m_refresh;
    QPushButton *m_csv;
    QPushButton *m_chart;
};

} // namespace campagna::ui
