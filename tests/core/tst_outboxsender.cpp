#include "notify/outboxsender.h"

#include "db/sql.h"
#include "notify/outbox.h"
#include "notify/smtpsender.h"
#include "testdatabase.h"

#include <QFile>
#include <QHostAddress>
#include <QMutex>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <future>
#include <thread>

using namespace campagna;
using db::Sql;

namespace {

constexpr qint64 kNow = 1'800'000'000; // Fri, 15 Jan 2027 08:00:00 UTC

// An SMTP server small enough to read: 220, EHLO/HELO 250, MAIL FROM 250,
// RCPT TO 250 (or 550 when refusing), DATA 354 ... "." 250, QUIT 221. It
// runs on its own thread with blocking sockets, so the test's thread can
// block in curl while it answers.
class SmtpSink
{
public:
    struct Message
    {
        QString from;
        QStringList to;
        QByteArray data; // dot-unstuffed, CRLF line ends
    };

    explicit SmtpSink(bool refuseRecipients = false)
        : m_refuse(refuseRecipients)
    {
        std::promise<quint16> port;
        auto ready = port.get_future();
        m_thread = std::thread([this, &port] { serve(port); });
        m_port = ready.get();
    }
    ~SmtpSink()
    {
        m_stop = true;
        m_thread.join();
    }

    quint16 port() const { return m_port; }
    QList<Message> messages() const
    {
        QMutexLocker lock(&m_mutex);
        return m_messages;
    }
    int sessions() const { return m_sessions.load(); }

private:
    void serve(std::promise<quint16> &port)
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost, 0)) {
            port.set_value(0);
            return;
        }
        port.set_value(server.serverPort());
        while (!m_stop) {
            if (!server.waitForNewConnection(50))
                continue;
            std::unique_ptr<QTcpSocket> socket(server.nextPendingConnection());
            ++m_sessions;
            talk(*socket);
        }
    }

    static bool readLine(QTcpSocket &socket, QByteArray &line)
    {
        while (!socket.canReadLine()) {
            if (!socket.waitForReadyRead(5000))
                return false;
        }
        line = socket.readLine();
        return true;
    }

    static void reply(QTcpSocket &socket, const QByteArray &text)
    {
        socket.write(text + "\r\n");
        socket.waitForBytesWritten(5000);
    }

    void talk(QTcpSocket &socket)
    {
        reply(socket, "220 sink.test ESMTP");
        Message message;
        QByteArray line;
        while (readLine(socket, line)) {
            const QByteArray command = line.trimmed();
            const QByteArray verb = command.left(4).toUpper();
            if (verb == "EHLO" || verb == "HELO") {
                reply(socket, "250 sink.test");
            } else if (command.toUpper().startsWith("MAIL FROM:")) {
                message = {};
                message.from = QString::fromUtf8(command.mid(10).trimmed());
                reply(socket, "250 2.1.0 OK");
            } else if (command.toUpper().startsWith("RCPT TO:")) {
                if (m_refuse) {
                    reply(socket, "550 5.1.1 Mailbox unavailable");
                } else {
                    message.to << QString::fromUtf8(command.mid(8).trimmed());
                    reply(socket, "250 2.1.5 OK");
                }
            } else if (verb == "DATA") {
                reply(socket, "354 End data with <CR><LF>.<CR><LF>");
                while (readLine(socket, line)) {
                    if (line == ".\r\n" || line == ".\n")
                        break;
                    if (line.startsWith(".."))
                        line.remove(0, 1);
                    message.data += line;
                }
                {
                    QMutexLocker lock(&m_mutex);
                    m_messages.append(message);
                }
                reply(socket, "250 2.0.0 Queued");
            } else if (verb == "QUIT") {
                reply(socket, "221 2.0.0 Bye");
                break;
            } else if (verb == "RSET" || verb == "NOOP") {
                reply(socket, "250 2.0.0 OK");
            } else {
                reply(socket, "502 5.5.2 Command not recognised");
            }
        }
        socket.disconnectFromHost();
    }

    bool m_refuse;
    quint16 m_port = 0;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_sessions{0};
    std::thread m_thread;
    mutable QMutex m_mutex;
    QList<Message> m_messages;
};

// A parsed MIME entity: headers (names lower case, continuation lines
// unfolded) and body.
struct Entity
{
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
};

