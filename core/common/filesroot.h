#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

class QSqlDatabase;

namespace campagna {

// The one folder under which the engine reads and writes files: extraction
// files, supplier drop folders, attachments. It comes from the local
// configuration of this installation, never from the database, so that a
// value stored in the database cannot name a file elsewhere on the host:
//   1. the environment variable CAMPAGNA_FILES_ROOT, else
//   2. the key `files/root` of the program's local settings (QSettings,
//      organisation "Campagna", e.g. ~/.config/Campagna/campagnactl.conf), else
//   3. $XDG_DATA_HOME/Campagna/files (QStandardPaths::GenericDataLocation).
// Folders named by the database (the setting extraction.dir, a supplier's
// drop_dir) are relative to the root, or absolute paths that resolve,
// after symbolic links, inside it.
//
// Threading: stateless apart from the environment and QSettings; call
// from any thread.
class FilesRoot final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::FilesRoot)

public:
    enum class Source { Environment, LocalSettings, Default };

    struct Location
    {
        QString path; // absolute and clean; not created, not resolved
        Source source = Source::Default;
    };

    // Where the root is and where that comes from; no side effects.
    static Location locate();
    // "the environment variable CAMPAGNA_FILES_ROOT", ... (translated).
    static QString describe(Source source);

    // The root, created (mode 0700) if missing, as a canonical path.
    static Result<QString> ensure();

    // A folder named by the database: `value` relative to the root or
    // absolute inside it. `what` names where the value comes from in
    // messages ("the setting extraction.dir"). With `create`, the folder is
    // created (0700 for every level made). The result is canonical (no
    // symbolic link left) and inside the canonical root; anything else is
    // an Error::Code::Usage naming `what` and the root.
    static Result<QString> folder(const QString &value, const QString &what, bool create);

    // The extraction folder of this installation: the setting
    // extraction.dir (empty or missing: "extractions"), through folder().
    static Result<QString> extractionFolder(const QSqlDatabase &db, bool create);

    // True when `path` (resolved after symbolic links; it must exist) is
    // `canonicalFolder` itself or inside it.
    static bool contains(const QString &canonicalFolder, const QString &path);
};

} // namespace campagna
