#include "cli/controlcommand.h"

#include "common/translations.h"
#include "db/database.h"
#include "db/migrator.h"
#include "db/sql.h"
#include "delivery/deliveryactions.h"
#include "delivery/diagnosis.h"
#include "demo/demogenerator.h"
#include "engine/bootstrap.h"
#include "engine/clock.h"
#include "engine/runstates.h"
#include "engine/workflowengine.h"
#include "engine/workflowstore.h"
#include "delivery/deliverysubmission.h"
#include "audit/auditquery.h"
#include "engine/journalpurge.h"
#include "people/actor.h"
#include "people/operatordirectory.h"
#include "workflows/builtinworkflows.h"
#include "workflows/workflowcatalog.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace campagna::cli {

using engine::RunOutcome;
using workflows::WorkflowCatalog;

namespace {

std::atomic<bool> g_stopRequested{false};

extern "C" void onStopSignal(int)
{
    g_stopRequested.store(true);
}

QJsonValue jsonTime(std::optional<qint64> seconds)
{
    if (!seconds)
        return QJsonValue::Null;
    return QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC).toString(Qt::ISODate);
}

QString textTime(std::optional<qint64> seconds)
{
    if (!seconds)
        return QStringLiteral("-");
    return QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC)
               .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
           QStringLiteral(" UTC");
}

QJsonObject runJson(const engine::RunRecord &run)
{
    QJsonObject o;
    o[u"id"] = run.id;
    o[u"trigger"] = run.trigger;
    o[u"requested_by"] = run.requestedBy;
    o[u"owner"] = run.owner;
    o[u"status"] = run.status;
    o[u"started_at"] = jsonTime(run.startedAt);
    o[u"finished_at"] = jsonTime(run.finishedAt);
    o[u"duration_s"] =
        run.durationSeconds() ? QJsonValue(*run.durationSeconds()) : QJsonValue(QJsonValue::Null);
    o[u"items"] = run.items;
    o[u"warnings"] = run.warnings;
    o[u"error"] = run.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(run.error);
    return o;
}

// A date (midnight UTC) or an ISO 8601 time (UTC when no offset is given);
// invalid when neither.
QDateTime parseDate(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    if (!at.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            at = QDateTime(date, QTime(0, 0), QTimeZone::utc());
    }
    if (at.isValid() && at.timeSpec() == Qt::LocalTime)
        at.setTimeZone(QTimeZone::utc());
    return at;
}

int exitCodeFor(Error::Code code)
{
    switch (code) {
    case Error::Code::Usage:
    case Error::Code::Connection:
    case Error::Code::Authentication:
    case Error::Code::SchemaTooNew:
    case Error::Code::NotFound:
        return ControlCommand::UsageError;
    case Error::Code::LeaseHeld:
        return ControlCommand::LeaseHeld;
    default:
        return ControlCommand::Failed;
    }
}

