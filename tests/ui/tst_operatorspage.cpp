// The Operators page (ui/operators): the list, and Add / Edit / Remove as
// an administrator through the page, with the rows and the audit trail
// checked in SQL; read-only for anyone else. On SQLite and PostgreSQL.
#include "common/lazytablemodel.h"
#include "common/translations.h"
#include "db/database.h"
#include "db/sql.h"
#include "engine/clock.h"
#include "engine/workflowengine.h"
#include "operators/operatordialog.h"
#include "operators/operatorspage.h"
#include "people/actor.h"
#include "people/operatordirectory.h"
#include "people/operatorquery.h"
#include "sqlqueries.h"
#include "testdatabase.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace campagna;
using campagna::people::OperatorQuery;
using campagna::test::column;
using campagna::test::scalarInt;
using campagna::test::scalarText;
using campagna::ui::OperatorDialog;
using campagna::ui::OperatorsPage;

namespace {

constexpr qint64 FixedNow = 1'800'000'000; // 2027-01-15T08:00:00Z

bool isPostgres(const QString &backend)
{
    return backend == u"postgresql";
}

// An operator name unique on the server (PostgreSQL role names are shared
// by its databases); on PostgreSQL its login role is created first, as
// OperatorDirectory::add wants.
QString newOperatorName(db::Database &database, const QString &backend, const QString &base)
{
    const QString name = QStringLiteral("%1_%2").arg(base).arg(QCoreApplication::applicationPid());
    if (isPostgres(backend)) {
        auto created =
            db::Sql::exec(database.connection(), QStringLiteral("CREATE ROLE %1 LOGIN").arg(name));
        if (!created) {
            qWarning("%s", qPrintable(created.errorMessage()));
            return QString();
        }
    }
    return name;
}

people::Actor administrator()
{
    return people::Actor{std::nullopt, QStringLiteral("tester"), true, false, true};
}

qint64 audited(db::Database &database, const QString &action, const QString &name)
{
    return scalarInt(database,
                     QStringLiteral("SELECT COUNT(*) FROM audit_event WHERE action = ? AND "
                                    "object_kind = 'operator' AND object_id = ?"),
                     {action, name});
}

QString groupsOf(db::Database &database, const QString &name)
{
    return column(database,
                  QStringLiteral("SELECT g.name FROM operator_group_member m JOIN operator_group "
                                 "g ON g.id = m.group_id JOIN operator o ON o.id = m.operator_id "
                                 "WHERE o.name = ? ORDER BY g.name"),
                  {name})
        .join(u',');
}

QString cell(const OperatorsPage &page, const QString &name, int column)
{
    const int row = page.rowOf(name);
    return row < 0 ? QStringLiteral("<none>") : page.model()->index(row, column).data().toString();
}

} // namespace

class TestOperatorsPage final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanupTestCase();

    void parseGroups();
    void addThroughDialog_data();
    void addThroughDialog();
    void editSetsOnlyChanges_data();
    void editSetsOnlyChanges();
    void removeAsksFirst_data();
    void removeAsksFirst();
    void readOnlyForOperators_data();
    void readOnlyForOperators();

private:
    std::unique_ptr<engine::WorkflowEngine> makeEngine(std::shared_ptr<db::Database> database,
                                                       const people::Actor &actor);
};

void TestOperatorsPage::init()
{
    QVERIFY(installTranslations(QStringLiteral("en")));
}

void TestOperatorsPage::cleanupTestCase()
{
    installTranslations(QStringLiteral("en"));
}

std::unique_ptr<engine::WorkflowEngine>
TestOperatorsPage::makeEngine(std::shared_ptr<db::Database> database, const people::Actor &actor)
{
    auto engine = std::make_unique<engine::WorkflowEngine>(
        std::move(database), std::make_shared<engine::Clock>(FixedNow));
    engine->setOwnerLabel(QStringLiteral("tst_operatorspage"));
    engine->setActor(actor);
    return engine;
}

void TestOperatorsPage::parseGroups()
{
    QCOMPARE(OperatorDialog::parseGroups(QStringLiteral(" reviewers, stock,,reviewers , a b ")),
             (QStringList{"reviewers", "stock", "a b"}));
    QCOMPARE(OperatorDialog::parseGroups(QStringLiteral(" , ")), QStringList());
}

void TestOperatorsPage::addThroughDialog_data()
{
    test::TestDatabase::addBackendRows();
}

