// libFuzzer harness for DatabaseUrl::parse and lookUpPgpass (see run-fuzzers.sh).
//
// Every input must either fail with a Usage error and a message that
// repeats nothing after the scheme (a password may be there: the marker
// Zq8, put in a password before the fuzzer's bytes, stands for one), or parse into a URL whose
// canonical text (toString()) parses again to the same canonical text,
// whose printed forms never show the password, and whose options, quoted
// for libpq, read back (as libpq's conninfo parser reads) as exactly the
// same keys and values. The pgpass reader must return without crashing on
// any text. A violation aborts, which libFuzzer records as a crash with
// the input.

#include "db/databaseurl.h"

#include <QMap>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>

using campagna::Error;
using campagna::db::DatabaseUrl;

namespace {

[[noreturn]] void violation(const char *what, const QString &text, const QString &detail)
{
    std::fprintf(stderr, "fuzz_databaseurl: %s\n  input: %s\n  detail: %s\n", what,
                 text.toUtf8().constData(), detail.toUtf8().constData());
    std::abort();
}

// libpq's conninfo_parse(): keyword, '=', a value single-quoted or bare,
// '\\' escaping the next character in both; nullopt when malformed.
std::optional<QMap<QString, QString>> readConninfo(const QString &text)
{
    QMap<QString, QString> result;
    qsizetype i = 0;
    const auto skipSpaces = [&] {
        while (i < text.size() && text.at(i).isSpace())
            ++i;
    };
    for (skipSpaces(); i < text.size(); skipSpaces()) {
        QString key;
        while (i < text.size() && text.at(i) != u'=' && !text.at(i).isSpace())
            key += text.at(i++);
        skipSpaces();
        if (i >= text.size() || text.at(i) != u'=')
            return std::nullopt;
        ++i;
        skipSpaces();
        QString value;
        const bool quoted = i < text.size() && text.at(i) == u'\'';
        if (quoted)
            ++i;
        bool closed = !quoted;
        while (i < text.size()) {
            const QChar c = text.at(i++);
            if (c == u'\\' && i < text.size()) {
                value += text.at(i++);
            } else if (quoted && c == u'\'') {
                closed = true;
                break;
            } else if (!quoted && c.isSpace()) {
                break;
            } else {
                value += c;
            }
        }
        if (!closed)
            return std::nullopt;
        result.insert(key, value);
    }
    return result;
}

void checkRefusal(const QString &text, const campagna::Result<DatabaseUrl> &parsed)
{
    if (parsed.errorCode() != Error::Code::Usage)
        violation("error code is not Usage", text, parsed.errorMessage());
    if (parsed.errorMessage().trimmed().isEmpty())
        violation("empty error message", text, QString());
    // SQLite URLs hold no password, and their messages name the file.
    if (text.trimmed().startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive))
        return;
    const QLatin1String marker("Zq8");
    const qsizetype colon = text.indexOf(u':');
    if (colon >= 0 && !text.left(colon).contains(marker) &&
        parsed.errorMessage().contains(marker))
        violation("an error message repeats the text after the scheme", text,
                  parsed.errorMessage());
}

void checkOptions(const QString &text, const DatabaseUrl &url)
{
    const QString conninfo = campagna::db::conninfoOptions(url.options());
    // QPSQL turns every ';' of its connect options into a space.
    if (conninfo.contains(u';'))
        violation("a ';' in the options passed to QPSQL", text, conninfo);
    const auto read = readConninfo(conninfo);
    if (!read)
        violation("the quoted options are malformed", text, conninfo);
    if (*read != url.options())
        violation("the quoted options read back otherwise", text, conninfo);
}

void check(const QString &text)
{
    const auto parsed = DatabaseUrl::parse(text);
    if (!parsed) {
        checkRefusal(text, parsed);
        return;
    }
    const DatabaseUrl &url = parsed.value();
    const QString canonical = url.toString();
    const auto again = DatabaseUrl::parse(canonical);
    if (!again)
        violation("the canonical text does not parse", text,
                  canonical + QStringLiteral(" -> ") + again.errorMessage());
    if (again->toString() != canonical)
        violation("the canonical text is not a fixed point", text,
                  canonical + QStringLiteral(" -> ") + again->toString());
    if (again->backend() != url.backend())
        violation("the canonical text names another backend", text, canonical);
    if (again->hasExplicitPassword())
        violation("the canonical text carries a password", text, canonical);

    if (url.hasExplicitPassword() && !url.toDisplayString().contains(QStringLiteral("****")))
        violation("a password given but not shown masked", text, url.toDisplayString());
    // A password set later (the GUI prompt) is never printed either.
    DatabaseUrl probe = url;
    const QString marker = QStringLiteral("Zq8#secret#8qZ");
    probe.setPassword(marker);
    if (probe.toString().contains(marker) || probe.toDisplayString().contains(marker))
        violation("the password is printed", text, probe.toDisplayString());
    checkOptions(text, url);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    check(text);
    // The same bytes as the rest of a password (a marker first) and of a
    // query: whatever follows, no message shows the marker.
    check(QStringLiteral("postgresql://alice:Zq8") + text);
    check(QStringLiteral("postgresql://alice@h/db?password=Zq8") + text);
    // The same bytes as a ~/.pgpass file, looked up for a few servers.
    (void)campagna::db::lookUpPgpass(text, QStringLiteral("localhost"), 5432,
                                     QStringLiteral("campagna"), QStringLiteral("anna"));
    (void)campagna::db::lookUpPgpass(text, QStringLiteral("/tmp/pg"), 0, QString(), QString());
    return 0;
}