// The state of one invocation: options, streams, database, clock.
class Invocation
{
    Q_DECLARE_TR_FUNCTIONS(campagna::cli::ControlCommand)

public:
    Invocation(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {}

    int execute(const QStringList &arguments);

private:
    int fail(const Error &error)
    {
        if (m_json) {
            QJsonObject o;
            o[u"error"] = error.message;
            m_out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        }
        m_err << tr("campagnactl: %1").arg(error.message) << Qt::endl;
        return exitCodeFor(error.code);
    }
    int usage(const QString &message) { return fail(makeError(Error::Code::Usage, message)); }
    void printJson(const QJsonObject &o)
    {
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        m_out.flush();
    }

    // execute's parts: the options, the clock and database they set, and
    // the command.
    void declareOptions();
    int configure();
    int dispatch(const QStringList &args);
    int openDatabase(bool create);
    int resolveActor();
    QString workflowArgument(const QStringList &args, int index, int *exitCode);

    int cmdInit();
    int cmdDemo();
    int cmdStatus();
    int cmdRun(const QString &workflow);
    int cmdState(const QString &command, const QString &workflow);
    int cmdServe();
    int cmdLog(const QStringList &args);
    int cmdDelivery(const QStringList &args);
    int cmdApproval(const QStringList &args);
    int cmdDiagnose(const QStringList &args);
    int cmdOperator(const QStringList &args);
    int operatorValues(people::OperatorValues *values, bool forSet);
    int cmdAudit();
    int serveOnce(engine::WorkflowEngine &engine);
    int idArgument(const QString &text, qint64 *id, const QString &what);
    int limitArgument(int *limit);

    QTextStream &m_out;
    QTextStream &m_err;
    QCommandLineParser m_parser;
    bool m_json = false;
    db::DatabaseUrl m_url;
    std::shared_ptr<db::Database> m_database;
    std::shared_ptr<engine::Clock> m_clock = std::make_shared<engine::Clock>();
    people::Actor m_actor;
};

void Invocation::declareOptions()
{
    m_parser.setApplicationDescription(tr("Campagna's command line: the engine, headless."));
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      tr("Database URL (default: $CAMPAGNA_DB, then the local "
                                         "SQLite file)."),
                                      QStringLiteral("url"));
    const QCommandLineOption asOption(QStringLiteral("as"), tr("Act as this operator."),
                                      QStringLiteral("operator"));
    const QCommandLineOption nowOption(QStringLiteral("now"),
                                       tr("Fix the clock (ISO 8601, e.g. "
                                          "2027-01-15T09:00:00Z)."),
                                       QStringLiteral("time"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print one JSON document."));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), tr("Language of messages: it or en."), QStringLiteral("language"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
                                         tr("demo: multiply recipients and deliveries."),
                                         QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("demo: random seed."),
                                        QStringLiteral("s"), QStringLiteral("1"));
    const QCommandLineOption runOption(QStringLiteral("run"), tr("log: the lines of this run."),
                                       QStringLiteral("id"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         tr("log: at most this many lines."), QStringLiteral("n"),
                                         QStringLiteral("50"));
    const QCommandLineOption purgeOption(QStringLiteral("purge-before"),
                                         tr("log: delete journal lines older than this date."),
                                         QStringLiteral("date"));
    const QCommandLineOption byOption(QStringLiteral("by"),
                                      tr("approval decide: the operator deciding (as --as)."),
                                      QStringLiteral("operator"));
    const QCommandLineOption commentOption(QStringLiteral("comment"),
                                           tr("approval decide: a comment on the decision."),
                                           QStringLiteral("text"));
    const QCommandLineOption sentOption(QStringLiteral("sent"),
                                        tr("delivery finish: the number of messages sent."),
                                        QStringLiteral("n"));
    m_parser.addOptions({dbOption, asOption, nowOption, jsonOption, langOption, scaleOption,
                         seedOption, runOption, limitOption, purgeOption, byOption, commentOption,
                         sentOption});
    m_parser.addOptions(
        {{QStringLiteral("once"), tr("serve: one scheduler pass, then exit.")},
         {QStringLiteral("admin"), tr("operator add|set: an administrator.")},
         {QStringLiteral("no-admin"), tr("operator set: no longer an administrator.")},
         {QStringLiteral("group"), tr("operator add|set: a group of the operator (repeat it)."),
          QStringLiteral("group")},
         {QStringLiteral("no-groups"), tr("operator set: in no group.")},
         {QStringLiteral("locale"), tr("operator add|set: language of notifications, it or en."),
          QStringLiteral("locale")},
         {QStringLiteral("email"), tr("operator add|set: e-mail address (empty: none)."),
          QStringLiteral("address")},
         {QStringLiteral("since"), tr("audit: actions from this date on."),
          QStringLiteral("date")},
         {QStringLiteral("operator"), tr("audit: actions of this operator."),
          QStringLiteral("name")},
         {QStringLiteral("action"), tr("audit: actions of this kind (e.g. workflow.pause)."),
          QStringLiteral("action")}});
    m_parser.addHelpOption();
    m_parser.addPositionalArgument(
        QStringLiteral("command"),
        tr("init | demo | status | run WORKFLOW | start WORKFLOW | pause WORKFLOW | "
           "stop WORKFLOW | serve [--once] | log WORKFLOW | diagnose ID | "
           "delivery submit|confirm|finish ID | approval decide ID approve|reject | "
           "operator add|set|list|remove | audit"));
}

int Invocation::execute(const QStringList &arguments)
{
    declareOptions();
    if (!m_parser.parse(arguments))
        return usage(m_parser.errorText());

    const QString language = m_parser.isSet(QStringLiteral("lang"))
                                 ? m_parser.value(QStringLiteral("lang"))
                                 : systemLanguage();
    if (!installTranslations(language))
        return usage(tr("Unknown language \"%1\": use it or en.").arg(language));
    m_json = m_parser.isSet(QStringLiteral("json"));

    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << m_parser.helpText();
        return ControlCommand::Success;
    }
    const QStringList args = m_parser.positionalArguments();
    if (args.isEmpty())
        return usage(tr("No command given. Commands: init, demo, status, run, start, pause, "
                        "stop, serve, log, diagnose, delivery, approval, operator, audit."));

    if (int rc = configure(); rc != ControlCommand::Success)
        return rc;
    return dispatch(args);
}

// --now and the database URL.
int Invocation::configure()
{
    if (m_parser.isSet(QStringLiteral("now"))) {
        QDateTime now = QDateTime::fromString(m_parser.value(QStringLiteral("now")), Qt::ISODate);
        if (!now.isValid())
            return usage(tr("Invalid --now \"%1\": write an ISO 8601 time such as "
                            "2027-01-15T09:00:00Z.")
                             .arg(m_parser.value(QStringLiteral("now"))));
        if (now.timeSpec() == Qt::LocalTime)
            now.setTimeZone(QTimeZone::utc());
        m_clock->setFixed(now.toSecsSinceEpoch());
    }

    QString urlText = m_parser.value(QStringLiteral("db"));
    // Any user of the machine sees a command line (ps, /proc).
    if (!urlText.isEmpty() && db::DatabaseUrl::mayCarryPassword(urlText))
        m_err << tr("campagnactl: warning: a password in --db is visible to every user of this "
                    "machine (ps); give it in PGPASSWORD or ~/.pgpass instead.")
              << Qt::endl;
    if (urlText.isEmpty())
        urlText = qEnvironmentVariable("CAMPAGNA_DB");
    if (urlText.isEmpty()) {
        m_url = engine::Bootstrap::defaultDatabase(false);
    } else {
        auto parsed = db::DatabaseUrl::parse(urlText);
        if (!parsed)
            return fail(parsed.error());
        m_url = parsed.value();
    }
    if (const QString ignored = m_url.passwordFileWarning(); !ignored.isEmpty())
        m_err << tr("campagnactl: warning: %1").arg(ignored) << Qt::endl;

    return ControlCommand::Success;
}

int Invocation::dispatch(const QStringList &args)
{
    const QString command = args.first();
    auto needArguments = [&](int count) {
        return args.size() == count + 1;
    };

    if (command == u"init") {
        if (!needArguments(0))
            return usage(tr("Usage: campagnactl init"));
        return cmdInit();
    }
    if (command == u"demo") {
        if (!needArguments(0))
            return usage(tr("Usage: campagnactl demo [--scale N] [--seed S]"));
        return cmdDemo();
    }
    if (command == u"status") {
        if (!needArguments(0))
            return usage(tr("Usage: campagnactl status"));
        return cmdStatus();
    }
    if (command == u"run" || command == u"start" || command == u"pause" || command == u"stop") {
        if (!needArguments(1))
            return usage(tr("Usage: campagnactl %1 WORKFLOW").arg(command));
        const QString workflow = WorkflowCatalog::canonicalName(args.at(1));
        if (workflow.isEmpty())
            return usage(tr("Unknown workflow \"%1\". The workflows are: %2.")
                             .arg(args.at(1), WorkflowCatalog::names().join(QStringLiteral(", "))));
        return command == u"run" ? cmdRun(workflow) : cmdState(command, workflow);
    }
    if (command == u"serve") {
        if (!needArguments(0))
            return usage(tr("Usage: campagnactl serve [--once]"));
        return cmdServe();
    }
    if (command == u"operator")
        return cmdOperator(args);
    if (command == u"audit") {
        if (!needArguments(0))
            return usage(tr("Usage: campagnactl audit [--since DATE] [--operator NAME] "
                            "[--action ACTION] [--limit N]"));
        return cmdAudit();
    }
    if (command == u"log")
        return cmdLog(args);
    if (command == u"delivery")
        return cmdDelivery(args);
    if (command == u"approval")
        return cmdApproval(args);
    if (command == u"diagnose")
        return cmdDiagnose(args);
    return usage(tr("Unknown command \"%1\". Commands: init, demo, status, run, start, pause, "
                    "stop, serve, log, diagnose, delivery, approval, operator, audit.")
                     .arg(command));
}

int Invocation::openDatabase(bool create)
{
    auto database = engine::Bootstrap::open(m_url, create, m_clock->now());
    if (!database)
        return fail(database.error());
    m_database = database.value();
    return ControlCommand::Success;
}

int Invocation::resolveActor()
{
    QString requested = m_parser.value(QStringLiteral("as"));
    const QString by = m_parser.value(QStringLiteral("by"));
    if (!by.isEmpty() && !requested.isEmpty() && by != requested)
        return usage(tr("--as %1 and --by %2 name two operators; give one.").arg(requested, by));
    if (requested.isEmpty())
        requested = by;
    auto actor = people::ActorResolver::resolve(*m_database, requested);
    if (!actor)
        return fail(actor.error());
    m_actor = actor.value();
    // On a shared server the clock is the server's: only an administrator
    // may date what they do (SQLite: the file's owner, tests and faults).
    if (m_clock->isFixed() && !m_actor.isOwner && !m_actor.isAdmin)
        return fail(makeError(Error::Code::Forbidden,
                              tr("--now: only administrators and the database's owner may fix "
                                 "the clock on PostgreSQL, and \"%1\" is neither.")
                                  .arg(m_actor.name)));
    return ControlCommand::Success;
}

int Invocation::cmdInit()
{
    auto database = db::Database::open(m_url);
    if (!database)
        return fail(database.error());
    m_database = database.value();
    auto initialised = engine::Bootstrap::initialise(*m_database, m_clock->now(m_database.get()));
    if (!initialised)
        return fail(initialised.error());
    auto version = db::Migrator::currentVersion(m_database->connection(), m_database->backend());
    const int now = version ? version.value() : 0;
    if (m_json) {
        QJsonObject o;
        o[u"database"] = m_url.toDisplayString();
        o[u"schema_version"] = now;
        o[u"previous_version"] = initialised.value();
        printJson(o);
    } else if (initialised.value() == now) {
        m_out << tr("The database %1 is up to date (schema version %2).")
                     .arg(m_url.toDisplayString())
                     .arg(now)
              << Qt::endl;
    } else {
        m_out << tr("The database %1 now has schema version %2 (it had %3).")
                     .arg(m_url.toDisplayString())
                     .arg(now)
                     .arg(initialised.value())
              << Qt::endl;
    }
    return ControlCommand::Success;
}

int Invocation::cmdDemo()
{
    bool scaleOk = false;
    bool seedOk = false;
    const int scale = m_parser.value(QStringLiteral("scale")).toInt(&scaleOk);
    const quint64 seed = m_parser.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!scaleOk || scale < 1 || scale > 1000)
        return usage(tr("Invalid --scale \"%1\": give a whole number from 1 to 1000.")
                         .arg(m_parser.value(QStringLiteral("scale"))));
    if (!seedOk)
        return usage(tr("Invalid --seed \"%1\": give a whole number.")
                         .arg(m_parser.value(QStringLiteral("seed"))));
    if (int rc = openDatabase(false); rc != ControlCommand::Success)
        return rc;
    demo::DemoOptions options;
    options.scale = scale;
    options.seed = seed;
    options.now = m_clock->now(m_database.get());
    auto generated =
        demo::DemoGenerator::generate(m_database->connection(), m_database->backend(), options);
    if (!generated)
        return fail(generated.error());
    qint64 total = 0;
    QJsonObject rows;
    for (auto it = generated->rowsPerTable.cbegin(); it != generated->rowsPerTable.cend(); ++it) {
        rows[it.key()] = it.value();
        total += it.value();
    }
    if (m_json) {
        QJsonObject o;
        o[u"database"] = m_url.toDisplayString();
        o[u"scale"] = scale;
        o[u"seed"] = QString::number(seed);
        o[u"rows"] = rows;
        printJson(o);
    } else {
        m_out << tr("Demo data loaded into %1: %2 rows (scale %3, seed %4).")
                     .arg(m_url.toDisplayString())
                     .arg(total)
                     .arg(scale)
                     .arg(seed)
              << Qt::endl;
        for (auto it = generated->rowsPerTable.cbegin(); it != generated->rowsPerTable.cend(); ++it)
            m_out << QStringLiteral("  %1 %2").arg(it.key(), -28).arg(it.value()) << Qt::endl;
    }
    return ControlCommand::Success;
}

