#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QTemporaryFile>

#include <memory>

namespace campagna {

// Files in folders that others can write to (a supplier's drop folder) or
// whose names come from the database, opened so that a symbolic link or a
// special file put in their place is refused instead of followed. Callers
// check first that the folder itself is inside the files root
// (FilesRoot::folder()). Messages name the file and the reason, never its
// content.
//
// Threading: stateless; call from any thread.
class SecureFile final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::SecureFile)

public:
    // Opens an existing file for reading with O_NOFOLLOW: a symbolic link,
    // a folder, a FIFO or a device is refused (Error::Code::Usage), and so
    // is a file of more than `maxBytes` bytes when maxBytes >= 0.
    static Result<std::unique_ptr<QFile>> openForReading(const QString &path, qint64 maxBytes = -1);
};

// Writes a file whole or not at all, like QSaveFile, but never through a
// symbolic link: QSaveFile writes to the target of a link found at the final
// name. SecureSaveFile writes a temporary file `<name>.XXXXXX` created
// with O_EXCL and mode 0600 in the same folder (SaveFileSweep removes one
// left by a crash) and renames it over the final name in commit(): rename()
// replaces a link found there, never its target. A file that is not
// committed is removed.
class SecureSaveFile final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::SecureSaveFile)

public:
    explicit SecureSaveFile(QString path);
    Q_DISABLE_COPY_MOVE(SecureSaveFile)

    Result<void> open();
    // False on a write error (errorString() says which).
    bool write(const QByteArray &data);
    // Flushes, syncs to disk and renames into place; refused when the final
    // name is a folder.
    Result<void> commit();
    void cancel();
    QString errorString() const { return m_file.errorString(); }
    const QString &fileName() const { return m_path; }

private:
    QString m_path;
    QTemporaryFile m_file;
};

} // namespace campagna
