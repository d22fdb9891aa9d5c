#include "supplier/returnfile.h"

#include <QBuffer>
#include <QHash>

namespace campagna::supplier {

namespace {

// One field as written, without surrounding spaces and quotes ("" inside
// quotes is one quote).
QByteArray unquoted(QByteArray field)
{
    field = field.trimmed();
    if (field.size() >= 2 && field.startsWith('"') && field.endsWith('"'))
        field = field.mid(1, field.size() - 2).replace("\"\"", "\"");
    return field;
}

QString duplicate(qint64 recipientId, int firstLine)
{
    return ReturnFile::tr("the recipient %1 is already on line %2.")
        .arg(recipientId)
        .arg(firstLine);
}

// Longer lines are refused: a row is a number and a word.
constexpr qsizetype kMaxLineBytes = 1000;

} // namespace

QString ReturnFile::Parsed::errorMessage() const
{
    if (ok())
        return {};
    return ReturnFile::tr("line %1: %2").arg(errorLine).arg(error);
}

qint64 ReturnFile::Parsed::count(Status status) const
{
    qint64 n = 0;
    for (const Row &row : rows)
        n += row.status == status ? 1 : 0;
    return n;
}

ReturnFile::Parsed ReturnFile::parse(const QByteArray &data)
{
    QByteArray bytes = data;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    Reader reader(buffer);
    Parsed parsed;
    QHash<qint64, int> seen; // recipient id -> line
    Row row;
    while (reader.next(row)) {
        if (const auto first = seen.constFind(row.recipientId); first != seen.cend()) {
            parsed.errorLine = row.line;
            parsed.error = duplicate(row.recipientId, *first);
            parsed.rows.clear();
            return parsed;
        }
        seen.insert(row.recipientId, row.line);
        parsed.rows.append(row);
    }
    if (!reader.ok()) {
        parsed.errorLine = reader.errorLine();
        parsed.error = reader.error();
        parsed.rows.clear();
    }
    return parsed;
}

QString ReturnFile::duplicateMessage(int line, qint64 recipientId, int firstLine)
{
    return tr("line %1: %2").arg(line).arg(duplicate(recipientId, firstLine));
}

ReturnFile::Reader::Reader(QIODevice &device)
    : m_device(device)
{}

QString ReturnFile::Reader::errorMessage() const
{
    return ok() ? QString() : ReturnFile::tr("line %1: %2").arg(m_errorLine).arg(m_error);
}

bool ReturnFile::Reader::fail(int line, const QString &what)
{
    m_errorLine = line;
    m_error = what;
    m_finished = true;
    return false;
}

bool ReturnFile::Reader::readLine(QByteArray &line)
{
    if (m_device.atEnd())
        return false;
    line = m_device.readLine(kMaxLineBytes + 2);
    ++m_line;
    const bool ended = line.endsWith('\n');
    if (!ended && !m_device.atEnd())
        return fail(m_line, ReturnFile::tr("the line is longer than %1 bytes.").arg(kMaxLineBytes));
    if (ended)
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return true;
}

bool ReturnFile::Reader::readHeader()
{
    m_started = true;
    QByteArray line;
    const bool any = readLine(line);
    if (!ok())
        return false;
    if (line.startsWith("\xEF\xBB\xBF"))
        line.remove(0, 3);
    bool blank = !any || line.trimmed().isEmpty();
    // A file of blank lines only is empty; blank lines before the header are
    // a wrong header.
    while (blank && readLine(line))
        blank = line.trimmed().isEmpty();
    if (!ok())
        return false;
    if (blank)
        return fail(1, ReturnFile::tr("the file is empty; expected the header "
                                      "\"recipient_id,status\"."));
    const QList<QByteArray> header = line.split(',');
    if (m_line != 1 || header.size() != 2 || unquoted(header.at(0)).toLower() != "recipient_id" ||
        unquoted(header.at(1)).toLower() != "status")
        return fail(1, ReturnFile::tr("the first line is not the header "
                                      "\"recipient_id,status\"."));
    return true;
}

bool ReturnFile::Reader::next(Row &row)
{
    if (m_finished || (!m_started && !readHeader()))
        return false;
    QByteArray line;
    while (readLine(line)) {
        if (line.trimmed().isEmpty()) {
            if (m_blankSince == 0)
                m_blankSince = m_line;
            continue;
        }
        if (m_blankSince != 0)
            return fail(m_blankSince,
                        ReturnFile::tr("empty line; expected \"recipient_id,status\"."));
        const QList<QByteArray> fields = line.split(',');
        if (fields.size() != 2)
            return fail(m_line, ReturnFile::tr("expected 2 fields (recipient_id,status), found %1.")
                                    .arg(fields.size()));
        const QByteArray id = unquoted(fields.at(0));
        bool isNumber = !id.isEmpty();
        for (const char c : id)
            isNumber = isNumber && c >= '0' && c <= '9';
        bool converted = false;
        const qint64 recipientId = isNumber ? id.toLongLong(&converted) : 0;
        if (!converted || recipientId <= 0)
            return fail(m_line, ReturnFile::tr("the recipient id is not a positive whole number."));
        const QByteArray status = unquoted(fields.at(1)).toLower();
        if (status != "sent" && status != "undeliverable")
            return fail(m_line,
                        ReturnFile::tr("the status is neither \"sent\" nor \"undeliverable\"."));
        row = Row{recipientId, status == "sent" ? Status::Sent : Status::Undeliverable, m_line};
        return true;
    }
    m_finished = true;
    return false;
}

} // namespace campagna::supplier
