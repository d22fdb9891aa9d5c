#include "privatepostgres.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>

namespace campagna::test {

PrivatePostgres::PrivatePostgres(const QString &tag)
    : m_dir(QStringLiteral("/tmp/campagna-%1-%2").arg(tag).arg(QCoreApplication::applicationPid()))
{}

PrivatePostgres::~PrivatePostgres()
{
    stop();
}

bool PrivatePostgres::run(const QString &action, const QString &password)
{
    const QString script = qEnvironmentVariable("CAMPAGNA_PG_FIXTURE");
    if (script.isEmpty()) {
        m_error = QStringLiteral("CAMPAGNA_PG_FIXTURE is not set (run the test through CTest)");
        return false;
    }
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (password.isEmpty())
        environment.remove(QStringLiteral("PG_FIXTURE_PASSWORD"));
    else
        environment.insert(QStringLiteral("PG_FIXTURE_PASSWORD"), password);
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(script, {action, m_dir});
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        m_error = QStringLiteral("pg-fixture.sh %1 %2 failed: %3")
                      .arg(action, m_dir, QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

bool PrivatePostgres::start(const QString &password)
{
    m_started = run(QStringLiteral("start"), password);
    return m_started;
}

bool PrivatePostgres::pause()
{
    return run(QStringLiteral("pause"));
}

bool PrivatePostgres::resume()
{
    return run(QStringLiteral("resume"));
}

void PrivatePostgres::stop()
{
    if (m_started)
        run(QStringLiteral("stop"));
    m_started = false;
}

db::DatabaseUrl PrivatePostgres::url(const QString &name) const
{
    return db::DatabaseUrl::postgres(m_dir, 5432, name, QStringLiteral("postgres"));
}

} // namespace campagna::test
