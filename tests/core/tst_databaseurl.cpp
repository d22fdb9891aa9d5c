#include "db/databaseurl.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using campagna::db::Backend;
using campagna::db::DatabaseUrl;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        qunsetenv("PGPASSWORD");
        qunsetenv("PGUSER");
        qputenv("PGPASSFILE", "/nonexistent/pgpass");
    }

    void parsesGoodUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("sqlite");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("canonical");

        QTest::newRow("sqlite single slash") << "sqlite:/tmp/x.sqlite" << true << "/tmp/x.sqlite"
                                             << "" << 5432 << ""
                                             << ""
                                             << "sqlite:/tmp/x.sqlite";
        QTest::newRow("sqlite triple slash")
            << "sqlite:///var/lib/c.sqlite" << true << "/var/lib/c.sqlite"
            << "" << 5432 << ""
            << ""
            << "sqlite:/var/lib/c.sqlite";
        QTest::newRow("sqlite localhost authority")
            << "sqlite://localhost/tmp/a b.sqlite" << true << "/tmp/a b.sqlite"
            << "" << 5432 << ""
            << ""
            << "sqlite:/tmp/a b.sqlite";
        QTest::newRow("sqlite cleaned path")
            << "sqlite:/tmp/./dir/../x.sqlite" << true << "/tmp/x.sqlite"
            << "" << 5432 << ""
            << ""
            << "sqlite:/tmp/x.sqlite";
        QTest::newRow("postgres full")
            << "postgresql://alice@db.example.org:6543/campagna?sslmode=require" << false << ""
            << "db.example.org" << 6543 << "campagna"
            << "alice"
            << "postgresql://alice@db.example.org:6543/campagna?sslmode=require";
        QTest::newRow("postgres default port") << "postgresql://bob@localhost/c1" << false << ""
                                               << "localhost" << 5432 << "c1"
                                               << "bob"
                                               << "postgresql://bob@localhost/c1";
        QTest::newRow("postgres socket dir in query")
            << "postgresql://postgres@/campagna?host=/tmp/pg" << false << ""
            << "/tmp/pg" << 5432 << "campagna"
            << "postgres"
            << "postgresql://postgres@/campagna?host=/tmp/pg";
        QTest::newRow("postgres query overrides")
            << "postgres://x@h1:1/d1?host=h2&port=7000&dbname=d2&user=carol&connect_timeout=3"
            << false << ""
            << "h2" << 7000 << "d2"
            << "carol"
            << "postgresql://carol@h2:7000/d2?connect_timeout=3";
        QTest::newRow("postgres percent-encoded user") << "postgresql://m%40rio@h/db" << false << ""
                                                       << "h" << 5432 << "db"
                                                       << "m@rio"
                                                       << "postgresql://m%40rio@h/db";
        // Found by fuzz_databaseurl: canonical forms that did not parse back.
        QTest::newRow("database name with a slash")
            << "postgresql://bob@h/?dbname=a/b" << false << ""
            << "h" << 5432 << "a/b"
            << "bob"
            << "postgresql://bob@h/?dbname=a/b";
        // Found by fuzz_databaseurl: an '@' in a database name is escaped in
        // the canonical form (parse() refuses a bare '@' after the host).
        QTest::newRow("database name with an at sign")
            << "postgresql://u%40x@/u%40xe" << false << ""
            << "" << 5432 << "u@xe"
            << "u@x"
            << "postgresql://u%40x@/u%40xe";
        QTest::newRow("empty user parameter")
            << "postgresql://h/db?user=&host=/tmp/pg" << false << ""
            << "/tmp/pg" << 5432 << "db"
            << (qEnvironmentVariableIsEmpty("USER") ? qEnvironmentVariable("LOGNAME")
                                                    : qEnvironmentVariable("USER"))
            << "postgresql:///db?host=/tmp/pg";
        QTest::newRow("sqlite path with a percent sign and an end space")
            << "sqlite:/tmp/a%2525b%20" << true << "/tmp/a%25b "
            << "" << 0 << "" << ""
            << "sqlite:/tmp/a%2525b%20";
    }

    void parsesGoodUrls()
    {
        QFETCH(QString, text);
        QFETCH(bool, sqlite);
        QFETCH(QString, path);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, database);
        QFETCH(QString, user);
        QFETCH(QString, canonical);

        const auto url = DatabaseUrl::parse(text);
        QVERIFY2(url.ok(), qPrintable(url.errorMessage()));
        QCOMPARE(url->isSqlite(), sqlite);
        QCOMPARE(url->backend(), sqlite ? Backend::Sqlite : Backend::Postgres);
        if (sqlite) {
            QCOMPARE(url->filePath(), path);
        } else {
            QCOMPARE(url->host(), host);
            QCOMPARE(url->port(), port);
            QCOMPARE(url->databaseName(), database);
            QCOMPARE(url->userName(), user);
        }
        QCOMPARE(url->toString(), canonical);
        // The canonical form parses back to the same URL.
        const auto again = DatabaseUrl::parse(url->toString());
        QVERIFY(again.ok());
        QCOMPARE(again.value(), url.value());
    }

    void refusesBadUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("blank") << "   "
                               << "empty";
        QTest::newRow("unknown scheme") << "mysql://u@h/d"
                                        << "Unsupported";
        QTest::newRow("plain path") << "/tmp/x.sqlite"
                                    << "no scheme";
        QTest::newRow("sqlite without file") << "sqlite:"
                                             << "names no file";
        QTest::newRow("sqlite with host") << "sqlite://server/x.sqlite"
                                          << "names a host";
        QTest::newRow("sqlite with query") << "sqlite:/tmp/x.sqlite?mode=ro"
                                           << "parameters";
        QTest::newRow("bad port") << "postgresql://u@h:99999/d"
                                  << "malformed";
        QTest::newRow("letters in port") << "postgresql://u@h:abc/d"
                                         << "malformed";
        QTest::newRow("bad port parameter") << "postgresql://u@h/d?port=0"
                                            << "invalid port";
        QTest::newRow("unknown parameter") << "postgresql://u@h/d?colour=blue"
                                           << "unknown parameter";
        QTest::newRow("bad sslmode") << "postgresql://u@h/d?sslmode=maybe"
                                     << "sslmode";
        QTest::newRow("path with two parts") << "postgresql://u@h/d/e"
                                             << "one database";
        // libpq keywords that Campagna does not pass on, named as such.
        QTest::newRow("service file") << "postgresql://u@h/d?service=other"
                                      << "\"service\" is not accepted";
        QTest::newRow("passfile") << "postgresql://u@h/d?passfile=/tmp/p"
                                  << "\"passfile\" is not accepted";
        QTest::newRow("replication") << "postgresql://u@h/d?replication=database"
                                     << "\"replication\" is not accepted";
        QTest::newRow("client encoding") << "postgresql://u@h/d?client_encoding=LATIN1"
                                         << "\"client_encoding\" is not accepted";
        QTest::newRow("capitalised keyword") << "postgresql://u@h/d?SSLMode=require"
                                             << "\"sslmode\" otherwise";
        // A value the driver would turn into two (QPSQL reads ';' as a space).
        QTest::newRow("semicolon in a value") << "postgresql://u@h/d?options=-c%20a%3Db;c"
                                              << "';'";
        QTest::newRow("newline in a value") << "postgresql://u@h/d?application_name=a%0Ab"
                                            << "control character";
    }

    void refusesBadUrls()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        const auto url = DatabaseUrl::parse(text);
        QVERIFY(!url.ok());
        QCOMPARE(url.errorCode(), campagna::Error::Code::Usage);
        QVERIFY2(url.errorMessage().contains(mentions, Qt::CaseInsensitive),
                 qPrintable(url.errorMessage()));
    }

    void masksPasswords()
    {
        const auto url = DatabaseUrl::parse(QStringLiteral("postgresql://alice:s3cret@h:6000/db"));
        QVERIFY(url.ok());
        QCOMPARE(url->resolvedPassword(), QStringLiteral("s3cret"));
        QVERIFY(!url->toString().contains(QStringLiteral("s3cret")));
        QCOMPARE(url->toDisplayString(), QStringLiteral("postgresql://alice:****@h:6000/db"));

        const auto query =
            DatabaseUrl::parse(QStringLiteral("postgresql://alice@h/db?password=pw1"));
        QVERIFY(query.ok());
        QCOMPARE(query->resolvedPassword(), QStringLiteral("pw1"));
        QVERIFY(!query->toDisplayString().contains(QStringLiteral("pw1")));

        // Error messages never repeat a password either.
        const auto bad =
            DatabaseUrl::parse(QStringLiteral("postgresql://alice:topsecret@h:99999/db"));
        QVERIFY(!bad.ok());
        QVERIFY2(!bad.errorMessage().contains(QStringLiteral("topsecret")),
                 qPrintable(bad.errorMessage()));
        QVERIFY(bad.errorMessage().contains(QStringLiteral("malformed")));

        // A user name with characters QUrl leaves unescaped is masked too.
        const auto ampersand = DatabaseUrl::parse(QStringLiteral("postgresql://a&b:pw2@h/db"));
        QVERIFY(ampersand.ok());
        QCOMPARE(ampersand->toDisplayString(), QStringLiteral("postgresql://a&b:****@h/db"));
    }

    // Attacks on the messages: a password badly escaped, or spelled as a
    // parameter libpq does not know. Parsing fails, and the message holds
    // nothing of the password (its pieces Zq8 and Kv7).
    void passwordsAreNeverEchoed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("unescaped slash") << "postgresql://alice:Zq8/Kv7@h/db";
        QTest::newRow("unescaped question mark") << "postgresql://alice:Zq8?Kv7@h/db";
        QTest::newRow("unescaped at sign") << "postgresql://alice:Zq8@Kv7@h/db";
        QTest::newRow("unescaped hash") << "postgresql://alice:Zq8#Kv7@h/db";
        QTest::newRow("digits then slash") << "postgresql://alice:123/Zq8Kv7@h/db";
        QTest::newRow("slash, no database") << "postgresql://alice:Zq8/Kv7@/db?host=/tmp";
        QTest::newRow("bad port") << "postgresql://alice:Zq8Kv7@h:99999/db";
        QTest::newRow("bad sslmode") << "postgresql://alice:Zq8@h/db?sslmode=Kv7";
        QTest::newRow("bad port parameter") << "postgresql://alice:Zq8@h/db?port=Kv7";
        QTest::newRow("Password capitalised") << "postgresql://alice@h/db?Password=Zq8Kv7";
        QTest::newRow("PASSWORD") << "postgresql://alice@h/db?PASSWORD=Zq8Kv7";
        QTest::newRow("space before =") << "postgresql://alice@h/db?password%20=Zq8Kv7";
        QTest::newRow("encoded space in the name") << "postgresql://alice@h/db?pass%20word=Zq8Kv7";
        QTest::newRow("ampersand in the password") << "postgresql://alice@h/db?password=Zq8&Kv7";
        QTest::newRow("ampersand, then =") << "postgresql://alice@h/db?password=Zq8&Kv7=x";
        QTest::newRow("semicolon in an option") << "postgresql://alice:Zq8@h/db?options=a;Kv7";
        QTest::newRow("unknown scheme") << "mysql://alice:Zq8Kv7@h/db";
        QTest::newRow("no scheme") << "alice:Zq8Kv7@h/db";
        QTest::newRow("sqlite with credentials") << "sqlite://alice:Zq8Kv7@server/x.sqlite";
    }

    void passwordsAreNeverEchoed()
    {
        QFETCH(QString, text);
        const auto url = DatabaseUrl::parse(text);
        QVERIFY2(!url.ok(), qPrintable(url.ok() ? url->toDisplayString() : QString()));
        QCOMPARE(url.errorCode(), campagna::Error::Code::Usage);
        QVERIFY(!url.errorMessage().isEmpty());
        for (const char *piece : {"Zq8", "Kv7"})
            QVERIFY2(!url.errorMessage().contains(QLatin1String(piece)),
                     qPrintable(url.errorMessage()));
        // campagnactl warns about such a --db even though it does not parse.
        if (!text.startsWith(u"sqlite") && !text.contains(u"Kv7=x"))
            QVERIFY(DatabaseUrl::mayCarryPassword(text));
    }

    // Escaped as libpq wants, the same passwords parse, and are shown masked.
    void escapedPasswordsParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("shown");
        QTest::newRow("percent-encoded delimiters")
            << "postgresql://alice:Zq8%2FKv7%3F%40%23@h/db"
            << "Zq8/Kv7?@#"
            << "postgresql://alice:****@h/db";
        QTest::newRow("percent-encoded parameter name")
            << "postgresql://alice@h/db?pass%77ord=Zq8Kv7"
            << "Zq8Kv7"
            << "postgresql://alice:****@h/db";
        QTest::newRow("ampersand encoded") << "postgresql://alice@h/db?password=Zq8%26Kv7"
                                           << "Zq8&Kv7"
                                           << "postgresql://alice:****@h/db";
    }

    void escapedPasswordsParse()
    {
        QFETCH(QString, text);
        QFETCH(QString, password);
        QFETCH(QString, shown);
        const auto url = DatabaseUrl::parse(text);
        QVERIFY2(url.ok(), qPrintable(url.errorMessage()));
        QCOMPARE(url->resolvedPassword(), password);
        QCOMPARE(url->toDisplayString(), shown);
        QVERIFY(!url->toString().contains(QStringLiteral("Zq8")));
        QVERIFY(DatabaseUrl::mayCarryPassword(text));
    }

    void mayCarryPassword_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("carries");
        QTest::newRow("sqlite") << "sqlite:/tmp/x.sqlite" << false;
        QTest::newRow("no password") << "postgresql://alice@h:5433/db?sslmode=require" << false;
        QTest::newRow("in the user info") << "postgresql://alice:pw@h/db" << true;
        QTest::newRow("as a parameter") << "postgresql://alice@h/db?password=pw" << true;
        QTest::newRow("unparseable, with a colon then an at sign")
            << "postgresql://alice:p/w@h/db" << true;
    }

    void mayCarryPassword()
    {
        QFETCH(QString, text);
        QFETCH(bool, carries);
        QCOMPARE(DatabaseUrl::mayCarryPassword(text), carries);
    }

    // Values are quoted as libpq's conninfo wants: a value with a space, an
    // '=', a quote or a backslash stays one value and adds no keyword.
    void optionsAreQuoted()
    {
        QCOMPARE(campagna::db::quoteConninfoValue(QStringLiteral("plain")),
                 QStringLiteral("'plain'"));
        QCOMPARE(campagna::db::quoteConninfoValue(QStringLiteral("it's a \\ b")),
                 QStringLiteral("'it\\'s a \\\\ b'"));
        QCOMPARE(campagna::db::quoteConninfoValue(QString()), QStringLiteral("''"));

        const auto url = DatabaseUrl::parse(
            QStringLiteral("postgresql://u@h/db?options=-c%20search_path%3Dx"
                           "&application_name=a%27%20host%3Devil"));
        QVERIFY2(url.ok(), qPrintable(url.errorMessage()));
        QCOMPARE(url->options().value(QStringLiteral("options")),
                 QStringLiteral("-c search_path=x"));
        QCOMPARE(url->host(), QStringLiteral("h"));
        QCOMPARE(campagna::db::conninfoOptions(url->options()),
                 QStringLiteral("application_name='a\\' host=evil' options='-c search_path=x'"));
        // The canonical form keeps the values whole.
        const auto again = DatabaseUrl::parse(url->toString());
        QVERIFY2(again.ok(), qPrintable(url->toString()));
        QCOMPARE(again->options(), url->options());
    }

    // libpq ignores a password file open to group or others; so do we, and
    // say why (the message names the file and the fix).
    void openPasswordFileIsIgnored_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("used");
        QTest::newRow("0600") << 0600 << true;
        QTest::newRow("0400") << 0400 << true;
        QTest::newRow("0640") << 0640 << false;
        QTest::newRow("0644") << 0644 << false;
        QTest::newRow("0604") << 0604 << false;
        QTest::newRow("0620") << 0620 << false;
    }

    void openPasswordFileIsIgnored()
    {
        QFETCH(int, mode);
        QFETCH(bool, used);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("pgpass"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("*:*:*:alice:Zq8Kv7\n");
        }
        QVERIFY(::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0);
        struct stat status = {};
        QVERIFY(::stat(QFile::encodeName(path).constData(), &status) == 0);
        QCOMPARE(int(status.st_mode & 0777), mode);
        qputenv("PGPASSFILE", QFile::encodeName(path));
        const auto url = DatabaseUrl::parse(QStringLiteral("postgresql://alice@h/db"));
        QVERIFY(url.ok());
        QCOMPARE(url->resolvedPassword(), used ? QStringLiteral("Zq8Kv7") : QString());
        const QString warning = url->passwordFileWarning();
        if (used) {
            QCOMPARE(warning, QString());
        } else {
            QVERIFY2(warning.contains(path) && warning.contains(QStringLiteral("chmod 0600")),
                     qPrintable(warning));
            QVERIFY(!warning.contains(QStringLiteral("Zq8")));
        }
        // Not consulted at all, so nothing to warn about: a password given,
        // PGPASSWORD, a SQLite URL.
        DatabaseUrl given = url.value();
        given.setPassword(QStringLiteral("typed"));
        QCOMPARE(given.passwordFileWarning(), QString());
        QCOMPARE(DatabaseUrl::sqliteFile(QStringLiteral("/tmp/x.sqlite")).passwordFileWarning(),
                 QString());
        qputenv("PGPASSWORD", "fromenv");
        QCOMPARE(url->passwordFileWarning(), QString());
        QCOMPARE(url->resolvedPassword(), QStringLiteral("fromenv"));
    }

    void passwordFileThatIsAFolderIsIgnored()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        qputenv("PGPASSFILE", QFile::encodeName(dir.path()));
        const auto url = DatabaseUrl::parse(QStringLiteral("postgresql://alice@h/db"));
        QVERIFY(url.ok());
        QCOMPARE(url->resolvedPassword(), QString());
        QVERIFY2(url->passwordFileWarning().contains(QStringLiteral("not a plain file")),
                 qPrintable(url->passwordFileWarning()));
    }

    void passwordFromEnvironment()
    {
        const auto url = DatabaseUrl::parse(QStringLiteral("postgresql://alice@h/db"));
        QVERIFY(url.ok());
        QCOMPARE(url->resolvedPassword(), QString());
        qputenv("PGPASSWORD", "fromenv");
        QCOMPARE(url->resolvedPassword(), QStringLiteral("fromenv"));
        QCOMPARE(url->toDisplayString(), QStringLiteral("postgresql://alice@h/db"));
    }

    void passwordFromPgpass_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("exact") << "h:5432:db:alice:pw"
                               << "pw";
        QTest::newRow("wildcards") << "*:*:*:alice:any"
                                   << "any";
        QTest::newRow("first match wins") << "h:5432:db:alice:one\nh:5432:db:alice:two"
                                          << "one";
        QTest::newRow("other user") << "h:5432:db:bob:pw"
                                    << "";
        QTest::newRow("other port") << "h:5433:db:alice:pw"
                                    << "";
        QTest::newRow("escaped colon") << "h:5432:db:alice:a\\:b"
                                       << "a:b";
        QTest::newRow("comment skipped") << "# h:5432:db:alice:no\n*:*:db:*:yes"
                                         << "yes";
    }

    void passwordFromPgpass()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        QCOMPARE(campagna::db::lookUpPgpass(file, QStringLiteral("h"), 5432, QStringLiteral("db"),
                                            QStringLiteral("alice")),
                 expected);
    }

    void socketHostMatchesLocalhostInPgpass()
    {
        QCOMPARE(campagna::db::lookUpPgpass(QStringLiteral("localhost:5432:db:u:sock"),
                                            QStringLiteral("/tmp/pg"), 5432, QStringLiteral("db"),
                                            QStringLiteral("u")),
                 QStringLiteral("sock"));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
