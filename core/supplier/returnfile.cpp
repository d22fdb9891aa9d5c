#include "supplier/returnfile.h"

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

// For messages: at most 40 characters of what the file holds there, with
// control characters shown as U+FFFD. The message is stored in the
// database, and PostgreSQL text cannot hold a NUL byte: a binary file
// failed the whole run instead of its job.
QString excerpt(const QByteArray &text)
{
    QString shown = QString::fromUtf8(text);
    if (shown.size() > 40)
        shown = shown.left(40) + QStringLiteral("…");
    for (QChar &c : shown) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QChar::ReplacementCharacter;
    }
    return shown;
}

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
    Parsed parsed;
    auto fail = [&parsed](int line, const QString &what) {
        parsed.rows.clear();
        parsed.errorLine = line;
        parsed.error = what;
        return parsed;
    };

    QByteArray text = data;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    QList<QByteArray> lines = text.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    // A trailing newline leaves an empty last piece; blank lines at the very
    // end are tolerated as well (editors and spreadsheets add them).
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return fail(1, tr("the file is empty; expected the header \"recipient_id,status\"."));

    const QList<QByteArray> header = lines.constFirst().split(',');
    if (header.size() != 2 || unquoted(header.at(0)).toLower() != "recipient_id" ||
        unquoted(header.at(1)).toLower() != "status")
        return fail(1, tr("expected the header \"recipient_id,status\", found \"%1\".")
                           .arg(excerpt(lines.constFirst())));

    QHash<qint64, int> seen; // recipient id -> line
    parsed.rows.reserve(lines.size() - 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const int number = int(i + 1);
        const QByteArray &line = lines.at(i);
        if (line.trimmed().isEmpty())
            return fail(number, tr("empty line; expected \"recipient_id,status\"."));
        const QList<QByteArray> fields = line.split(',');
        if (fields.size() != 2)
            return fail(number, tr("expected 2 fields (recipient_id,status), found %1: \"%2\".")
                                    .arg(fields.size())
                                    .arg(excerpt(line)));
        const QByteArray id = unquoted(fields.at(0));
        bool isNumber = !id.isEmpty();
        for (const char c : id)
            isNumber = isNumber && c >= '0' && c <= '9';
        bool converted = false;
        const qint64 recipientId = isNumber ? id.toLongLong(&converted) : 0;
        if (!converted || recipientId <= 0)
            return fail(
                number,
                tr("the recipient id \"%1\" is not a positive whole number.").arg(excerpt(id)));
        const QByteArray status = unquoted(fields.at(1)).toLower();
        Row row{recipientId, Status::Sent, number};
        if (status == "sent")
            row.status = Status::Sent;
        else if (status == "undeliverable")
            row.status = Status::Undeliverable;
        else
            return fail(number, tr("the status \"%1\" is neither \"sent\" nor \"undeliverable\".")
                                    .arg(excerpt(unquoted(fields.at(1)))));
        if (const auto first = seen.constFind(recipientId); first != seen.cend())
            return fail(
                number,
                tr("the recipient %1 is already on line %2.").arg(recipientId).arg(first.value()));
        seen.insert(recipientId, number);
        parsed.rows.append(row);
    }
    return parsed;
}

} // namespace campagna::supplier