Entity parseEntity(const QByteArray &data)
{
    Entity entity;
    const qsizetype split = data.indexOf("\r\n\r\n");
    const QByteArray head = split < 0 ? data : data.left(split);
    entity.body = split < 0 ? QByteArray() : data.mid(split + 4);
    QByteArray name;
    for (const QByteArray &line : head.split('\n')) {
        const QByteArray text = line.endsWith('\r') ? line.chopped(1) : line;
        if ((text.startsWith(' ') || text.startsWith('\t')) && !name.isEmpty()) {
            entity.headers[name] += "\n" + text; // kept visible for the decoder
            continue;
        }
        const qsizetype colon = text.indexOf(':');
        if (colon <= 0)
            continue;
        name = text.left(colon).trimmed().toLower();
        entity.headers[name] = text.mid(colon + 1).trimmed();
    }
    return entity;
}

// RFC 2047 (B encoding, UTF-8): the white space between encoded words is
// not part of the text.
QString decodeHeader(const QByteArray &value)
{
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([^?]*)\\?="),
                                         QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromLatin1(value);
    auto it = word.globalMatch(text);
    if (!it.hasNext())
        return QString(text).replace("\n", "");
    QByteArray bytes;
    while (it.hasNext())
        bytes += QByteArray::fromBase64(it.next().captured(1).toLatin1());
    return QString::fromUtf8(bytes);
}

QList<Entity> parts(const Entity &message)
{
    static const QRegularExpression boundaryParameter("boundary=\"([^\"]+)\"");
    const auto match =
        boundaryParameter.match(QString::fromLatin1(message.headers["content-type"]));
    if (!match.hasMatch())
        return {};
    const QByteArray delimiter = "--" + match.captured(1).toLatin1();
    QList<Entity> found;
    const QList<QByteArray> pieces = message.body.split('\n');
    QByteArray current;
    bool inside = false;
    for (const QByteArray &piece : pieces) {
        const QByteArray line = piece.endsWith('\r') ? piece.chopped(1) : piece;
        if (line == delimiter || line == delimiter + "--") {
            if (inside)
                found.append(parseEntity(current));
            current.clear();
            inside = line == delimiter;
            continue;
        }
        if (inside)
            current += piece + "\n";
    }
    return found;
}

QByteArray decodeBase64Body(const QByteArray &body)
{
    QByteArray compact = body;
    compact.replace("\r", "").replace("\n", "");
    return QByteArray::fromBase64(compact);
}

void setSetting(db::Database &database, const QString &key, const QString &value)
{
    QVERIFY(Sql::exec(database.connection(),
                      "INSERT INTO setting (key, value) VALUES (?, ?) "
                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                      {key, value})
                .ok());
}

void queue(db::Database &database, const QString &key, const QString &email, const QString &subject,
           const QString &body, const QString &attachment = {})
{
    notify::Outbox::Message message;
    message.kind = "provider_file";
    message.dedupKey = key;
    message.recipientEmail = email;
    message.subject = subject;
    message.body = body;
    message.attachmentPath = attachment;
    auto queued = notify::Outbox::queue(database.connection(), message, kNow - 60);
    QVERIFY2(queued.ok(), qPrintable(queued.errorMessage()));
}

// status | attempts | sent_at
QStringList notificationLines(db::Database &database)
{
    QStringList lines;
    auto query = Sql::exec(database.connection(),
                           "SELECT dedup_key, status, attempts, sent_at FROM notification "
                           "ORDER BY id");
    if (!query)
        return {query.errorMessage()};
    while (query->next())
        lines << QString("%1 | %2 | %3 | %4")
                     .arg(query->value(0).toString(), query->value(1).toString(),
                          query->value(2).toString(),
                          query->isNull(3) ? QString("NULL") : query->value(3).toString());
    return lines;
}

QString errorOf(db::Database &database, const QString &key)
{
    auto value = Sql::scalar(database.connection(),
                             "SELECT error FROM notification WHERE dedup_key = ?", {key});
    return value && value.value() ? value.value()->toString() : QString("<none>");
}

} // namespace

