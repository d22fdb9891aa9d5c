#pragma once

#include "db/databaseurl.h"

#include <QString>

#include <optional>

namespace campagna::test {

// A PostgreSQL server of one test's own (tests/support/pg-fixture.sh),
// for what the shared fixture must not suffer: being stopped, or asking
// for passwords. Unix socket only, in a short folder of /tmp named after
// the process. Stopped and removed by the destructor.
class PrivatePostgres final
{
public:
    // `tag`: a few letters for the folder name.
    explicit PrivatePostgres(const QString &tag);
    ~PrivatePostgres();
    PrivatePostgres(const PrivatePostgres &) = delete;
    PrivatePostgres &operator=(const PrivatePostgres &) = delete;

    // initdb and start; with a password, the server asks for it (md5) and
    // the user postgres has it. False with lastError() on failure.
    bool start(const QString &password = QString());
    // Stops the server (fast shutdown), keeping its data: a lost server.
    bool pause();
    // Starts a paused server again.
    bool resume();
    void stop();

    QString directory() const { return m_dir; }
    // The URL of database `name` as user postgres (no password in it).
    db::DatabaseUrl url(const QString &name = QStringLiteral("postgres")) const;
    QString lastError() const { return m_error; }

private:
    bool run(const QString &action, const QString &password = QString());

    QString m_dir;
    QString m_error;
    bool m_started = false;
};

} // namespace campagna::test
