#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;

namespace campagna::ui {

// CSV text (RFC 4180): a header line then one line per row, CRLF line
// ends, each field written by campagna::CsvField (quoted when needed, a
// formula neutralised). text() and field() are pure; writeFile() writes UTF-8.
class CsvWriter final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::ui::CsvWriter)

public:
    static QString text(const QStringList &header, const QList<QStringList> &rows);
    static QString field(const QString &value);
    // A table as shown: the model's horizontal headers and the display
    // texts of the rows it has loaded.
    static QString modelText(const QAbstractItemModel &model);
    // Writes `text` as UTF-8 to `path`, whole or not at all (QSaveFile);
    // false with a message in the current language in `error`.
    static bool writeFile(const QString &path, const QString &text, QString *error = nullptr);
};

} // namespace campagna::ui
