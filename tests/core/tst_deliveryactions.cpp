#include "delivery/deliveryactions.h"

#include "ctlprocess.h"
#include "db/sql.h"
#include "databuilder.h"
#include "testdatabase.h"

#include <QHash>
#include <QSqlQuery>
#include <QTest>

using namespace campagna;
using db::Sql;
using delivery::DeliveryActions;

namespace {

constexpr qint64 kNow = 1'800'000'000; // 2027-01-15T08:00:00Z
constexpr qint64 kDay = 86400;

QVariant nullInt()
{
    return QVariant(QMetaType(QMetaType::LongLong));
}

// Operators, a group, a campaign managed by mario with its deliveries and
// approvals. Check ok() after seeding.
class Seed : public campagna::test::DataBuilder
{
public:
    explicit Seed(db::Database &database)
        : DataBuilder(database)
    {
        alice = addOperator({.name = "alice"});
        bob = addOperator({.name = "bob"});
        eve = addOperator({.name = "eve"});
        carol = addOperator({.name = "carol", .isAdmin = 1});
        mario = addOperator({.name = "mario"});
        group = addGroup("reviewers", {bob});
        campaign = addCampaign({.label = "Christmas", .status = "in_progress", .manager = mario});
        unmanaged = addCampaign({.label = "Nobody's", .status = "in_progress"});
        mail = delivery(campaign, "Newsletter", "email", "to_validate");
        byOperator = approval(mail, "targeting", alice, nullInt());
        byGroup = approval(mail, "content", nullInt(), group);
        // No reviewer: the campaign manager is asked, and may decide.
        byManager = approval(mail, "budget", nullInt(), nullInt());
    }

    qint64 delivery(qint64 campaignId, const QString &label, const QString &channel,
                    const QString &status, const QVariant &toSend = 5)
    {
        return addDelivery({.campaign = campaignId,
                            .label = label,
                            .channel = channel,
                            .status = status,
                            .toSendCount = toSend});
    }

    qint64 approval(qint64 deliveryId, const QString &kind, const QVariant &reviewer,
                    const QVariant &reviewerGroup)
    {
        return addApproval({.delivery = deliveryId,
                            .kind = kind,
                            .reviewer = reviewer,
                            .reviewerGroup = reviewerGroup,
                            .submittedAt = kNow - 4 * kDay,
                            .deadlineAt = kNow - kDay});
    }

    qint64 alice = 0, bob = 0, eve = 0, carol = 0, mario = 0, group = 0;
    qint64 campaign = 0, unmanaged = 0, mail = 0, byOperator = 0, byGroup = 0, byManager = 0;
};

QString scalarText(db::Database &database, const QString &sql, const QVariantList &params = {})
{
    auto value = Sql::scalar(database.connection(), sql, params);
    if (!value)
        return "error: " + value.errorMessage();
    if (!value.value())
        return "<none>";
    return value.value()->isNull() ? QString("NULL") : value.value()->toString();
}

// What the actions may write: compared before and after a refusal.
QHash<QString, QStringList> dumpTables(db::Database &database)
{
    QHash<QString, QStringList> dumps;
    for (const QString table : {"delivery", "approval", "delivery_event"})
        dumps.insert(table, test::dumpTable(database.connection(), table));
    return dumps;
}

// status|decided_at|decided_by|comment of an approval.
QString decisionOf(db::Database &database, qint64 approvalId)
{
    return scalarText(database,
                      "SELECT status || '|' || COALESCE(CAST(decided_at AS TEXT), '-') || '|' || "
                      "COALESCE(CAST(decided_by AS TEXT), '-') || '|' || COALESCE(comment, '-') "
                      "FROM approval WHERE id = ?",
                      {approvalId});
}

people::Actor actor(qint64 id, const QString &name, bool admin = false)
{
    return people::Actor{id, name, admin};
}

} // namespace

#define COMPARE_UNCHANGED(database, before)                                                        \
    do {                                                                                           \
        const auto after_ = dumpTables(*database);                                                 \
        for (auto it = before.cbegin(); it != before.cend(); ++it)                                 \
            QCOMPARE(after_.value(it.key()), it.value());                                          \
    } while (false)

class TestDeliveryActions : public QObject
{
    Q_OBJECT

private slots:
    // Who may decide: the reviewer operator, the group's members, the
    // manager an approval without reviewer falls back to, administrators
    // (with or without an operator row).
    void decideAllowed_data() { test::TestDatabase::addBackendRows(); }
    void decideAllowed()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        Seed seed(*database);
        const qint64 admin = seed.approval(seed.mail, "proof", seed.alice, nullInt());
        const qint64 rootOnly = seed.approval(seed.mail, "extraction", seed.alice, nullInt());
        QVERIFY2(seed.ok(), qPrintable(seed.error()));
        const QSqlDatabase db = database->connection();

