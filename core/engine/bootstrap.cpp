#include "engine/bootstrap.h"

#include "db/database.h"
#include "db/migrator.h"
#include "db/sql.h"
#include "workflows/workflowcatalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>

namespace campagna::engine {

QString Bootstrap::dataDirectory()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    makePrivatePath(dir);
    return dir;
}

bool Bootstrap::makePrivatePath(const QString &path)
{
    // Each missing folder from the first existing ancestor down, 0700 (as
    // the XDG base directory specification asks); existing ones as they are.
    QStringList missing;
    QString current = QDir::cleanPath(QDir(path).absolutePath());
    while (!QFileInfo::exists(current)) {
        missing.prepend(current);
        const QString parent = QFileInfo(current).path();
        if (parent == current)
            break;
        current = parent;
    }
    for (const QString &folder : std::as_const(missing)) {
        if (!QDir().mkdir(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner) &&
            !QFileInfo(folder).isDir())
            return false;
    }
    return QFileInfo(path).isDir();
}

db::DatabaseUrl Bootstrap::defaultDatabase(bool demo)
{
    return db::DatabaseUrl::sqliteFile(
        dataDirectory() + u'/' +
        (demo ? QStringLiteral("campagna-demo.sqlite") : QStringLiteral("campagna.sqlite")));
}

Result<int> Bootstrap::initialise(db::Database &database, qint64 now)
{
    QSqlDatabase db = database.connection();
    if (!db.isOpen())
        return makeError(Error::Code::Connection, database.lastOpenError());
    auto migrated = db::Migrator::migrate(db, database.backend());
    if (!migrated)
        return migrated.error();
    if (auto ensured = ensureWorkflows(db, now, Writes::Always); !ensured)
        return ensured.error();
    return migrated.value();
}

Result<void> Bootstrap::ensureWorkflows(const QSqlDatabase &db, qint64 now, Writes writes)
{
    // Read first: a database with every row (the usual case) is not
    // written on open, so that opening it takes no write lock and needs no
    // right to write (an operator's PostgreSQL role has none). `init`
    // always writes: a database it cannot write (read-only, immutable) is
    // refused, not reported initialised.
    auto present = db::Sql::exec(db, QStringLiteral("SELECT name FROM workflow"));
    if (!present)
        return present.error();
    QSet<QString> names;
    while (present->next())
        names.insert(present->value(0).toString());
    QList<const workflows::WorkflowDescriptor *> missing;
    for (const workflows::WorkflowDescriptor &workflow : workflows::WorkflowCatalog::all()) {
        if (writes == Writes::Always || !names.contains(workflow.name))
            missing << &workflow;
    }
    if (missing.isEmpty())
        return {};
    db::WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    for (const workflows::WorkflowDescriptor *workflow : std::as_const(missing)) {
        // Another program opening the database at the same time may have
        // inserted it since: its row, and any schedule or state set on it
        // since, stays.
        auto inserted = db::Sql::exec(db,
                                      QStringLiteral("INSERT INTO workflow (name, state, schedule, "
                                                     "next_run_at) VALUES (?, 'started', ?, ?) "
                                                     "ON CONFLICT (name) DO NOTHING"),
                                      {workflow->name, workflow->defaultSchedule, now});
        if (!inserted)
            return inserted.error();
    }
    return transaction.commit();
}

Result<std::shared_ptr<db::Database>> Bootstrap::open(const db::DatabaseUrl &url, bool create,
                                                      qint64 now)
{
    auto database = db::Database::open(url, create ? db::Database::IfMissing::Create
                                                   : db::Database::IfMissing::Refuse);
    if (!database)
        return database.error();
    QSqlDatabase db = database.value()->connection();
    auto version = db::Migrator::currentVersion(db, url.backend());
    if (!version)
        return version.error();
    if (version.value() == 0 && create) {
        if (auto initialised = initialise(*database.value(), now); !initialised)
            return initialised.error();
        return database;
    }
    if (auto usable = db::Migrator::ensureUsable(db, url.backend()); !usable)
        return usable.error();
    auto ensured = ensureWorkflows(db, now, Writes::WhenMissing);
    if (!ensured && ensured.errorCode() != Error::Code::Forbidden)
        return ensured.error();
    return database;
}

Result<bool> Bootstrap::isEmpty(db::Database &database)
{
    auto count = db::Sql::scalar(database.connection(),
                                 QStringLiteral("SELECT (SELECT count(*) FROM campaign) + "
                                                "(SELECT count(*) FROM operator) + "
                                                "(SELECT count(*) FROM recipient)"));
    if (!count)
        return count.error();
    return count.value() && count.value()->toLongLong() == 0;
}

} // namespace campagna::engine