int Invocation::cmdStatus()
{
    if (int rc = openDatabase(false); rc != ControlCommand::Success)
        return rc;
    auto status = engine::WorkflowStore::loadStatus(m_database->connection());
    if (!status)
        return fail(status.error());
    if (m_json) {
        QJsonArray workflows;
        for (const auto &s : status.value()) {
            const auto *info = WorkflowCatalog::find(s.name);
            QJsonObject o;
            o[u"name"] = s.name;
            o[u"label_en"] = info ? info->label(QStringLiteral("en")) : QString();
            o[u"label_it"] = info ? info->label(QStringLiteral("it")) : QString();
            o[u"state"] = s.state;
            o[u"failed"] = s.failed;
            o[u"schedule"] = s.schedule;
            o[u"next_run_at"] = jsonTime(s.nextRunAt);
            o[u"lease_owner"] =
                s.leaseOwner.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.leaseOwner);
            o[u"last_run"] =
                s.lastRun ? QJsonValue(runJson(*s.lastRun)) : QJsonValue(QJsonValue::Null);
            workflows.append(o);
        }
        QJsonObject o;
        o[u"database"] = m_url.toDisplayString();
        o[u"workflows"] = workflows;
        printJson(o);
        return ControlCommand::Success;
    }
    m_out << tr("Database: %1").arg(m_url.toDisplayString()) << Qt::endl;
    bool halted = false;
    for (const auto &s : status.value()) {
        const auto *info = WorkflowCatalog::find(s.name);
        halted =
            halted || fromSql<engine::WorkflowState>(s.state) != engine::WorkflowState::Started;
        m_out << Qt::endl
              << s.name << QStringLiteral("  ")
              << (info ? info->label(QStringLiteral("en")) : QString()) << QStringLiteral(" / ")
              << (info ? info->label(QStringLiteral("it")) : QString()) << Qt::endl;
        m_out << QStringLiteral("  ")
              << tr("state: %1   failed: %2   schedule: %3   next run: %4")
                     .arg(s.state, s.failed ? tr("yes") : tr("no"),
                          s.schedule.isEmpty() ? tr("manual") : s.schedule, textTime(s.nextRunAt))
              << Qt::endl;
        if (s.lastRun) {
            const auto &r = *s.lastRun;
            m_out << QStringLiteral("  ")
                  << tr("last run: #%1 %2, started %3, took %4 s, %n item(s)", nullptr,
                        int(r.items))
                         .arg(r.id)
                         .arg(r.status, textTime(r.startedAt),
                              r.durationSeconds() ? QString::number(*r.durationSeconds())
                                                  : QStringLiteral("-"))
                  << Qt::endl;
        } else {
            m_out << QStringLiteral("  ") << tr("last run: never") << Qt::endl;
        }
        if (!s.leaseOwner.isEmpty())
            m_out
                << QStringLiteral("  ")
                << tr("being run by %1 (lease until %2)").arg(s.leaseOwner, textTime(s.leaseUntil))
                << Qt::endl;
    }
    if (halted)
        m_out << Qt::endl
              << tr("Campaign processing is halted until every workflow is started.")
              << Qt::endl;
    return ControlCommand::Success;
}