// Add… as an administrator: the dialog refuses a bad name (and stays
// open), then adds the operator with its flags and groups and exactly one
// audit row; adding it again is refused by the core and changes nothing.
void TestOperatorsPage::addThroughDialog()
{
    QFETCH(QString, backend);
    CAMPAGNA_OPEN_DATABASE(database, backend);
    const QString name = newOperatorName(*database, backend, QStringLiteral("anna"));
    QVERIFY(!name.isEmpty());
    auto engine = makeEngine(database, administrator());
    OperatorsPage page(engine.get());
    page.resize(1000, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(!page.isBusy());
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(page.mayManage());
    QVERIFY(page.addOperatorAction()->isEnabled());
    QVERIFY(!page.editOperatorAction()->isEnabled()); // nothing selected
    QSignalSpy finished(&page, &OperatorsPage::commandFinished);

    QPointer<OperatorDialog> dialog = page.openAddDialog();
    QVERIFY(dialog);
    auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("operatorNameEdit"));
    auto *adminCheck = dialog->findChild<QCheckBox *>(QStringLiteral("operatorAdminCheck"));
    auto *groupsEdit = dialog->findChild<QLineEdit *>(QStringLiteral("operatorGroupsEdit"));
    auto *languageCombo = dialog->findChild<QComboBox *>(QStringLiteral("operatorLanguageCombo"));
    auto *emailEdit = dialog->findChild<QLineEdit *>(QStringLiteral("operatorEmailEdit"));
    QVERIFY(nameEdit && adminCheck && groupsEdit && languageCombo && emailEdit);
    QVERIFY(!nameEdit->isReadOnly());

    // Spaces around the name are dropped; a bad e-mail address is refused
    // in the dialog, which stays open.
    nameEdit->setText(QStringLiteral(" ") + name + QStringLiteral(" "));
    QCOMPARE(dialog->operatorName(), name);
    emailEdit->setText(QStringLiteral("anna@"));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->errorText().contains(QStringLiteral("Invalid e-mail address")),
             qPrintable(dialog->errorText()));
    QCOMPARE(finished.count(), 0);

    adminCheck->setChecked(true);
    groupsEdit->setText(QStringLiteral("stock, reviewers"));
    languageCombo->setCurrentIndex(languageCombo->findData(QStringLiteral("it")));
    emailEdit->setText(QStringLiteral("anna@example.com"));
    dialog->accept();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toString(), name);
    QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(2).toString()));
    QTRY_VERIFY(!dialog);

    QCOMPARE(scalarText(*database,
                        QStringLiteral("SELECT is_admin || '/' || locale || '/' || email FROM "
                                       "operator WHERE name = ?"),
                        {name}),
             QStringLiteral("1/it/anna@example.com"));
    QCOMPARE(groupsOf(*database, name), QStringLiteral("reviewers,stock"));
    QCOMPARE(audited(*database, QStringLiteral("operator.add"), name), 1);
    QCOMPARE(scalarInt(*database, QStringLiteral("SELECT COUNT(*) FROM audit_event")), 1);
    QCOMPARE(scalarInt(*database, QStringLiteral("SELECT at FROM audit_event")), FixedNow);
    QVERIFY(page.messageText().contains(name));
    QVERIFY(!page.isErrorShown());

    // The list follows, with the new operator selected.
    QTRY_VERIFY(!page.isBusy() && page.model()->rowCount() == 1);
    QCOMPARE(page.selectedName(), name);
    QCOMPARE(cell(page, name, OperatorQuery::Administrator), QStringLiteral("Yes"));
    QCOMPARE(cell(page, name, OperatorQuery::Groups), QStringLiteral("reviewers, stock"));
    QCOMPARE(cell(page, name, OperatorQuery::Language), QStringLiteral("Italian"));
    QCOMPARE(cell(page, name, OperatorQuery::Email), QStringLiteral("anna@example.com"));
    QVERIFY(page.editOperatorAction()->isEnabled());
    QVERIFY(page.removeOperatorAction()->isEnabled());

    // Again: the core refuses it; shown, nothing changed.
    page.addOperator(name, people::OperatorValues{});
    QTRY_COMPARE(finished.count(), 2);
    QVERIFY(!finished.at(1).at(1).toBool());
    QVERIFY2(finished.at(1).at(2).toString().contains(QStringLiteral("already an operator")),
             qPrintable(finished.at(1).at(2).toString()));
    QVERIFY(page.isErrorShown());
    QCOMPARE(page.messageText(), finished.at(1).at(2).toString());
    QCOMPARE(scalarInt(*database, QStringLiteral("SELECT COUNT(*) FROM operator")), 1);
    QCOMPARE(scalarInt(*database, QStringLiteral("SELECT COUNT(*) FROM audit_event")), 1);
}

