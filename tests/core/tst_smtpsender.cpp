#include "notify/smtpsender.h"

#include <QTest>

using namespace campagna;

// The parts of SmtpSender that need no server and no database: which URLs
// it sends through, and how values become header fields. The sending
// itself is tested in tst_outboxsender, against a local SMTP sink.
class TestSmtpSender : public QObject
{
    Q_OBJECT

private slots:
    // Only smtp:// and smtps://, without credentials; the message names the
    // setting and never the password.
    void checkUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("reason");
        QTest::newRow("smtp") << "smtp://127.0.0.1:2525" << true << "";
        QTest::newRow("smtps") << "smtps://mail.example.org" << true << "";
        QTest::newRow("uppercase") << "SMTP://mail.example.org:587" << true << "";
        QTest::newRow("ehlo-domain") << "smtp://mail.example.org/client.example.org" << true << "";
        QTest::newRow("file") << "file:///etc/passwd" << false << "scheme is \"file\"";
        QTest::newRow("ftp") << "ftp://example.org/upload" << false << "scheme is \"ftp\"";
        QTest::newRow("ldap") << "ldap://example.org" << false << "scheme is \"ldap\"";
        QTest::newRow("telnet") << "telnet://example.org:25" << false << "scheme is \"telnet\"";
        QTest::newRow("no-slashes") << "smtp:example.org" << false << "does not start with";
        QTest::newRow("leading-space") << " file:///etc/passwd" << false << "does not start with";
        QTest::newRow("empty-scheme") << "://example.org" << false << "does not start with";
        QTest::newRow("password") << "smtps://me:hunter2@example.org" << false << "password";
        QTest::newRow("options") << "smtp://;AUTH=PLAIN@example.org" << false << "password";
        QTest::newRow("control") << "smtp://example.org/\r\nRCPT TO:<x@y>" << false << "libcurl";
    }
    void checkUrl()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        QFETCH(QString, reason);
        const auto checked = notify::SmtpSender::checkUrl(url);
        QCOMPARE(checked.ok(), accepted);
        if (accepted)
            return;
        QCOMPARE(checked.errorCode(), Error::Code::Usage);
        QVERIFY2(checked.errorMessage().contains("smtp.url") &&
                     checked.errorMessage().contains(reason),
                 qPrintable(checked.errorMessage()));
        QVERIFY2(!checked.errorMessage().contains("hunter2"), qPrintable(checked.errorMessage()));
    }

    // A display name is never raw: a quoted string (quotes and backslashes
    // escaped) or encoded words; line breaks become spaces.
    void encodedDisplayName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("plain") << "Campagna" << QByteArray("\"Campagna\"");
        QTest::newRow("comma") << "Rossi, Mario" << QByteArray("\"Rossi, Mario\"");
        QTest::newRow("crlf") << "A\r\nBcc: x@y" << QByteArray("\"A Bcc: x@y\"");
        QTest::newRow("cr") << "A\rB" << QByteArray("\"A B\"");
        QTest::newRow("quote") << "Il \"Capo\"" << QByteArray("\"Il \\\"Capo\\\"\"");
        QTest::newRow("backslash") << "a\\b" << QByteArray("\"a\\\\b\"");
        QTest::newRow("non-ascii") << "Forlì" << QByteArray("=?UTF-8?B?Rm9ybMOs?=");
        QTest::newRow("tab") << "a\tb" << QByteArray("=?UTF-8?B?YQli?=");
        QTest::newRow("lookalike")
            << "=?UTF-8?B?eA==?=" << QByteArray("=?UTF-8?B?PT9VVEYtOD9CP2VBPT0/PQ==?=");
    }
    void encodedDisplayName()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, encoded);
        QCOMPARE(notify::SmtpSender::encodedDisplayName(name), encoded);
    }

    // Subjects: CR/LF never raw; text that looks like an encoded word is
    // encoded so that it reads as written.
    void encodedSubject()
    {
        QCOMPARE(notify::SmtpSender::encodedHeader("A\r\nBcc: x@y\r\n\r\nbody"),
                 "A Bcc: x@y  body");
        QVERIFY(notify::SmtpSender::encodedHeader("=?UTF-8?B?eA==?=").startsWith("=?UTF-8?B?PT9"));
        // Long: encoded words, folded with CRLF + space only.
        const QByteArray folded = notify::SmtpSender::encodedHeader(QString("x\r\n").repeated(60));
        QVERIFY(folded.startsWith("=?UTF-8?B?"));
        QCOMPARE(folded.count('\n'), folded.count("\r\n "));
        QCOMPARE(folded.count('\r'), folded.count('\n'));
    }

    // Addresses and Message-IDs from settings: nothing that can end a line
    // or a command reaches the message or the envelope.
    void refusedAddresses_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("messageIdLeft");
        QTest::addColumn<bool>("built");
        QTest::newRow("fine") << "Campagna <c@example.org>"
                              << "a@example.org"
                              << "id-1" << true;
        QTest::newRow("to-crlf") << "c@example.org"
                                 << "a@example.org\r\nRCPT TO:b@x"
                                 << "" << false;
        QTest::newRow("to-two") << "c@example.org"
                                << "a@example.org, b@example.org"
                                << "" << false;
        QTest::newRow("to-space") << "c@example.org"
                                  << "a b@example.org"
                                  << "" << false;
        QTest::newRow("to-brackets") << "c@example.org"
                                     << "N <a@[127.0.0.1]>"
                                     << "" << false;
        QTest::newRow("from-crlf") << "c@example.org\r\nX: y"
                                   << "a@example.org"
                                   << "" << false;
        QTest::newRow("id-crlf") << "c@example.org"
                                 << "a@example.org"
                                 << "id\r\nBcc: x" << false;
        QTest::newRow("id-at") << "c@example.org"
                               << "a@example.org"
                               << "id@evil" << false;
    }
    void refusedAddresses()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, messageIdLeft);
        QFETCH(bool, built);
        notify::SmtpSender::Settings settings;
        settings.url = "smtp://127.0.0.1:1";
        settings.from = from;
        const notify::SmtpSender sender(settings);
        notify::SmtpSender::Mail mail;
        mail.to = to;
        mail.subject = "Subject";
        mail.body = "Body";
        mail.messageIdLeft = messageIdLeft;
        const auto message = sender.message(mail);
        QCOMPARE(message.ok(), built);
        if (built) {
            QVERIFY(message->contains("\r\nMessage-ID: <id-1@example.org>\r\n"));
            QVERIFY(message->contains("\r\nFrom: \"Campagna\" <c@example.org>\r\n"));
        }
    }
};

QTEST_GUILESS_MAIN(TestSmtpSender)
#include "tst_smtpsender.moc"
