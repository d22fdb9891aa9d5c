#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace campagna::notify {

// The file of a notification's attachment_path, read for sending. The path
// comes from the database, which is not trusted with the host: only a
// regular file that resolves, after symbolic links, inside the extraction
// folder of this installation is read, and never through a symbolic link
// as its last component (opened with O_NOFOLLOW, checked with fstat on the
// descriptor that is read, so the file checked is the file sent).
//
// Threading: stateless; call from any thread.
class AttachmentFile final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::notify::AttachmentFile)

public:
    struct Content
    {
        QString fileName; // the last component of the path
        QByteArray data;
    };

    // `canonicalFolder`: the extraction folder, canonical (FilesRoot). A
    // refused path is an Error::Code::Forbidden that names the path and
    // the reason (never the file's content); a file that was accepted but
    // could not be read is an Error::Code::Failed.
    static Result<Content> read(const QString &canonicalFolder, const QString &path);
};

} // namespace campagna::notify
