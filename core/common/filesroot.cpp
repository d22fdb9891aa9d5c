#include "common/filesroot.h"

#include "db/sql.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace campagna {

namespace {

constexpr auto kEnvironment = "CAMPAGNA_FILES_ROOT";
const auto kSettingsKey = QStringLiteral("files/root");
const auto kDefaultExtractionFolder = QStringLiteral("extractions");

// `path` is `folder` or lies under it; both clean and absolute.
bool isUnder(const QString &path, const QString &folder)
{
    if (folder == u"/")
        return path.startsWith(u'/');
    return path == folder || path.startsWith(folder + u'/');
}

// Creates `path` (one level, its parent existing) with mode 0700; an
// existing entry is left for the caller to look at.
bool makeFolder(const QString &path)
{
    return ::mkdir(QFile::encodeName(path).constData(), 0700) == 0 || errno == EEXIST;
}

// Creates the missing levels of an absolute clean path, 0700 each.
bool makeFolders(const QString &path)
{
    if (QFileInfo(path).isDir())
        return true;
    const QString parent = QFileInfo(path).path();
    if (parent != path && !makeFolders(parent))
        return false;
    return makeFolder(path) && QFileInfo(path).isDir();
}

} // namespace

FilesRoot::Location FilesRoot::locate()
{
    const QString fromEnvironment = qEnvironmentVariable(kEnvironment).trimmed();
    if (!fromEnvironment.isEmpty())
        return {QDir::cleanPath(QDir(fromEnvironment).absolutePath()), Source::Environment};
    // The same file for the console and campagnactl, whatever the
    // application's name (tests run under their own names).
    const QSettings settings(QStringLiteral("Campagna"), QStringLiteral("campagna"));
    const QString fromSettings = settings.value(kSettingsKey).toString().trimmed();
    if (!fromSettings.isEmpty())
        return {QDir::cleanPath(QDir(fromSettings).absolutePath()), Source::LocalSettings};
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return {QDir::cleanPath(data + QStringLiteral("/Campagna/files")), Source::Default};
}

QString FilesRoot::describe(Source source)
{
    switch (source) {
    case Source::Environment:
        return tr("the environment variable %1").arg(QLatin1StringView(kEnvironment));
    case Source::LocalSettings: {
        const QSettings settings(QStringLiteral("Campagna"), QStringLiteral("campagna"));
        return tr("the key %1 of %2").arg(kSettingsKey, settings.fileName());
    }
    case Source::Default:
        break;
    }
    return tr("the default (set %1 or the key %2 of the local settings to change it)")
        .arg(QLatin1StringView(kEnvironment), kSettingsKey);
}

Result<QString> FilesRoot::ensure()
{
    const Location where = locate();
    if (!makeFolders(where.path))
        return makeError(Error::Code::Failed,
                         tr("Cannot create the files root %1 (from %2): %3")
                             .arg(where.path, describe(where.source),
                                  QString::fromLocal8Bit(std::strerror(errno))));
    const QString canonical = QFileInfo(where.path).canonicalFilePath();
    if (canonical.isEmpty())
        return makeError(Error::Code::Failed, tr("The files root %1 (from %2) is not a folder.")
                                                  .arg(where.path, describe(where.source)));
    return canonical;
}

Result<QString> FilesRoot::folder(const QString &value, const QString &what, bool create)
{
    auto root = ensure();
    if (!root)
        return root.error();
    const Location where = locate();
    auto outside = [&]() -> Error {
        return makeError(Error::Code::Usage,
                         tr("The folder \"%1\" of %2 is outside the files root %3 (set by %4). "
                            "Give a folder relative to the files root, or one inside it.")
                             .arg(value, what, root.value(), describe(where.source)));
    };
    const QString cleaned =
        QDir::cleanPath(QDir::isAbsolutePath(value) ? value : root.value() + u'/' + value);
    // An absolute value may spell the root as configured or as resolved.
    QString relative;
    if (isUnder(cleaned, root.value()))
        relative = cleaned.mid(root.value().size());
    else if (isUnder(cleaned, where.path))
        relative = cleaned.mid(where.path.size());
    else
        return outside();

    // Level by level from the root, so that nothing is created or followed
    // through a symbolic link that leads out of it.
    QString current = root.value();
    bool missing = false;
    for (const QString &part : relative.split(u'/', Qt::SkipEmptyParts)) {
        const QString next = (current == u"/" ? QString() : current) + u'/' + part;
        if (missing) {
            current = next;
            continue;
        }
        QFileInfo info(next);
        if (!info.exists() && !info.isSymLink()) {
            if (!create) {
                missing = true;
                current = next;
                continue;
            }
            if (!makeFolder(next))
                return makeError(
                    Error::Code::Failed,
                    tr("Cannot create the folder %1 of %2: %3")
                        .arg(next, what, QString::fromLocal8Bit(std::strerror(errno))));
            info = QFileInfo(next);
        }
        const QString resolved = info.canonicalFilePath();
        if (resolved.isEmpty() || !isUnder(resolved, root.value()))
            return outside();
        // Something in the way may be moved: not the setting's fault.
        if (!QFileInfo(resolved).isDir())
            return makeError(Error::Code::Failed,
                             tr("Cannot create the folder %1 of %2: %3 is not a folder.")
                                 .arg(cleaned, what, next));
        current = resolved;
    }
    return current;
}

Result<QString> FilesRoot::extractionFolder(const QSqlDatabase &db, bool create)
{
    auto setting = db::Sql::scalar(
        db, QStringLiteral("SELECT value FROM setting WHERE key = 'extraction.dir'"));
    if (!setting)
        return setting.error();
    QString value = setting.value() ? setting.value()->toString().trimmed() : QString();
    if (value.isEmpty())
        value = kDefaultExtractionFolder;
    return folder(value, tr("the setting extraction.dir"), create);
}

bool FilesRoot::contains(const QString &canonicalFolder, const QString &path)
{
    const QString resolved = QFileInfo(path).canonicalFilePath();
    return !resolved.isEmpty() && isUnder(resolved, canonicalFolder);
}

} // namespace campagna
