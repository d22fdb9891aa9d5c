#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace campagna::ui {

// File > Export CSV of the pages: a window-modal save dialog (open(), not
// exec(): the event loop and the engine's signals keep running) that starts
// in the Documents folder with `fileName`, then `write(path, &error)`; a
// failure is shown in a warning titled `title`. GUI thread.
class CsvExport final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::ui::CsvExport)

public:
    using Writer = std::function<bool(const QString &path, QString *error)>;
    static void ask(QWidget *parent, const QString &title, const QString &fileName, Writer write);
};

} // namespace campagna::ui