        // After the deadline (kNow - 1 day): allowed.
        auto byAlice = DeliveryActions::decideApproval(db, seed.byOperator, true, "  fine  ",
                                                       actor(seed.alice, "alice"), kNow);
        QVERIFY2(byAlice.ok(), qPrintable(byAlice.errorMessage()));
        QCOMPARE(byAlice->status, QString("approved"));
        QCOMPARE(byAlice->deliveryId, seed.mail);
        QCOMPARE(decisionOf(*database, seed.byOperator),
                 QString("approved|%1|%2|fine").arg(kNow).arg(seed.alice));

        auto byBob = DeliveryActions::decideApproval(db, seed.byGroup, false, QString(),
                                                     actor(seed.bob, "bob"), kNow + 1);
        QVERIFY2(byBob.ok(), qPrintable(byBob.errorMessage()));
        QCOMPARE(decisionOf(*database, seed.byGroup),
                 QString("rejected|%1|%2|-").arg(kNow + 1).arg(seed.bob));

        auto byMario = DeliveryActions::decideApproval(db, seed.byManager, true, "go",
                                                       actor(seed.mario, "mario"), kNow + 2);
        QVERIFY2(byMario.ok(), qPrintable(byMario.errorMessage()));

        auto byCarol = DeliveryActions::decideApproval(db, admin, true, {},
                                                       actor(seed.carol, "carol", true), kNow + 3);
        QVERIFY2(byCarol.ok(), qPrintable(byCarol.errorMessage()));
        QCOMPARE(decisionOf(*database, admin),
                 QString("approved|%1|%2|-").arg(kNow + 3).arg(seed.carol));

        // A local administrator without an operator row: decided_by NULL.
        auto byRoot = DeliveryActions::decideApproval(
            db, rootOnly, false, "no", people::Actor{std::nullopt, "root", true}, kNow + 4);
        QVERIFY2(byRoot.ok(), qPrintable(byRoot.errorMessage()));
        QVERIFY(!byRoot->decidedBy);
        QCOMPARE(decisionOf(*database, rootOnly), QString("rejected|%1|-|no").arg(kNow + 4));

