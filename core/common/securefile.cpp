#include "common/securefile.h"

#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace campagna {

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

Result<std::unique_ptr<QFile>> SecureFile::openForReading(const QString &path, qint64 maxBytes)
{
    // O_NONBLOCK: opening a FIFO put there must not hang the run.
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) {
        const int error = errno;
        if (error == ELOOP)
            return makeError(
                Error::Code::Usage,
                tr("%1 is a symbolic link, not a regular file: it is not read.").arg(path));
        return makeError(error == ENOENT ? Error::Code::NotFound : Error::Code::Failed,
                         tr("Cannot read %1: %2").arg(path, systemError(error)));
    }
    struct stat status = {};
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        ::close(fd);
        return makeError(Error::Code::Usage,
                         tr("%1 is not a regular file: it is not read.").arg(path));
    }
    if (maxBytes >= 0 && status.st_size > maxBytes) {
        ::close(fd);
        return makeError(Error::Code::Usage,
                         tr("%1 has %2 bytes, more than the limit of %3 bytes: it is not read.")
                             .arg(path)
                             .arg(qint64(status.st_size))
                             .arg(maxBytes));
    }
    // Back to blocking reads for a regular file.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    auto file = std::make_unique<QFile>();
    if (!file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return makeError(Error::Code::Failed,
                         tr("Cannot read %1: %2").arg(path, file->errorString()));
    }
    return file;
}

SecureSaveFile::SecureSaveFile(QString path)
    : m_path(std::move(path))
    , m_file(m_path + QStringLiteral(".XXXXXX"))
{}

Result<void> SecureSaveFile::open()
{
    // QTemporaryFile creates its file with O_CREAT | O_EXCL, mode 0600.
    if (!m_file.open())
        return makeError(Error::Code::Failed,
                         tr("Cannot write %1: %2").arg(m_path, m_file.errorString()));
    return {};
}

bool SecureSaveFile::write(const QByteArray &data)
{
    return m_file.write(data) == data.size();
}

Result<void> SecureSaveFile::commit()
{
    if (!m_file.flush() || ::fsync(m_file.handle()) != 0)
        return makeError(Error::Code::Failed,
                         tr("Cannot write %1: %2").arg(m_path, m_file.errorString()));
    const QFileInfo existing(m_path);
    if (existing.isDir() && !existing.isSymLink())
        return makeError(Error::Code::Failed,
                         tr("Cannot write %1: a folder has that name.").arg(m_path));
    if (std::rename(QFile::encodeName(m_file.fileName()).constData(),
                    QFile::encodeName(m_path).constData()) != 0)
        return makeError(Error::Code::Failed,
                         tr("Cannot write %1: %2").arg(m_path, systemError(errno)));
    m_file.setAutoRemove(false);
    m_file.close();
    return {};
}

void SecureSaveFile::cancel()
{
    m_file.close();
    m_file.remove();
}

} // namespace campagna
