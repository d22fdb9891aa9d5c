#include "common/formats.h"

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
    if (value == u"planned")
        return tr("Planned");
    if (value == u"reserved")
        return tr("Reserved");
    if (value == u"committed")
        return tr("Committed");
    if (value == u"spent")
        return tr("Spent");
    return value;
}

QString Formats::basis(const QString &value)
{
    if (value == u"real")
        return tr("Real", "cost basis");
    if (value == u"calculated")
        return tr("Calculated", "cost basis");
    if (value == u"estimated")
        return tr("Estimated", "cost basis");
    return value;
}

QString Formats::stockStatus(const QString &value)
{
    if (value == u"ok")
        return tr("OK", "stock status");
    if (value == u"alert")
        return tr("Alert", "stock status");
    if (value == u"insufficient")
        return tr("Insufficient", "stock status");
    return value;
}

QString Formats::alertKind(const QString &value)
{
    if (value == u"alert_level")
        return tr("Alert level reached");
    if (value == u"insufficient")
        return tr("Insufficient stock");
    return value;
}

QString Formats::orderStatus(const QString &value)
{
    if (value == u"proposed")
        return tr("Proposed", "stock order");
    if (value == u"on_order")
        return tr("On order", "stock order");
    if (value == u"received")
        return tr("Received", "stock order");
    if (value == u"cancelled")
        return tr("Cancelled", "stock order");
    return value;
}

} // namespace campagna::ui
