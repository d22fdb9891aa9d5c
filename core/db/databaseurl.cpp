#include "db/databaseurl.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace campagna::db {

namespace {

const QStringList kPassThroughOptions = {
    QStringLiteral("sslmode"),          QStringLiteral("connect_timeout"),
    QStringLiteral("application_name"), QStringLiteral("sslrootcert"),
    QStringLiteral("sslcert"),          QStringLiteral("sslkey"),
    QStringLiteral("options"),          QStringLiteral("target_session_attrs"),
    QStringLiteral("keepalives"),       QStringLiteral("keepalives_idle")};

// The parameters parse() reads into fields of its own.
const QStringList kFieldParameters = {QStringLiteral("host"), QStringLiteral("port"),
                                      QStringLiteral("dbname"), QStringLiteral("user"),
                                      QStringLiteral("password")};

// libpq's other connection keywords (PostgreSQL 16): known, but not for a
// Campagna URL (a service file or passfile of their own, a second host
// address, replication, an encoding the driver does not expect, secrets).
const QStringList kRefusedLibpqKeywords = {
    QStringLiteral("hostaddr"),         QStringLiteral("passfile"),
    QStringLiteral("channel_binding"),  QStringLiteral("client_encoding"),
    QStringLiteral("fallback_application_name"),
    QStringLiteral("keepalives_interval"), QStringLiteral("keepalives_count"),
    QStringLiteral("tcp_user_timeout"), QStringLiteral("replication"),
    QStringLiteral("gssencmode"),       QStringLiteral("requiressl"),
    QStringLiteral("sslcompression"),   QStringLiteral("sslpassword"),
    QStringLiteral("sslcrl"),           QStringLiteral("sslcrldir"),
    QStringLiteral("sslsni"),           QStringLiteral("sslcertmode"),
    QStringLiteral("requirepeer"),      QStringLiteral("require_auth"),
    QStringLiteral("ssl_min_protocol_version"), QStringLiteral("ssl_max_protocol_version"),
    QStringLiteral("krbsrvname"),       QStringLiteral("gsslib"),
    QStringLiteral("service"),          QStringLiteral("load_balance_hosts")};

const QStringList kSslModes = {
    QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
    QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

QString osUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("LOGNAME");
    return name;
}

// A parameter name as someone may have meant it: no spaces, lower case.
QString normalisedKey(const QString &key)
{
    QString out;
    for (const QChar c : key) {
        if (!c.isSpace())
            out += c.toLower();
    }
    return out;
}

// True for characters that cannot travel in a conninfo value through QPSQL
// (it turns ';' into a space) or that would cut it short.
bool hasUnsafeCharacter(const QString &value)
{
    for (const QChar c : value) {
        if (c == u';' || c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

// A file path as parse() reads it back: parse() decodes percent escapes,
// refuses '?' and trims the text, so '%', '?', control characters and
// spaces at either end are escaped; everything else stays readable.
QString encodedSqlitePath(const QString &path)
{
    qsizetype first = 0;
    while (first < path.size() && path.at(first).isSpace())
        ++first;
    qsizetype last = path.size();
    while (last > first && path.at(last - 1).isSpace())
        --last;
    QString out;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QChar c = path.at(i);
        const bool escape = c == u'%' || c == u'?' || c.unicode() < 0x20 || c.unicode() == 0x7f ||
                            ((i < first || i >= last) && c.isSpace());
        if (!escape) {
            out += c;
            continue;
        }
        // Whole characters: a surrogate pair is encoded together.
        qsizetype length = 1;
        if (c.isHighSurrogate() && i + 1 < path.size() && path.at(i + 1).isLowSurrogate())
            length = 2;
        out += QString::fromLatin1(QUrl::toPercentEncoding(path.mid(i, length)));
        i += length - 1;
    }
    return out;
}

Error usage(const QString &message)
{
    return makeError(Error::Code::Usage, message);
}

// Splits one pgpass line into its five fields, honouring '\' escapes.
QStringList splitPgpassLine(const QString &line)
{
    QStringList fields;
    QString current;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\' && i + 1 < line.size()) {
            current += line.at(++i);
        } else if (c == u':' && fields.size() < 4) {
            fields << current;
            current.clear();
        } else {
            current += c;
        }
    }
    fields << current;
    return fields;
}

} // namespace