class TestOutboxSender : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qunsetenv(notify::OutboxSender::kPasswordVariable); }

    // Two messages through a local sink: recipients, an accented Italian
    // subject, the text and the attachment's bytes after base64 decoding;
    // one without an address fails at once. A second call sends nothing.
    void sendsThroughSink_data() { test::TestDatabase::addBackendRows(); }
    void sendsThroughSink()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        SmtpSink sink;
        QVERIFY(sink.port() != 0);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        QByteArray attachment = "id,first_name\r\n1,Niccolò\r\n.a line with a dot\r\n";
        for (int i = 0; i < 256; ++i)
            attachment += char(i);
        attachment += QByteArray(5000, 'x') + "\n.\n";
        const QString path = tmp.path() + "/20270115_directMail_7.csv";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(attachment), attachment.size());
        }
        setSetting(*database, "smtp.url", QString("smtp://127.0.0.1:%1").arg(sink.port()));
        setSetting(*database, "smtp.from", "Campagna <campagna@example.org>");
        const QString subject =
            "Però: il file è già pronto per la consegna «Autunno» — città di Forlì, "
            "perché sì (un oggetto più lungo di una riga)";
        queue(*database, "a", "orders@print.example", subject,
              "Buongiorno,\nin allegato il file è pronto.\n.\nGrazie", path);
        queue(*database, "b", "bob@example.com", "Approval needed", "Please review.");
        queue(*database, "c", "", "Nobody", "No address.");

        auto summary = notify::OutboxSender::sendPending(database->connection(), kNow);
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        QVERIFY(summary->configured);
        QCOMPARE(summary->sent, 2);
        QCOMPARE(summary->failed, 1);
        QCOMPARE(summary->retried, 0);
        QCOMPARE(summary->queued, 0);
        QCOMPARE(notificationLines(*database),
                 QStringList({QString("a | sent | 0 | %1").arg(kNow),
                              QString("b | sent | 0 | %1").arg(kNow), "c | failed | 0 | NULL"}));
        QVERIFY2(errorOf(*database, "c").contains("no recipient e-mail address"),
                 qPrintable(errorOf(*database, "c")));
        QCOMPARE(errorOf(*database, "a"), QString());

        const auto received = sink.messages();
        QCOMPARE(received.size(), 2);
        QCOMPARE(received.at(0).from, "<campagna@example.org>");
        QCOMPARE(received.at(0).to, QStringList{"<orders@print.example>"});
        QCOMPARE(received.at(1).to, QStringList{"<bob@example.com>"});

        const Entity first = parseEntity(received.at(0).data);
        QCOMPARE(decodeHeader(first.headers["subject"]), subject);
        // Header lines stay within the 998 characters of RFC 5322, and
        // the encoded words within 75.
        for (const QByteArray &line : received.at(0).data.split('\n'))
            QVERIFY(line.size() <= 998);
        QVERIFY(first.headers["subject"].startsWith("=?UTF-8?B?"));
        QCOMPARE(first.headers["to"], "orders@print.example");
        QCOMPARE(first.headers["from"], "\"Campagna\" <campagna@example.org>");
        QCOMPARE(first.headers["date"], "Fri, 15 Jan 2027 08:00:00 +0000");
        QVERIFY(first.headers["message-id"].startsWith("<campagna-notification-"));
        QVERIFY(first.headers["message-id"].endsWith("@example.org>"));
        QCOMPARE(first.headers["mime-version"], "1.0");
        const QList<Entity> mime = parts(first);
        QCOMPARE(mime.size(), 2);
        QVERIFY(mime.at(0).headers["content-type"].contains("text/plain; charset=UTF-8"));
        QCOMPARE(QString::fromUtf8(decodeBase64Body(mime.at(0).body)),
                 "Buongiorno,\r\nin allegato il file è pronto.\r\n.\r\nGrazie");
        QCOMPARE(mime.at(1).headers["content-disposition"],
                 "attachment; filename=\"20270115_directMail_7.csv\"");
        QVERIFY(mime.at(1).headers["content-type"].startsWith("text/csv"));
        QCOMPARE(mime.at(1).headers["content-transfer-encoding"], "base64");
        QCOMPARE(decodeBase64Body(mime.at(1).body), attachment);

        const Entity second = parseEntity(received.at(1).data);
        QCOMPARE(second.headers["subject"], "Approval needed");
        QVERIFY(second.headers["content-type"].startsWith("text/plain"));
        QCOMPARE(QString::fromUtf8(decodeBase64Body(second.body)), "Please review.");

        // Nothing left to send: nothing is sent again.
        summary = notify::OutboxSender::sendPending(database->connection(), kNow + 60);
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        QCOMPARE(summary->sent, 0);
        QCOMPARE(sink.messages().size(), 2);
    }

    // A server that refuses the recipient: one attempt per call, the
    // server's reply recorded, `failed` at the 5th; then left alone.
    void refusingServer_data() { test::TestDatabase::addBackendRows(); }
    void refusingServer()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        SmtpSink sink(true);
        QVERIFY(sink.port() != 0);
        setSetting(*database, "smtp.url", QString("smtp://127.0.0.1:%1").arg(sink.port()));
        setSetting(*database, "smtp.from", "campagna@example.org");
        queue(*database, "refused", "nobody@example.com", "Hello", "Body");

        for (int attempt = 1; attempt <= 5; ++attempt) {
            auto summary =
                notify::OutboxSender::sendPending(database->connection(), kNow + attempt);
            QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
            QCOMPARE(summary->sent, 0);
            QCOMPARE(summary->retried, attempt < 5 ? 1 : 0);
            QCOMPARE(summary->failed, attempt < 5 ? 0 : 1);
            QCOMPARE(notificationLines(*database),
                     QStringList{QString("refused | %1 | %2 | NULL")
                                     .arg(attempt < 5 ? "queued" : "failed")
                                     .arg(attempt)});
            const QString error = errorOf(*database, "refused");
            QVERIFY2(error.contains("550") && error.contains("nobody@example.com"),
                     qPrintable(error));
        }
        QCOMPARE(sink.messages().size(), 0);
        const int sessions = sink.sessions();
        QCOMPARE(sessions, 5);
        auto summary = notify::OutboxSender::sendPending(database->connection(), kNow + 10);
        QVERIFY(summary.ok());
        QCOMPARE(sink.sessions(), sessions);
        QCOMPARE(notificationLines(*database), QStringList{"refused | failed | 5 | NULL"});
    }

    // A server that is not there: curl's message, an attempt counted.
    void unreachableServer_data() { test::TestDatabase::addBackendRows(); }
    void unreachableServer()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        quint16 port = 0;
        {
            SmtpSink closed; // a free port, closed again
            port = closed.port();
        }
        setSetting(*database, "smtp.url", QString("smtp://127.0.0.1:%1").arg(port));
        setSetting(*database, "smtp.from", "campagna@example.org");
        queue(*database, "x", "someone@example.com", "Hello", "Body");
        auto summary = notify::OutboxSender::sendPending(database->connection(), kNow);
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        QCOMPARE(summary->retried, 1);
        QCOMPARE(notificationLines(*database), QStringList{"x | queued | 1 | NULL"});
        QVERIFY2(errorOf(*database, "x").contains(QString::number(port)),
                 qPrintable(errorOf(*database, "x")));
    }

    // Without smtp.url nothing is sent and nothing written; the summary
    // says so. With smtp.url but no smtp.from: an error, nothing written.
    void notConfigured_data() { test::TestDatabase::addBackendRows(); }
    void notConfigured()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        SmtpSink sink;
        queue(*database, "q1", "a@example.com", "One", "Body");
        queue(*database, "q2", "b@example.com", "Two", "Body");
        auto summary = notify::OutboxSender::sendPending(database->connection(), kNow);
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        QVERIFY(!summary->configured);
        QCOMPARE(summary->sent, 0);
        QCOMPARE(summary->queued, 2);
        QVERIFY2(summary->message.contains("smtp.url"), qPrintable(summary->message));
        QCOMPARE(notificationLines(*database),
                 QStringList({"q1 | queued | 0 | NULL", "q2 | queued | 0 | NULL"}));

        setSetting(*database, "smtp.url", QString("smtp://127.0.0.1:%1").arg(sink.port()));
        summary = notify::OutboxSender::sendPending(database->connection(), kNow);
        QVERIFY(!summary.ok());
        QCOMPARE(summary.errorCode(), Error::Code::Usage);
        QVERIFY(summary.errorMessage().contains("smtp.from"));
        QCOMPARE(notificationLines(*database),
                 QStringList({"q1 | queued | 0 | NULL", "q2 | queued | 0 | NULL"}));
        QCOMPARE(sink.sessions(), 0);
    }

    // Header encoding: plain ASCII stays as it is; anything else becomes
    // encoded words of at most 75 characters that decode to the text.
    void encodedHeader()
    {
        QCOMPARE(notify::SmtpSender::encodedHeader("Plain subject"), "Plain subject");
        QCOMPARE(notify::SmtpSender::encodedHeader("Two\r\nlines"), "Two lines");
        const QString text = QString("Città, perché è già lì 🎉 ").repeated(4);
        const QByteArray encoded = notify::SmtpSender::encodedHeader(text);
        for (const QByteArray &word : encoded.split('\n'))
            QVERIFY(word.trimmed().size() <= 75);
        QCOMPARE(decodeHeader(QByteArray(encoded).replace("\r", "")), text);
        QCOMPARE(notify::SmtpSender::rfc5322Date(0), "Thu, 1 Jan 1970 00:00:00 +0000");
    }
};

QTEST_GUILESS_MAIN(TestOutboxSender)
#include "tst_outboxsender.moc"
