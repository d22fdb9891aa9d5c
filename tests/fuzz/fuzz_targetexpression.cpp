// libFuzzer harness for TargetExpression::parse (see run-fuzzers.sh).
//
// Every input must either fail with a Usage error that says where, or
// parse into an expression whose SQL binds every literal (as many '?' as
// parameters, no quote the parser did not write), which SQLite accepts,
// and whose canonical text parses again to the same text. A violation
// aborts, which libFuzzer records as a crash with the input.

#include "operation/targetexpression.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using campagna::Error;
using campagna::operation::TargetExpression;

namespace {

[[noreturn]] void violation(const char *what, const QString &text, const QString &detail)
{
    std::fprintf(stderr, "fuzz_targetexpression: %s\n  input: %s\n  detail: %s\n", what,
                 text.toUtf8().constData(), detail.toUtf8().constData());
    std::abort();
}

// An in-memory copy of the recipient table, opened once, to check that
// every compiled condition is valid SQL with the right number of
// parameters.
QSqlDatabase &sqlite()
{
    static QSqlDatabase db = [] {
        QSqlDatabase d =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fuzz"));
        d.setDatabaseName(QStringLiteral(":memory:"));
        if (!d.open())
            violation("cannot open SQLite", QString(), d.lastError().text());
        QSqlQuery q(d);
        if (!q.exec(QStringLiteral(
                "CREATE TABLE recipient (id INTEGER PRIMARY KEY, email TEXT, phone TEXT, "
                "first_name TEXT, last_name TEXT, address TEXT, postal_code TEXT, city TEXT, "
                "country TEXT, birth_date TEXT, created_at BIGINT, opted_out INTEGER NOT NULL "
                "DEFAULT 0, blocklisted INTEGER NOT NULL DEFAULT 0)")) ||
            !q.exec(QStringLiteral(
                "INSERT INTO recipient (email, city, country, birth_date, created_at, opted_out) "
                "VALUES ('a@b.it', 'Roma', 'IT', '1980-01-01', 1000, 0), "
                "(NULL, 'Star*[x]?', NULL, NULL, NULL, 1)")))
            violation("cannot create the table", QString(), q.lastError().text());
        return d;
    }();
    return db;
}

void checkSql(const TargetExpression &expression, campagna::db::Backend backend,
              const QString &text)
{
    const auto sql = expression.toSql(QStringLiteral("r"), campagna::db::Dialect::of(backend));
    if (sql.condition.count(u'?') != sql.params.size())
        violation("placeholders and parameters differ", text, sql.condition);
    // The only quotes in the SQL are the parser's own (ESCAPE '').
    QString bare = sql.condition;
    bare.remove(QStringLiteral("ESCAPE ''"));
    if (bare.contains(u'\'') || bare.contains(u';') || bare.contains(u'-') || bare.contains(u'"'))
        violation("user text in the SQL", text, sql.condition);
    if (sql.condition.count(u'(') != sql.condition.count(u')'))
        violation("unbalanced parentheses", text, sql.condition);

    if (backend != campagna::db::Backend::Sqlite)
        return;
    QSqlQuery query(sqlite());
    if (!query.prepare(QStringLiteral("SELECT count(*) FROM recipient r WHERE ") + sql.condition))
        violation("SQLite refuses the SQL", text, sql.condition + u' ' + query.lastError().text());
    for (const QVariant &param : sql.params)
        query.addBindValue(param);
    if (!query.exec() || !query.next())
        violation("SQLite cannot run the SQL", text,
                  sql.condition + u' ' + query.lastError().text());
}

void check(const QString &text)
{
    const auto parsed = TargetExpression::parse(text);
    if (!parsed) {
        const QString message = parsed.errorMessage();
        if (parsed.errorCode() != Error::Code::Usage)
            violation("error code is not Usage", text, message);
        if (!message.startsWith(QStringLiteral("Column ")) &&
            !message.startsWith(QStringLiteral("Line ")))
            violation("error message does not say where", text, message);
        return;
    }

    const QString canonical = parsed->toString();
    if (parsed->isEmpty() != canonical.isEmpty())
        violation("empty expression and empty text disagree", text, canonical);
    checkSql(parsed.value(), campagna::db::Backend::Sqlite, text);
    checkSql(parsed.value(), campagna::db::Backend::Postgres, text);

    const auto again = TargetExpression::parse(canonical);
    if (!again)
        violation("the canonical text does not parse", text,
                  canonical + QStringLiteral(" -> ") + again.errorMessage());
    if (again->toString() != canonical)
        violation("the canonical text is not a fixed point", text,
                  canonical + QStringLiteral(" -> ") + again->toString());
    const auto first = parsed->toSql(QStringLiteral("r"),
                                     campagna::db::Dialect::of(campagna::db::Backend::Postgres));
    const auto second = again->toSql(QStringLiteral("r"),
                                     campagna::db::Dialect::of(campagna::db::Backend::Postgres));
    if (first.condition != second.condition || first.params != second.params)
        violation("the canonical text compiles to other SQL", text, second.condition);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // As UTF-8, the way text arrives from files and the command line...
    check(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    // ...and as raw UTF-16, which a QString from elsewhere can be: lone
    // surrogates, any code unit.
    QString units(qsizetype(size / 2), Qt::Uninitialized);
    std::memcpy(units.data(), data, size / 2 * sizeof(char16_t));
    check(units);
    return 0;
}