QString lookUpPgpass(const QString &fileText, const QString &host, int port,
                     const QString &databaseName, const QString &userName)
{
    // libpq uses "localhost" for the host field when connecting by socket.
    const QString hostKey =
        host.isEmpty() || host.startsWith(u'/') ? QStringLiteral("localhost") : host;
    const QStringList wanted = {hostKey, QString::number(port), databaseName, userName};
    const QStringList lines = fileText.split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = splitPgpassLine(line);
        if (fields.size() != 5)
            continue;
        bool match = true;
        for (int i = 0; i < 4 && match; ++i)
            match = fields.at(i) == u"*" || fields.at(i) == wanted.at(i);
        if (match)
            return fields.at(4);
    }
    return {};
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return usage(tr("The database URL is empty."));
    if (text.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive))
        return parseSqlite(text);
    const bool postgres = text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
                          text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
    if (postgres)
        return parsePostgres(text);
    // Only the scheme is repeated: the rest may hold a password.
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]{0,30}):"));
    const QRegularExpressionMatch match = scheme.match(text);
    if (!match.hasMatch())
        return usage(tr("The database URL has no scheme: use sqlite:/path/file.sqlite or "
                        "postgresql://user@host:port/database."));
    return usage(tr("Unsupported database URL scheme \"%1\": use sqlite:/path/file.sqlite or "
                    "postgresql://user@host:port/database.")
                     .arg(match.captured(1)));
}

Result<DatabaseUrl> DatabaseUrl::parseSqlite(const QString &text)
{
    QString rest = text.mid(7);
    if (rest.startsWith(QLatin1String("//"))) {
        // sqlite:///abs/path (empty authority) or sqlite://localhost/abs/path
        rest = rest.mid(2);
        const qsizetype slash = rest.indexOf(u'/');
        const QString authority = slash < 0 ? rest : rest.left(slash);
        if (!authority.isEmpty() && authority != u"localhost")
            return usage(tr("The SQLite URL names a host; SQLite files are local: use "
                            "sqlite:/path/to/file.sqlite."));
        rest = slash < 0 ? QString() : rest.mid(slash);
    }
    rest = QUrl::fromPercentEncoding(rest.toUtf8());
    if (rest.isEmpty())
        return usage(tr("The SQLite URL names no file: use sqlite:/path/to/file.sqlite."));
    if (rest.contains(u'?'))
        return usage(tr("The SQLite URL %1 has parameters; SQLite URLs take a file path only.")
                         .arg(sqliteFile(rest.left(rest.indexOf(u'?'))).filePath()));
    return sqliteFile(rest);
}

Result<DatabaseUrl> DatabaseUrl::parsePostgres(const QString &text)
{
    // Past the authority, an '@' or a '#' is a user name or a password
    // with an unescaped '/', '?' or '#': QUrl would read part of it as the
    // host, the port or the database, and messages would show it.
    const qsizetype authorityStart = text.indexOf(QLatin1String("://")) + 3;
    qsizetype authorityEnd = authorityStart;
    while (authorityEnd < text.size() && text.at(authorityEnd) != u'/' &&
           text.at(authorityEnd) != u'?' && text.at(authorityEnd) != u'#')
        ++authorityEnd;
    const QStringView rest = QStringView(text).mid(authorityEnd);
    if (rest.contains(u'@') || rest.contains(u'#'))
        return usage(tr("The PostgreSQL URL has an \"@\" or a \"#\" after its host: in a user "
                        "name or a password, write / as %2F, ? as %3F, @ as %40 and # as %23 "
                        "(better, give the password in PGPASSWORD or ~/.pgpass)."));

    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return usage(tr("The PostgreSQL URL is malformed (check the host, the port and the "
                        "escaping of special characters: in a user name or a password, write / "
                        "as %2F, ? as %3F, @ as %40 and # as %23)."));

    DatabaseUrl result;
    result.m_backend = Backend::Postgres;
    result.m_host = url.host(QUrl::FullyDecoded);
    result.m_userName = url.userName(QUrl::FullyDecoded);
    result.m_password = url.password(QUrl::FullyDecoded);
    if (url.port() != -1)
        result.m_port = url.port();
    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(u'/'))
        path = path.mid(1);
    if (path.contains(u'/'))
        return usage(tr("The PostgreSQL URL has a path of several parts; it should name one "
                        "database."));
    result.m_databaseName = path;

    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (int i = 0; i < items.size(); ++i) {
        if (auto applied = result.applyParameter(items.at(i).first, items.at(i).second, i + 1);
            !applied)
            return applied.error();
    }
    if (result.m_databaseName.isEmpty())
        result.m_databaseName = result.userName();
    return result;
}

