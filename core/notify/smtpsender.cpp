#include "notify/smtpsender.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QUrl>

#include <curl/curl.h>

#include <cstring>
#include <memory>
#include <mutex>

namespace campagna::notify {

namespace {

// Raw bytes per encoded word: base64 of 45 bytes is 60 characters, and
// "=?UTF-8?B?" + 60 + "?=" stays under RFC 2047's 75.
constexpr qsizetype kWordBytes = 45;
// Base64 bodies: 57 bytes make one line of 76 characters.
constexpr qsizetype kLineBytes = 57;

bool initialiseCurl()
{
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] { ok = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK; });
    return ok;
}

bool isPlainAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

QByteArray base64Lines(const QByteArray &data)
{
    QByteArray out;
    out.reserve(data.size() * 4 / 3 + data.size() / kLineBytes * 2 + 8);
    for (qsizetype at = 0; at < data.size(); at += kLineBytes) {
        out += data.mid(at, kLineBytes).toBase64();
        out += "\r\n";
    }
    return out;
}

// Text with CRLF line ends, as MIME wants text in its canonical form.
QByteArray canonicalText(const QString &text)
{
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalised.replace(u'\r', u'\n');
    normalised.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    return normalised.toUtf8();
}

// "Name <addr@host>" or "addr@host" into its display name and address.
struct Mailbox
{
    QString name;
    QString address;
};

std::optional<Mailbox> mailbox(const QString &text)
{
    Mailbox box;
    const QString trimmed = text.trimmed();
    const qsizetype open = trimmed.lastIndexOf(u'<');
    if (open >= 0 && trimmed.endsWith(u'>')) {
        box.name = trimmed.left(open).trimmed();
        if (box.name.size() >= 2 && box.name.startsWith(u'"') && box.name.endsWith(u'"'))
            box.name = box.name.mid(1, box.name.size() - 2);
        box.address = trimmed.mid(open + 1, trimmed.size() - open - 2).trimmed();
    } else {
        box.address = trimmed;
    }
    if (box.address.isEmpty() || !box.address.contains(u'@') || !isPlainAscii(box.address))
        return std::nullopt;
    for (const QChar c : box.address) {
        if (c == u'<' || c == u'>' || c == u' ' || c == u',' || c == u'"')
            return std::nullopt;
    }
    return box;
}

QByteArray headerMailbox(const Mailbox &box)
{
    if (box.name.isEmpty())
        return box.address.toLatin1();
    QByteArray name;
    if (isPlainAscii(box.name) && !box.name.contains(u'"') && !box.name.contains(u'\\'))
        name = '"' + box.name.toLatin1() + '"';
    else
        name = SmtpSender::encodedHeader(box.name);
    return name + " <" + box.address.toLatin1() + '>';
}

// The attachment's file name as a MIME parameter: quoted ASCII, or RFC
// 2231's UTF-8 percent-encoding.
QByteArray nameParameter(const QByteArray &parameter, const QString &fileName)
{
    if (isPlainAscii(fileName) && !fileName.contains(u'"') && !fileName.contains(u'\\'))
        return parameter + "=\"" + fileName.toLatin1() + '"';
    return parameter + "*=UTF-8''" + QUrl::toPercentEncoding(fileName);
}

QByteArray contentType(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"csv")
        return "text/csv";
    if (suffix == u"txt")
        return "text/plain";
    if (suffix == u"pdf")
        return "application/pdf";
    return "application/octet-stream";
}

struct Upload
{
    const QByteArray *data = nullptr;
    qsizetype offset = 0;
};

size_t readMessage(char *buffer, size_t size, size_t count, void *userData)
{
    auto *upload = static_cast<Upload *>(userData);
    const qsizetype room = qsizetype(size * count);
    const qsizetype left = upload->data->size() - upload->offset;
    const qsizetype n = std::min(room, left);
    if (n <= 0)
        return 0;
    std::memcpy(buffer, upload->data->constData() + upload->offset, size_t(n));
    upload->offset += n;
    return size_t(n);
}

} // namespace

SmtpSender::SmtpSender(Settings settings)
    : m_settings(std::move(settings))
{}

QByteArray SmtpSender::encodedHeader(const QString &text)
{
    // Line breaks in a header would start a new header (or the body).
    QString single = text;
    single.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
    single.replace(u'\r', u' ');
    single.replace(u'\n', u' ');
    if (isPlainAscii(single) && single.size() <= 70)
        return single.toLatin1();

    QList<QByteArray> words;
    QByteArray chunk;
    // By code point, so that no UTF-8 sequence is split between two words.
    for (qsizetype i = 0; i < single.size(); ++i) {
        const qsizetype length = single.at(i).isHighSurrogate() && i + 1 < single.size() &&
                                         single.at(i + 1).isLowSurrogate()
                                     ? 2
                                     : 1;
        const QByteArray bytes = single.mid(i, length).toUtf8();
        i += length - 1;
        if (chunk.size() + bytes.size() > kWordBytes) {
            words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty() || words.isEmpty())
        words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
    // Folded: the white space between encoded words is not displayed.
    return words.join("\r\n ");
}

QByteArray SmtpSender::rfc5322Date(qint64 secondsSinceEpoch)
{
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime at = QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, QTimeZone::utc());
    const QDate date = at.date();
    const QTime time = at.time();
    return QByteArray(days[date.dayOfWeek() - 1]) + ", " + QByteArray::number(date.day()) + ' ' +
           months[date.month() - 1] + ' ' + QByteArray::number(date.year()) + ' ' +
           time.toString(QStringLiteral("HH:mm:ss")).toLatin1() + " +0000";
}