void TestOperatorsPage::editSetsOnlyChanges_data()
{
    test::TestDatabase::addBackendRows();
}

// Edit…: the name is read only; only what changed is set (one audit row
// saying what); OK without a change changes nothing.
void TestOperatorsPage::editSetsOnlyChanges()
{
    QFETCH(QString, backend);
    CAMPAGNA_OPEN_DATABASE(database, backend);
    const QString name = newOperatorName(*database, backend, QStringLiteral("bruno"));
    QVERIFY(!name.isEmpty());
    people::OperatorValues values;
    values.admin = true;
    values.groups = QStringList{QStringLiteral("stock")};
    values.email = QStringLiteral("bruno@example.com");
    auto added = people::OperatorDirectory::add(database->connection(), administrator(), name,
                                                values, FixedNow - 60);
    QVERIFY2(added.ok(), qPrintable(added.errorMessage()));

    auto engine = makeEngine(database, administrator());
    OperatorsPage page(engine.get());
    QTRY_VERIFY(!page.isBusy() && page.model()->rowCount() == 1);
    QVERIFY(page.selectOperator(name));
    QSignalSpy finished(&page, &OperatorsPage::commandFinished);

    QPointer<OperatorDialog> dialog = page.openEditDialog();
    QVERIFY(dialog);
    auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("operatorNameEdit"));
    QVERIFY(nameEdit->isReadOnly());
    QCOMPARE(nameEdit->text(), name);
    dialog->accept(); // unchanged
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!finished.at(0).at(1).toBool());
    QCOMPARE(audited(*database, QStringLiteral("operator.set"), name), 0);

    dialog = page.openEditDialog();
    QVERIFY(dialog);
    dialog->findChild<QCheckBox *>(QStringLiteral("operatorAdminCheck"))->setChecked(false);
    dialog->findChild<QLineEdit *>(QStringLiteral("operatorGroupsEdit"))
        ->setText(QStringLiteral("stock, reviewers"));
    QVERIFY(!dialog->changes().email && dialog->changes().admin && dialog->changes().groups);
    dialog->accept();
    QTRY_COMPARE(finished.count(), 2);
    QVERIFY2(finished.at(1).at(1).toBool(), qPrintable(finished.at(1).at(2).toString()));
    QCOMPARE(scalarText(*database,
                        QStringLiteral("SELECT is_admin || '/' || email FROM operator WHERE "
                                       "name = ?"),
                        {name}),
             QStringLiteral("0/bruno@example.com"));
    QCOMPARE(groupsOf(*database, name), QStringLiteral("reviewers,stock"));
    QCOMPARE(audited(*database, QStringLiteral("operator.set"), name), 1);
    const QString details = scalarText(
        *database, QStringLiteral("SELECT details FROM audit_event WHERE action = 'operator.set'"));
    QVERIFY2(details.contains(QStringLiteral("admin")) &&
                 !details.contains(QStringLiteral("email")),
             qPrintable(details));
    QTRY_COMPARE(cell(page, name, OperatorQuery::Administrator), QStringLiteral("No"));
}

void TestOperatorsPage::removeAsksFirst_data()
{
    test::TestDatabase::addBackendRows();
}

