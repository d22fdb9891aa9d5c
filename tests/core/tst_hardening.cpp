// Issue [10]: attacks by someone who can write to the database, performed
// on the built engine. Each test stores the hostile value with plain SQL,
// runs the workflow, and checks the refusal, its message, and that nothing
// was written or read outside the files root.
#include "common/csvfield.h"
#include "common/csvwriter.h"
#include "common/filesroot.h"
#include "db/sql.h"
#include "engine/clock.h"
#include "engine/workflowengine.h"
#include "operation/operationworkflow.h"
#include "sqlqueries.h"
#include "databuilder.h"
#include "supplier/supplierworkflow.h"
#include "testdatabase.h"
#include "testfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace campagna;
using campagna::test::column;
using campagna::test::readFile;
using campagna::test::scalarInt;
using campagna::test::scalarText;
using campagna::test::sha256;
using campagna::test::writeFile;

namespace {

constexpr qint64 kNow = 1'800'000'000; // 2027-01-15T08:00:00Z
const QByteArray kSecret = "TOPSECRET-7f3a,sent\n";

// Every name under `folder`, recursively, with a hash of each file: what
// the attack must leave as it was.
QStringList snapshot(const QString &folder)
{
    QStringList entries;
    QDir dir(folder);
    const auto infos = dir.entryInfoList(
        QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System, QDir::Name);
    for (const QFileInfo &info : infos) {
        if (info.isDir() && !info.isSymLink()) {
            entries << info.fileName() + "/";
            for (const QString &inner : snapshot(info.absoluteFilePath()))
                entries << info.fileName() + "/" + inner;
        } else {
            entries << info.fileName() + " " + sha256(readFile(info.absoluteFilePath()));
        }
    }
    return entries;
}

qint64 peakKilobytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

engine::RunOutcome run(const std::shared_ptr<db::Database> &database, const QString &workflow)
{
    engine::WorkflowEngine engine(database, std::make_shared<engine::Clock>(kNow));
    engine.setActor(people::Actor{std::nullopt, "tester", true});
    engine.registerWorkflow("operationMgt",
                            [] { return std::make_unique<operation::OperationWorkflow>(); });
    engine.registerWorkflow("supplierMgt",
                            [] { return std::make_unique<supplier::SupplierWorkflow>(); });
    return engine.runNow(workflow, engine::Trigger::Manual).result();
}

// A direct-mail campaign with one supplier and its service.
class Seed : public campagna::test::DataBuilder
{
public:
    Seed(db::Database &database, const QString &dropDir)
        : DataBuilder(database)
    {
        supplier =
            addSupplier({.label = "Print", .email = "orders@print.example", .dropDir = dropDir});
        service = addService(supplier, "Letters",
                             {.extractionFilePattern = "letters_{delivery_id}.csv",
                              .returnFilePattern = "return_{delivery_id}.csv",
                              .returnTimeoutS = 86400});
        campaign = addCampaign({.label = "Autumn", .status = "in_progress"});
    }

    void setting(const QString &key, const QString &value) { setSetting(key, value); }

    qint64 recipient(const QString &firstName, const QString &lastName, const QString &city)
    {
        return addRecipient({.firstName = firstName,
                             .lastName = lastName,
                             .address = "Via Roma 1",
                             .postalCode = "00100",
                             .city = city,
                             .country = "IT"});
    }

    // extraction_pending, with its targets and a pending extraction job.
    qint64 toExtract(const QList<qint64> &targets)
    {
        const qint64 id = letter({.status = "extraction_pending"});
        addTargets(id, targets);
        addOperationJob(
            {.kind = "extraction", .delivery = id, .status = "pending", .requestedAt = kNow});
        return id;
    }

    // provider_pending with its file `file` (content `content`) and a
    // pending provider job; returns the job.
    qint64 toHandOver(const QString &file, const QByteArray &content)
    {
        delivery = letter({.status = "provider_pending",
                           .extractionFile = file,
                           .extractionRows = 1,
                           .extractionSha256 = QString::fromLatin1(sha256(content))});
        return addProviderJob({.delivery = delivery, .service = service, .status = "pending"});
    }

    // sent_to_provider, its file sent an hour ago; returns the job.
    qint64 sent(const QList<qint64> &targets)
    {
        delivery = letter({.status = "sent_to_provider", .toSendCount = targets.size()});
        addTargets(delivery, targets);
        return addProviderJob({.delivery = delivery,
                               .service = service,
                               .status = "file_sent",
                               .sentAt = kNow - 3600,
                               .attempts = 1});
    }

