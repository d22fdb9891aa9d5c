#pragma once

#include "db/backend.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace campagna::db {

// Creates and upgrades the schema with the numbered migrations embedded
// under :/sql/ (NNNN_name.sql), the same scripts for SQLite and
// PostgreSQL. Each script is preprocessed for the backend:
//   - `{{ID}}` becomes the dialect's generated integer primary key `id`;
//   - statements end with `;` at the end of a line;
//   - a statement preceded by a line `-- only: sqlite` (or `postgresql`)
//     runs on that backend only;
//   - text written `{{sqlite: ...}}` (or `{{postgresql: ...}}`) inside a
//     statement is kept on that backend only;
//   - the statements between the lines `-- begin only: postgresql` (or
//     `sqlite`) and `-- end only` run on that backend only;
//   - a semicolon inside a `$$`-quoted body (functions, DO blocks) does not
//     end the statement.
// On PostgreSQL, migration 4 creates the database's roles and gives every
// object to its owner role (0004_rights_audit.sql); later migrations run as
// that role.
// All pending migrations run in one write transaction; a database whose
// schema is newer than the program is refused with Error::Code::SchemaTooNew.
// Stateless; call on the thread that owns the connection.
class Migrator final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::db::Migrator)

public:
    static int latestVersion();
    // 0 for a database without Campagna's schema.
    static Result<int> currentVersion(const QSqlDatabase &db, Backend backend);
    // Brings the schema to latestVersion(); returns the version it found.
    static Result<int> migrate(const QSqlDatabase &db, Backend backend);
    // Fails with SchemaTooNew or Usage ("not initialised") unless the
    // schema is usable by this program; migrates an older one.
    static Result<void> ensureUsable(const QSqlDatabase &db, Backend backend);

    // The statements of one script for one backend (exposed for tests).
    static QStringList statements(const QString &script, Backend backend);
};

} // namespace campagna::db