Result<QByteArray> SmtpSender::message(const Mail &mail) const
{
    const auto from = mailbox(m_settings.from);
    if (!from)
        return makeError(
            Error::Code::Usage,
            tr("The setting smtp.from (\"%1\") is not an e-mail address.").arg(m_settings.from));
    const auto to = mailbox(mail.to);
    if (!to)
        return makeError(Error::Code::Failed,
                         tr("The recipient \"%1\" is not an e-mail address.").arg(mail.to));

    QByteArray attachment;
    QString fileName;
    if (!mail.attachmentPath.isEmpty()) {
        QFile file(mail.attachmentPath);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(Error::Code::Failed,
                             tr("Cannot read the attachment %1: %2")
                                 .arg(mail.attachmentPath, file.errorString()));
        attachment = file.readAll();
        if (file.error() != QFileDevice::NoError)
            return makeError(Error::Code::Failed,
                             tr("Cannot read the attachment %1: %2")
                                 .arg(mail.attachmentPath, file.errorString()));
        fileName = QFileInfo(mail.attachmentPath).fileName();
    }

    QByteArray out;
    out += "Date: " + rfc5322Date(mail.date) + "\r\n";
    out += "From: " + headerMailbox(*from) + "\r\n";
    out += "To: " + headerMailbox(*to) + "\r\n";
    out += "Subject: " + encodedHeader(mail.subject) + "\r\n";
    if (!mail.messageId.isEmpty())
        out += "Message-ID: <" + encodedHeader(mail.messageId) + ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    const QByteArray textHeaders = "Content-Type: text/plain; charset=UTF-8\r\n"
                                   "Content-Transfer-Encoding: base64\r\n";
    const QByteArray text = base64Lines(canonicalText(mail.body));
    if (mail.attachmentPath.isEmpty()) {
        out += textHeaders + "\r\n" + text;
        return out;
    }
    // No base64 text contains "=_", so the boundary cannot occur in a part.
    const QByteArray boundary =
        "=_campagna_" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    out += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n";
    out += "--" + boundary + "\r\n" + textHeaders + "\r\n" + text;
    out += "--" + boundary + "\r\n";
    out +=
        "Content-Type: " + contentType(fileName) + "; " + nameParameter("name", fileName) + "\r\n";
    out += "Content-Disposition: attachment; " + nameParameter("filename", fileName) + "\r\n";
    out += "Content-Transfer-Encoding: base64\r\n\r\n";
    out += base64Lines(attachment);
    out += "--" + boundary + "--\r\n";
    return out;
}

Result<void> SmtpSender::send(const Mail &mail, const QByteArray &message) const
{
    const auto from = mailbox(m_settings.from);
    const auto to = mailbox(mail.to);
    if (!from || !to)
        return makeError(Error::Code::Failed,
                         tr("Cannot send from \"%1\" to \"%2\": not an e-mail address.")
                             .arg(m_settings.from, mail.to));
    if (!initialiseCurl())
        return makeError(Error::Code::Failed, tr("libcurl could not be initialised."));

    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
    if (!curl)
        return makeError(Error::Code::Failed, tr("libcurl could not be initialised."));
    struct curl_slist *recipients = nullptr;
    const QByteArray rcpt = '<' + to->address.toLatin1() + '>';
    recipients = curl_slist_append(recipients, rcpt.constData());
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> recipientList(recipients,
                                                                              &curl_slist_free_all);

    const QByteArray url = m_settings.url.toUtf8();
    const QByteArray mailFrom = '<' + from->address.toLatin1() + '>';
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    Upload upload{&message, 0};
    char errorBuffer[CURL_ERROR_SIZE] = {};

    CURL *handle = curl.get();
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(handle, CURLOPT_URL, url.constData());
    curl_easy_setopt(handle, CURLOPT_MAIL_FROM, mailFrom.constData());
    curl_easy_setopt(handle, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(handle, CURLOPT_READFUNCTION, &readMessage);
    curl_easy_setopt(handle, CURLOPT_READDATA, &upload);
    curl_easy_setopt(handle, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(handle, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, long(m_settings.connectTimeoutSeconds));
    curl_easy_setopt(handle, CURLOPT_TIMEOUT, long(m_settings.timeoutSeconds));
    // Signals are no way to time out on a pool thread.
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    // STARTTLS when the server offers it; smtps:// URLs are TLS anyway.
    curl_easy_setopt(handle, CURLOPT_USE_SSL, long(CURLUSESSL_TRY));
    if (!user.isEmpty()) {
        curl_easy_setopt(handle, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(handle, CURLOPT_PASSWORD, password.constData());
    }

    const CURLcode code = curl_easy_perform(handle);
    // A URL may carry a password: never in a message.
    const QString server = QUrl(m_settings.url).toString(QUrl::RemovePassword);
    if (code == CURLE_OK)
        return {};
    long reply = 0;
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &reply);
    QString what = QString::fromUtf8(errorBuffer).trimmed();
    if (what.isEmpty())
        what = QString::fromUtf8(curl_easy_strerror(code));
    return makeError(
        Error::Code::Failed,
        reply > 0 ? tr("Sending to %1 through %2 failed: %3 (server reply %4).")
                        .arg(to->address, server, what)
                        .arg(reply)
                  : tr("Sending to %1 through %2 failed: %3.").arg(to->address, server, what));
}

} // namespace campagna::notify
