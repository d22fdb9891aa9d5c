#include "common/csvwriter.h"

namespace campagna::ui {

QString CsvWriter::field(const QString &value)
{
    const bool quote = value.contains(u',') || value.contains(u'"') || value.contains(u'\r') ||
                       value.contains(u'\n');
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QString CsvWriter::text(const QStringList &header, const QList<QStringList> &rows)
{
    QString result;
    const auto appendLine = [&result](const QStringList &fields) {
        for (int i = 0; i < fields.size(); ++i) {
            if (i > 0)
                result += u',';
            result += field(fields.at(i));
        }
        result += QStringLiteral("\r\n");
    };
    appendLine(header);
    for (const QStringList &row : rows)
        appendLine(row);
    return result;
}

} // namespace campagna::ui
