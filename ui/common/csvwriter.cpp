#include "common/csvwriter.h"

#include "common/csvfield.h"

#include <QAbstractItemModel>
#include <QSaveFile>

namespace campagna::ui {

QString CsvWriter::field(const QString &value)
{
    return CsvField::field(value);
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

QString CsvWriter::modelText(const QAbstractItemModel &model)
{
    QStringList header;
    for (int column = 0; column < model.columnCount(); ++column)
        header << model.headerData(column, Qt::Horizontal).toString();
    QList<QStringList> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList fields;
        for (int column = 0; column < model.columnCount(); ++column)
            fields << model.index(row, column).data().toString();
        rows << fields;
    }
    return text(header, rows);
}

bool CsvWriter::writeFile(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace campagna::ui
