#include "common/pagetoolbar.h"

#include <QLabel>
#include <QPushButton>

#include <limits>

namespace campagna::ui {

namespace {

QPushButton *makeButton(QWidget *page, const QString &name)
{
    auto *button = new QPushButton(page);
    button->setObjectName(name);
    return button;
}

} // namespace

PageToolbar::PageToolbar(QWidget *page, const QString &countName)
    : m_count(new QLabel(page))
    , m_refresh(makeButton(page, QStringLiteral("refreshButton")))
    , m_csv(makeButton(page, QStringLiteral("exportCsvButton")))
    , m_chart(makeButton(page, QStringLiteral("exportChartButton")))
{
    m_count->setObjectName(countName);
    addWidget(m_count);
    addStretch(1);
    addWidget(m_refresh);
    addWidget(m_csv);
    addWidget(m_chart);
}

void PageToolbar::retranslate()
{
    m_refresh->setText(tr("&Refresh"));
    m_csv->setText(tr("Export &CSV…"));
    m_chart->setText(tr("Export c&hart…"));
}

void PageToolbar::showCount(const QString &error, const QString &cannotRead, qint64 total,
                            const std::function<QString(int)> &rows)
{
    if (!error.isEmpty()) {
        m_count->setText(cannotRead);
        m_count->setToolTip(error);
        return;
    }
    m_count->setToolTip(QString());
    m_count->setText(total < 0 ? tr("Loading…")
                               : rows(int(qMin<qint64>(total, std::numeric_limits<int>::max()))));
}

} // namespace campagna::ui
