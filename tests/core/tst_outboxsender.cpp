#include "notify/outboxsender.h"

#include "db/sql.h"
#include "notify/outbox.h"
#include "notify/smtpsender.h"
#include "testdatabase.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QMutex>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <atomic>
#include <cstring>
#include <future>
#include <thread>
#include <tuple>

#include <sys/stat.h>

using namespace campagna;
using db::Sql;

using campagna::test::writeFile;

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
    // Every line the clients sent outside DATA, as sent.
    QList<QByteArray> commands() const
    {
        QMutexLocker lock(&m_mutex);
        return m_commands;
    }

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
            {
                QMutexLocker lock(&m_mutex);
                m_commands.append(line);
            }
            // AUTH is offered, STARTTLS is not: a client that sends a
            // password here sends it in clear text.
            if (verb == "EHLO") {
                reply(socket, "250-sink.test\r\n250 AUTH PLAIN");
            } else if (verb == "HELO") {
                reply(socket, "250 sink.test");
            } else if (verb == "AUTH") {
                if (command.split(' ').size() == 2) { // the credentials on the next line
                    reply(socket, "334 ");
                    if (!readLine(socket, line))
                        break;
                    QMutexLocker lock(&m_mutex);
                    m_commands.append(line);
                }
                reply(socket, "235 2.7.0 Authentication successful");
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
    QList<QByteArray> m_commands;
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

QString notificationError(db::Database &database, const QString &key)
{
    auto value = Sql::scalar(database.connection(),
                             "SELECT error FROM notification WHERE dedup_key = ?", {key});
    return value && value.value() && !value.value()->isNull() ? value.value()->toString()
                                                              : QString("NULL");
}

// The names of the top-level header fields, in order (lower case).
QList<QByteArray> headerNames(const QByteArray &data)
{
    QList<QByteArray> names;
    const qsizetype split = data.indexOf("\r\n\r\n");
    for (const QByteArray &line : data.left(split).split('\n')) {
        if (line.startsWith(' ') || line.startsWith('\t'))
            continue;
        names << line.left(line.indexOf(':')).toLower();
    }
    return names;
}

// The rows "<backend>/<case>" of a test that runs every case on both
// backends; `cases` adds the other columns' values for one case.
template<typename AddCase> void addBackendCases(const QStringList &cases, AddCase addCase)
{
    for (const QString &backend : {QString("sqlite"), QString("postgresql")}) {
        for (const QString &name : cases)
            addCase(QTest::newRow(qPrintable(backend + "/" + name)) << backend, name);
    }
}

} // namespace