    qint64 supplier = 0, service = 0, campaign = 0, delivery = 0;

private:
    // A direct-mail "Letter" of the campaign by the service, with `row`'s
    // status and figures.
    qint64 letter(Delivery row)
    {
        row.campaign = campaign;
        row.label = "Letter";
        row.channel = "direct_mail";
        row.service = service;
        return addDelivery(row);
    }
};

// Every message the engine stored about a delivery and its run.
QString storedMessages(db::Database &database, qint64 deliveryId)
{
    QStringList all;
    all << column(database, "SELECT COALESCE(last_error, '') FROM delivery WHERE id = ?",
                  {deliveryId});
    all << column(database, "SELECT COALESCE(error, '') FROM provider_job WHERE delivery_id = ?",
                  {deliveryId});
    all << column(database, "SELECT COALESCE(error, '') FROM operation_job WHERE delivery_id = ?",
                  {deliveryId});
    all << column(database, "SELECT message FROM delivery_event WHERE delivery_id = ?",
                  {deliveryId});
    all << column(database, "SELECT message FROM workflow_log");
    all << column(database, "SELECT subject || ' ' || body FROM notification");
    return all.join("\n");
}

} // namespace

class TestHardening : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_base;
    QString m_root;    // CAMPAGNA_FILES_ROOT
    QString m_outside; // a folder of the same user outside the root

    // The files of the root and of the outside folder, as they were.
    QStringList everything() const
    {
        return QStringList() << snapshot(m_root) << "--" << snapshot(m_outside);
    }

