// libFuzzer harness for DatabaseUrl::parse and lookUpPgpass (see run-fuzzers.sh).
//
// Every input must either fail with a Usage error and a message, or parse
// into a URL whose canonical text (toString()) parses again to the same
// canonical text, and whose printed forms never show the password. The
// pgpass reader must return without crashing on any text. A violation
// aborts, which libFuzzer records as a crash with the input.

#include "db/databaseurl.h"

#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using campagna::Error;
using campagna::db::DatabaseUrl;

namespace {

[[noreturn]] void violation(const char *what, const QString &text, const QString &detail)
{
    std::fprintf(stderr, "fuzz_databaseurl: %s\n  input: %s\n  detail: %s\n", what,
                 text.toUtf8().constData(), detail.toUtf8().constData());
    std::abort();
}

void check(const QString &text)
{
    const auto parsed = DatabaseUrl::parse(text);
    if (!parsed) {
        if (parsed.errorCode() != Error::Code::Usage)
            violation("error code is not Usage", text, parsed.errorMessage());
        if (parsed.errorMessage().trimmed().isEmpty())
            violation("empty error message", text, QString());
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
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    check(text);
    // The same bytes as a ~/.pgpass file, looked up for a few servers.
    (void)campagna::db::lookUpPgpass(text, QStringLiteral("localhost"), 5432,
                                     QStringLiteral("campagna"), QStringLiteral("anna"));
    (void)campagna::db::lookUpPgpass(text, QStringLiteral("/tmp/pg"), 0, QString(), QString());
    return 0;
}