class TestOutboxSender : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qunsetenv(notify::OutboxSender::kPasswordVariable);
        // The files root of this installation, and its extraction folder:
        // the only place attachments are read from.
        QVERIFY(m_root.isValid());
        qputenv("CAMPAGNA_FILES_ROOT", QFile::encodeName(m_root.path()));
        m_extractions = QDir(m_root.path()).canonicalPath() + "/extractions";
        QVERIFY(QDir().mkpath(m_extractions));
    }

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
        QByteArray attachment = "id,first_name\r\n1,Niccolò\r\n.a line with a dot\r\n";
        for (int i = 0; i < 256; ++i)
            attachment += char(i);
        attachment += QByteArray(5000, 'x') + "\n.\n";
        const QString path = m_extractions + "/20270115_directMail_7.csv";
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
    // [10] Hardening 1: smtp.url from the database names another protocol
    // (file:// wrote the whole message to a file), or carries credentials.
    // The sending stops before anything is opened: a Usage error naming
    // smtp.url and never the password, the notification untouched, no file
    // written, no connection to the sink.
    void refusedTransport_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("url"); // {port}: the sink's, {file}: a path
        QTest::addColumn<QString>("reason");
        const QList<std::array<QString, 3>> cases = {
            {"file", "file://{file}", "scheme is \"file\""},
            {"file-uppercase", "FILE://{file}", "scheme is \"file\""},
            {"file-localhost", "file://localhost{file}", "scheme is \"file\""},
            {"http", "http://127.0.0.1:{port}/", "scheme is \"http\""},
            {"dict", "dict://127.0.0.1:{port}/d:x", "scheme is \"dict\""},
            {"gopher", "gopher://127.0.0.1:{port}/_HELO", "scheme is \"gopher\""},
            {"smtp-lookalike", "smtpx://127.0.0.1:{port}", "scheme is \"smtpx\""},
            {"no-scheme", "127.0.0.1:{port}", "does not start with smtp://"},
            {"host-only", "smtp.example.org", "does not start with smtp://"},
            {"scheme-relative", "//127.0.0.1:{port}", "does not start with smtp://"},
            {"credentials", "smtp://mailer:s3cret-Passw0rd@127.0.0.1:{port}",
             "user name or a password"},
            {"user-in-url", "smtps://mailer@127.0.0.1:{port}", "user name or a password"},
        };
        QStringList names;
        for (const auto &c : cases)
            names << c[0];
        addBackendCases(names, [&](QTestData &row, const QString &name) {
            const auto &c = cases.at(names.indexOf(name));
            row << c[1] << c[2];
        });
    }
    void refusedTransport()
    {
        QFETCH(QString, backend);
        QFETCH(QString, url);
        QFETCH(QString, reason);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        SmtpSink sink;
        QVERIFY(sink.port() != 0);
        QTemporaryDir elsewhere;
        QVERIFY(elsewhere.isValid());
        const QString target = elsewhere.path() + "/stolen.eml";
        const QString attachment = m_extractions + "/refusedTransport.csv";
        QVERIFY(writeFile(attachment, "id\r\n1\r\n"));
        setSetting(
            *database, "smtp.url",
            QString(url).replace("{port}", QString::number(sink.port())).replace("{file}", target));
        setSetting(*database, "smtp.from", "campagna@example.org");
        queue(*database, "n", "orders@print.example", "Hello", "Body", attachment);

        auto summary = notify::OutboxSender::sendPending(database->connection(), kNow);
        QVERIFY(!summary.ok());
        QCOMPARE(summary.errorCode(), Error::Code::Usage);
        QVERIFY2(summary.errorMessage().contains("smtp.url") &&
                     summary.errorMessage().contains(reason),
                 qPrintable(summary.errorMessage()));
        QVERIFY2(!summary.errorMessage().contains("s3cret"), qPrintable(summary.errorMessage()));
        QVERIFY(!QFile::exists(target));
        QCOMPARE(QDir(elsewhere.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList());
        QCOMPARE(notificationLines(*database), QStringList{"n | queued | 0 | NULL"});
        QCOMPARE(notificationError(*database, "n"), "NULL");
        QCOMPARE(sink.sessions(), 0);
    }

    // [10] Hardening 1: with smtp.user set the password is never sent in
    // clear text. The sink offers AUTH but not STARTTLS: the sending fails
    // (an attempt counted, the reason given), and the sink never saw AUTH,
    // the password or the message.
    void passwordNeverInClear_data() { test::TestDatabase::addBackendRows(); }
    void passwordNeverInClear()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        SmtpSink sink;
        QVERIFY(sink.port() != 0);
        const QByteArray password = "s3cret-Passw0rd";
        qputenv(notify::OutboxSender::kPasswordVariable, password);
        const auto unset = qScopeGuard([] { qunsetenv(notify::OutboxSender::kPasswordVariable); });
        setSetting(*database, "smtp.url", QString("smtp://127.0.0.1:%1").arg(sink.port()));
        setSetting(*database, "smtp.from", "campagna@example.org");
        setSetting(*database, "smtp.user", "mailer");
        queue(*database, "n", "orders@print.example", "Hello", "Body");

        auto summary = notify::OutboxSender::sendPending(database->connection(), kNow);
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        QCOMPARE(summary->sent, 0);
        QCOMPARE(summary->retried, 1);
        QCOMPARE(notificationLines(*database), QStringList{"n | queued | 1 | NULL"});
        const QString error = notificationError(*database, "n");
        QVERIFY2(error.contains("STARTTLS") && error.contains("smtp.user"), qPrintable(error));
        QVERIFY(!error.contains(QString::fromLatin1(password)));
        QCOMPARE(sink.sessions(), 1);
        QVERIFY(sink.messages().isEmpty());
        const QByteArray plain = QByteArray("\0mailer\0", 8) + password;
        for (const QByteArray &command : sink.commands()) {
            QVERIFY2(!command.toUpper().startsWith("AUTH"), command.constData());
            QVERIFY(!command.contains(password));
            QVERIFY(!command.contains(plain.toBase64()));
            QVERIFY(!command.contains(password.toBase64()));
        }
    }

    // [10] Hardening 2: attachment_path from the database names a file
    // outside the extraction folder (~/.pgpass was mailed), directly, by
    // "..", through a symbolic link, or something that is not a regular
    // file. Each notification fails for good at once with the path and the
    // reason; no session carries it; the one proper attachment is sent.
    void refusedAttachments_data() { test::TestDatabase::addBackendRows(); }
    void refusedAttachments()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        SmtpSink sink;
        QVERIFY(sink.port() != 0);
        QTemporaryDir home; // outside the files root
        QVERIFY(home.isValid());
        const QString homePath = QDir(home.path()).canonicalPath();
        const QByteArray secret = "localhost:5432:*:postgres:the-secret-password\n";
        const QString pgpass = homePath + "/.pgpass";
        QVERIFY(writeFile(pgpass, secret));
        const QString folder = m_extractions + "/refused-" + backend;
        QVERIFY(QDir().mkpath(folder + "/sub"));
        const QString good = folder + "/good.csv";
        QVERIFY(writeFile(good, "id\r\n1\r\n"));
        QVERIFY(QFile::link(pgpass, folder + "/link-out.csv"));
        QVERIFY(QFile::link(good, folder + "/link-in.csv"));
        QVERIFY(::mkfifo(QFile::encodeName(folder + "/pipe.csv").constData(), 0600) == 0);

        const QString outside = "does not resolve to an existing file inside the extraction folder";
        const QList<std::array<QString, 3>> cases = {
            {"outside", pgpass, outside},
            {"dotdot", folder + "/../../../../../../../.." + pgpass, outside},
            {"link-out", folder + "/link-out.csv", outside},
            {"link-in", folder + "/link-in.csv", "is a symbolic link"},
            {"fifo", folder + "/pipe.csv", "is not a regular file"},
            {"directory", folder + "/sub", "is not a regular file"},
            {"folder-itself", folder, "is not a regular file"},
            {"relative", "extractions/refused-" + backend + "/good.csv", "not an absolute path"},
            {"missing", folder + "/missing.csv", outside},
            {"device", "/dev/zero", outside},
        };
        setSetting(*database, "smtp.url", QString("smtp://127.0.0.1:%1").arg(sink.port()));
        setSetting(*database, "smtp.from", "campagna@example.org");
        for (const auto &c : cases)
            queue(*database, c[0], c[0] + "@attacker.example", "File", "Body", c[1]);
        queue(*database, "good", "orders@print.example", "File", "Body", good);

        auto summary = notify::OutboxSender::sendPending(database->connection(), kNow);
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        QCOMPARE(summary->sent, 1);
        QCOMPARE(summary->failed, cases.size());
        QCOMPARE(summary->retried, 0);
        QStringList expected;
        for (const auto &c : cases) {
            expected << c[0] + " | failed | 0 | NULL";
            const QString error = notificationError(*database, c[0]);
            QVERIFY2(error.contains(c[1]) && error.contains(c[2]) && error.contains("refused"),
                     qPrintable(c[0] + ": " + error));
            QVERIFY2(!error.contains("the-secret-password"), qPrintable(error));
        }
        expected << QString("good | sent | 0 | %1").arg(kNow);
        QCOMPARE(notificationLines(*database), expected);

        QCOMPARE(sink.sessions(), 1);
        const auto received = sink.messages();
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.at(0).to, QStringList{"<orders@print.example>"});
        QVERIFY(!received.at(0).data.contains(secret.toBase64().left(40)));
        for (const QByteArray &command : sink.commands())
            QVERIFY2(!command.contains("attacker.example"), command.constData());
        QCOMPARE(decodeBase64Body(parts(parseEntity(received.at(0).data)).at(1).body),
                 "id\r\n1\r\n");
        QVERIFY(QFile::remove(folder + "/pipe.csv"));
    }

    // [10] Hardening 2: the extraction folder itself moved by the database
    // (extraction.dir naming the home folder) does not make its files
    // attachable: the notification fails for good, nothing is sent.
    void extractionDirOutsideRoot_data() { test::TestDatabase::addBackendRows(); }
    void extractionDirOutsideRoot()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        SmtpSink sink;
        QVERIFY(sink.port() != 0);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString pgpass = QDir(home.path()).canonicalPath() + "/.pgpass";
        QVERIFY(writeFile(pgpass, "localhost:5432:*:postgres:the-secret-password\n"));
        setSetting(*database, "extraction.dir", QDir(home.path()).canonicalPath());
        setSetting(*database, "smtp.url", QString("smtp://127.0.0.1:%1").arg(sink.port()));
        setSetting(*database, "smtp.from", "campagna@example.org");
        queue(*database, "n", "thief@attacker.example", "File", "Body", pgpass);

        auto summary = notify::OutboxSender::sendPending(database->connection(), kNow);
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        QCOMPARE(summary->failed, 1);
        QCOMPARE(notificationLines(*database), QStringList{"n | failed | 0 | NULL"});
        const QString error = notificationError(*database, "n");
        QVERIFY2(error.contains(pgpass) && error.contains("extraction folder") &&
                     error.contains("extraction.dir"),
                 qPrintable(error));
        QCOMPARE(sink.sessions(), 0);
    }

    // [10] Hardening 12: display names, the subject and the From of the
    // database with CR/LF (a Bcc: header, a body of their own), quotes,
    // backslashes, non-ASCII and encoded-word look-alikes: the message has
    // exactly its own header fields, names are quoted strings or encoded
    // words, and the envelope goes to the one address.
    void headersFromDatabase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<QByteArray>("to"); // the To header expected
        QTest::addColumn<QString>("name");  // its display name, decoded
        const QList<std::tuple<QString, QString, QByteArray, QString>> cases = {
            {"crlf-bcc", "Evil\r\nBcc: victim@evil.example <orders@print.example>",
             "\"Evil Bcc: victim@evil.example\" <orders@print.example>",
             "Evil Bcc: victim@evil.example"},
            {"lf-only", "Evil\nTo: victim@evil.example <orders@print.example>",
             "\"Evil To: victim@evil.example\" <orders@print.example>",
             "Evil To: victim@evil.example"},
            {"quoted-crlf", "\"A\r\n\r\nbody\" <orders@print.example>",
             "\"A  body\" <orders@print.example>", "A  body"},
            {"quotes", "Mario \"Il Capo\" Rossi\\ <orders@print.example>",
             "\"Mario \\\"Il Capo\\\" Rossi\\\\\" <orders@print.example>",
             "Mario \\\"Il Capo\\\" Rossi\\\\"},
            {"specials", "Rossi, Mario (ufficio) <orders@print.example>",
             "\"Rossi, Mario (ufficio)\" <orders@print.example>", "Rossi, Mario (ufficio)"},
            {"non-ascii", "Niccolò Forlì\r\nBcc: x@evil.example <orders@print.example>", "",
             "Niccolò Forlì Bcc: x@evil.example"},
            {"encoded-lookalike", "=?UTF-8?B?QmNjOiB4?= <orders@print.example>", "",
             "=?UTF-8?B?QmNjOiB4?="},
        };
        for (const QString &backend : {QString("sqlite"), QString("postgresql")}) {
            for (const auto &[name, recipient, to, display] : cases)
                QTest::newRow(qPrintable(backend + "/" + name))
                    << backend << recipient << to << display;
        }
    }
    void headersFromDatabase()
    {
        QFETCH(QString, backend);
        QFETCH(QString, recipient);
        QFETCH(QByteArray, to);
        QFETCH(QString, name);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        SmtpSink sink;
        QVERIFY(sink.port() != 0);
        setSetting(*database, "smtp.url", QString("smtp://127.0.0.1:%1").arg(sink.port()));
        setSetting(*database, "smtp.from", "\"Campagna\r\nX-Injected: 1\" <campagna@example.org>");
        queue(*database, "n", recipient, "Hello\r\nBcc: victim@evil.example\r\n\r\nInjected body",
              "Body");

        auto summary = notify::OutboxSender::sendPending(database->connection(), kNow);
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        QCOMPARE(summary->sent, 1);
        const auto received = sink.messages();
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.at(0).to, QStringList{"<orders@print.example>"});
        const QByteArray &data = received.at(0).data;
        QCOMPARE(headerNames(data),
                 QList<QByteArray>({"date", "from", "to", "subject", "message-id", "mime-version",
                                    "content-type", "content-transfer-encoding"}));
        // No bare CR or LF anywhere in the header block.
        const QByteArray head = data.left(data.indexOf("\r\n\r\n") + 2);
        QCOMPARE(head.count('\r'), head.count('\n'));
        QCOMPARE(head.count("\r\n"), head.count('\n'));

        const Entity message = parseEntity(data);
        QCOMPARE(message.headers["from"], "\"Campagna X-Injected: 1\" <campagna@example.org>");
        if (!to.isEmpty())
            QCOMPARE(message.headers["to"], to);
        const QByteArray toHeader = message.headers["to"];
        QVERIFY2(toHeader.endsWith(" <orders@print.example>"), toHeader.constData());
        const QByteArray shownName = toHeader.chopped(qsizetype(strlen(" <orders@print.example>")));
        if (shownName.startsWith('"'))
            QCOMPARE(QString::fromLatin1(shownName.mid(1).chopped(1)), name);
        else
            QCOMPARE(decodeHeader(shownName), name);
        QVERIFY(shownName.startsWith('"') || shownName.startsWith("=?UTF-8?B?"));
        QCOMPARE(decodeHeader(message.headers["subject"]),
                 "Hello Bcc: victim@evil.example  Injected body");
        QCOMPARE(message.headers["message-id"], QByteArray("<campagna-notification-1-") +
                                                    QByteArray::number(kNow - 60) +
                                                    "@example.org>");
        QCOMPARE(QString::fromUtf8(decodeBase64Body(message.body)), "Body");
    }

private:
    QTemporaryDir m_root;
    QString m_extractions;
};

QTEST_GUILESS_MAIN(TestOutboxSender)
#include "tst_outboxsender.moc"
