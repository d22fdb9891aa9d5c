// libFuzzer harness for the SQLite translation of `like` (see
// run-fuzzers.sh): SQLite's LIKE ignores ASCII case, so TargetExpression
// compiles `like` to GLOB with the pattern translated. For a value and a
// pattern (the input's UTF-8 text, split at its first newline), the
// compiled condition must agree with LIKE made case-sensitive by
// `PRAGMA case_sensitive_like`, which has LIKE's very wildcards and no
// escape character: the meaning PostgreSQL gets with `LIKE ? ESCAPE ''`.

#include "operation/targetexpression.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using campagna::operation::TargetExpression;

namespace {

[[noreturn]] void violation(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz_likepattern: %s\n  %s\n", what, detail.toUtf8().constData());
    std::abort();
}

QSqlDatabase &sqlite()
{
    static QSqlDatabase db = [] {
        QSqlDatabase d =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("like"));
        d.setDatabaseName(QStringLiteral(":memory:"));
        QSqlQuery q(d);
        if (!d.open() || !q.exec(QStringLiteral("PRAGMA case_sensitive_like = ON")))
            violation("cannot open SQLite", d.lastError().text());
        return d;
    }();
    return db;
}

bool select(const QString &sql, const QVariantList &params, const QString &detail)
{
    QSqlQuery query(sqlite());
    if (!query.prepare(sql))
        violation("SQLite refuses the SQL", sql + u' ' + query.lastError().text());
    for (const QVariant &param : params)
        query.addBindValue(param);
    if (!query.exec() || !query.next())
        violation("SQLite cannot run the SQL", sql + u' ' + query.lastError().text() + detail);
    return query.value(0).toLongLong() != 0;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = input.indexOf(u'\n');
    if (split < 0 || input.contains(QChar(0)))
        return 0;
    const QString value = input.left(split);
    const QString pattern = input.mid(split + 1);
    const QString detail =
        QStringLiteral("\n  value: ") + value + QStringLiteral("\n  pattern: ") + pattern;

    QString quoted = pattern;
    quoted.replace(u'\'', QStringLiteral("''"));
    const auto parsed = TargetExpression::parse(QStringLiteral("city like '") + quoted + u'\'');
    if (!parsed)
        violation("a like pattern does not parse", parsed.errorMessage() + detail);
    const auto sql = parsed->toSql(QStringLiteral("r"),
                                   campagna::db::Dialect::of(campagna::db::Backend::Sqlite));

    const bool compiled =
        select(QStringLiteral("SELECT count(*) FROM (SELECT ? AS city) r WHERE ") + sql.condition,
               QVariantList{value} + sql.params, detail);
    const bool reference = select(QStringLiteral("SELECT ? LIKE ?"), {value, pattern}, detail);
    if (compiled != reference)
        violation(compiled ? "GLOB matches, case-sensitive LIKE does not"
                           : "case-sensitive LIKE matches, GLOB does not",
                  sql.params.value(0).toString() + detail);
    return 0;
}