// Remove…: answered no, nothing changes; yes, the operator is gone with
// one audit row.
void TestOperatorsPage::removeAsksFirst()
{
    QFETCH(QString, backend);
    CAMPAGNA_OPEN_DATABASE(database, backend);
    const QString name = newOperatorName(*database, backend, QStringLiteral("carla"));
    QVERIFY(!name.isEmpty());
    auto added = people::OperatorDirectory::add(database->connection(), administrator(), name, {},
                                                FixedNow - 60);
    QVERIFY2(added.ok(), qPrintable(added.errorMessage()));

    auto engine = makeEngine(database, administrator());
    OperatorsPage page(engine.get());
    QTRY_VERIFY(!page.isBusy() && page.model()->rowCount() == 1);
    QVERIFY(page.selectOperator(name));
    QVERIFY(page.removeOperatorAction()->isEnabled());
    QStringList questions;
    bool answer = false;
    page.setConfirmer([&](QWidget *, const QString &, const QString &text) {
        questions << text;
        return answer;
    });
    QSignalSpy finished(&page, &OperatorsPage::commandFinished);

    page.removeOperatorAction()->trigger();
    QCOMPARE(questions.size(), 1);
    QVERIFY(questions.at(0).contains(name));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!finished.at(0).at(1).toBool());
    QVERIFY(finished.at(0).at(2).toString().isEmpty());
    QCOMPARE(scalarInt(*database, QStringLiteral("SELECT COUNT(*) FROM operator WHERE name = ?"),
                       {name}),
             1);
    QCOMPARE(audited(*database, QStringLiteral("operator.remove"), name), 0);

    answer = true;
    page.removeOperatorAction()->trigger();
    QCOMPARE(questions.size(), 2);
    QTRY_COMPARE(finished.count(), 2);
    QVERIFY2(finished.at(1).at(1).toBool(), qPrintable(finished.at(1).at(2).toString()));
    QCOMPARE(scalarInt(*database, QStringLiteral("SELECT COUNT(*) FROM operator WHERE name = ?"),
                       {name}),
             0);
    QCOMPARE(audited(*database, QStringLiteral("operator.remove"), name), 1);
    QTRY_VERIFY(!page.isBusy() && page.model()->rowCount() == 0);
    QVERIFY(page.selectedName().isEmpty());
    QVERIFY(!page.removeOperatorAction()->isEnabled());
}

void TestOperatorsPage::readOnlyForOperators_data()
{
    test::TestDatabase::addBackendRows();
}

// An operator who is not an administrator reads the list; the commands are
// disabled, their tool tips saying why, and the core refuses them anyway.
void TestOperatorsPage::readOnlyForOperators()
{
    QFETCH(QString, backend);
    CAMPAGNA_OPEN_DATABASE(database, backend);
    const QString clerk = newOperatorName(*database, backend, QStringLiteral("clerk"));
    const QString other = newOperatorName(*database, backend, QStringLiteral("dario"));
    QVERIFY(!clerk.isEmpty() && !other.isEmpty());
    for (const QString &name : {clerk, other}) {
        auto added = people::OperatorDirectory::add(database->connection(), administrator(), name,
                                                    {}, FixedNow - 60);
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
    }
    auto found = people::ActorResolver::findOperator(database->connection(), clerk);
    QVERIFY(found.ok() && found.value());
    const people::Actor actor = *found.value();
    QVERIFY(!actor.isAdmin);
    const qint64 auditRows =
        scalarInt(*database, QStringLiteral("SELECT COUNT(*) FROM audit_event"));

    auto engine = makeEngine(database, actor);
    OperatorsPage page(engine.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(!page.isBusy() && page.model()->rowCount() == 2);
    QVERIFY(page.selectOperator(other));
    QVERIFY(!page.mayManage());
    for (QAction *action :
         {page.addOperatorAction(), page.editOperatorAction(), page.removeOperatorAction()}) {
        QVERIFY(!action->isEnabled());
        QVERIFY2(action->toolTip().contains(QStringLiteral("Only administrators")) &&
                     action->toolTip().contains(clerk),
                 qPrintable(action->toolTip()));
    }
    auto *addButton = page.findChild<QToolButton *>(QStringLiteral("addOperatorButton"));
    QVERIFY(addButton && !addButton->isEnabled());
    QCOMPARE(addButton->toolTip(), page.addOperatorAction()->toolTip());
    QVERIFY(page.refreshAction()->isEnabled());
    QVERIFY(page.openAddDialog() == nullptr);
    QVERIFY(page.openEditDialog() == nullptr);

    // Called anyway: the core refuses, nothing changes.
    QSignalSpy finished(&page, &OperatorsPage::commandFinished);
    people::OperatorValues admin;
    admin.admin = true;
    page.changeOperator(clerk, admin);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!finished.at(0).at(1).toBool());
    QVERIFY2(finished.at(0).at(2).toString().contains(QStringLiteral("only administrators")),
             qPrintable(finished.at(0).at(2).toString()));
    QVERIFY(page.isErrorShown());
    QCOMPARE(scalarInt(*database, QStringLiteral("SELECT is_admin FROM operator WHERE name = ?"),
                       {clerk}),
             0);
    QCOMPARE(scalarInt(*database, QStringLiteral("SELECT COUNT(*) FROM audit_event")), auditRows);
}

QTEST_MAIN(TestOperatorsPage)
#include "tst_operatorspage.moc"
