#include "supplier/returnfile.h"

#include <QTest>

using namespace campagna;
using supplier::ReturnFile;

class TestReturnFile : public QObject
{
    Q_OBJECT

private slots:
    // Well-formed files: the rows in order, with their statuses and lines.
    void goodFiles_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QStringList>("rows"); // "id:status:line"

        const QStringList four{"11:sent:2", "12:sent:3", "13:undeliverable:4", "14:sent:5"};
        QTest::newRow("LF, trailing newline")
            << QByteArray("recipient_id,status\n11,sent\n12,sent\n13,undeliverable\n14,sent\n")
            << four;
        QTest::newRow("CRLF, trailing newline")
            << QByteArray("recipient_id,status\r\n11,sent\r\n12,sent\r\n13,undeliverable\r\n"
                          "14,sent\r\n")
            << four;
        QTest::newRow("no trailing newline")
            << QByteArray("recipient_id,status\n11,sent\n12,sent\n13,undeliverable\n14,sent")
            << four;
        QTest::newRow("blank lines at the end")
            << QByteArray("recipient_id,status\r\n11,sent\r\n12,sent\r\n13,undeliverable\r\n"
                          "14,sent\r\n\r\n\n")
            << four;
        QTest::newRow("BOM, quotes, spaces, upper case")
            << QByteArray("\xEF\xBB\xBF\"Recipient_ID\", STATUS\r\n\"11\",sent\r\n 12 , Sent\r\n"
                          "13,\"UNDELIVERABLE\"\r\n14,sent\r\n")
            << four;
        QTest::newRow("header only") << QByteArray("recipient_id,status\r\n") << QStringList();
    }
    void goodFiles()
    {
        QFETCH(QByteArray, data);
        QFETCH(QStringList, rows);
        const ReturnFile::Parsed parsed = ReturnFile::parse(data);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        QCOMPARE(parsed.errorLine, 0);
        QVERIFY(parsed.errorMessage().isEmpty());
        QStringList got;
        for (const ReturnFile::Row &row : parsed.rows)
            got << QString("%1:%2:%3")
                       .arg(row.recipientId)
                       .arg(row.status == ReturnFile::Status::Sent ? "sent" : "undeliverable")
                       .arg(row.line);
        QCOMPARE(got, rows);
        QCOMPARE(parsed.count(ReturnFile::Status::Sent), rows.filter(":sent:").size());
        QCOMPARE(parsed.count(ReturnFile::Status::Undeliverable),
                 rows.filter(":undeliverable:").size());
    }

    // Each kind of malformation: its 1-based line and what is wrong there.
    void malformed_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("says");

        QTest::newRow("empty file") << QByteArray() << 1 << "empty";
        QTest::newRow("only newlines") << QByteArray("\r\n\n") << 1 << "empty";
        QTest::newRow("no header") << QByteArray("11,sent\n12,sent\n") << 1 << "header";
        QTest::newRow("header with a third column")
            << QByteArray("recipient_id,status,date\n11,sent,x\n") << 1 << "header";
        QTest::newRow("header misspelt")
            << QByteArray("recipient,status\n11,sent\n") << 1 << "header";
        QTest::newRow("blank line in the middle")
            << QByteArray("recipient_id,status\r\n11,sent\r\n\r\n12,sent\r\n") << 3 << "empty line";
        QTest::newRow("one field")
            << QByteArray("recipient_id,status\n11,sent\n12\n") << 3 << "2 fields";
        QTest::newRow("three fields")
            << QByteArray("recipient_id,status\n11,sent\n12,sent\n13,sent,extra\n") << 4
            << "found 3";
        QTest::newRow("id not a number")
            << QByteArray("recipient_id,status\nabc,sent\n") << 2 << "positive whole number";
        QTest::newRow("id negative")
            << QByteArray("recipient_id,status\n11,sent\n-5,sent\n") << 3 << "positive";
        QTest::newRow("id zero") << QByteArray("recipient_id,status\n0,sent\n") << 2 << "positive";
        QTest::newRow("id with decimals")
            << QByteArray("recipient_id,status\r\n11,sent\r\n12.5,sent\r\n") << 3 << "positive";
        QTest::newRow("id empty") << QByteArray("recipient_id,status\n,sent\n") << 2 << "positive";
        QTest::newRow("id too large")
            << QByteArray("recipient_id,status\n99999999999999999999,sent\n") << 2 << "positive";
        QTest::newRow("unknown status")
            << QByteArray("recipient_id,status\r\n11,sent\r\n12,bounced\r\n") << 3 << "neither";
        QTest::newRow("empty status") << QByteArray("recipient_id,status\n11,\n") << 2 << "neither";
        QTest::newRow("line too long")
            << (QByteArray("recipient_id,status\n11,sent\n12,") + QByteArray(5000, 'x') + "\n")
            << 3 << "longer than 1000 bytes";
        QTest::newRow("blank lines before the header")
            << QByteArray("\n\nrecipient_id,status\n11,sent\n") << 1 << "header";
        QTest::newRow("recipient twice")
            << QByteArray("recipient_id,status\n11,sent\n12,sent\n11,undeliverable\n") << 4
            << "already on line 2";
        // Found by the fault suite: a NUL byte in the message could not be
        // stored on PostgreSQL. Since [10] no byte of the file is quoted.
        QTest::newRow("binary")
            << QByteArray("recipient_id,status\n\x00\x01\x7f,sent\n", 29) << 2 << "positive";
    }
    void malformed()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, line);
        QFETCH(QString, says);
        const ReturnFile::Parsed parsed = ReturnFile::parse(data);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.errorLine, line);
        QVERIFY2(parsed.error.contains(says), qPrintable(parsed.error));
        QVERIFY2(parsed.errorMessage().startsWith(QString("line %1: ").arg(line)),
                 qPrintable(parsed.errorMessage()));
        QVERIFY(parsed.rows.isEmpty());
        for (const QChar c : parsed.errorMessage())
            QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f, "a control character in the message");
        // [10] item 4: nothing of the file is quoted in the message.
        for (const char *content : {"abc", "-5", "12.5", "bounced", "xxxx", "recipient,status"})
            QVERIFY2(!parsed.errorMessage().contains(content), qPrintable(parsed.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestReturnFile)
#include "tst_returnfile.moc"
