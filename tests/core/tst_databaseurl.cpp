#include "db/databaseurl.h"

#include <QTest>

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
                                    << "Unsupported";
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
        QVERIFY(bad.errorMessage().contains(QStringLiteral("****")));

        // A user name with characters QUrl leaves unescaped is masked too.
        const auto ampersand = DatabaseUrl::parse(QStringLiteral("postgresql://a&b:pw2@h/db"));
        QVERIFY(ampersand.ok());
        QCOMPARE(ampersand->toDisplayString(), QStringLiteral("postgresql://a&b:****@h/db"));
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
