#include "notify/smtpsender.h"

#include <QDateTime>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

#include <curl/curl.h>

#include <algorithm>
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

// Line breaks in a header value would start a new header (or the body).
QString singleLine(const QString &text)
{
    QString single = text;
    single.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
    single.replace(u'\r', u' ');
    single.replace(u'\n', u' ');
    return single;
}

// RFC 2047 encoded words (UTF-8, base64) for `text`, folded: the white
// space between encoded words is not displayed.
QByteArray encodedWords(const QString &text)
{
    QList<QByteArray> words;
    QByteArray chunk;
    // By code point, so that no UTF-8 sequence is split between two words.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype length =
            text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()
                ? 2
                : 1;
        const QByteArray bytes = text.mid(i, length).toUtf8();
        i += length - 1;
        if (chunk.size() + bytes.size() > kWordBytes) {
            words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty() || words.isEmpty())
        words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
    return words.join("\r\n ");
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

// RFC 5322 atext, the characters of a dot-atom besides the dots.
bool isAtext(QChar c)
{
    static const QString specials = QStringLiteral("!#$%&'*+-/=?^_`{|}~");
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           specials.contains(c);
}

bool isDotAtom(QStringView text)
{
    if (text.isEmpty() || text.startsWith(u'.') || text.endsWith(u'.') || text.contains(u".."))
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c == u'.' || isAtext(c); });
}

bool isDomain(QStringView text)
{
    if (!isDotAtom(text))
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return c == u'.' || c == u'-' || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
               (c >= u'0' && c <= u'9');
    });
}

// A plain local@domain address: a dot-atom local part and a host name, so
// that nothing in it can end a line or a command of the SMTP dialogue.
bool isAddress(const QString &address)
{
    const qsizetype at = address.indexOf(u'@');
    if (at <= 0 || address.indexOf(u'@', at + 1) >= 0)
        return false;
    return isDotAtom(QStringView(address).left(at)) && isDomain(QStringView(address).mid(at + 1));
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
    if (!isAddress(box.address))
        return std::nullopt;
    return box;
}

QByteArray headerMailbox(const Mailbox &box)
{
    if (box.name.isEmpty())
        return box.address.toLatin1();
    return SmtpSender::encodedDisplayName(box.name) + " <" + box.address.toLatin1() + '>';
}

// The scheme of a URL for a message ("file"), or empty; never more of the
// URL, which may hold a password.
QString schemeOf(const QString &url)
{
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*):"));
    const auto match = scheme.match(url);
    return match.hasMatch() ? match.captured(1) : QString();
}

