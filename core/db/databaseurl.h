#pragma once

#include "db/backend.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace campagna::db {

// A parsed database URL: `sqlite:/path/file.sqlite` (or `sqlite:///path`) or
// `postgresql://user@host:port/dbname?sslmode=...`, read the way libpq reads
// it (query parameters such as host=/socket/dir, port, dbname, user,
// sslmode, connect_timeout complete or override the rest).
//
// The password is never part of what this class prints: toString() leaves
// it out and toDisplayString() masks it; both are built from the parsed
// fields, and parse()'s error messages repeat nothing of the text after its
// scheme (a password may be there, badly escaped). The password comes from
// the URL (masked when shown), PGPASSWORD, ~/.pgpass (or PGPASSFILE; a file
// that group or others may read is ignored, as libpq ignores it), or
// setPassword() (the GUI prompt).
//
// Query parameters: libpq's names, exactly spelled; the few that Campagna
// passes on (options()) are quoted for the driver (conninfoOptions()), so
// that no value adds a connection keyword. Others are refused.
//
// Value type; thread-safe as any value.
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
    // Whether the database is a file on this machine (filePath()), which
    // Database::open() may create; false for a server.
    bool isFile() const { return m_backend == Backend::Sqlite; }
    // Whether the database takes a password (a server's login), which a
    // program may ask for.
    bool takesPassword() const { return m_backend == Backend::Postgres; }

    // SQLite: the absolute file path.
    QString filePath() const { return m_path; }

    // PostgreSQL parts. host() may be a Unix socket directory (starts with '/').
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString databaseName() const { return m_databaseName; }
    // The user named in the URL, else PGUSER, else the OS user.
    QString userName() const;
    // Options passed on to libpq (sslmode, connect_timeout, options, ...):
    // names from a fixed list, values without ';' or control characters.
    QMap<QString, QString> options() const { return m_options; }
    // The parameter names options() may hold.
    static QStringList acceptedOptions();

    bool hasExplicitPassword() const { return !m_password.isEmpty(); }
    void setPassword(const QString &password) { m_password = password; }
    // The password to send: set or from the URL, else PGPASSWORD, else the
    // matching ~/.pgpass line; empty when none.
    QString resolvedPassword() const;
    // The password file consulted for this URL: PGPASSFILE, else ~/.pgpass.
    static QString passwordFilePath();
    // When resolvedPassword() would read the password file but ignores it
    // (not a plain file, or open to group or others: libpq's rule), why, as
    // a translated sentence naming the file and the fix; empty otherwise.
    QString passwordFileWarning() const;
    // True when `text` (a --db value) holds a password: parsed, one was
    // given; unparseable, it looks as if it might (":" then "@" after the
    // scheme, or a "password" parameter).
    static bool mayCarryPassword(const QString &text);

    // Canonical URL without any password (safe for settings and logs).
    QString toString() const;
    // For people: like toString() but with "****" where a password was given.
    QString toDisplayString() const;

    bool operator==(const DatabaseUrl &other) const = default;

private:
    static Result<DatabaseUrl> parseSqlite(const QString &text);
    static Result<DatabaseUrl> parsePostgres(const QString &text);
    Result<void> applyParameter(const QString &key, const QString &value, int position);

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

// One value in libpq's conninfo syntax: single-quoted, with '\' and '''
// backslash-escaped, so that it stays one value whatever it holds.
QString quoteConninfoValue(const QString &value);
// "key='value' key='value'" for QSqlDatabase::setConnectOptions() of QPSQL
// (which puts the text after its own keywords unchanged but for ';').
QString conninfoOptions(const QMap<QString, QString> &options);

} // namespace campagna::db
