#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace campagna::notify {

// One e-mail through libcurl's SMTP support: the MIME message (headers,
// UTF-8 text body, an optional file attached) and its sending.
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
        QString attachmentPath; // empty: none
        QString messageId;      // without angle brackets
        qint64 date = 0;        // Unix seconds, for the Date header
    };

    explicit SmtpSender(Settings settings);

    // The whole message, CRLF line ends. Fails when the attachment cannot
    // be read or an address is not one.
    Result<QByteArray> message(const Mail &mail) const;
    // Sends `message` (from message()) to mail.to. The error is curl's
    // message, with the server's reply code when there was one.
    Result<void> send(const Mail &mail, const QByteArray &message) const;

    // `text` as a header value: itself when plain printable ASCII, else RFC
    // 2047 encoded words (UTF-8, base64), folded.
    static QByteArray encodedHeader(const QString &text);
    // RFC 5322 date, in UTC, English names whatever the locale.
    static QByteArray rfc5322Date(qint64 secondsSinceEpoch);

private:
    Settings m_settings;
};

} // namespace campagna::notify
