// The enum classes of the domains against the schema: each SqlEnum's names
// are exactly the values the column's CHECK lists in the migrations, in the
// same order, and texts read from the database map back or are refused.

#include "common/sqlenum.h"
#include "delivery/deliverystates.h"
#include "engine/runstates.h"
#include "notify/notificationstatus.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace campagna;

namespace {

// The values of `CHECK (column IN (...))` in `CREATE TABLE table (...)`.
QStringList checkedValues(const QString &table, const QString &column)
{
    QFile file(QStringLiteral(":/sql/0001_initial.sql"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString sql = QString::fromUtf8(file.readAll());
    const QRegularExpression create(u"CREATE TABLE " + table + u" \\((.*?)\\n\\);",
                                    QRegularExpression::DotMatchesEverythingOption);
    const QString body = create.match(sql).captured(1);
    const QRegularExpression check(u"CHECK \\(" + column + u" IN \\(([^)]*)\\)\\)");
    QStringList values;
    const QString list = check.match(body).captured(1);
    static const QRegularExpression literal(QStringLiteral("'([a-z_]+)'"));
    for (auto it = literal.globalMatch(list); it.hasNext();)
        values << it.next().captured(1);
    return values;
}

template<typename E> QStringList names()
{
    QStringList list;
    for (E value : sqlEnumValues<E>())
        list << QString(sqlName(value));
    return list;
}

template<typename E> void checkRoundTrip()
{
    for (E value : sqlEnumValues<E>())
        QCOMPARE(fromSql<E>(sqlName(value)), std::optional<E>(value));
}

} // namespace

class TestSqlEnum : public QObject
{
    Q_OBJECT

private slots:
    void namesAreTheSchemas();
    void roundTrip();
    void unknownTextsAreRefused();
    void inList();
};

void TestSqlEnum::namesAreTheSchemas()
{
    using namespace delivery;
    QCOMPARE(names<DeliveryStatus>(), checkedValues("delivery", "status"));
    QCOMPARE(names<Channel>(), checkedValues("delivery", "channel"));
    QCOMPARE(names<ApprovalKind>(), checkedValues("approval", "kind"));
    QCOMPARE(names<ApprovalStatus>(), checkedValues("approval", "status"));
    QCOMPARE(names<JobKind>(), checkedValues("operation_job", "kind"));
    QCOMPARE(names<JobStatus>(), checkedValues("operation_job", "status"));
    QCOMPARE(names<ProviderJobStatus>(), checkedValues("provider_job", "status"));
    QCOMPARE(names<notify::NotificationStatus>(), checkedValues("notification", "status"));
    QCOMPARE(names<engine::WorkflowState>(), checkedValues("workflow", "state"));
    QCOMPARE(names<engine::RunStatus>(), checkedValues("workflow_run", "status"));
    // The parser itself finds what it should.
    QCOMPARE(checkedValues("workflow_run", "status").size(), 5);
}

void TestSqlEnum::roundTrip()
{
    checkRoundTrip<delivery::DeliveryStatus>();
    checkRoundTrip<delivery::Channel>();
    checkRoundTrip<delivery::ApprovalKind>();
    checkRoundTrip<delivery::ApprovalStatus>();
    checkRoundTrip<delivery::JobKind>();
    checkRoundTrip<delivery::JobStatus>();
    checkRoundTrip<delivery::ProviderJobStatus>();
    checkRoundTrip<notify::NotificationStatus>();
    checkRoundTrip<engine::WorkflowState>();
    checkRoundTrip<engine::RunStatus>();
    QCOMPARE(sqlName(delivery::DeliveryStatus::SentToProvider),
             QLatin1StringView("sent_to_provider"));
}

void TestSqlEnum::unknownTextsAreRefused()
{
    using delivery::DeliveryStatus;
    for (const QString &text : {QStringLiteral("To_Validate"), QStringLiteral("to_validate "),
                                QString(), QStringLiteral("'; DROP TABLE delivery; --")})
        QCOMPARE(fromSql<DeliveryStatus>(text), std::nullopt);
    // An unknown status equals no status.
    const std::optional<DeliveryStatus> unknown = fromSql<DeliveryStatus>(u"archived");
    QVERIFY(!(unknown == DeliveryStatus::Failed));
    QVERIFY(fromSql<DeliveryStatus>(u"failed") == DeliveryStatus::Failed);
    QCOMPARE(sqlName(static_cast<DeliveryStatus>(99)), QLatin1StringView());
}

void TestSqlEnum::inList()
{
    using engine::RunStatus;
    QCOMPARE(sqlList({RunStatus::Failed, RunStatus::Lost}), QStringLiteral("'failed', 'lost'"));
    QCOMPARE(sqlList<RunStatus>({}), QString());
}

QTEST_GUILESS_MAIN(TestSqlEnum)
#include "tst_sqlenum.moc"
