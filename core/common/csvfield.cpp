#include "common/csvfield.h"

#include <QRegularExpression>

namespace campagna {

namespace {

bool startsFormula(const QString &value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
           first == u'\r';
}

bool isPlainNumber(const QString &value)
{
    // A sign, digits with "." or "," between groups, nothing else.
    static const QRegularExpression number(QStringLiteral("\\A[+-]?[0-9]+(?:[.,][0-9]+)*\\z"));
    return number.match(value).hasMatch();
}

} // namespace

QString CsvField::neutralised(const QString &value)
{
    if (!startsFormula(value) || isPlainNumber(value))
        return value;
    return u'\'' + value;
}

QString CsvField::field(const QString &value)
{
    const QString text = neutralised(value);
    const bool quote =
        text.contains(u',') || text.contains(u'"') || text.contains(u'\r') || text.contains(u'\n');
    if (!quote)
        return text;
    QString escaped = text;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

} // namespace campagna
