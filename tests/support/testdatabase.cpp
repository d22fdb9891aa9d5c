#include "testdatabase.h"

#include "db/sql.h"
#include "engine/bootstrap.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <atomic>

namespace campagna::test {

namespace {

QString g_lastError;
std::atomic<int> g_counter{0};

QTemporaryDir &sqliteFolder()
{
    static QTemporaryDir dir;
    return dir;
}

} // namespace

void TestDatabase::addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

bool TestDatabase::mayNotRun(const QString &backend)
{
    return backend == u"postgresql" && qEnvironmentVariableIsEmpty("CAMPAGNA_TEST_PG") &&
           qEnvironmentVariableIsEmpty("CI");
}

QString TestDatabase::lastError()
{
    return g_lastError;
}

std::optional<db::DatabaseUrl> TestDatabase::freshUrl(const QString &backend)
{
    const int n = g_counter.fetch_add(1);
    if (backend == u"sqlite") {
        if (!sqliteFolder().isValid()) {
            g_lastError = QStringLiteral("cannot create a temporary folder");
            return std::nullopt;
        }
        return db::DatabaseUrl::sqliteFile(
            sqliteFolder().filePath(QStringLiteral("test-%1.sqlite").arg(n)));
    }
    const QString adminText = qEnvironmentVariable("CAMPAGNA_TEST_PG");
    if (adminText.isEmpty()) {
        g_lastError = QStringLiteral("CAMPAGNA_TEST_PG is not set: PostgreSQL tests run through "
                                     "CTest, which starts the private server");
        return std::nullopt;
    }
    auto adminUrl = db::DatabaseUrl::parse(adminText);
    if (!adminUrl) {
        g_lastError = adminUrl.errorMessage();
        return std::nullopt;
    }
    static std::shared_ptr<db::Database> admin;
    if (!admin) {
        auto opened = db::Database::open(adminUrl.value());
        if (!opened) {
            g_lastError = opened.errorMessage();
            return std::nullopt;
        }
        admin = opened.value();
    }
    const QString name =
        QStringLiteral("campagna_t%1_%2").arg(QCoreApplication::applicationPid()).arg(n);
    auto created = db::Sql::exec(admin->connection(), QStringLiteral("CREATE DATABASE ") + name);
    if (!created) {
        g_lastError = created.errorMessage();
        return std::nullopt;
    }
    return db::DatabaseUrl::postgres(adminUrl->host(), adminUrl->port(), name,
                                     adminUrl->userName());
}

std::shared_ptr<db::Database> TestDatabase::create(const QString &backend, bool initialise,
                                                   qint64 now)
{
    auto url = freshUrl(backend);
    if (!url)
        return nullptr;
    auto opened = db::Database::open(*url);
    if (!opened) {
        g_lastError = opened.errorMessage();
        return nullptr;
    }
    if (initialise) {
        auto done = engine::Bootstrap::initialise(*opened.value(), now);
        if (!done) {
            g_lastError = done.errorMessage();
            return nullptr;
        }
    }
    return opened.value();
}

} // namespace campagna::test
