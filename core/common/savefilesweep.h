#pragma once

#include <QRegularExpression>
#include <QString>

namespace campagna {

// Leftovers of QSaveFile after a crash. QSaveFile writes a file under a
// temporary name and renames it into place once complete. On Linux the
// temporary file usually has no name at all (O_TMPFILE) and a crash leaves
// nothing; on file systems without O_TMPFILE (NFS, SMB, some FUSE mounts),
// and in the short window of replacing an existing file, it is named
// `<final name>.XXXXXX` (six letters or digits), and a SIGKILL or a power
// cut leaves it behind, half-written. Writers of the extraction and drop
// folders sweep these before they write.
//
// Threading: stateless; call from any thread.
class SaveFileSweep final
{
public:
    // Removes the regular files of `directory` named `<final>.XXXXXX` whose
    // <final> matches `finalName` (anchored); returns how many.
    static int sweep(const QString &directory, const QRegularExpression &finalName);

    // A file name pattern of a service (`{date}`, `{delivery_id}`,
    // `{delivery_label}`, see ExtractionJob::fileName) as a regular
    // expression matching every name it gives.
    static QRegularExpression patternRegex(const QString &pattern);
    // Exactly this name.
    static QRegularExpression nameRegex(const QString &name);
};

} // namespace campagna