int Invocation::cmdRun(const QString &workflow)
{
    if (int rc = openDatabase(false); rc != ControlCommand::Success)
        return rc;
    if (int rc = resolveActor(); rc != ControlCommand::Success)
        return rc;
    engine::WorkflowEngine engine(m_database, m_clock);
    workflows::registerBuiltinWorkflows(engine);
    engine.setActor(m_actor);
    engine.setOwnerLabel(QStringLiteral("campagnactl run"));
    const RunOutcome outcome = engine.runNow(workflow, engine::Trigger::Cli).result();
    if (m_json) {
        QJsonObject o;
        o[u"workflow"] = outcome.workflow;
        o[u"run_id"] = outcome.runId ? QJsonValue(outcome.runId) : QJsonValue(QJsonValue::Null);
        o[u"status"] =
            outcome.status.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(outcome.status);
        o[u"items"] = outcome.items;
        o[u"warnings"] = outcome.warnings;
        o[u"duration_ms"] = outcome.durationMs;
        o[u"error"] =
            outcome.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(outcome.error);
        printJson(o);
    }
    if (outcome.succeeded()) {
        if (!m_json) {
            m_out << tr("%1: run %2 succeeded in %3 ms: %n item(s)", nullptr, int(outcome.items))
                         .arg(workflow)
                         .arg(outcome.runId)
                         .arg(outcome.durationMs)
                  << QStringLiteral(", ") << tr("%n warning(s).", nullptr, outcome.warnings)
                  << Qt::endl;
            auto log =
                engine::WorkflowStore::log(m_database->connection(), workflow, outcome.runId, 1000);
            if (log) {
                for (const auto &line : log.value())
                    m_out << QStringLiteral("  [%1] %2").arg(line.level, line.message) << Qt::endl;
            }
        }
        return ControlCommand::Success;
    }
    if (outcome.runId == 0) {
        m_err << tr("campagnactl: %1").arg(outcome.error) << Qt::endl;
        return exitCodeFor(outcome.errorCode);
    }
    m_err << tr("campagnactl: %1: run %2 %3: %4")
                 .arg(workflow)
                 .arg(outcome.runId)
                 .arg(outcome.status, outcome.error)
          << Qt::endl;
    return ControlCommand::Failed;
}

