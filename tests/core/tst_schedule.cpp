#include "common/translations.h"
#include "engine/schedule.h"

#include <QDateTime>
#include <QTimeZone>
#include <QTest>

using campagna::engine::Schedule;

class TestSchedule : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<qint64>("interval");
        QTest::newRow("15 minutes") << "every 15m"
                                    << "every 15m" << qint64(900);
        QTest::newRow("one hour") << "every 1h"
                                  << "every 1h" << qint64(3600);
        QTest::newRow("60 minutes is an hour") << "every 60m"
                                               << "every 1h" << qint64(3600);
        QTest::newRow("upper case, spaces") << "  EVERY  2d "
                                            << "every 2d" << qint64(172800);
        QTest::newRow("seconds") << "every 90s"
                                 << "every 90s" << qint64(90);
        QTest::newRow("daily") << "daily 09:00"
                               << "daily 09:00" << qint64(86400);
        QTest::newRow("daily short hour") << "daily 7:30"
                                          << "daily 07:30" << qint64(86400);
        QTest::newRow("manual") << "manual"
                                << "" << qint64(0);
        QTest::newRow("empty") << ""
                               << "" << qint64(0);
    }

    void parses()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QFETCH(qint64, interval);
        const auto schedule = Schedule::parse(text);
        QVERIFY2(schedule.ok(), qPrintable(schedule.errorMessage()));
        QCOMPARE(schedule->toString(), canonical);
        QCOMPARE(schedule->intervalSeconds(), interval);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("no unit") << "every 15";
        QTest::newRow("zero") << "every 0m";
        QTest::newRow("too short") << "every 10s";
        QTest::newRow("bad hour") << "daily 25:00";
        QTest::newRow("bad minutes") << "daily 09:61";
        QTest::newRow("words") << "twice a day";
        QTest::newRow("negative") << "every -5m";
    }

    void refuses()
    {
        QFETCH(QString, text);
        const auto schedule = Schedule::parse(text);
        QVERIFY(!schedule.ok());
        QCOMPARE(schedule.errorCode(), campagna::Error::Code::Usage);
        QVERIFY2(schedule.errorMessage().contains(text.trimmed()),
                 qPrintable(schedule.errorMessage()));
    }

    // The schedule in words, in both languages, with their plurals.
    void describes_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en 1h") << "en" << "every 1h" << "every 1 hour";
        QTest::newRow("en 15m") << "en" << "every 15m" << "every 15 minutes";
        QTest::newRow("en 2d") << "en" << "every 2d" << "every 2 days";
        QTest::newRow("en 90s") << "en" << "every 90s" << "every 90 seconds";
        QTest::newRow("en daily") << "en" << "daily 9:00" << "daily at 09:00";
        QTest::newRow("en manual") << "en" << "manual" << "never (runs only when asked)";
        QTest::newRow("it 1h") << "it" << "every 1h" << "ogni 1 ora";
        QTest::newRow("it 15m") << "it" << "every 15m" << "ogni 15 minuti";
        QTest::newRow("it daily") << "it" << "daily 21:30" << "ogni giorno alle 21:30";
    }

    void describes()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QVERIFY(campagna::installTranslations(language));
        const auto schedule = Schedule::parse(text);
        QVERIFY(schedule);
        QCOMPARE(schedule.value().describe(), expected);
        QVERIFY(campagna::installTranslations(QStringLiteral("en")));
    }

    void nextEvery()
    {
        const auto schedule = Schedule::parse(QStringLiteral("every 15m"));
        QVERIFY(schedule.ok());
        QCOMPARE(schedule->nextAfter(1'000'000), std::optional<qint64>(1'000'900));
        QCOMPARE(Schedule::parse(QString())->nextAfter(5), std::nullopt);
    }

    void nextDaily()
    {
        // CTest runs this test with TZ=Europe/Rome.
        QCOMPARE(QTimeZone::systemTimeZoneId(), QByteArray("Europe/Rome"));
        const auto schedule = Schedule::parse(QStringLiteral("daily 09:00"));
        QVERIFY(schedule.ok());
        const QTimeZone rome("Europe/Rome");
        const QDateTime before(QDate(2027, 1, 15), QTime(8, 59), rome);
        const QDateTime at(QDate(2027, 1, 15), QTime(9, 0), rome);
        const QDateTime tomorrow(QDate(2027, 1, 16), QTime(9, 0), rome);
        QCOMPARE(schedule->nextAfter(before.toSecsSinceEpoch()), at.toSecsSinceEpoch());
        // Strictly after: at 09:00 itself the next one is tomorrow's.
        QCOMPARE(schedule->nextAfter(at.toSecsSinceEpoch()), tomorrow.toSecsSinceEpoch());
        // Across the change to summer time the local hour is kept.
        const QDateTime dst(QDate(2027, 3, 28), QTime(10, 0), rome);
        const QDateTime nextDst(QDate(2027, 3, 29), QTime(9, 0), rome);
        QCOMPARE(schedule->nextAfter(dst.toSecsSinceEpoch()), nextDst.toSecsSinceEpoch());
    }
};

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
