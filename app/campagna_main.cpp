#include "connection/connectiondialog.h"
#include "db/driverwarnings.h"
#include "main/mainwindow.h"

#include "common/translations.h"
#include "db/database.h"
#include "db/databaseurl.h"
#include "demo/demogenerator.h"
#include "engine/bootstrap.h"
#include "engine/clock.h"
#include "engine/workflowengine.h"
#include "people/actor.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QThreadPool>
#include <QtConcurrentRun>

#include <cstdio>
#include <memory>

namespace {

using namespace campagna;

// The translation context of the console's start-up messages.
struct Console
{
    Q_DECLARE_TR_FUNCTIONS(campagna::Console)
};

// Usage, configuration or connection error (as campagnactl).
constexpr int ExitUsage = 2;

const QString LanguageKey = QStringLiteral("language");
const QString CurrentDatabaseKey = QStringLiteral("database/current");
const QString CurrentOperatorKey = QStringLiteral("database/operator");

int fail(const QString &message)
{
    QMessageBox::critical(nullptr, Console::tr("Campagna"), message);
    return ExitUsage;
}

// Loads the demo data into an empty database, on a worker thread (its own
// connection) while a busy dialog shows. A database with data is left as is.
Result<void> loadDemoIfEmpty(const std::shared_ptr<db::Database> &database, qint64 now)
{
    auto empty = engine::Bootstrap::isEmpty(*database);
    if (!empty)
        return empty.error();
    if (!empty.value())
        return {};

    QProgressDialog progress(
        Console::tr("Loading the demo data into %1…").arg(database->url().toDisplayString()),
        QString(), 0, 0);
    progress.setWindowTitle(Console::tr("Campagna"));
    progress.setCancelButton(nullptr);
    progress.setMinimumDuration(0);
    progress.setWindowModality(Qt::ApplicationModal);
    progress.show();
    QApplication::setOverrideCursor(Qt::WaitCursor);

    demo::DemoOptions options;
    options.now = now;
    // A pool of our own: its thread ends (and closes its connection) when
    // the pool goes, while the Database still exists.
    QThreadPool pool;
    QFuture<Result<demo::DemoSummary>> future = QtConcurrent::run(&pool, [database, options] {
        return demo::DemoGenerator::generate(database->connection(), database->backend(), options);
    });
    QFutureWatcher<Result<demo::DemoSummary>> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    QApplication::restoreOverrideCursor();

    const Result<demo::DemoSummary> generated = future.result();
    if (!generated)
        return generated.error();
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    campagna::db::installDriverWarningFilter();
    // Shared with campagnactl, so both find the same local database.
    QCoreApplication::setOrganizationName(QStringLiteral("Campagna"));
    QCoreApplication::setApplicationName(QStringLiteral("campagna"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAMPAGNA_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("campagna"));

    QSettings settings;
    QString language = settings.value(LanguageKey).toString();
    if (language != u"it" && language != u"en")
        language = systemLanguage();
    installTranslations(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Console::tr("Campagna: the console of the five campaign-processing workflows."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        Console::tr("Open the demo database (created and filled with the demo data on first "
                    "use)."));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      Console::tr("Open this database: sqlite:/path/file.sqlite or "
                                                  "postgresql://user@host:port/dbname."),
                                      QStringLiteral("url"));
    parser.addOptions({demoOption, dbOption});
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fputs(qPrintable(parser.errorText() + u'\n'), stderr);
        std::fputs(qPrintable(parser.helpText()), stderr);
        return ExitUsage;
    }
    if (parser.isSet(helpOption))
        parser.showHelp(0);
    if (parser.isSet(versionOption))
        parser.showVersion();
    if (parser.isSet(demoOption) && parser.isSet(dbOption))
        return fail(Console::tr("Use either --demo or --db, not both."));

    // Which database: --demo, --db, the one remembered, the local default.
    db::DatabaseUrl url;
    bool create = false;
    bool remember = false;
    QString hint;
    if (parser.isSet(demoOption)) {
        url = engine::Bootstrap::defaultDatabase(true);
        create = true;
    } else if (parser.isSet(dbOption)) {
        // Any user of the machine sees a command line (ps, /proc).
        if (db::DatabaseUrl::mayCarryPassword(parser.value(dbOption)))
            std::fputs(qPrintable(Console::tr("campagna: warning: a password in --db is visible "
                                              "to every user of this machine (ps); give it in "
                                              "PGPASSWORD or ~/.pgpass instead.") +
                                  u'\n'),
                       stderr);
        auto parsed = db::DatabaseUrl::parse(parser.value(dbOption));
        if (!parsed)
            return fail(parsed.errorMessage());
        url = parsed.value();
        // A missing SQLite file is not created: the connection dialog says
        // so and offers Create. An existing database must already be
        // Campagna's (campagnactl init), never silently filled with tables.
        remember = true;
    } else if (const QString remembered = settings.value(CurrentDatabaseKey).toString();
               !remembered.isEmpty()) {
        hint = Console::tr("Start Campagna with --db URL to open another database.");
        auto parsed = db::DatabaseUrl::parse(remembered);
        if (!parsed)
            return fail(parsed.errorMessage() + u"\n\n" + hint);
        url = parsed.value();
    } else {
        // The local default, this installation's own: created on first use.
        url = engine::Bootstrap::defaultDatabase(false);
        create = true;
    }

    if (const QString ignored = url.passwordFileWarning(); !ignored.isEmpty())
        std::fputs(qPrintable(Console::tr("campagna: warning: %1").arg(ignored) + u'\n'), stderr);

    const qint64 now = engine::Clock().now();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = engine::Bootstrap::open(url, create, now);
    QApplication::restoreOverrideCursor();
    std::shared_ptr<db::Database> database;
    people::Actor actor;
    QString problem;
    bool askAgain = false;
    if (!opened) {
        problem = Console::tr("Campagna cannot open the database %1.\n\n%2")
                      .arg(url.toDisplayString(), opened.errorMessage());
        // The password prompt, or the Create button for a missing SQLite
        // file, comes with a new attempt.
        askAgain = opened.errorCode() == Error::Code::Authentication ||
                   (opened.errorCode() == Error::Code::NotFound && url.isFile());
    } else {
        database = opened.value();
        if (parser.isSet(demoOption)) {
            if (auto loaded = loadDemoIfEmpty(database, now); !loaded)
                return fail(Console::tr("The demo data could not be loaded into %1.\n\n%2")
                                .arg(url.toDisplayString(), loaded.errorMessage()));
        }
        // The operator chosen last time on this database, else the default.
        const QString requested = settings.value(CurrentDatabaseKey).toString() == url.toString()
                                      ? settings.value(CurrentOperatorKey).toString()
                                      : QString();
        auto resolved = people::ActorResolver::resolve(*database, requested);
        if (!resolved && !requested.isEmpty())
            resolved = people::ActorResolver::resolve(*database, QString());
        if (resolved) {
            actor = resolved.value();
        } else {
            problem = Console::tr("Campagna cannot tell which operator you are in %1.\n\n%2")
                          .arg(url.toDisplayString(), resolved.errorMessage());
            // The operator list, with the refusal, comes with a new attempt.
            askAgain = true;
            database.reset();
        }
    }
    if (!database) {
        // Nothing usable yet: the connection dialog, with what went wrong,
        // opens this database or another one.
        ui::ConnectionDialog dialog;
        dialog.setUrl(url);
        dialog.showMessage(problem, true);
        if (askAgain)
            dialog.connectToDatabase();
        if (dialog.exec() != QDialog::Accepted)
            return ExitUsage;
        database = dialog.database();
        actor = dialog.actor();
        remember = true;
    }
    if (remember) {
        settings.setValue(CurrentDatabaseKey, database->url().toString());
        settings.setValue(CurrentOperatorKey, actor.operatorId ? actor.name : QString());
    }

    int code = 0;
    {
        ui::MainWindow window(ui::MainWindow::createEngine(database, actor));
        database.reset();
        window.show();
        window.engine()->startScheduler();
        code = QApplication::exec();
        // Cancels the runs and waits for them while the window still exists.
        window.engine()->shutdown();
    }
    return code;
}