int Invocation::cmdState(const QString &command, const QString &workflow)
{
    if (int rc = openDatabase(false); rc != ControlCommand::Success)
        return rc;
    if (int rc = resolveActor(); rc != ControlCommand::Success)
        return rc;
    engine::WorkflowEngine engine(m_database, m_clock);
    engine.setActor(m_actor);
    const Result<void> done = command == u"start"   ? engine.start(workflow).result()
                              : command == u"pause" ? engine.pause(workflow).result()
                                                    : engine.stop(workflow).result();
    if (!done)
        return fail(done.error());
    auto status = engine::WorkflowStore::loadOne(m_database->connection(), workflow);
    const QString state = status ? status->state : QString();
    if (m_json) {
        QJsonObject o;
        o[u"workflow"] = workflow;
        o[u"state"] = state;
        o[u"by"] = m_actor.name;
        printJson(o);
    } else {
        m_out << tr("%1 is now %2.").arg(workflow, state) << Qt::endl;
    }
    return ControlCommand::Success;
}

int Invocation::cmdServe()
{
    if (int rc = openDatabase(false); rc != ControlCommand::Success)
        return rc;
    if (int rc = resolveActor(); rc != ControlCommand::Success)
        return rc;
    if (auto allowed = people::ActorResolver::requireRunner(m_database->connection(), m_actor,
                                                            tr("Serve %1")
                                                                .arg(m_url.toDisplayString()));
        !allowed)
        return fail(allowed.error());
    engine::WorkflowEngine engine(m_database, m_clock);
    workflows::registerBuiltinWorkflows(engine);
    engine.setActor(m_actor);
    engine.setOwnerLabel(QStringLiteral("campagnactl serve"));
    QObject::connect(
        &engine, &engine::WorkflowEngine::runFinished, &engine, [this](const RunOutcome &outcome) {
            if (m_json) {
                QJsonObject o;
                o[u"workflow"] = outcome.workflow;
                o[u"run_id"] = outcome.runId;
                o[u"status"] = outcome.status;
                o[u"items"] = outcome.items;
                o[u"warnings"] = outcome.warnings;
                o[u"duration_ms"] = outcome.durationMs;
                o[u"error"] = outcome.error;
                m_out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
            } else if (outcome.runId != 0) {
                m_out << tr("%1: run %2 %3 (%4 ms, %n item(s)) %5", nullptr, int(outcome.items))
                             .arg(outcome.workflow)
                             .arg(outcome.runId)
                             .arg(outcome.status)
                             .arg(outcome.durationMs)
                             .arg(outcome.error)
                      << Qt::endl;
            }
        });
    QObject::connect(&engine, &engine::WorkflowEngine::outboxSent, &engine,
                     [this](const QString &message) {
                         if (!m_json)
                             m_out << message << Qt::endl;
                     });
    if (m_parser.isSet(QStringLiteral("once")))
        return serveOnce(engine);
    // The outbox also goes out regularly, not only after runs.
    QTimer outbox;
    QObject::connect(&outbox, &QTimer::timeout, &engine, [&engine] { engine.sendOutbox(); });
    outbox.start(60000);
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    QTimer stopPoll;
    QObject::connect(&stopPoll, &QTimer::timeout, &engine, [] {
        if (g_stopRequested.load())
            QCoreApplication::quit();
    });
    stopPoll.start(100);
    if (!m_json)
        m_out << tr("Serving %1; the scheduler runs due workflows. Stop with Ctrl+C.")
                     .arg(m_url.toDisplayString())
              << Qt::endl;
    engine.startScheduler(10000);
    QCoreApplication::exec();
    engine.shutdown();
    if (!m_json)
        m_out << tr("Stopped cleanly.") << Qt::endl;
    return ControlCommand::Success;
}

int Invocation::serveOnce(engine::WorkflowEngine &engine)
{
    QStringList started;
    bool ticked = false;
    int finished = 0;
    int failed = 0;
    QEventLoop loop;
    const auto quitWhenDone = [&] {
        if (ticked && finished >= started.size())
            loop.quit();
    };
    QObject::connect(&engine, &engine::WorkflowEngine::runFinished, &loop,
                     [&](const RunOutcome &outcome) {
                         ++finished;
                         failed += outcome.succeeded() ? 0 : 1;
                         quitWhenDone();
                     });
    engine.schedulerTick().then(&loop, [&](const QStringList &names) {
        started = names;
        ticked = true;
        quitWhenDone();
    });
    loop.exec();
    engine.shutdown();
    if (!m_json)
        m_out << tr("One scheduler pass: %n due run(s)", nullptr, int(started.size()))
              << QStringLiteral(", ") << tr("%n failed.", nullptr, failed) << Qt::endl;
    return failed == 0 ? ControlCommand::Success : ControlCommand::Failed;
}

