#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace campagna::ui {

// CSV text (RFC 4180): a header line then one line per row, CRLF line
// ends, fields quoted when they contain a comma, a double quote, CR or LF
// (quotes doubled). Pure; encode the result as UTF-8 to write it.
class CsvWriter final
{
public:
    static QString text(const QStringList &header, const QList<QStringList> &rows);
    static QString field(const QString &value);
};

} // namespace campagna::ui