// Messages name the parameter only when it is one of libpq's (never a
// value): a key may be the end of a password that held an '&'.
Result<void> DatabaseUrl::applyParameter(const QString &key, const QString &value, int position)
{
    const QString accepted = (kFieldParameters + kPassThroughOptions).join(QStringLiteral(", "));
    if (key == u"host") {
        m_host = value;
    } else if (key == u"port") {
        bool ok = false;
        const int port = value.toInt(&ok);
        if (!ok || port <= 0 || port > 65535)
            return usage(tr("The PostgreSQL URL has an invalid port parameter: give a number "
                            "from 1 to 65535."));
        m_port = port;
    } else if (key == u"dbname") {
        m_databaseName = value;
    } else if (key == u"user") {
        m_userName = value;
    } else if (key == u"password") {
        m_password = value;
    } else if (kPassThroughOptions.contains(key)) {
        if (hasUnsafeCharacter(value))
            return usage(tr("The PostgreSQL URL's parameter \"%1\" has a value with a ';' or a "
                            "control character, which cannot be passed to the server.")
                             .arg(key));
        if (key == u"sslmode" && !kSslModes.contains(value))
            return usage(tr("The PostgreSQL URL has an invalid sslmode; expected one of %1.")
                             .arg(kSslModes.join(QStringLiteral(", "))));
        m_options.insert(key, value);
    } else if (kRefusedLibpqKeywords.contains(key)) {
        return usage(tr("The PostgreSQL URL's parameter \"%1\" is not accepted by Campagna; "
                        "the accepted parameters are: %2.")
                         .arg(key, accepted));
    } else if (const QString meant = normalisedKey(key);
               kFieldParameters.contains(meant) || kPassThroughOptions.contains(meant) ||
               kRefusedLibpqKeywords.contains(meant)) {
        return usage(tr("The PostgreSQL URL spells the parameter \"%1\" otherwise (capitals, "
                        "spaces): libpq reads only \"%1\", exactly so.")
                         .arg(meant));
    } else {
        return usage(tr("The PostgreSQL URL has an unknown parameter (number %1 of its query); "
                        "the accepted parameters are: %2.")
                         .arg(position)
                         .arg(accepted));
    }
    return {};
}

QStringList DatabaseUrl::acceptedOptions()
{
    return kPassThroughOptions;
}

QString quoteConninfoValue(const QString &value)
{
    QString quoted = value;
    quoted.replace(u'\\', QStringLiteral("\\\\"));
    quoted.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + quoted + u'\'';
}

QString conninfoOptions(const QMap<QString, QString> &options)
{
    QStringList parts;
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        parts << it.key() + u'=' + quoteConninfoValue(it.value());
    return parts.join(u' ');
}

DatabaseUrl DatabaseUrl::sqliteFile(const QString &path)
{
    DatabaseUrl url;
    url.m_backend = Backend::Sqlite;
    url.m_path = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    return url;
}

DatabaseUrl DatabaseUrl::postgres(const QString &host, int port, const QString &databaseName,
                                  const QString &userName)
{
    DatabaseUrl url;
    url.m_backend = Backend::Postgres;
    url.m_host = host;
    url.m_port = port;
    url.m_databaseName = databaseName;
    url.m_userName = userName;
    return url;
}

QString DatabaseUrl::userName() const
{
    if (!m_userName.isEmpty())
        return m_userName;
    const QString pgUser = qEnvironmentVariable("PGUSER");
    return pgUser.isEmpty() ? osUserName() : pgUser;
}

QString DatabaseUrl::resolvedPassword() const
{
    if (!m_password.isEmpty())
        return m_password;
    const QString fromEnv = qEnvironmentVariable("PGPASSWORD");
    if (!fromEnv.isEmpty())
        return fromEnv;
    if (!passwordFileWarning().isEmpty())
        return {};
    QFile pgpass(passwordFilePath());
    if (!pgpass.open(QIODevice::ReadOnly))
        return {};
    return lookUpPgpass(QString::fromUtf8(pgpass.readAll()), m_host, m_port, m_databaseName,
                        userName());
}

