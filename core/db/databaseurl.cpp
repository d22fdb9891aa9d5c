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

QString osUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("LOGNAME");
    return name;
}

// The text of a URL with any password replaced by "****", for messages.
QString maskPassword(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*://[^:@/?]*):[^@/?]*@"),
        QRegularExpression::CaseInsensitiveOption);
    QString masked = text;
    masked.replace(re, QStringLiteral("\\1:****@"));
    static const QRegularExpression param(QStringLiteral("([?&]password=)[^&]*"));
    masked.replace(param, QStringLiteral("\\1****"));
    return masked;
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

    if (text.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive)) {
        QString rest = text.mid(7);
        if (rest.startsWith(QLatin1String("//"))) {
            // sqlite:///abs/path (empty authority) or sqlite://localhost/abs/path
            rest = rest.mid(2);
            const qsizetype slash = rest.indexOf(u'/');
            const QString authority = slash < 0 ? rest : rest.left(slash);
            if (!authority.isEmpty() && authority != u"localhost")
                return usage(tr("The SQLite URL \"%1\" names a host (\"%2\"); SQLite files "
                                "are local: use sqlite:/path/to/file.sqlite.")
                                 .arg(text, authority));
            rest = slash < 0 ? QString() : rest.mid(slash);
        }
        rest = QUrl::fromPercentEncoding(rest.toUtf8());
        if (rest.isEmpty())
            return usage(tr("The SQLite URL \"%1\" names no file: use "
                            "sqlite:/path/to/file.sqlite.")
                             .arg(text));
        if (rest.contains(u'?'))
            return usage(tr("The SQLite URL \"%1\" has parameters; SQLite URLs take a file "
                            "path only.")
                             .arg(text));
        return sqliteFile(rest);
    }

    const bool postgres = text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
                          text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
    if (!postgres)
        return usage(tr("Unsupported database URL \"%1\": use sqlite:/path/file.sqlite or "
                        "postgresql://user@host:port/database.")
                         .arg(maskPassword(text)));

    const QUrl url(text, QUrl::StrictMode);
    const QString shown = maskPassword(text);
    if (!url.isValid())
        return usage(tr("The PostgreSQL URL \"%1\" is malformed (check the host, the port and "
                        "the escaping of special characters).")
                         .arg(shown));

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
        return usage(tr("The PostgreSQL URL \"%1\" has a path \"%2\"; it should name one "
                        "database.")
                         .arg(shown, path));
    result.m_databaseName = path;

    const QUrlQuery query(url);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key == u"host") {
            result.m_host = value;
        } else if (key == u"port") {
            bool ok = false;
            const int port = value.toInt(&ok);
            if (!ok || port <= 0 || port > 65535)
                return usage(
                    tr("The PostgreSQL URL \"%1\" has an invalid port \"%2\".").arg(shown, value));
            result.m_port = port;
        } else if (key == u"dbname") {
            result.m_databaseName = value;
        } else if (key == u"user") {
            result.m_userName = value;
        } else if (key == u"password") {
            result.m_password = value;
        } else if (kPassThroughOptions.contains(key)) {
            result.m_options.insert(key, value);
        } else {
            return usage(
                tr("The PostgreSQL URL \"%1\" has an unknown parameter \"%2\".").arg(shown, key));
        }
    }
    if (const QString mode = result.m_options.value(QStringLiteral("sslmode")); !mode.isEmpty()) {
        static const QStringList modes = {
            QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
        if (!modes.contains(mode))
            return usage(tr("The PostgreSQL URL has an invalid sslmode \"%1\"; expected one of "
                            "%2.")
                             .arg(mode, modes.join(QStringLiteral(", "))));
    }
    if (result.m_port <= 0 || result.m_port > 65535)
        return usage(tr("The PostgreSQL URL \"%1\" has an invalid port.").arg(shown));
    if (result.m_databaseName.isEmpty())
        result.m_databaseName = result.userName();
    return result;
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
    QString file = qEnvironmentVariable("PGPASSFILE");
    if (file.isEmpty())
        file = QDir::homePath() + QStringLiteral("/.pgpass");
    QFile pgpass(file);
    if (!pgpass.open(QIODevice::ReadOnly))
        return {};
    return lookUpPgpass(QString::fromUtf8(pgpass.readAll()), m_host, m_port, m_databaseName,
                        userName());
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
