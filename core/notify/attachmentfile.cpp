#include "notify/attachmentfile.h"

#include "common/filesroot.h"
#include "common/securefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace campagna::notify {

namespace {

Error refused(const QString &path, const QString &reason)
{
    return {Error::Code::Forbidden,
            AttachmentFile::tr("The attachment %1 is refused: %2. Nothing was sent.")
                .arg(path, reason)};
}

} // namespace

Result<AttachmentFile::Content> AttachmentFile::read(const QString &canonicalFolder,
                                                     const QString &path)
{
    if (path.contains(QChar(0)) || !QDir::isAbsolutePath(path))
        return refused(path, tr("it is not an absolute path"));
    // One reason for "missing" and "elsewhere": the message goes back to
    // the database, and must not tell which files exist outside the folder.
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty() || !FilesRoot::contains(canonicalFolder, path))
        return refused(path, tr("it does not resolve to an existing file inside the extraction "
                                "folder %1")
                                 .arg(canonicalFolder));

    // O_NOFOLLOW, regular files only, a FIFO never waited for: SecureFile.
    auto file = SecureFile::openForReading(path);
    if (!file) {
        if (file.errorCode() == Error::Code::Usage)
            return makeError(
                Error::Code::Forbidden,
                tr("The attachment is refused: %1 Nothing was sent.").arg(file.errorMessage()));
        return makeError(Error::Code::Failed, file.errorMessage());
    }
    // The descriptor read must be the file whose resolved path was checked.
    struct stat opened = {};
    struct stat checked = {};
    if (::fstat(file.value()->handle(), &opened) != 0 ||
        ::stat(QFile::encodeName(canonical).constData(), &checked) != 0 ||
        checked.st_dev != opened.st_dev || checked.st_ino != opened.st_ino)
        return refused(path, tr("it changed while it was checked"));
    Content content;
    content.fileName = QFileInfo(path).fileName();
    content.data = file.value()->readAll();
    if (file.value()->error() != QFileDevice::NoError)
        return makeError(
            Error::Code::Failed,
            tr("Cannot read the attachment %1: %2").arg(path, file.value()->errorString()));
    return content;
}

} // namespace campagna::notify