        QCOMPARE(scalarText(*database,
                            "SELECT message FROM delivery_event WHERE delivery_id = ? "
                            "AND reason = 'ApprovalRejected'",
                            {seed.mail}),
                 QString("Approval %1 (extraction) rejected by root: no").arg(rootOnly));
    }

    // Refusals, each with its message, and nothing changed.
    void decideRefused_data() { test::TestDatabase::addBackendRows(); }
    void decideRefused()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        Seed seed(*database);
        QVERIFY2(seed.ok(), qPrintable(seed.error()));
        const QSqlDatabase db = database->connection();
        const auto before = dumpTables(*database);

        auto unknown = DeliveryActions::decideApproval(db, 9999, true, {},
                                                       actor(seed.carol, "carol", true), kNow);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.errorCode(), Error::Code::NotFound);
        QCOMPARE(unknown.errorMessage(), QString("There is no approval 9999."));

        // eve is no reviewer; bob is in the group, but not alice's reviewer.
        auto eve = DeliveryActions::decideApproval(db, seed.byOperator, true, {},
                                                   actor(seed.eve, "eve"), kNow);
        QVERIFY(!eve.ok());
        QCOMPARE(eve.errorCode(), Error::Code::Forbidden);
        QCOMPARE(eve.errorMessage(),
                 QString("Only the reviewers of the approval %1 (targeting) of the delivery %2 "
                         "\"Newsletter\" (alice) and administrators (carol) may decide it; "
                         "\"eve\" is neither.")
                     .arg(seed.byOperator)
                     .arg(seed.mail));
        auto bob = DeliveryActions::decideApproval(db, seed.byOperator, true, {},
                                                   actor(seed.bob, "bob"), kNow);
        QCOMPARE(bob.errorCode(), Error::Code::Forbidden);
        auto group = DeliveryActions::decideApproval(db, seed.byGroup, true, {},
                                                     actor(seed.eve, "eve"), kNow);
        QCOMPARE(group.errorCode(), Error::Code::Forbidden);
        QVERIFY2(group.errorMessage().contains("the members of the group \"reviewers\""),
                 qPrintable(group.errorMessage()));
        auto manager = DeliveryActions::decideApproval(db, seed.byManager, true, {},
                                                       actor(seed.alice, "alice"), kNow);
        QCOMPARE(manager.errorCode(), Error::Code::Forbidden);
        QVERIFY2(manager.errorMessage().contains("the campaign manager mario"),
                 qPrintable(manager.errorMessage()));
        COMPARE_UNCHANGED(database, before);
    }

    // The first decision wins; later ones are refused, naming who decided
    // and when, even for an administrator.
    void firstDecisionWins_data() { test::TestDatabase::addBackendRows(); }
    void firstDecisionWins()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        Seed seed(*database);
        QVERIFY2(seed.ok(), qPrintable(seed.error()));
        const QSqlDatabase db = database->connection();
        QVERIFY(DeliveryActions::decideApproval(db, seed.byGroup, true, "first",
                                                actor(seed.bob, "bob"), kNow)
                    .ok());
        const auto before = dumpTables(*database);
        for (const people::Actor &late :
             {actor(seed.bob, "bob"), actor(seed.carol, "carol", true)}) {
            auto again =
                DeliveryActions::decideApproval(db, seed.byGroup, false, "second", late, kNow + 60);
            QVERIFY(!again.ok());
            QCOMPARE(again.errorCode(), Error::Code::Failed);
            QCOMPARE(again.errorMessage(),
                     QString("The approval %1 (content) of the delivery %2 \"Newsletter\" was "
                             "already approved by bob at 2027-01-15T08:00:00Z (UTC): the first "
                             "decision wins.")
                         .arg(seed.byGroup)
                         .arg(seed.mail));
        }
        COMPARE_UNCHANGED(database, before);
        QCOMPARE(decisionOf(*database, seed.byGroup),
                 QString("approved|%1|%2|first").arg(kNow).arg(seed.bob));
    }

    // Confirm: pending_confirmation → start_pending, by the manager or an
    // administrator; refusals change nothing.
    void confirm_data() { test::TestDatabase::addBackendRows(); }
    void confirm()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        Seed seed(*database);
        const qint64 waiting =
            seed.delivery(seed.campaign, "Waiting", "email", "pending_confirmation");
        const qint64 other = seed.delivery(seed.unmanaged, "Other", "sms", "pending_confirmation");
        QVERIFY2(seed.ok(), qPrintable(seed.error()));
        const QSqlDatabase db = database->connection();
        const auto before = dumpTables(*database);

        auto unknown = DeliveryActions::confirmDelivery(db, 9999, actor(seed.mario, "mario"), kNow);
        QCOMPARE(unknown.errorCode(), Error::Code::NotFound);
        QCOMPARE(unknown.errorMessage(), QString("There is no delivery 9999."));
        auto eve = DeliveryActions::confirmDelivery(db, waiting, actor(seed.eve, "eve"), kNow);
        QCOMPARE(eve.errorCode(), Error::Code::Forbidden);
        QCOMPARE(eve.errorMessage(),
                 QString("Only the campaign's manager (mario) and administrators may confirm the "
                         "delivery %1 \"Waiting\"; \"eve\" is neither.")
                     .arg(waiting));
        auto noManager = DeliveryActions::confirmDelivery(db, other, actor(seed.eve, "eve"), kNow);
        QCOMPARE(noManager.errorCode(), Error::Code::Forbidden);
        QCOMPARE(noManager.errorMessage(),
                 QString("Only administrators may confirm the delivery %1 \"Other\" (its "
                         "campaign has no manager); \"eve\" is not one.")
                     .arg(other));
        auto wrong =
            DeliveryActions::confirmDelivery(db, seed.mail, actor(seed.mario, "mario"), kNow);
        QCOMPARE(wrong.errorCode(), Error::Code::Failed);
        QCOMPARE(wrong.errorMessage(),
                 QString("The delivery %1 \"Newsletter\" is to_validate: only a delivery waiting "
                         "for confirmation (pending_confirmation) can be confirmed.")
                     .arg(seed.mail));
        COMPARE_UNCHANGED(database, before);

        auto done = DeliveryActions::confirmDelivery(db, waiting, actor(seed.mario, "mario"), kNow);
        QVERIFY2(done.ok(), qPrintable(done.errorMessage()));
        QCOMPARE(done->from, QString("pending_confirmation"));
        QCOMPARE(done->to, QString("start_pending"));
        QCOMPARE(scalarText(*database, "SELECT status FROM delivery WHERE id = ?", {waiting}),
                 QString("start_pending"));
        QCOMPARE(scalarText(*database,
                            "SELECT message FROM delivery_event WHERE delivery_id = ? "
                            "AND reason = 'DeliveryConfirmed'",
                            {waiting}),
                 QString("Confirmed by mario."));
        auto admin =
            DeliveryActions::confirmDelivery(db, other, actor(seed.carol, "carol", true), kNow);
        QVERIFY2(admin.ok(), qPrintable(admin.errorMessage()));
        // Confirmed already: the state is wrong now.
        auto twice =
            DeliveryActions::confirmDelivery(db, waiting, actor(seed.mario, "mario"), kNow);
        QCOMPARE(twice.errorCode(), Error::Code::Failed);
    }

    // Finish: an email/SMS delivery in_progress → finished with its count.
    void finish_data() { test::TestDatabase::addBackendRows(); }
    void finish()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend, true, kNow);
        Seed seed(*database);
        const qint64 running = seed.delivery(seed.campaign, "Running", "sms", "in_progress");
        const qint64 unknownCount =
            seed.delivery(seed.campaign, "Uncounted", "email", "in_progress", nullInt());
        const qint64 letter =
            seed.delivery(seed.campaign, "Letter", "direct_mail", "sent_to_provider");
        QVERIFY2(seed.ok(), qPrintable(seed.error()));
        const QSqlDatabase db = database->connection();
        const people::Actor mario = actor(seed.mario, "mario");
        const auto before = dumpTables(*database);

        auto negative = DeliveryActions::finishDelivery(db, running, -1, mario, kNow);
        QCOMPARE(negative.errorCode(), Error::Code::Usage);
        QCOMPARE(negative.errorMessage(),
                 QString("The number of messages sent must be 0 or more, not -1."));
        auto absurd = DeliveryActions::finishDelivery(db, unknownCount, 5'000'000'000, mario, kNow);
        QCOMPARE(absurd.errorCode(), Error::Code::Usage);
        auto tooMany = DeliveryActions::finishDelivery(db, running, 6, mario, kNow);
        QCOMPARE(tooMany.errorCode(), Error::Code::Usage);
        QCOMPARE(tooMany.errorMessage(),
                 QString("The delivery %1 \"Running\" had 5 message(s) to send: 6 sent is more "
                         "than that.")
                     .arg(running));
        auto unknown = DeliveryActions::finishDelivery(db, 9999, 1, mario, kNow);
        QCOMPARE(unknown.errorCode(), Error::Code::NotFound);
        auto eve = DeliveryActions::finishDelivery(db, running, 1, actor(seed.eve, "eve"), kNow);
        QCOMPARE(eve.errorCode(), Error::Code::Forbidden);
        QCOMPARE(eve.errorMessage(),
                 QString("Only the campaign's manager (mario) and administrators may finish the "
                         "delivery %1 \"Running\"; \"eve\" is neither.")
                     .arg(running));
        auto mail = DeliveryActions::finishDelivery(db, seed.mail, 1, mario, kNow);
        QCOMPARE(mail.errorCode(), Error::Code::Failed);
        QCOMPARE(mail.errorMessage(),
                 QString("The delivery %1 \"Newsletter\" is to_validate: only a delivery in "
                         "progress (in_progress) can be finished.")
                     .arg(seed.mail));
        auto direct = DeliveryActions::finishDelivery(db, letter, 1, mario, kNow);
        QCOMPARE(direct.errorCode(), Error::Code::Failed);
        QCOMPARE(direct.errorMessage(),
                 QString("The delivery %1 \"Letter\" is a direct-mail delivery: it is finished "
                         "by its provider's post-processing (supplierMgt), not by hand.")
                     .arg(letter));
        COMPARE_UNCHANGED(database, before);

        auto done = DeliveryActions::finishDelivery(db, running, 5, mario, kNow);
        QVERIFY2(done.ok(), qPrintable(done.errorMessage()));
        QCOMPARE(done->to, QString("finished"));
        QCOMPARE(scalarText(*database,
                            "SELECT status || '|' || CAST(sent_count AS TEXT) FROM delivery "
                            "WHERE id = ?",
                            {running}),
                 QString("finished|5"));
        QCOMPARE(scalarText(*database,
                            "SELECT message FROM delivery_event WHERE delivery_id = ? "
                            "AND reason = 'DeliveryFinished'",
                            {running}),
                 QString("Finished by mario: 5 message(s) sent."));
        // Unknown to_send_count: any plausible count; 0 is one.
        auto zero = DeliveryActions::finishDelivery(db, unknownCount, 0,
                                                    actor(seed.carol, "carol", true), kNow);
        QVERIFY2(zero.ok(), qPrintable(zero.errorMessage()));
        auto twice = DeliveryActions::finishDelivery(db, running, 5, mario, kNow);
        QCOMPARE(twice.errorCode(), Error::Code::Failed);
        QVERIFY2(twice.errorMessage().contains("is finished"), qPrintable(twice.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestDeliveryActions)
#include "tst_deliveryactions.moc"
