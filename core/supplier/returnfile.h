#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace campagna::supplier {

// A service provider's return file (03-workflows.md, supplierMgt step 2):
// CSV with the header `recipient_id,status` and one row per recipient,
// status `sent` or `undeliverable`. A pure parser: bytes in, rows or the
// first thing wrong out, nothing read from disk or the database.
//
// Tolerated: LF or CRLF line ends, a trailing newline (and blank lines at
// the very end), a UTF-8 byte order mark, spaces around fields, fields in
// double quotes, upper case in the header and the statuses. Refused, with
// the line: an empty file, another header, a blank line before the end, a
// row without exactly two fields, a recipient id that is not a positive
// whole number, another status, and a recipient listed twice (it would be
// counted twice).
//
// Threading: stateless; call from any thread.
class ReturnFile final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::supplier::ReturnFile)

public:
    enum class Status { Sent, Undeliverable };

    struct Row
    {
        qint64 recipientId = 0;
        Status status = Status::Sent;
        int line = 0; // 1-based, the header being line 1
    };

    // The outcome of parse(): the rows, or the line and what is wrong there.
    struct Parsed
    {
        QList<Row> rows;
        int errorLine = 0; // 1-based; 0 when the file is well formed
        QString error;     // what is wrong on errorLine (translated)

        bool ok() const { return errorLine == 0; }
        // "Line N: ..." (translated), empty when ok().
        QString errorMessage() const;
        qint64 count(Status status) const;
    };

    static Parsed parse(const QByteArray &data);
};

} // namespace campagna::supplier