int Invocation::cmdLog(const QStringList &args)
{
    const QString purge = m_parser.value(QStringLiteral("purge-before"));
    if (!purge.isEmpty()) {
        if (args.size() != 1)
            return usage(tr("Usage: campagnactl log --purge-before DATE"));
        const QDateTime before = parseDate(purge);
        if (!before.isValid())
            return usage(
                tr("Invalid date \"%1\": write 2027-01-15 or 2027-01-15T09:00:00Z.").arg(purge));
        if (int rc = openDatabase(false); rc != ControlCommand::Success)
            return rc;
        if (int rc = resolveActor(); rc != ControlCommand::Success)
            return rc;
        auto purged = engine::JournalPurge::purgeBefore(m_database->connection(), m_actor,
                                                        before.toSecsSinceEpoch(),
                                                        m_clock->now(m_database.get()));
        if (!purged)
            return fail(purged.error());
        if (m_json) {
            QJsonObject o;
            o[u"purged"] = purged.value();
            o[u"before"] = jsonTime(before.toSecsSinceEpoch());
            printJson(o);
        } else {
            m_out << tr("%n journal line(s) deleted.", nullptr, int(purged.value())) << Qt::endl;
        }
        return ControlCommand::Success;
    }

    if (args.size() != 2)
        return usage(tr("Usage: campagnactl log WORKFLOW [--run ID] [--limit N] or "
                        "campagnactl log --purge-before DATE"));
    const QString workflow = WorkflowCatalog::canonicalName(args.at(1));
    if (workflow.isEmpty())
        return usage(tr("Unknown workflow \"%1\". The workflows are: %2.")
                         .arg(args.at(1), WorkflowCatalog::names().join(QStringLiteral(", "))));
    bool ok = true;
    qint64 runId = 0;
    if (m_parser.isSet(QStringLiteral("run"))) {
        runId = m_parser.value(QStringLiteral("run")).toLongLong(&ok);
        if (!ok || runId <= 0)
            return usage(tr("Invalid --run \"%1\": give a run number.")
                             .arg(m_parser.value(QStringLiteral("run"))));
    }
    int limit = 0;
    if (int rc = limitArgument(&limit); rc != ControlCommand::Success)
        return rc;
    if (int rc = openDatabase(false); rc != ControlCommand::Success)
        return rc;
    QSqlDatabase db = m_database->connection();
    if (runId > 0) {
        auto run = engine::WorkflowStore::run(db, runId);
        if (!run)
            return fail(run.error());
        if (!run.value() || run.value()->workflow != workflow)
            return fail(makeError(Error::Code::NotFound,
                                  tr("There is no run %1 of %2.").arg(runId).arg(workflow)));
    }
    auto lines = engine::WorkflowStore::log(db, workflow, runId, limit);
    if (!lines)
        return fail(lines.error());
    if (m_json) {
        QJsonArray array;
        for (const auto &l : lines.value()) {
            QJsonObject o;
            o[u"id"] = l.id;
            o[u"run_id"] = l.runId ? QJsonValue(*l.runId) : QJsonValue(QJsonValue::Null);
            o[u"at"] = jsonTime(l.at);
            o[u"level"] = l.level;
            o[u"step"] = l.step;
            o[u"message"] = l.message;
            o[u"object_type"] =
                l.objectType.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(l.objectType);
            o[u"object_id"] = l.objectId ? QJsonValue(*l.objectId) : QJsonValue(QJsonValue::Null);
            array.append(o);
        }
        QJsonObject o;
        o[u"workflow"] = workflow;
        o[u"lines"] = array;
        printJson(o);
        return ControlCommand::Success;
    }
    if (lines->isEmpty())
        m_out << tr("The journal of %1 is empty.").arg(workflow) << Qt::endl;
    for (const auto &l : lines.value())
        m_out << QStringLiteral("%1  #%2  %3  %4")
                     .arg(textTime(l.at), l.runId ? QString::number(*l.runId) : QStringLiteral("-"),
                          l.level.leftJustified(7), l.message)
              << Qt::endl;
    return ControlCommand::Success;
}

int Invocation::limitArgument(int *limit)
{
    bool ok = false;
    *limit = m_parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || *limit <= 0)
        return usage(tr("Invalid --limit \"%1\": give a positive number.")
                         .arg(m_parser.value(QStringLiteral("limit"))));
    return ControlCommand::Success;
}

int Invocation::idArgument(const QString &text, qint64 *id, const QString &what)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    if (!ok || *id <= 0)
        return usage(tr("Invalid %1 \"%2\": give its number.").arg(what, text));
    return ControlCommand::Success;
}

int Invocation::cmdDelivery(const QStringList &args)
{
    const QString action = args.value(1);
    if (args.size() != 3 ||
        !QStringList{QStringLiteral("submit"), QStringLiteral("confirm"), QStringLiteral("finish")}
             .contains(action))
        return usage(tr("Usage: campagnactl delivery submit ID | delivery confirm ID | "
                        "delivery finish ID --sent N"));
    qint64 deliveryId = 0;
    if (int rc = idArgument(args.at(2), &deliveryId, tr("delivery")); rc != ControlCommand::Success)
        return rc;
    qint64 sent = -1;
    if (action == u"finish") {
        bool ok = false;
        sent = m_parser.value(QStringLiteral("sent")).toLongLong(&ok);
        if (!m_parser.isSet(QStringLiteral("sent")) || !ok)
            return usage(tr("Usage: campagnactl delivery finish ID --sent N (N: the number of "
                            "messages sent)."));
    }
    if (int rc = openDatabase(false); rc != ControlCommand::Success)
        return rc;
    if (int rc = resolveActor(); rc != ControlCommand::Success)
        return rc;
    const QSqlDatabase db = m_database->connection();
    const qint64 now = m_clock->now(m_database.get());

    if (action == u"submit") {
        auto submitted = delivery::DeliverySubmission::submit(db, deliveryId, m_actor, now);
        if (!submitted)
            return fail(submitted.error());
        if (m_json) {
            QJsonObject o;
            o[u"delivery_id"] = deliveryId;
            o[u"status"] = sqlName(delivery::DeliveryStatus::TargetingPending);
            o[u"job_id"] = submitted->jobId;
            printJson(o);
        } else {
            m_out << tr("Delivery %1 submitted: targeting job %2 is queued for operationMgt.")
                         .arg(deliveryId)
                         .arg(submitted->jobId)
                  << Qt::endl;
        }
        return ControlCommand::Success;
    }
    auto moved =
        action == u"confirm"
            ? delivery::DeliveryActions::confirmDelivery(db, deliveryId, m_actor, now)
            : delivery::DeliveryActions::finishDelivery(db, deliveryId, sent, m_actor, now);
    if (!moved)
        return fail(moved.error());
    if (m_json) {
        QJsonObject o;
        o[u"delivery_id"] = deliveryId;
        o[u"from"] = moved->from;
        o[u"status"] = moved->to;
        printJson(o);
    } else {
        m_out << tr("Delivery %1: %2 → %3.").arg(deliveryId).arg(moved->from, moved->to)
              << Qt::endl;
    }
    return ControlCommand::Success;
}

