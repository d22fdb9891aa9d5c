#pragma once

#include "common/rowsource.h"

#include <QCoreApplication>
#include <QString>

namespace campagna::ui {

// How the analyst pages write figures, with QLocale() (the chosen
// language's locale, see installTranslations): money from cents with its
// currency, quantities, days and percentages.
class Formats final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::ui::Formats)

public:
    // "1.234,56 €" in Italian, "€1,234.56" in English; a currency without a
    // well-known symbol is written with its ISO code.
    static QString money(qint64 cents, const QString &currency);
    static QString currencySymbol(const QString &currency);
    static QString quantity(qint64 value);
    // The local day of a Unix time, short format; empty for a null time.
    static QString date(const QVariant &unixSeconds);
    static QString percent(double value);
    // Database enumeration values (never translated in the database).
    static QString commitment(const QString &value);
    static QString basis(const QString &value);
    static QString stockStatus(const QString &value);
    static QString alertKind(const QString &value);
    static QString orderStatus(const QString &value);

    // The text of column `column` of a row read from `source` (the id
    // first), as its CellFormat says.
    static QString cell(const RowSource &source, const QVariantList &row, int column);
    static QString cell(CellFormat format, const QVariant &value,
                        const QString &currency = QString());
    // Numbers, money, percentages and durations are right-aligned.
    static bool isNumeric(CellFormat format);
};

} // namespace campagna::ui
