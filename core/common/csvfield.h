#pragma once

#include <QString>

namespace campagna {

// One field of a CSV file (RFC 4180), for every CSV that Campagna writes:
// the extraction files that go to service providers and the console's
// exports. Quoted when it holds a comma, a double quote, CR or LF (quotes
// doubled).
//
// Formula injection (OWASP, "CSV Injection"): a spreadsheet runs a cell
// that begins with `=`, `+`, `-` or `@` as a formula, and Tab or CR at the
// start hide such a cell. A value read from the database (a recipient's
// first name `=HYPERLINK(...)`) gets a leading `'`, which spreadsheets
// show as text and do not run. A plain number (`-12.50`, `+3`, `1.234,56`)
// cannot be a formula and is left as it is, so amounts stay numbers.
//
// Threading: pure; call from any thread.
class CsvField final
{
public:
    static QString field(const QString &value);
    // Only the neutralising `'`, without the quoting.
    static QString neutralised(const QString &value);
};

} // namespace campagna