int Invocation::cmdApproval(const QStringList &args)
{
    const QString decision = args.value(3);
    if (args.size() != 4 || args.at(1) != u"decide" ||
        (decision != u"approve" && decision != u"reject"))
        return usage(tr("Usage: campagnactl approval decide ID approve|reject --by OPERATOR "
                        "[--comment TEXT]"));
    qint64 approvalId = 0;
    if (int rc = idArgument(args.at(2), &approvalId, tr("approval")); rc != ControlCommand::Success)
        return rc;
    if (int rc = openDatabase(false); rc != ControlCommand::Success)
        return rc;
    if (int rc = resolveActor(); rc != ControlCommand::Success)
        return rc;
    auto decided = delivery::DeliveryActions::decideApproval(
        m_database->connection(), approvalId, decision == u"approve",
        m_parser.value(QStringLiteral("comment")), m_actor, m_clock->now(m_database.get()));
    if (!decided)
        return fail(decided.error());
    if (m_json) {
        QJsonObject o;
        o[u"approval_id"] = approvalId;
        o[u"delivery_id"] = decided->deliveryId;
        o[u"status"] = decided->status;
        o[u"decided_at"] = jsonTime(decided->decidedAt);
        o[u"decided_by"] = m_actor.name;
        printJson(o);
    } else {
        m_out << (fromSql<delivery::ApprovalStatus>(decided->status) ==
                          delivery::ApprovalStatus::Approved
                      ? tr("Approval %1 of the delivery %2 approved by %3.")
                      : tr("Approval %1 of the delivery %2 rejected by %3."))
                     .arg(approvalId)
                     .arg(decided->deliveryId)
                     .arg(m_actor.name)
              << Qt::endl;
    }
    return ControlCommand::Success;
}

int Invocation::cmdDiagnose(const QStringList &args)
{
    if (args.size() != 2)
        return usage(tr("Usage: campagnactl diagnose DELIVERY_ID"));
    qint64 deliveryId = 0;
    if (int rc = idArgument(args.at(1), &deliveryId, tr("delivery")); rc != ControlCommand::Success)
        return rc;
    if (int rc = openDatabase(false); rc != ControlCommand::Success)
        return rc;
    auto report = delivery::Diagnosis::diagnose(m_database->connection(), deliveryId,
                                                m_clock->now(m_database.get()));
    if (!report)
        return fail(report.error());
    if (m_json) {
        printJson(report->toJson());
        return ControlCommand::Success;
    }
    m_out << (report->stalled ? tr("Delivery %1 (%2) is stalled.")
                              : tr("Delivery %1 (%2) is not stalled."))
                 .arg(deliveryId)
                 .arg(report->status)
          << Qt::endl;
    for (const auto &check : report->checks) {
        m_out << QStringLiteral("  %1 %2 %3")
                     .arg(delivery::Diagnosis::resultName(check.result).leftJustified(8),
                          check.name.leftJustified(20), check.reason)
              << Qt::endl;
        if (!check.message.isEmpty())
            m_out << QStringLiteral("      ") << check.message << Qt::endl;
    }
    return ControlCommand::Success;
}

int Invocation::operatorValues(people::OperatorValues *values, bool forSet)
{
    const bool admin = m_parser.isSet(QStringLiteral("admin"));
    const bool noAdmin = m_parser.isSet(QStringLiteral("no-admin"));
    const QStringList groups = m_parser.values(QStringLiteral("group"));
    const bool noGroups = m_parser.isSet(QStringLiteral("no-groups"));
    if (admin && noAdmin)
        return usage(tr("--admin and --no-admin contradict each other; give one."));
    if (!groups.isEmpty() && noGroups)
        return usage(tr("--group and --no-groups contradict each other; give one."));
    if (!forSet && (noAdmin || noGroups))
        return usage(tr("--no-admin and --no-groups are for operator set."));
    if (admin || noAdmin)
        values->admin = admin;
    if (!groups.isEmpty() || noGroups)
        values->groups = groups;
    if (m_parser.isSet(QStringLiteral("locale")))
        values->locale = m_parser.value(QStringLiteral("locale"));
    if (m_parser.isSet(QStringLiteral("email")))
        values->email = m_parser.value(QStringLiteral("email"));
    return ControlCommand::Success;
}

