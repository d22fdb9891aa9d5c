#include "common/csvexport.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace campagna::ui {

void CsvExport::ask(QWidget *parent, const QString &title, const QString &fileName, Writer write)
{
    auto *dialog = new QFileDialog(
        parent, title, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("CSV files (*.csv);;All files (*)"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(fileName);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent,
                     [parent, title, write = std::move(write)](const QString &path) {
                         QString error;
                         if (write(path, &error))
                             return;
                         auto *box = new QMessageBox(QMessageBox::Warning, title, error,
                                                     QMessageBox::Ok, parent);
                         box->setAttribute(Qt::WA_DeleteOnClose);
                         box->open();
                     });
    dialog->open();
}

} // namespace campagna::ui
