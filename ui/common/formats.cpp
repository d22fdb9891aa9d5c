#include "common/formats.h"

#include "budget/budgetstates.h"
#include "common/runtexts.h"
#include "deliveries/deliverytexts.h"
#include "stock/stockstates.h"
#include "workflows/workflowtablemodel.h"

#include <QDateTime>
#include <QLocale>
#include <QVariant>

namespace campagna::ui {

QString Formats::currencySymbol(const QString &currency)
{
    if (currency == u"EUR")
        return QStringLiteral("€");
    if (currency == u"USD")
        return QStringLiteral("$");
    if (currency == u"GBP")
        return QStringLiteral("£");
    if (currency == u"JPY")
        return QStringLiteral("¥");
    return currency;
}

QString Formats::money(qint64 cents, const QString &currency)
{
    // A minus sign, not the accounting brackets some locales use: an
    // over-run must read as a negative amount.
    const QLocale locale;
    const QString amount =
        locale.toCurrencyString(double(qAbs(cents)) / 100.0, currencySymbol(currency), 2);
    return cents < 0 ? locale.negativeSign() + amount : amount;
}

QString Formats::quantity(qint64 value)
{
    return QLocale().toString(value);
}

QString Formats::date(const QVariant &unixSeconds)
{
    if (unixSeconds.isNull() || !unixSeconds.isValid())
        return {};
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(unixSeconds.toLongLong()).date(),
                              QLocale::ShortFormat);
}

QString Formats::percent(double value)
{
    return tr("%1 %", "a percentage").arg(QLocale().toString(value, 'f', 1));
}

QString Formats::commitment(const QString &value)
{
    using budget::Commitment;
    const std::optional<Commitment> known = fromSql<Commitment>(value);
    if (!known)
        return value;
    switch (*known) {
    case Commitment::Planned:
        return tr("Planned");
    case Commitment::Reserved:
        return tr("Reserved");
    case Commitment::Committed:
        return tr("Committed");
    case Commitment::Spent:
        return tr("Spent");
    }
    return value;
}

QString Formats::basis(const QString &value)
{
    using budget::CostBasis;
    const std::optional<CostBasis> known = fromSql<CostBasis>(value);
    if (!known)
        return value;
    switch (*known) {
    case CostBasis::Real:
        return tr("Real", "cost basis");
    case CostBasis::Calculated:
        return tr("Calculated", "cost basis");
    case CostBasis::Estimated:
        return tr("Estimated", "cost basis");
    }
    return value;
}

QString Formats::stockStatus(const QString &value)
{
    using stock::StockStatus;
    const std::optional<StockStatus> known = fromSql<StockStatus>(value);
    if (!known)
        return value;
    switch (*known) {
    case StockStatus::Ok:
        return tr("OK", "stock status");
    case StockStatus::Alert:
        return tr("Alert", "stock status");
    case StockStatus::Insufficient:
        return tr("Insufficient", "stock status");
    }
    return value;
}

QString Formats::alertKind(const QString &value)
{
    using stock::AlertKind;
    const std::optional<AlertKind> known = fromSql<AlertKind>(value);
    if (!known)
        return value;
    switch (*known) {
    case AlertKind::AlertLevel:
        return tr("Alert level reached");
    case AlertKind::Insufficient:
        return tr("Insufficient stock");
    }
    return value;
}

QString Formats::orderStatus(const QString &value)
{
    using stock::OrderStatus;
    const std::optional<OrderStatus> known = fromSql<OrderStatus>(value);
    if (!known)
        return value;
    switch (*known) {
    case OrderStatus::Proposed:
        return tr("Proposed", "stock order");
    case OrderStatus::OnOrder:
        return tr("On order", "stock order");
    case OrderStatus::Received:
        return tr("Received", "stock order");
    case OrderStatus::Cancelled:
        return tr("Cancelled", "stock order");
    }
    return value;
}

QString Formats::cell(const RowSource &source, const QVariantList &row, int column)
{
    const QueryColumn &descriptor = source.columns().at(column);
    const QString currency = descriptor.currencyKey.isEmpty()
                                 ? QString()
                                 : source.value(row, descriptor.currencyKey).toString();
    return cell(descriptor.format, row.value(column + 1), currency);
}

QString Formats::cell(CellFormat format, const QVariant &value, const QString &currency)
{
    if (value.isNull() && format != CellFormat::Text)
        return {};
    switch (format) {
    case CellFormat::Text:
        return value.toString();
    case CellFormat::Integer:
    case CellFormat::Quantity:
        return quantity(value.toLongLong());
    case CellFormat::Money:
        return money(value.toLongLong(), currency);
    case CellFormat::Percent:
        return percent(value.toDouble());
    case CellFormat::Date:
        return date(value);
    case CellFormat::DateTime:
        return RunTexts::dateTime(value.toLongLong());
    case CellFormat::Duration:
        return RunTexts::duration(value.toLongLong());
    case CellFormat::RunStatus:
        return RunTexts::status(value.toString());
    case CellFormat::RunTrigger:
        return RunTexts::trigger(value.toString());
    case CellFormat::Workflow:
        return WorkflowTableModel::label(value.toString());
    case CellFormat::Commitment:
        return commitment(value.toString());
    case CellFormat::Basis:
        return basis(value.toString());
    case CellFormat::StockStatus:
        return stockStatus(value.toString());
    case CellFormat::OrderStatus:
        return orderStatus(value.toString());
    case CellFormat::AlertKind:
        return alertKind(value.toString());
    case CellFormat::Channel:
        return DeliveryTexts::channel(value.toString());
    case CellFormat::DeliveryStatus:
        return DeliveryTexts::status(value.toString());
    }
    return value.toString();
}

bool Formats::isNumeric(CellFormat format)
{
    return format == CellFormat::Integer || format == CellFormat::Quantity ||
           format == CellFormat::Money || format == CellFormat::Percent ||
           format == CellFormat::Duration;
}

} // namespace campagna::ui
