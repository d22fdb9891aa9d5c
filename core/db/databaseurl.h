#pragma once

#include "db/backend.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace campagna::db {

// A parsed database URL: `sqlite:/path/file.sqlite` (or `sqlite:///path`) or
// `postgresql://user@host:port/dbname?sslmode=...`, read the way libpq reads
// it (query parameters such as host=/socket/dir, port, dbname, user,
// sslmode, connect_timeout complete or override the rest).
//
// The password is never part of what this class prints: toString() leaves
// it out and toDisplayString() masks it. It comes from the URL (masked when
// shown), PGPASSWORD, ~/.pgpass (or PGPASSFILE), or setPassword() (the GUI
// prompt). Value type; thread-safe as any value.
class DatabaseUrl final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::db::DatabaseUrl)

public:
    static Result<DatabaseUrl> parse(const QString &text);
    static DatabaseUrl sqliteFile(const QString &path);
    static DatabaseUrl postgres(const QString &host, int port, const QString &databaseName,
                                const QString &userName);

    Backend backend() const { return m_backend; }
    bool isSqlite() const { return m_backend == Backend::Sqlite; }

    // SQLite: the absolute file path.
    QString filePath() const { return m_path; }

    // PostgreSQL parts. host() may be a Unix socket directory (starts with '/').
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString databaseName() const { return m_databaseName; }
    // The user named in the URL, else PGUSER, else the OS user.
    QString userName() const;
    // Options passed to libpq as they are (sslmode, connect_timeout, ...).
    QMap<QString, QString> options() const { return m_options; }

    bool hasExplicitPassword() const { return !m_password.isEmpty(); }
    void setPassword(const QString &password) { m_password = password; }
    // The password to send: set or from the URL, else PGPASSWORD, else the
    // matching ~/.pgpass line; empty when none.
    QString resolvedPassword() const;

    // Canonical URL without any password (safe for settings and logs).
    QString toString() const;
    // For people: like toString() but with "****" where a password was given.
    QString toDisplayString() const;

    bool operator==(const DatabaseUrl &other) const = default;

private:
    Backend m_backend = Backend::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_databaseName;
    QString m_userName;
    QString m_password;
    QMap<QString, QString> m_options;
};

// Looks a password up in a pgpass file's text (format of libpq's ~/.pgpass:
// host:port:database:user:password, '*' matches anything, '\' escapes ':'
// and '\'). Exposed for tests.
QString lookUpPgpass(const QString &fileText, const QString &host, int port,
                     const QString &databaseName, const QString &userName);

} // namespace campagna::db
