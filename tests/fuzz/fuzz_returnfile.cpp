// libFuzzer harness for supplier::ReturnFile::parse (see run-fuzzers.sh).
//
// Every input must either be refused with a 1-based line and a message
// that names it, or give rows that are consistent: positive and distinct
// recipient ids, increasing line numbers after the header, counts that add
// up, and the same rows again when they are written back as a plain file.
// A violation aborts, which libFuzzer records as a crash with the input.

#include "supplier/returnfile.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using campagna::supplier::ReturnFile;

namespace {

[[noreturn]] void violation(const char *what, const QByteArray &data, const QString &detail)
{
    std::fprintf(stderr, "fuzz_returnfile: %s\n  input: %s\n  detail: %s\n", what,
                 data.toPercentEncoding().constData(), detail.toUtf8().constData());
    std::abort();
}

void check(const QByteArray &data)
{
    const ReturnFile::Parsed parsed = ReturnFile::parse(data);
    if (!parsed.ok()) {
        if (parsed.errorLine < 1)
            violation("an error without a line", data, parsed.error);
        if (!parsed.rows.isEmpty())
            violation("rows returned with an error", data, parsed.errorMessage());
        if (parsed.error.trimmed().isEmpty())
            violation("an error without a message", data, parsed.errorMessage());
        if (!parsed.errorMessage().contains(QString::number(parsed.errorLine)))
            violation("the message does not name the line", data, parsed.errorMessage());
        return;
    }
    if (!parsed.errorMessage().isEmpty())
        violation("a message for a good file", data, parsed.errorMessage());
    QSet<qint64> ids;
    int lastLine = 1;
    QByteArray plain("recipient_id,status\n");
    for (const ReturnFile::Row &row : parsed.rows) {
        if (row.recipientId <= 0)
            violation("a recipient id that is not positive", data,
                      QString::number(row.recipientId));
        if (ids.contains(row.recipientId))
            violation("a recipient listed twice", data, QString::number(row.recipientId));
        ids.insert(row.recipientId);
        if (row.line <= lastLine)
            violation("line numbers not increasing", data, QString::number(row.line));
        lastLine = row.line;
        plain += QByteArray::number(row.recipientId) + ',' +
                 (row.status == ReturnFile::Status::Sent ? "sent" : "undeliverable") + '\n';
    }
    if (parsed.count(ReturnFile::Status::Sent) + parsed.count(ReturnFile::Status::Undeliverable) !=
        parsed.rows.size())
        violation("the counts do not add up", data, QString());

    const ReturnFile::Parsed again = ReturnFile::parse(plain);
    if (!again.ok())
        violation("the rows written back do not parse", data, again.errorMessage());
    if (again.rows.size() != parsed.rows.size())
        violation("the rows written back differ", data, QString::fromUtf8(plain));
    for (qsizetype i = 0; i < again.rows.size(); ++i) {
        if (again.rows.at(i).recipientId != parsed.rows.at(i).recipientId ||
            again.rows.at(i).status != parsed.rows.at(i).status)
            violation("the rows written back differ", data, QString::fromUtf8(plain));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    check(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