QString DatabaseUrl::passwordFilePath()
{
    const QString file = qEnvironmentVariable("PGPASSFILE");
    return file.isEmpty() ? QDir::homePath() + QStringLiteral("/.pgpass") : file;
}

QString DatabaseUrl::passwordFileWarning() const
{
    if (m_backend != Backend::Postgres || !m_password.isEmpty() ||
        !qEnvironmentVariableIsEmpty("PGPASSWORD"))
        return {};
    // libpq's rule (fe-connect.c, passwordFromFile): stat() the file, which
    // follows a symbolic link; ignore it unless it is a plain file without
    // any group or other permission.
    const QString path = passwordFilePath();
    const QFileInfo file(path);
    if (!file.exists())
        return {};
    if (!file.isFile())
        return tr("The password file %1 is ignored: it is not a plain file.").arg(path);
    constexpr QFile::Permissions open = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                        QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    if (file.permissions() & open)
        return tr("The password file %1 is ignored: group or others may read or change it (as "
                  "libpq, Campagna reads it only when it is private). Make it private with: "
                  "chmod 0600 %1")
            .arg(path);
    return {};
}

bool DatabaseUrl::mayCarryPassword(const QString &text)
{
    if (const auto parsed = parse(text); parsed)
        return parsed->hasExplicitPassword();
    const QString decoded = QUrl::fromPercentEncoding(text.toUtf8());
    if (normalisedKey(decoded).contains(QLatin1String("password")))
        return true;
    // user:password@host, with or without a scheme before it.
    const qsizetype scheme = text.indexOf(QLatin1String("://"));
    const qsizetype colon = text.indexOf(u':', scheme < 0 ? 0 : scheme + 3);
    return colon >= 0 && text.indexOf(u'@', colon) >= 0;
}

QString DatabaseUrl::toString() const
{
    if (m_backend == Backend::Sqlite)
        return QStringLiteral("sqlite:") + encodedSqlitePath(m_path);
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    // Only a user that is named: an empty one would print as "//@host".
    if (!m_userName.isEmpty())
        url.setUserName(m_userName);
    const bool socketHost = m_host.startsWith(u'/');
    if (!socketHost)
        url.setHost(m_host);
    if (m_port != 5432)
        url.setPort(m_port);
    // A database name with a slash (possible through dbname=) cannot be the
    // path: it would read back as a path of several segments.
    const bool nameInQuery = m_databaseName.contains(u'/');
    url.setPath(u'/' + (nameInQuery ? QString() : m_databaseName));
    QUrlQuery query;
    if (socketHost)
        query.addQueryItem(QStringLiteral("host"), m_host);
    if (nameInQuery)
        query.addQueryItem(QStringLiteral("dbname"), m_databaseName);
    for (auto it = m_options.cbegin(); it != m_options.cend(); ++it)
        query.addQueryItem(it.key(), it.value());
    url.setQuery(query);
    QString text = url.toString(QUrl::FullyEncoded);
    // QUrl omits the empty authority; keep "postgresql://" so it parses back.
    if (!text.startsWith(QLatin1String("postgresql://")))
        text.replace(0, 11, QStringLiteral("postgresql://"));
    // QUrl leaves '@' as it is in a path and a query, where parse()
    // refuses it (the sign of a badly escaped password): escape it.
    const qsizetype authorityEnd = text.indexOf(u'/', 13);
    if (authorityEnd >= 0)
        text = text.left(authorityEnd) +
               text.mid(authorityEnd).replace(u'@', QLatin1String("%40"));
    return text;
}

QString DatabaseUrl::toDisplayString() const
{
    QString text = toString();
    if (m_password.isEmpty())
        return text;
    // The user name encoded as toString() encodes it (QUrl leaves sub-delims
    // such as '&' as they are in the user info).
    QUrl encoder;
    encoder.setUserName(m_userName);
    const QString prefix = QStringLiteral("postgresql://") + encoder.userName(QUrl::FullyEncoded);
    if (text.startsWith(prefix))
        text.insert(prefix.size(), QStringLiteral(":****"));
    return text;
}

} // namespace campagna::db