// True when libcurl's own parser finds `part` in `url`.
bool curlHas(CURLU *url, CURLUPart part)
{
    char *value = nullptr;
    const CURLUcode code = curl_url_get(url, part, &value, 0);
    curl_free(value);
    return code == CURLUE_OK;
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

Result<void> SmtpSender::checkUrl(const QString &url)
{
    // The scheme first, on the text itself: nothing else of a URL that
    // names another protocol is looked at.
    const QString scheme = schemeOf(url).toLower();
    if (scheme.isEmpty() || !url.mid(scheme.size()).startsWith(QStringLiteral("://")))
        return makeError(Error::Code::Usage,
                         tr("The setting smtp.url is refused: it does not start with smtp:// or "
                            "smtps://, the only URLs that notifications are sent through."));
    if (scheme != u"smtp" && scheme != u"smtps")
        return makeError(Error::Code::Usage,
                         tr("The setting smtp.url is refused: its scheme is \"%1\", and "
                            "notifications are sent only through smtp:// or smtps:// URLs.")
                             .arg(scheme));

    // Then as libcurl will read it, so that no difference between two
    // parsers lets a user name or password through.
    std::unique_ptr<CURLU, decltype(&curl_url_cleanup)> parsed(curl_url(), &curl_url_cleanup);
    if (!parsed)
        return makeError(Error::Code::Failed, tr("libcurl could not be initialised."));
    const QByteArray bytes = url.toUtf8();
    if (const CURLUcode code = curl_url_set(parsed.get(), CURLUPART_URL, bytes.constData(), 0);
        code != CURLUE_OK)
        return makeError(Error::Code::Usage,
                         tr("The setting smtp.url is refused: libcurl cannot read it as a URL "
                            "(%1).")
                             .arg(QString::fromUtf8(curl_url_strerror(code))));
    char *curlScheme = nullptr;
    curl_url_get(parsed.get(), CURLUPART_SCHEME, &curlScheme, 0);
    const QString seen = QString::fromUtf8(curlScheme).toLower();
    curl_free(curlScheme);
    if (seen != scheme)
        return makeError(Error::Code::Usage,
                         tr("The setting smtp.url is refused: libcurl reads its scheme as \"%1\", "
                            "not smtp or smtps.")
                             .arg(seen));
    if (curlHas(parsed.get(), CURLUPART_USER) || curlHas(parsed.get(), CURLUPART_PASSWORD) ||
        curlHas(parsed.get(), CURLUPART_OPTIONS))
        return makeError(Error::Code::Usage,
                         tr("The setting smtp.url is refused: it contains a user name or a "
                            "password. Set the user name in the setting smtp.user and the "
                            "password in the environment variable CAMPAGNA_SMTP_PASSWORD, never "
                            "in the database."));
    return {};
}

QByteArray SmtpSender::encodedHeader(const QString &text)
{
    const QString single = singleLine(text);
    // "=?" would be read as the start of an encoded word: such text is
    // encoded as well, so that it reads as written.
    if (isPlainAscii(single) && single.size() <= 70 && !single.contains(QStringLiteral("=?")))
        return single.toLatin1();
    return encodedWords(single);
}

QByteArray SmtpSender::encodedDisplayName(const QString &name)
{
    const QString single = singleLine(name);
    if (!isPlainAscii(single) || single.contains(QStringLiteral("=?")))
        return encodedWords(single);
    QByteArray quoted = "\"";
    for (const QChar c : single) {
        if (c == u'"' || c == u'\\')
            quoted += '\\';
        quoted += char(c.unicode());
    }
    return quoted + '"';
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
    if (!mail.messageIdLeft.isEmpty() && !isDotAtom(mail.messageIdLeft))
        return makeError(
            Error::Code::Failed,
            tr("\"%1\" cannot be the left part of a Message-ID.").arg(mail.messageIdLeft));

    QByteArray out;
    out += "Date: " + rfc5322Date(mail.date) + "\r\n";
    out += "From: " + headerMailbox(*from) + "\r\n";
    out += "To: " + headerMailbox(*to) + "\r\n";
    out += "Subject: " + encodedHeader(mail.subject) + "\r\n";
    if (!mail.messageIdLeft.isEmpty())
        out += "Message-ID: <" + mail.messageIdLeft.toLatin1() + '@' +
               from->address.section(u'@', -1).toLatin1() + ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    const QByteArray textHeaders = "Content-Type: text/plain; charset=UTF-8\r\n"
                                   "Content-Transfer-Encoding: base64\r\n";
    const QByteArray text = base64Lines(canonicalText(mail.body));
    if (mail.attachmentName.isEmpty()) {
        out += textHeaders + "\r\n" + text;
        return out;
    }
    const QString fileName = singleLine(mail.attachmentName);
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
    out += base64Lines(mail.attachment);
    out += "--" + boundary + "--\r\n";
    return out;
}

Result<void> SmtpSender::send(const Mail &mail, const QByteArray &message) const
{
    if (auto allowed = checkUrl(m_settings.url); !allowed)
        return allowed;
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
    CURL *handle = curl.get();
    // The protocols first: should the URL check ever miss a case, libcurl
    // itself refuses anything but SMTP, for the transfer and redirects.
    const char *const protocols = "smtp,smtps";
    if (curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, protocols) != CURLE_OK ||
        curl_easy_setopt(handle, CURLOPT_REDIR_PROTOCOLS_STR, protocols) != CURLE_OK)
        return makeError(Error::Code::Failed,
                         tr("libcurl cannot be restricted to SMTP: nothing was sent."));
    curl_easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(handle, CURLOPT_NETRC, long(CURL_NETRC_IGNORED));

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
    curl_easy_setopt(handle, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(handle, CURLOPT_SSL_VERIFYHOST, 2L);
    // Without a password STARTTLS when the server offers it; with one,
    // STARTTLS or nothing, so that it never travels in clear text.
    // smtps:// URLs are TLS anyway.
    curl_easy_setopt(handle, CURLOPT_USE_SSL,
                     long(user.isEmpty() ? CURLUSESSL_TRY : CURLUSESSL_ALL));
    if (!user.isEmpty()) {
        curl_easy_setopt(handle, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(handle, CURLOPT_PASSWORD, password.constData());
    }

    const CURLcode code = curl_easy_perform(handle);
    if (code == CURLE_OK)
        return {};
    long reply = 0;
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &reply);
    return sendError(to->address, code, QString::fromUtf8(errorBuffer).trimmed(), reply);
}

Error SmtpSender::sendError(const QString &to, int code, const QString &curlText, long reply) const
{
    // checkUrl() refused credentials in the URL; still, never any in a
    // message.
    const QString server = QUrl(m_settings.url).toString(QUrl::RemoveUserInfo);
    QString what = curlText;
    if (what.isEmpty())
        what = QString::fromUtf8(curl_easy_strerror(CURLcode(code)));
    if (code == CURLE_USE_SSL_FAILED && !m_settings.user.isEmpty())
        what = tr("%1 (the setting smtp.user is set, and the password is never sent "
                  "unencrypted: use an smtps:// URL or a server that offers STARTTLS)")
                   .arg(what);
    return {Error::Code::Failed,
            reply > 0 ? tr("Sending to %1 through %2 failed: %3 (server reply %4).")
                            .arg(to, server, what)
                            .arg(reply)
                      : tr("Sending to %1 through %2 failed: %3.").arg(to, server, what)};
}

} // namespace campagna::notify
