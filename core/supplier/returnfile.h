#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;

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
// row without exactly two fields, a line of more than 1,000 bytes, a
// recipient id that is not a positive whole number, another status, and
// (parse() only) a recipient listed twice (it would be counted twice).
// Messages give the line and the reason, never the file's content: the file
// comes from outside, and its bytes must not reach the journal or a mail.
//
// Reader reads a file line by line, in memory independent of its size;
// parse() reads bytes in memory (tests, fuzzing) and checks duplicates with
// a hash. supplierMgt reads with Reader and checks duplicates in SQL.
//
// Threading: stateless; call from any thread. A Reader belongs to the thread
// that reads its device.
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
    // "line N: the recipient R is already on line M." (translated).
    static QString duplicateMessage(int line, qint64 recipientId, int firstLine);

    class Reader;
};

// Reads rows from a device, one line at a time.
class ReturnFile::Reader final
{
public:
    explicit Reader(QIODevice &device);
    Q_DISABLE_COPY_MOVE(Reader)

    // The next row; false at the end of the rows or at the first thing
    // wrong (ok() tells which).
    bool next(Row &row);
    bool ok() const { return m_errorLine == 0; }
    int errorLine() const { return m_errorLine; }
    const QString &error() const { return m_error; }
    // "line N: ..." (translated), empty when ok().
    QString errorMessage() const;

private:
    bool fail(int line, const QString &what);
    bool readHeader();
    // The next line without its end, false at the end of the device.
    bool readLine(QByteArray &line);

    QIODevice &m_device;
    int m_line = 0;         // of the last line read
    int m_blankSince = 0;   // first of the blank lines just read, 0 if none
    bool m_started = false; // the header was read
    bool m_finished = false;
    int m_errorLine = 0;
    QString m_error;
};

} // namespace campagna::supplier