private slots:
    void initTestCase()
    {
        qputenv("TZ", "UTC");
        QVERIFY(m_base.isValid());
        m_root = m_base.filePath("root");
        m_outside = m_base.filePath("outside");
        qputenv("CAMPAGNA_FILES_ROOT", m_root.toLocal8Bit());
    }

    void init()
    {
        QDir(m_root).removeRecursively();
        QDir(m_outside).removeRecursively();
        QVERIFY(QDir().mkpath(m_outside + "/ssh"));
        QVERIFY(writeFile(m_outside + "/ssh/authorized_keys", "ssh-ed25519 AAAA owner\n"));
        QVERIFY(writeFile(m_outside + "/secret", kSecret));
    }

    // Item 5 first, while the process's peak memory is low: a return file
    // of 10^6 lines (13 MB) is read line by line. Before [10] it was read
    // whole and split, about 128 bytes a line at peak (1.28 GB for 10^7).
    void returnFileMemory_data() { test::TestDatabase::addBackendRows(); }
    void returnFileMemory()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        Seed seed(*database, "print");
        const qint64 target = seed.recipient("Anna", "Rossi", "Roma");
        const qint64 job = seed.sent({target});
        QVERIFY2(seed.ok(), qPrintable(seed.error()));
        // Written in pieces, so that the test's own peak stays low.
        const QString file = m_root + QString("/print/incoming/return_%1.csv").arg(seed.delivery);
        QVERIFY(QDir().mkpath(QFileInfo(file).path()));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("recipient_id,status\n" + QByteArray::number(target) + ",sent\n");
        constexpr int kLines = 1'000'000;
        QByteArray piece;
        for (int i = 1; i < kLines; ++i) {
            piece += QByteArray::number(10'000'000 + i) + ",undeliverable\n";
            if (piece.size() > 64 * 1024 || i + 1 == kLines) {
                QCOMPARE(out.write(piece), piece.size());
                piece.clear();
            }
        }
        out.close();
        const qint64 size = QFileInfo(file).size();

        const qint64 before = peakKilobytes();
        const engine::RunOutcome outcome = run(database, "supplierMgt");
        const qint64 grown = peakKilobytes() - before;
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
        QCOMPARE(scalarText(*database, "SELECT status FROM provider_job WHERE id = ?", {job}),
                 "done");
        QCOMPARE(scalarText(*database,
                            "SELECT status || ' ' || CAST(sent_count AS TEXT) FROM "
                            "delivery WHERE id = ?",
                            {seed.delivery}),
                 "finished 1");
        QVERIFY2(column(*database, "SELECT message FROM workflow_log WHERE level = 'warning'")
                     .join("\n")
                     .contains("999999"),
                 "the strangers are counted");
        qInfo("return file of %lld bytes: peak memory grew by %lld KB", size, grown);
        QVERIFY2(grown < 48 * 1024, qPrintable(QString("peak grew by %1 KB").arg(grown)));
    }

    // Item 3: extraction.dir leading out of the files root, absolutely, by
    // "..", or through a link inside the root. The job fails for good with
    // a message naming the setting; authorized_keys is untouched.
    void extractionOutsideRoot_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("value"); // %1: the outside folder
        for (const char *backend : {"sqlite", "postgresql"}) {
            QTest::addRow("%s absolute", backend) << backend << "%1/ssh";
            QTest::addRow("%s dot-dot", backend) << backend << "../outside/ssh";
            QTest::addRow("%s link", backend) << backend << "link";
        }
    }
    void extractionOutsideRoot()
    {
        QFETCH(QString, backend);
        QFETCH(QString, value);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        QVERIFY(QDir().mkpath(m_root));
        QVERIFY(QFile::link(m_outside + "/ssh", m_root + "/link"));
        Seed seed(*database, "print");
        seed.setting("extraction.dir", QString(value).replace("%1", m_outside));
        seed.exec("UPDATE service SET extraction_file_pattern = 'authorized_keys'");
        const qint64 delivery = seed.toExtract({seed.recipient("Eve", "X", "Roma")});
        QVERIFY2(seed.ok(), qPrintable(seed.error()));
        const QStringList before = everything();

        const engine::RunOutcome outcome = run(database, "operationMgt");
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
        QCOMPARE(everything(), before);
        QCOMPARE(readFile(m_outside + "/ssh/authorized_keys"), "ssh-ed25519 AAAA owner\n");
        QCOMPARE(scalarText(*database, "SELECT status FROM operation_job WHERE delivery_id = ?",
                            {delivery}),
                 "failed");
        const QString error = scalarText(
            *database, "SELECT error FROM operation_job WHERE delivery_id = ?", {delivery});
        QVERIFY2(error.contains("the setting extraction.dir") &&
                     error.contains("is outside the files root " +
                                    QFileInfo(m_root).canonicalFilePath()) &&
                     error.contains("CAMPAGNA_FILES_ROOT"),
                 qPrintable(error));
        QCOMPARE(scalarText(*database, "SELECT status FROM delivery WHERE id = ?", {delivery}),
                 "extraction_pending");
    }

    // Items 4, 6 and 10: a link planted at the extraction file's name is
    // replaced, not written through; the file is 0600 in a 0700 folder; the
    // hostile names are neutralised.
    void extractionFile_data() { test::TestDatabase::addBackendRows(); }
    void extractionFile()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        Seed seed(*database, "print");
        seed.setting("extraction.dir", "letters");
        const qint64 a =
            seed.recipient("=HYPERLINK(\"http://evil.example\",\"x\")", "+1 555", "@SUM(A1)");
        const qint64 b = seed.recipient("-2+3", "\tTab", "-12");
        const qint64 delivery = seed.toExtract({a, b});
        QVERIFY2(seed.ok(), qPrintable(seed.error()));
        const QString path = m_root + QString("/letters/letters_%1.csv").arg(delivery);
        auto letters = FilesRoot::folder("letters", "the test", true); // as the job would
        QVERIFY2(letters, qPrintable(letters.errorMessage()));
        QVERIFY(QFile::link(m_outside + "/secret", path));

        const engine::RunOutcome outcome = run(database, "operationMgt");
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
        QCOMPARE(scalarText(*database, "SELECT status FROM operation_job WHERE delivery_id = ?",
                            {delivery}),
                 "done");
        QCOMPARE(readFile(m_outside + "/secret"), kSecret);
        const QFileInfo written(path);
        QVERIFY(!written.isSymLink());
        QVERIFY(written.isFile());
        QCOMPARE(written.permissions() &
                     ~(QFile::ReadUser | QFile::WriteUser | QFile::ReadOwner | QFile::WriteOwner),
                 QFileDevice::Permissions());
        const QFileInfo folder(m_root + "/letters");
        QCOMPARE(folder.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                         QFile::ReadOther | QFile::WriteOther | QFile::ExeOther),
                 QFileDevice::Permissions());
        QCOMPARE(QFileInfo(m_root).permissions() &
                     (QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther),
                 QFileDevice::Permissions());
        const QList<QByteArray> lines = readFile(path).split('\n');
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(1), QByteArray::number(a) +
                                  ",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",'+1 555,"
                                  "Via Roma 1,00100,'@SUM(A1),IT\r");
        QCOMPARE(lines.at(2), QByteArray::number(b) + ",'-2+3,'\tTab,Via Roma 1,00100,-12,IT\r");
    }

    // Item 3 for suppliers: a drop folder outside the root gets nothing.
    void dropDirOutsideRoot_data() { test::TestDatabase::addBackendRows(); }
    void dropDirOutsideRoot()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        Seed seed(*database, m_outside);
        const QString file = m_root + "/extractions/letters_1.csv";
        const QByteArray content = "id,first_name\r\n1,Anna\r\n";
        QVERIFY(writeFile(file, content));
        const qint64 job = seed.toHandOver(file, content);
        QVERIFY2(seed.ok(), qPrintable(seed.error()));
        const QStringList before = everything();

        const engine::RunOutcome outcome = run(database, "supplierMgt");
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
        QCOMPARE(everything(), before);
        QCOMPARE(scalarText(*database, "SELECT status FROM provider_job WHERE id = ?", {job}),
                 "failed");
        const QString error =
            scalarText(*database, "SELECT error FROM provider_job WHERE id = ?", {job});
        QVERIFY2(error.contains("drop_dir") && error.contains("outside the files root"),
                 qPrintable(error));
        QCOMPARE(scalarInt(*database, "SELECT COUNT(*) FROM notification"), 0);
    }

    // Items 2 and 4: extraction_file naming a file outside the extraction
    // folder (with its true checksum) is neither copied nor attached; a link
    // planted in outgoing/ is replaced, its target untouched.
    void handOver_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<bool>("outside");
        for (const char *backend : {"sqlite", "postgresql"}) {
            QTest::addRow("%s file outside", backend) << backend << true;
            QTest::addRow("%s link in outgoing", backend) << backend << false;
        }
    }
    void handOver()
    {
        QFETCH(QString, backend);
        QFETCH(bool, outside);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        Seed seed(*database, "print");
        const QByteArray content = "id,first_name\r\n1,Anna\r\n";
        const QString inside = m_root + "/extractions/letters_1.csv";
        QVERIFY(writeFile(inside, content));
        const qint64 job = outside ? seed.toHandOver(m_outside + "/secret", kSecret)
                                   : seed.toHandOver(inside, content);
        QVERIFY2(seed.ok(), qPrintable(seed.error()));
        const QString outgoing = m_root + "/print/outgoing/";
        QVERIFY(QDir().mkpath(outgoing));
        QVERIFY(QFile::link(m_outside + "/ssh/authorized_keys", outgoing + "letters_1.csv"));
        const QStringList outsideBefore = snapshot(m_outside);

        const engine::RunOutcome outcome = run(database, "supplierMgt");
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
        QCOMPARE(snapshot(m_outside), outsideBefore);
        if (outside) {
            QCOMPARE(scalarText(*database, "SELECT status FROM provider_job WHERE id = ?", {job}),
                     "failed");
            const QString error =
                scalarText(*database, "SELECT error FROM provider_job WHERE id = ?", {job});
            QVERIFY2(error.contains("is not inside the extraction folder"), qPrintable(error));
            QCOMPARE(scalarInt(*database, "SELECT COUNT(*) FROM notification"), 0);
            QVERIFY(!storedMessages(*database, seed.delivery).contains("TOPSECRET"));
            return;
        }
        QCOMPARE(scalarText(*database, "SELECT status FROM provider_job WHERE id = ?", {job}),
                 "file_sent");
        QVERIFY(!QFileInfo(outgoing + "letters_1.csv").isSymLink());
        QCOMPARE(readFile(outgoing + "letters_1.csv"), content);
        QCOMPARE(scalarText(*database, "SELECT attachment_path FROM notification"),
                 QFileInfo(inside).canonicalFilePath());
    }

    // Items 4 and 5: a return file that is a link to a secret, a folder, a
    // file over the size limit, or hostile content: the job fails with the
    // line or the reason, and no byte of the file reaches a message.
    void returnFileRefused_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("says");
        for (const char *backend : {"sqlite", "postgresql"}) {
            QTest::addRow("%s link", backend) << backend << "link"
                                              << "is a symbolic link";
            QTest::addRow("%s folder", backend) << backend << "folder"
                                                << "not a regular file";
            QTest::addRow("%s too large", backend) << backend << "large"
                                                   << "more than the limit of 1 MB (setting "
                                                      "supplier.return_file_max_mb)";
            QTest::addRow("%s content", backend) << backend << "content"
                                                 << "malformed at line 2: the recipient id is not";
        }
    }
    void returnFileRefused()
    {
        QFETCH(QString, backend);
        QFETCH(QString, kind);
        QFETCH(QString, says);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        Seed seed(*database, "print");
        seed.setting("supplier.return_file_max_mb", "1");
        const qint64 target = seed.recipient("Anna", "Rossi", "Roma");
        const qint64 job = seed.sent({target});
        QVERIFY2(seed.ok(), qPrintable(seed.error()));
        const QString file = m_root + QString("/print/incoming/return_%1.csv").arg(seed.delivery);
        QVERIFY(QDir().mkpath(QFileInfo(file).path()));
        if (kind == "link")
            QVERIFY(QFile::link(m_outside + "/secret", file));
        else if (kind == "folder")
            QVERIFY(QDir().mkpath(file));
        else if (kind == "large")
            QVERIFY(writeFile(file, "recipient_id,status\n" + kSecret.repeated(60'000)));
        else
            QVERIFY(writeFile(file, "recipient_id,status\n" + kSecret));
        const QStringList before = everything();

        const engine::RunOutcome outcome = run(database, "supplierMgt");
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
        QCOMPARE(everything(), before); // left where it is, for inspection
        QCOMPARE(scalarText(*database, "SELECT status FROM provider_job WHERE id = ?", {job}),
                 "failed");
        const QString error =
            scalarText(*database, "SELECT error FROM provider_job WHERE id = ?", {job});
        QVERIFY2(error.contains(says), qPrintable(error));
        QCOMPARE(scalarText(*database, "SELECT status FROM delivery WHERE id = ?", {seed.delivery}),
                 "sent_to_provider");
        const QString stored = storedMessages(*database, seed.delivery);
        QVERIFY2(!stored.contains("TOPSECRET"), qPrintable(stored));
    }

    // Item 6 in the console: every CSV export goes through CsvField.
    void csvField_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("formula") << "=1+1"
                                 << "'=1+1";
        QTest::newRow("DDE") << "=cmd|' /C calc'!A0"
                             << "'=cmd|' /C calc'!A0";
        QTest::newRow("plus") << "+39 02 1234"
                              << "'+39 02 1234";
        QTest::newRow("minus") << "-2+3"
                               << "'-2+3";
        QTest::newRow("at") << "@SUM(A1)"
                            << "'@SUM(A1)";
        QTest::newRow("tab") << "\t=1"
                             << "'\t=1";
        QTest::newRow("carriage return") << "\r=1"
                                         << "\"'\r=1\"";
        QTest::newRow("quoted formula") << "=A1,\"x\""
                                        << "\"'=A1,\"\"x\"\"\"";
        QTest::newRow("negative amount") << "-12.50"
                                         << "-12.50";
        QTest::newRow("italian amount") << "-1.234,56"
                                        << "\"-1.234,56\"";
        QTest::newRow("signed count") << "+3"
                                      << "+3";
        QTest::newRow("plain") << "Rossi"
                               << "Rossi";
        QTest::newRow("inner equals") << "a=b"
                                      << "a=b";
        QTest::newRow("empty") << ""
                               << "";
    }
    void csvField()
    {
        QFETCH(QString, value);
        QFETCH(QString, field);
        QCOMPARE(CsvField::field(value), field);
        QCOMPARE(ui::CsvWriter::text({"name"}, {{value}}), "name\r\n" + field + "\r\n");
    }

    // The root itself: from the environment, else the local settings, else
    // the XDG data folder; created 0700.
    void filesRootLocation()
    {
        QCOMPARE(FilesRoot::locate().path, m_root);
        QCOMPARE(FilesRoot::locate().source, FilesRoot::Source::Environment);
        qunsetenv("CAMPAGNA_FILES_ROOT");
        const FilesRoot::Location fallback = FilesRoot::locate();
        qputenv("CAMPAGNA_FILES_ROOT", m_root.toLocal8Bit());
        QCOMPARE(fallback.source, FilesRoot::Source::Default);
        QCOMPARE(fallback.path, qEnvironmentVariable("XDG_DATA_HOME") + "/Campagna/files");
        auto made = FilesRoot::ensure();
        QVERIFY2(made, qPrintable(made.errorMessage()));
        QCOMPARE(QFileInfo(m_root).permissions() &
                     (QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther),
                 QFileDevice::Permissions());
        auto escaped = FilesRoot::folder("a/../../outside", "the test", true);
        QVERIFY(!escaped);
        QCOMPARE(escaped.errorCode(), Error::Code::Usage);
        QVERIFY(!QFileInfo::exists(m_root + "/a"));
    }
};

QTEST_GUILESS_MAIN(TestHardening)
#include "tst_hardening.moc"
