#include "notify/attachmentfile.h"

#include "common/filesroot.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace campagna::notify {

namespace {

Error refused(const QString &path, const QString &reason)
{
    return {Error::Code::Forbidden,
            AttachmentFile::tr("The attachment %1 is refused: %2. Nothing was sent.")
                .arg(path, reason)};
}

// Closes the descriptor it holds, unless handed on (value = -1).
struct Descriptor
{
    explicit Descriptor(int fd)
        : value(fd)
    {}
    ~Descriptor()
    {
        if (value >= 0)
            ::close(value);
    }
    Q_DISABLE_COPY_MOVE(Descriptor)
    int value;
};

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
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

    // O_NONBLOCK: opening a FIFO must not wait for a writer.
    Descriptor fd(::open(QFile::encodeName(path).constData(),
                         O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
    if (fd.value < 0) {
        const int error = errno;
        if (error == ELOOP)
            return refused(path, tr("it is a symbolic link"));
        return makeError(Error::Code::Failed,
                         tr("Cannot open the attachment %1: %2").arg(path, systemError(error)));
    }
    struct stat opened = {};
    if (::fstat(fd.value, &opened) != 0)
        return makeError(Error::Code::Failed,
                         tr("Cannot open the attachment %1: %2").arg(path, systemError(errno)));
    if (!S_ISREG(opened.st_mode))
        return refused(path, tr("it is not a regular file"));
    // The descriptor read must be the file whose resolved path was checked.
    struct stat checked = {};
    if (::stat(QFile::encodeName(canonical).constData(), &checked) != 0 ||
        checked.st_dev != opened.st_dev || checked.st_ino != opened.st_ino)
        return refused(path, tr("it changed while it was checked"));

    QFile file;
    if (!file.open(fd.value, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle))
        return makeError(Error::Code::Failed,
                         tr("Cannot open the attachment %1: %2").arg(path, file.errorString()));
    fd.value = -1; // the file closes it now
    Content content;
    content.fileName = QFileInfo(path).fileName();
    content.data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return makeError(Error::Code::Failed,
                         tr("Cannot read the attachment %1: %2").arg(path, file.errorString()));
    return content;
}

} // namespace campagna::notify
