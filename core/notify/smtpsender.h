#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace campagna::notify {

// One e-mail through libcurl's SMTP support: the MIME message (headers,
// UTF-8 text body, an optional file attached) and its sending.
//
// The settings come from the database, which is not trusted with the host:
// only smtp:// and smtps:// URLs are used (checked before anything, and
// libcurl is restricted to those protocols), no credentials in the URL,
// and with a user name the connection must be encrypted (smtps://, or
// STARTTLS required) so that the password never travels in clear text.
// Every header built from a value is encoded: no line break of a value
// ever reaches the message raw.
//
// Threading: an instance is used by one thread at a time; instances on
// several threads may send at once (curl's global initialisation is done
// once, under std::call_once).
class SmtpSender final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::notify::SmtpSender)

public:
    struct Settings
    {
        QString url;      // smtp://host:port or smtps://host:port
        QString from;     // the envelope and From address
        QString user;     // empty: no authentication
        QString password; // from the environment only, never from settings
        int connectTimeoutSeconds = 15;
        int timeoutSeconds = 120;
    };

    struct Mail
    {
        QString to;
        QString subject;
        QString body;
        QByteArray attachment;  // the file's bytes, read by the caller
        QString attachmentName; // the file name shown; empty: no attachment
        // The Message-ID's left part (RFC 5322 dot-atom text); the right
        // part is the From address's domain. Empty: no Message-ID.
        QString messageIdLeft;
        qint64 date = 0; // Unix seconds, for the Date header
    };

    explicit SmtpSender(Settings settings);

    // An Error::Code::Usage naming the setting smtp.url (never its
    // credentials) when `url` is not one this class sends through: a scheme
    // other than smtp:// or smtps://, or a user name or password inside it.
    static Result<void> checkUrl(const QString &url);

    // The whole message, CRLF line ends. Fails when an address is not one.
    Result<QByteArray> message(const Mail &mail) const;
    // Sends `message` (from message()) to mail.to. The error is curl's
    // message, with the server's reply code when there was one; a refused
    // URL (checkUrl()) fails before any connection.
    Result<void> send(const Mail &mail, const QByteArray &message) const;

    // `text` as an unstructured header value (Subject): itself when plain
    // printable ASCII, else RFC 2047 encoded words (UTF-8, base64), folded.
    // Line breaks become spaces.
    static QByteArray encodedHeader(const QString &text);
    // `name` as the display name of a mailbox: a quoted string when
    // printable ASCII, else RFC 2047 encoded words; never raw, line breaks
    // become spaces.
    static QByteArray encodedDisplayName(const QString &name);
    // RFC 5322 date, in UTC, English names whatever the locale.
    static QByteArray rfc5322Date(qint64 secondsSinceEpoch);

private:
    // The error of a failed transfer: curl's text (`code`, a CURLcode),
    // the server's reply code when there was one, the server without
    // credentials.
    Error sendError(const QString &to, int code, const QString &curlText, long reply) const;

    Settings m_settings;
};

} // namespace campagna::notify