int Invocation::cmdOperator(const QStringList &args)
{
    const QString action = args.value(1);
    const bool list = action == u"list" && args.size() == 2;
    const bool named = args.size() == 3 && (action == u"add" || action == u"set" ||
                                            action == u"remove");
    if (!list && !named)
        return usage(tr("Usage: campagnactl operator add NAME [--admin] [--group GROUP]... "
                        "[--locale it|en] [--email E] | operator set NAME [--admin|--no-admin] "
                        "[--group GROUP...|--no-groups] [--locale L] [--email E] | operator list "
                        "| operator remove NAME"));
    people::OperatorValues values;
    if (named && action != u"remove") {
        if (int rc = operatorValues(&values, action == u"set"); rc != ControlCommand::Success)
            return rc;
        if (action == u"set" && !values.admin && !values.groups && !values.locale &&
            !values.email)
            return usage(tr("operator set: say what to change (--admin, --no-admin, --group, "
                            "--no-groups, --locale, --email)."));
    }
    if (int rc = openDatabase(false); rc != ControlCommand::Success)
        return rc;
    const QSqlDatabase db = m_database->connection();
    if (list) {
        auto operators = people::OperatorDirectory::list(db);
        if (!operators)
            return fail(operators.error());
        QJsonArray array;
        for (const auto &o : operators.value()) {
            if (m_json) {
                array.append(QJsonObject{{QStringLiteral("id"), o.id},
                                         {QStringLiteral("name"), o.name},
                                         {QStringLiteral("email"), o.email},
                                         {QStringLiteral("admin"), o.isAdmin},
                                         {QStringLiteral("locale"), o.locale},
                                         {QStringLiteral("groups"),
                                          QJsonArray::fromStringList(o.groups)}});
                continue;
            }
            m_out << QStringLiteral("%1  %2  %3  %4  %5")
                         .arg(o.name.leftJustified(16), o.isAdmin ? tr("admin") : tr("operator"),
                              o.locale.isEmpty() ? QStringLiteral("-") : o.locale,
                              o.email.isEmpty() ? QStringLiteral("-") : o.email,
                              o.groups.join(QStringLiteral(", ")))
                  << Qt::endl;
        }
        if (m_json)
            printJson({{QStringLiteral("operators"), array}});
        return ControlCommand::Success;
    }
    if (int rc = resolveActor(); rc != ControlCommand::Success)
        return rc;
    const QString name = args.at(2);
    const qint64 now = m_clock->now(m_database.get());
    Result<void> done = {};
    if (action == u"add") {
        auto added = people::OperatorDirectory::add(db, m_actor, name, values, now);
        done = added ? Result<void>() : Result<void>(added.error());
    } else if (action == u"set") {
        done = people::OperatorDirectory::set(db, m_actor, name, values, now);
    } else {
        done = people::OperatorDirectory::remove(db, m_actor, name, now);
    }
    if (!done)
        return fail(done.error());
    if (m_json) {
        printJson({{QStringLiteral("operator"), name},
                   {QStringLiteral("action"), action},
                   {QStringLiteral("by"), m_actor.name}});
    } else {
        m_out << (action == u"add"   ? tr("Operator %1 added.")
                  : action == u"set" ? tr("Operator %1 changed.")
                                     : tr("Operator %1 removed."))
                     .arg(name)
              << Qt::endl;
    }
    return ControlCommand::Success;
}

int Invocation::cmdAudit()
{
    audit::AuditFilter filter;
    if (m_parser.isSet(QStringLiteral("since"))) {
        const QString text = m_parser.value(QStringLiteral("since"));
        const QDateTime since = parseDate(text);
        if (!since.isValid())
            return usage(
                tr("Invalid date \"%1\": write 2027-01-15 or 2027-01-15T09:00:00Z.").arg(text));
        filter.since = since.toSecsSinceEpoch();
    }
    filter.operatorName = m_parser.value(QStringLiteral("operator"));
    filter.action = m_parser.value(QStringLiteral("action"));
    int limit = 0;
    if (int rc = limitArgument(&limit); rc != ControlCommand::Success)
        return rc;
    if (int rc = openDatabase(false); rc != ControlCommand::Success)
        return rc;
    auto records = audit::AuditQuery::list(m_database->connection(), filter, limit);
    if (!records)
        return fail(records.error());
    QJsonArray array;
    for (const auto &r : records.value()) {
        if (m_json) {
            array.append(QJsonObject{
                {QStringLiteral("id"), r.id},
                {QStringLiteral("at"), jsonTime(r.at)},
                {QStringLiteral("operator_id"),
                 r.operatorId ? QJsonValue(*r.operatorId) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("operator_name"), r.operatorName},
                {QStringLiteral("action"), r.action},
                {QStringLiteral("object_kind"), r.objectKind},
                {QStringLiteral("object_id"), r.objectId},
                {QStringLiteral("details"),
                 r.details.isEmpty() ? QJsonValue(QJsonValue::Null)
                                     : QJsonValue(QJsonDocument::fromJson(r.details.toUtf8())
                                                      .object())}});
            continue;
        }
        m_out << QStringLiteral("%1  %2  %3  %4 %5  %6")
                     .arg(textTime(r.at), r.operatorName.leftJustified(12),
                          r.action.leftJustified(17), r.objectKind, r.objectId, r.details)
              << Qt::endl;
    }
    if (m_json)
        printJson({{QStringLiteral("events"), array}});
    else if (records->isEmpty())
        m_out << tr("No audit event matches.") << Qt::endl;
    return ControlCommand::Success;
}

} // namespace

int ControlCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Invocation invocation(out, err);
    return invocation.execute(arguments);
}

} // namespace campagna::cli
