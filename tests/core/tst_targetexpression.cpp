#include "operation/targetexpression.h"

#include "db/sql.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QSqlRecord>
#include <QTest>

#include <map>

using namespace campagna;
using campagna::operation::TargetExpression;
using db::Sql;

namespace {

using Ids = QList<qint64>;

// The hand-built recipient table of the database tests. Each row is there
// for a case: NULLs, a lower-case "roma", GLOB's special characters, a
// backslash, a quote, an injection-looking e-mail address, accents.
struct Recipient
{
    qint64 id;
    QVariant email, phone, firstName, lastName, address, postalCode, city, country, birthDate,
        createdAt;
    int optedOut, blocklisted;
};

const QVariant null;

const Recipient kRecipients[] = {
    {1, "anna@example.it", null, "Anna", "Rossi", "Via Roma 1", "00184", "Roma", "IT", "1980-05-01",
     1000, 0, 0},
    {2, "bruno@example.it", "+39 333", "Bruno", "Bianchi", "Via Po 2", "20121", "Milano", "IT",
     "1999-12-31", 2000, 1, 0},
    {3, null, "+39 334", "Carla", "Verdi", "Corso Como 3", "20100", "Milano", "IT", "2000-01-01",
     3000, 0, 1},
    {4, "denis@example.fr", null, "Denis", "Martin", "Rue Oberkampf 4", "75011", "Paris", "FR",
     "1975-03-15", -500, 0, 0},
    {5, "elena@example.it", null, "Elena", "O'Brien", "Via Emilia 5", "47121", "Forlì", "IT",
     "2001-07-04", 5000, 0, 0},
    {6, "fabio@example.it", null, "Fabio", "Neri", null, "00100", "roma", "IT", null, null, 0, 0},
    {7, "star*@example.com", null, "Gina", "Quest?on", "1 Main St", "AB[1]", "Star*City", "US",
     "1990-01-01", 7000, 0, 0},
    {8, "hugo@example.it", null, "Hugo", "Gialli", "Via Aurelia 8", "47921", "Romagna", "IT",
     "1985-06-06", 8000, 1, 1},
    {9, "ivo@example.it", null, "Ivo", "Back\\slash", "Via Appia 9", "00199", "Rome", "IT",
     "1970-01-01", 9000, 0, 0},
    {10, null, null, "Lia", "Blu", null, null, null, null, null, 10000, 0, 0},
    {11, "x' or 1=1 --", null, "Mario", "Rosa", "Via Dante 11", "20121", "Milano", "IT",
     "1960-02-29", 11000, 0, 0},
    {12, "nora@example.ch", null, "Nora", "[Tag]", "Via Nassa 12", "6900", "Lugano", "CH",
     "1995-09-09", 12000, 0, 0},
};

Ids allIds()
{
    Ids ids;
    for (const Recipient &r : kRecipients)
        ids << r.id;
    return ids;
}

Ids allBut(const Ids &excluded)
{
    Ids ids;
    for (qint64 id : allIds()) {
        if (!excluded.contains(id))
            ids << id;
    }
    return ids;
}

Result<void> insertRecipients(const QSqlDatabase &db)
{
    for (const Recipient &r : kRecipients) {
        auto inserted =
            Sql::exec(db,
                      "INSERT INTO recipient (id, email, phone, first_name, last_name, address, "
                      "postal_code, city, country, birth_date, created_at, opted_out, blocklisted) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      {r.id, r.email, r.phone, r.firstName, r.lastName, r.address, r.postalCode,
                       r.city, r.country, r.birthDate,
                       r.createdAt.isNull() ? QVariant() : QVariant(r.createdAt.toLongLong()),
                       r.optedOut, r.blocklisted});
        if (!inserted)
            return inserted.error();
    }
    return {};
}

QString nested(int levels)
{
    return QString("(").repeated(levels) + "opted_out" + QString(")").repeated(levels);
}

} // namespace

class TestTargetExpression final : public QObject
{
    Q_OBJECT

private slots:
    // Pure parser ---------------------------------------------------------------

    void parsesToCanonicalText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");

        QTest::newRow("equal") << "country = 'IT'"
                               << "country = 'IT'";
        QTest::newRow("not equal") << "country != 'IT'"
                                   << "country != 'IT'";
        QTest::newRow("less") << "birth_date < '2000-01-01'"
                              << "birth_date < '2000-01-01'";
        QTest::newRow("less or equal") << "created_at <= 100"
                                       << "created_at <= 100";
        QTest::newRow("greater") << "created_at > 100"
                                 << "created_at > 100";
        QTest::newRow("greater or equal") << "birth_date >= '1990-01-01'"
                                          << "birth_date >= '1990-01-01'";
        QTest::newRow("negative integer") << "created_at > -42"
                                          << "created_at > -42";
        QTest::newRow("integer extremes")
            << "created_at in (-9223372036854775808, 9223372036854775807)"
            << "created_at in (-9223372036854775808, 9223372036854775807)";
        QTest::newRow("no spaces") << "country='IT'and(created_at>=-1)or(opted_out)"
                                   << "((country = 'IT' and created_at >= -1) or opted_out = 1)";
        QTest::newRow("in") << "city in ('Roma', 'Milano')"
                            << "city in ('Roma', 'Milano')";
        QTest::newRow("in, one value") << "city in('Roma')"
                                       << "city in ('Roma')";
        QTest::newRow("in, integers") << "created_at in (1,2 , 3)"
                                      << "created_at in (1, 2, 3)";
        QTest::newRow("in, flags") << "opted_out in (true, 0)"
                                   << "opted_out in (1, 0)";
        QTest::newRow("like") << "postal_code like '20%'"
                              << "postal_code like '20%'";
        QTest::newRow("is null") << "email is null"
                                 << "email is null";
        QTest::newRow("is not null") << "email is not null"
                                     << "email is not null";
        QTest::newRow("flag alone") << "opted_out"
                                    << "opted_out = 1";
        QTest::newRow("flag alone in parentheses") << "(blocklisted)"
                                                   << "blocklisted = 1";
        QTest::newRow("not flag") << "not opted_out"
                                  << "(not opted_out = 1)";
        QTest::newRow("not not") << "not not opted_out"
                                 << "(not (not opted_out = 1))";
        QTest::newRow("not comparison") << "not country = 'IT'"
                                        << "(not country = 'IT')";
        QTest::newRow("true") << "blocklisted = true"
                              << "blocklisted = 1";
        QTest::newRow("false") << "opted_out != FALSE"
                               << "opted_out != 0";
        QTest::newRow("flag as integer") << "opted_out = 0"
                                         << "opted_out = 0";
        QTest::newRow("true on an integer field") << "created_at > true"
                                                  << "created_at > 1";
        QTest::newRow("doubled quote") << "last_name = 'O''Brien'"
                                       << "last_name = 'O''Brien'";
        QTest::newRow("only a quote") << "last_name = ''''"
                                      << "last_name = ''''";
        QTest::newRow("empty string") << "city = ''"
                                      << "city = ''";
        QTest::newRow("accents") << "city = 'Forlì' or city = 'Città di Castello'"
                                 << "(city = 'Forlì' or city = 'Città di Castello')";
        QTest::newRow("newline in a string") << "address = 'a\nb'"
                                             << "address = 'a\nb'";
        QTest::newRow("SQL in a string") << "city = 'Roma''); DROP TABLE recipient; --'"
                                         << "city = 'Roma''); DROP TABLE recipient; --'";
        QTest::newRow("and chain") << "opted_out and blocklisted and email is null"
                                   << "(opted_out = 1 and blocklisted = 1 and email is null)";
        QTest::newRow("or chain") << "opted_out or blocklisted or email is null"
                                  << "(opted_out = 1 or blocklisted = 1 or email is null)";
        QTest::newRow("and binds tighter than or")
            << "opted_out or blocklisted and email is null"
            << "(opted_out = 1 or (blocklisted = 1 and email is null))";
        QTest::newRow("and binds tighter than or, left")
            << "opted_out and blocklisted or email is null"
            << "((opted_out = 1 and blocklisted = 1) or email is null)";
        QTest::newRow("not binds tighter than and") << "not opted_out and blocklisted"
                                                    << "((not opted_out = 1) and blocklisted = 1)";
        QTest::newRow("not binds tighter than or") << "not opted_out or blocklisted"
                                                   << "((not opted_out = 1) or blocklisted = 1)";
        QTest::newRow("not of a group") << "not (opted_out or blocklisted)"
                                        << "(not (opted_out = 1 or blocklisted = 1))";
        QTest::newRow("parentheses regroup")
            << "(opted_out or blocklisted) and email is null"
            << "((opted_out = 1 or blocklisted = 1) and email is null)";
        QTest::newRow("explicit grouping is kept")
            << "(opted_out and blocklisted) and email is null"
            << "((opted_out = 1 and blocklisted = 1) and email is null)";
        QTest::newRow("redundant parentheses") << "((((country = 'IT'))))"
                                               << "country = 'IT'";
        QTest::newRow("keywords in any case")
            << "country = 'IT' AND city IN ('Roma') Or email IS NOT NULL aNd NOT opted_out OR "
               "blocklisted = TRUE or phone iS nUlL and last_name LiKe 'R%'"
            << "((country = 'IT' and city in ('Roma')) or (email is not null and (not "
               "opted_out = 1)) or blocklisted = 1 or (phone is null and last_name like 'R%'))";
        QTest::newRow("white space") << " \t country\n=\r\n'IT'\tand\u00a0opted_out  "
                                     << "(country = 'IT' and opted_out = 1)";
        QTest::newRow("spec example")
            << "country = 'IT' and (city in ('Roma', 'Milano') or postal_code like '20%') and "
               "not opted_out and birth_date < '2000-01-01'"
            << "(country = 'IT' and (city in ('Roma', 'Milano') or postal_code like '20%') and "
               "(not opted_out = 1) and birth_date < '2000-01-01')";
        QTest::newRow("every field")
            << "email = 'a' and phone = 'b' and first_name = 'c' and last_name = 'd' and "
               "address = 'e' and postal_code = 'f' and city = 'g' and country = 'h' and "
               "birth_date = 'i' and created_at = 1 and opted_out = 0 and blocklisted = 1"
            << "(email = 'a' and phone = 'b' and first_name = 'c' and last_name = 'd' and "
               "address = 'e' and postal_code = 'f' and city = 'g' and country = 'h' and "
               "birth_date = 'i' and created_at = 1 and opted_out = 0 and blocklisted = 1)";
        QTest::newRow("200 parentheses") << nested(200) << "opted_out = 1";
    }

    void parsesToCanonicalText()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        const auto parsed = TargetExpression::parse(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        QVERIFY(!parsed->isEmpty());
        QCOMPARE(parsed->toString(), canonical);

        // The canonical text is a fixed point.
        const auto again = TargetExpression::parse(canonical);
        QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
        QCOMPARE(again->toString(), canonical);
    }

    void emptyTextSelectsEverything_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("null") << QString();
        QTest::newRow("blank") << " \t\r\n ";
    }

    void emptyTextSelectsEverything()
    {
        QFETCH(QString, text);
        const auto parsed = TargetExpression::parse(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        QVERIFY(parsed->isEmpty());
        QCOMPARE(parsed->toString(), QString());
        for (auto backend : {db::Backend::Sqlite, db::Backend::Postgres}) {
            const auto sql = parsed->toSql("r", db::Dialect::of(backend));
            QCOMPARE(sql.condition, QString("1 = 1"));
            QVERIFY(sql.params.isEmpty());
        }
    }

    void reportsErrorsWithTheirColumn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("word"); // the message must contain it

        QTest::newRow("missing value") << "postal_code =" << 14 << "expected a value";
        QTest::newRow("missing value before and") << "country = and opted_out" << 11 << "value";
        QTest::newRow("missing value before )") << "(country = )" << 12 << "value";
        QTest::newRow("unterminated string") << "city = 'Roma" << 8 << "closed";
        QTest::newRow("unterminated string after doubled quote") << "city = 'O''" << 8 << "closed";
        QTest::newRow("unknown character") << "city = 'Roma' # x" << 15 << "#";
        QTest::newRow("unknown character, control") << "city\x07 = 'x'" << 5 << "U+0007";
        QTest::newRow("semicolon") << "city = 'Roma'; DROP TABLE recipient" << 14 << ";";
        QTest::newRow("double quotes") << "city = \"Roma\"" << 8 << "\"";
        QTest::newRow("lone !") << "city ! 'x'" << 6 << "!=";
        QTest::newRow("<> is not an operator") << "city <> 'x'" << 7 << "value";
        QTest::newRow("== is not an operator") << "city == 'x'" << 7 << "value";
        QTest::newRow("minus without digits") << "created_at > -x" << 14 << "digit";
        QTest::newRow("minus at the end") << "created_at > -" << 14 << "end of the text";
        QTest::newRow("number out of range") << "created_at > 9223372036854775808" << 14 << "range";
        QTest::newRow("negative number out of range")
            << "created_at > -9223372036854775809" << 14 << "range";
        QTest::newRow("invalid number") << "created_at > 12ab" << 14 << "12ab";
        QTest::newRow("number glued to a keyword")
            << "created_at > -1and opted_out" << 14 << "-1and";
        QTest::newRow("decimal number") << "created_at > 1.5" << 15 << ".";
        QTest::newRow("trailing string") << "country = 'IT' 'x'" << 16 << "end of the text";
        QTest::newRow("trailing field") << "opted_out blocklisted" << 11 << "operator";
        QTest::newRow("stray )") << "country = 'IT')" << 15 << "\")\"";
        QTest::newRow("missing )") << "(country = 'IT'" << 16 << "column 1";
        QTest::newRow("missing ) before more")
            << "(opted_out or (blocklisted) email is null" << 29 << "\")\"";
        QTest::newRow("empty parentheses") << "()" << 2 << "field name";
        QTest::newRow("empty in") << "city in ()" << 10 << "empty";
        QTest::newRow("in without (") << "city in 'Roma'" << 9 << "\"(\"";
        QTest::newRow("in without comma") << "city in ('a' 'b')" << 14 << "\",\"";
        QTest::newRow("in with trailing comma") << "city in ('a',)" << 14 << "value";
        QTest::newRow("in not closed") << "city in ('a'" << 13 << "end of the text";
        QTest::newRow("in, wrong type") << "created_at in (1, 'x')" << 19 << "integer";
        QTest::newRow("in, text field with integer") << "city in ('a', 2)" << 15 << "text";
        QTest::newRow("unknown field") << "town = 'Roma'" << 1 << "town";
        QTest::newRow("unknown field lists the fields") << "town = 'Roma'" << 1 << "postal_code";
        QTest::newRow("id is not a field") << "id = 1" << 1 << "\"id\"";
        QTest::newRow("upper-case field") << "Country = 'IT'" << 1 << "lower case";
        QTest::newRow("unknown field with accents") << "città = 'Roma'" << 1 << "città";
        QTest::newRow("unknown field after and") << "opted_out and blocked = 1" << 15 << "blocked";
        QTest::newRow("text field alone") << "city" << 1 << "flag";
        QTest::newRow("text field alone before and") << "city and opted_out" << 1 << "flag";
        QTest::newRow("integer field alone in parentheses")
            << "(created_at) or opted_out" << 2 << "flag";
        QTest::newRow("flag followed by a value") << "opted_out 1" << 11 << "operator";
        QTest::newRow("not in is not an operator") << "city not in ('a')" << 6 << "operator";
        QTest::newRow("text field, integer") << "country = 12" << 11 << "text field";
        QTest::newRow("text field, true") << "country = true" << 11 << "text field";
        QTest::newRow("integer field, string") << "created_at = '2020'" << 14 << "integer";
        QTest::newRow("flag, 2") << "opted_out = 2" << 13 << "flag";
        QTest::newRow("flag, string") << "opted_out = 'yes'" << 13 << "true, false, 0 or 1";
        QTest::newRow("flag, negative") << "blocklisted > -1" << 15 << "flag";
        QTest::newRow("like on an integer field") << "created_at like '1%'" << 12 << "text";
        QTest::newRow("like on a flag") << "opted_out like '1'" << 11 << "text";
        QTest::newRow("like with an integer") << "city like 5" << 11 << "pattern";
        QTest::newRow("like at the end") << "city like" << 10 << "pattern";
        QTest::newRow("is without null") << "email is 'x'" << 10 << "null";
        QTest::newRow("is not without null") << "email is not 5" << 14 << "null";
        QTest::newRow("is at the end") << "email is" << 9 << "end of the text";
        QTest::newRow("= null") << "email = null" << 9 << "is null";
        QTest::newRow("keyword as a field") << "and = 1" << 1 << "field name";
        QTest::newRow("value as a condition") << "'IT' = country" << 1 << "field name";
        QTest::newRow("true alone") << "true" << 1 << "field name";
        QTest::newRow("not at the end") << "not" << 4 << "end of the text";
        QTest::newRow("and at the end") << "country = 'IT' and" << 19 << "\"and\"";
        QTest::newRow("or or") << "opted_out or or blocklisted" << 14 << "field name";
        QTest::newRow("NUL character") << QString("city = 'a") + QChar(0) + "'" << 10 << "U+0000";
        QTest::newRow("NUL outside a string") << QString("city") + QChar(0) << 5 << "U+0000";
        // Columns count characters: 'ì' is one, and so is an emoji (two
        // UTF-16 units).
        QTest::newRow("column after accents") << "city = 'Forlì' #" << 16 << "#";
        QTest::newRow("column after an emoji") << "city = '\U0001F600' #" << 12 << "#";
        QTest::newRow("emoji as a character") << "city = \U0001F600" << 8 << "\U0001F600";
        QTest::newRow("201 parentheses") << nested(201) << 201 << "deeply";
        QTest::newRow("201 not") << QString("not ").repeated(201) + "opted_out" << 801 << "deeply";
        // 101 "not" are 202 levels once rendered as "(not (not ...))".
        QTest::newRow("101 not, rendered")
            << QString("not ").repeated(101) + "opted_out" << 1 << "deeply";
    }

    void reportsErrorsWithTheirColumn()
    {
        QFETCH(QString, text);
        QFETCH(int, column);
        QFETCH(QString, word);
        const auto parsed = TargetExpression::parse(text);
        QVERIFY2(!parsed.ok(), qPrintable(parsed.ok() ? parsed->toString() : QString()));
        QCOMPARE(parsed.errorCode(), Error::Code::Usage);
        const QString message = parsed.errorMessage();
        const QString prefix = QString("Column %1: ").arg(column);
        QVERIFY2(message.startsWith(prefix), qPrintable(message));
        QVERIFY2(message.contains(word), qPrintable(message));
        QVERIFY2(message.endsWith(u'.'), qPrintable(message));
    }

    void errorMessagesInFull()
    {
        const auto missing = TargetExpression::parse("postal_code =");
        QCOMPARE(missing.errorMessage(),
                 QString("Column 14: expected a value after \"=\", found the end of the text."));

        const auto unknown = TargetExpression::parse("opted_out and Town = 'x'");
        QCOMPARE(unknown.errorMessage(),
                 QString("Column 15: unknown field \"Town\"; the fields are: email, phone, "
                         "first_name, last_name, address, postal_code, city, country, "
                         "birth_date, created_at, opted_out, blocklisted."));

        const auto alone = TargetExpression::parse("city or opted_out");
        QCOMPARE(alone.errorMessage(),
                 QString("Column 1: only flag fields (opted_out, blocklisted) may stand alone; "
                         "\"city\" needs an operator after it, found \"or\"."));

        const auto type = TargetExpression::parse("created_at >= '2024-01-01'");
        QCOMPARE(type.errorMessage(),
                 QString("Column 15: \"created_at\" is an integer field: expected an integer, "
                         "found '2024-01-01'."));

        // Several lines: the line and the column in it.
        const auto lines = TargetExpression::parse("country = 'IT'\n  and city =\n");
        QCOMPARE(lines.errorMessage(), QString("Line 2, column 13: expected a value after \"=\", "
                                               "found the end of the text."));
        const auto unclosed = TargetExpression::parse("(opted_out\nor blocklisted");
        QCOMPARE(unclosed.errorMessage(),
                 QString("Line 2, column 15: expected \")\" to close the \"(\" of line 1, "
                         "column 1, found the end of the text."));

        // Long tokens are shortened.
        const auto longWord = TargetExpression::parse("opted_out " + QString("x").repeated(100));
        QVERIFY2(longWord.errorMessage().size() < 200, qPrintable(longWord.errorMessage()));
        QVERIFY2(longWord.errorMessage().contains(u'\u2026'), qPrintable(longWord.errorMessage()));
    }

    void deepNestingIsAnErrorNotACrash()
    {
        // Far past the limit, in every form the parser recurses on.
        for (const QString &text :
             {QString("(").repeated(100'000), QString("not ").repeated(100'000),
              QString("(not ").repeated(100'000), nested(50'000)}) {
            const auto parsed = TargetExpression::parse(text);
            QVERIFY(!parsed.ok());
            QVERIFY2(parsed.errorMessage().contains("deeply"), qPrintable(parsed.errorMessage()));
        }
        // Long flat chains do not nest.
        const QString chain = QStringList(2'000, "opted_out").join(" or ");
        const auto parsed = TargetExpression::parse(chain);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        QCOMPARE(parsed->toSql("r", db::Dialect::of(db::Backend::Sqlite)).params.size(), 2'000);

        // At the limit, the canonical text still parses.
        const auto deepest = TargetExpression::parse(QString("not ").repeated(100) + "opted_out");
        QVERIFY2(deepest.ok(), qPrintable(deepest.errorMessage()));
        const auto again = TargetExpression::parse(deepest->toString());
        QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
        QCOMPARE(again->toString(), deepest->toString());
    }

    // Beyond the size limits, refused at once (the parser stops at the first
    // term or value past the limit) with a message that says where and names
    // the limit.
    void refusesOversizedExpressions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");

        const QStringList flags(60'000, "opted_out");
        QTest::newRow("60,000-term or chain")
            << flags.join(" or ")
            << QString("Column %1: the expression has more than 2000 conditions, the most it may "
                       "have; put the values of one field into an \"in\" list.")
                   .arg(flags.mid(0, 2'000).join(" or ").size() + 5);
        QStringList terms;
        for (int i = 0; i < 60'000; ++i)
            terms << QString("created_at = %1").arg(i);
        // 1.2 million characters: the length is the first limit found.
        QTest::newRow("60,000 comparisons")
            << terms.join(" or ") << QString("longer than 1000000 characters");
        QStringList values;
        for (int i = 0; i < 100'000; ++i)
            values << QString("'%1'").arg(i, 5, 10, QChar('0'));
        QTest::newRow("100,000-value in list")
            << "postal_code in (" + values.join(", ") + ")"
            << QString("Column %1: the expression has more than 10000 values, the most it may "
                       "have in its \"in\" lists and comparisons together.")
                   .arg(QString("postal_code in (").size() +
                        values.mid(0, 10'000).join(", ").size() + 3);
        QStringList mixed;
        for (int i = 0; i < 1'000; ++i)
            mixed << QString("city in ('a%1', 'b%1', 'c%1', 'd%1', 'e%1', 'f%1', 'g%1', 'h%1', "
                             "'i%1', 'j%1', 'k%1')")
                         .arg(i);
        QTest::newRow("values counted across lists")
            << mixed.join(" and ") << QString("the expression has more than 10000 values");
        QTest::newRow("1,000,001 characters")
            << "city = '" + QString(999'992, 'x') + "'"
            << QString("Column 1000001: the expression is longer than 1000000 characters, the "
                       "most it may have.");
    }

    void refusesOversizedExpressions()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QElapsedTimer timer;
        timer.start();
        const auto parsed = TargetExpression::parse(text);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.errorCode(), Error::Code::Usage);
        if (message.startsWith("Column "))
            QCOMPARE(parsed.errorMessage(), message);
        else
            QVERIFY2(parsed.errorMessage().contains(message), qPrintable(parsed.errorMessage()));
        qInfo("refused in %lld ms", elapsed);
        QVERIFY2(elapsed < 2'000, qPrintable(QString::number(elapsed)));
    }

    // Chains are compiled to balanced halves (SQLite nests a flat chain one
    // level per operand and refuses 1,000 levels); small ones stay flat.
    void compilesLongChainsBalanced()
    {
        const auto nine = TargetExpression::parse(QStringList(9, "opted_out").join(" or "));
        QVERIFY2(nine.ok(), qPrintable(nine.errorMessage()));
        const QString term = "(r.opted_out = ?)";
        const QString four = QStringList(4, term).join(" OR ");
        const QString five = QStringList(5, term).join(" OR ");
        QCOMPARE(nine->toSql("r", db::Dialect::of(db::Backend::Sqlite)).condition,
                 "((" + four + ") OR (" + five + "))");
        const auto eight = TargetExpression::parse(QStringList(8, "opted_out").join(" and "));
        QCOMPARE(eight->toSql("r", db::Dialect::of(db::Backend::Postgres)).condition,
                 "(" + QStringList(8, term).join(" AND ") + ")");
    }

    // Compiled SQL ----------------------------------------------------------------

    void compilesToParameterisedSql_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("sqlite");
        QTest::addColumn<QString>("postgresql");
        QTest::addColumn<QVariantList>("sqliteParams");
        QTest::addColumn<QVariantList>("postgresqlParams");

        QTest::newRow("comparison")
            << "country = 'IT'"
            << "(r.country = ?)"
            << "(r.country = ?)" << QVariantList{"IT"} << QVariantList{"IT"};
        QTest::newRow("!= is <>") << "created_at != -5"
                                  << "(r.created_at <> ?)"
                                  << "(r.created_at <> ?)" << QVariantList{qlonglong(-5)}
                                  << QVariantList{qlonglong(-5)};
        QTest::newRow("flag alone, negated")
            << "not opted_out"
            << "(NOT (r.opted_out = ?))"
            << "(NOT (r.opted_out = ?))" << QVariantList{qlonglong(1)}
            << QVariantList{qlonglong(1)};
        QTest::newRow("in") << "city in ('Roma', 'Milano')"
                            << "(r.city IN (?, ?))"
                            << "(r.city IN (?, ?))" << QVariantList{"Roma", "Milano"}
                            << QVariantList{"Roma", "Milano"};
        QTest::newRow("null tests")
            << "email is null or phone is not null"
            << "((r.email IS NULL) OR (r.phone IS NOT NULL))"
            << "((r.email IS NULL) OR (r.phone IS NOT NULL))" << QVariantList{} << QVariantList{};
        QTest::newRow("like") << "last_name like 'O''B%_*?[x]\\'"
                              << "(r.last_name GLOB ?)"
                              << "(r.last_name LIKE ? ESCAPE '')"
                              << QVariantList{"O'B*?[*][?][[]x]\\"} << QVariantList{"O'B%_*?[x]\\"};
        QTest::newRow("precedence")
            << "opted_out or blocklisted and not country = 'IT'"
            << "((r.opted_out = ?) OR ((r.blocklisted = ?) AND (NOT (r.country = ?))))"
            << "((r.opted_out = ?) OR ((r.blocklisted = ?) AND (NOT (r.country = ?))))"
            << QVariantList{qlonglong(1), qlonglong(1), "IT"}
            << QVariantList{qlonglong(1), qlonglong(1), "IT"};
        QTest::newRow("injection stays a parameter")
            << "city = 'Roma''); DROP TABLE recipient; --'"
            << "(r.city = ?)"
            << "(r.city = ?)" << QVariantList{"Roma'); DROP TABLE recipient; --"}
            << QVariantList{"Roma'); DROP TABLE recipient; --"};
    }

    void compilesToParameterisedSql()
    {
        QFETCH(QString, text);
        QFETCH(QString, sqlite);
        QFETCH(QString, postgresql);
        QFETCH(QVariantList, sqliteParams);
        QFETCH(QVariantList, postgresqlParams);
        const auto parsed = TargetExpression::parse(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));

        const auto onSqlite = parsed->toSql("r", db::Dialect::of(db::Backend::Sqlite));
        QCOMPARE(onSqlite.condition, sqlite);
        QCOMPARE(onSqlite.params, sqliteParams);
        const auto onPostgres = parsed->toSql("r", db::Dialect::of(db::Backend::Postgres));
        QCOMPARE(onPostgres.condition, postgresql);
        QCOMPARE(onPostgres.params, postgresqlParams);

        // Without an alias, bare column names.
        QCOMPARE(parsed->toSql(QString(), db::Dialect::of(db::Backend::Sqlite)).condition,
                 QString(sqlite).remove("r."));
    }

    // On the databases --------------------------------------------------------------

    void fieldsAreTheRecipientColumns_data() { test::TestDatabase::addBackendRows(); }
    void fieldsAreTheRecipientColumns()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend);
        const QSqlRecord record = database->connection().record("recipient");
        QStringList columns;
        for (int i = 0; i < record.count(); ++i)
            columns << record.fieldName(i);
        QCOMPARE(QStringList{"id"} + TargetExpression::fieldNames(), columns);
    }

    void selectsRecipients_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("text");
        QTest::addColumn<Ids>("expected");

        const QList<std::pair<QString, std::pair<QString, Ids>>> cases = {
            {"empty", {"", allIds()}},
            {"equal", {"country = 'IT'", {1, 2, 3, 5, 6, 8, 9, 11}}},
            {"equal is case-sensitive", {"city = 'Roma'", {1}}},
            {"equal with accents", {"city = 'Forlì'", {5}}},
            {"equal with a quote", {"last_name = 'O''Brien'", {5}}},
            // SQL's three-valued logic: a NULL country is neither 'IT' nor not.
            {"not equal leaves NULL out", {"country != 'IT'", {4, 7, 12}}},
            {"not of equal leaves NULL out", {"not country = 'IT'", {4, 7, 12}}},
            {"text range", {"birth_date < '2000-01-01'", {1, 2, 4, 7, 8, 9, 11, 12}}},
            {"text range, inclusive", {"birth_date >= '2000-01-01'", {3, 5}}},
            {"text range, both ends",
             {"birth_date > '1980-05-01' and birth_date <= '1999-12-31'", {2, 7, 8, 12}}},
            {"integer below zero", {"created_at < 0", {4}}},
            {"integer range", {"created_at >= 5000 and created_at <= 9000", {5, 7, 8, 9}}},
            {"integer range with a negative",
             {"created_at > -1000 and created_at < 2001", {1, 2, 4}}},
            {"integer not equal", {"created_at != 1000", allBut({1, 6})}},
            {"in", {"city in ('Roma', 'Milano')", {1, 2, 3, 11}}},
            {"in, integers", {"created_at in (1000, -500)", {1, 4}}},
            {"like prefix", {"postal_code like '20%'", {2, 3, 11}}},
            {"like is case-sensitive", {"city like 'Rom%'", {1, 8, 9}}},
            {"like is case-sensitive, lower case", {"city like 'rom%'", {6}}},
            {"like suffix", {"city like '%a'", {1, 6, 8}}},
            {"like underscore", {"city like 'Rom_'", {1, 9}}},
            {"like underscore on an accent", {"city like 'Forl_'", {5}}},
            {"like star is literal", {"city like 'Star*City'", {7}}},
            {"like star is not a wildcard", {"city like 'S*'", {}}},
            {"like underscore matches a star", {"city like 'Star_City'", {7}}},
            {"like question mark is literal", {"last_name like 'Quest?on'", {7}}},
            {"like question mark is not a wildcard", {"last_name like 'Quest?n'", {}}},
            {"like bracket is literal", {"postal_code like 'AB[1]'", {7}}},
            {"like bracket is not a class", {"postal_code like 'AB[12]'", {}}},
            {"like bracket then wildcard", {"last_name like '[%]'", {12}}},
            {"like bracket class is not a class", {"city like '[MR]%'", {}}},
            {"like backslash is literal", {"last_name like 'Back\\slash'", {9}}},
            {"like backslash does not escape", {"last_name like 'Back\\%'", {9}}},
            {"like everything but NULL", {"city like '%'", allBut({10})}},
            {"is null", {"email is null", {3, 10}}},
            {"is not null", {"email is not null", allBut({3, 10})}},
            {"is null on a date", {"birth_date is null", {6, 10}}},
            {"flag alone", {"opted_out", {2, 8}}},
            {"flag negated", {"not opted_out", allBut({2, 8})}},
            {"flag = false", {"opted_out = false", allBut({2, 8})}},
            {"flag = true", {"blocklisted = TRUE", {3, 8}}},
            {"two flags negated", {"not opted_out and not blocklisted", allBut({2, 3, 8})}},
            {"two flags, or", {"opted_out or blocklisted", {2, 3, 8}}},
            {"precedence", {"country = 'FR' or country = 'IT' and opted_out", {2, 4, 8}}},
            {"parentheses", {"(country = 'FR' or country = 'IT') and opted_out", {2, 8}}},
            {"keywords in upper case",
             {"country = 'FR' OR NOT opted_out AND city IS NULL", {4, 10}}},
            {"spec example",
             {"country = 'IT' and (city in ('Roma', 'Milano') or postal_code like '20%') and "
              "not opted_out and birth_date < '2000-01-01'",
              {1, 11}}},
            {"injection, or 1=1", {"country = 'x'' or 1=1 --'", {}}},
            {"injection, drop table", {"city = 'Roma''); DROP TABLE recipient; --'", {}}},
            {"injection in like", {"city like '%'' or ''1''=''1'", {}}},
            {"injection text is a plain value", {"email = 'x'' or 1=1 --'", {11}}},
        };
        for (const QString backend : {"sqlite", "postgresql"}) {
            for (const auto &[name, test] : cases) {
                QTest::addRow("%s: %s", qPrintable(backend), qPrintable(name))
                    << backend << test.first << test.second;
            }
        }
    }

    void selectsRecipients()
    {
        QFETCH(QString, backend);
        QFETCH(QString, text);
        QFETCH(Ids, expected);

        // One database per backend, filled on its first row.
        if (!m_databases.contains(backend)) {
            CAMPAGNA_OPEN_DATABASE(database, backend);
            const auto inserted = insertRecipients(database->connection());
            QVERIFY2(inserted.ok(), qPrintable(inserted.errorMessage()));
            m_databases[backend] = database;
        }
        const auto database = m_databases[backend];
        const QSqlDatabase connection = database->connection();

        const auto parsed = TargetExpression::parse(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        const auto sql = parsed->toSql("r", database->dialect());
        QCOMPARE(sql.condition.count(u'?'), sql.params.size());
        QVERIFY2(!sql.condition.contains("DROP") && !sql.condition.contains("1=1"),
                 qPrintable(sql.condition));

        auto query = Sql::exec(
            connection, "SELECT r.id FROM recipient r WHERE " + sql.condition + " ORDER BY r.id",
            sql.params);
        QVERIFY2(query.ok(), qPrintable(query.errorMessage()));
        Ids ids;
        while (query->next())
            ids << query->value(0).toLongLong();
        QCOMPARE(ids, expected);

        // Nothing was dropped or changed.
        const auto count = Sql::scalar(connection, "SELECT count(*) FROM recipient");
        QVERIFY2(count.ok(), qPrintable(count.errorMessage()));
        QCOMPARE(count->value_or(QVariant()).toInt(), int(std::size(kRecipients)));
    }

    // Expressions at the limits run on both databases and select what they
    // say: 2,000 conditions, 10,000 values (SQLite's default maximum of
    // expression depth is 1,000, of bound parameters 32,766).
    void limitSizedExpressionsRun_data() { test::TestDatabase::addBackendRows(); }
    void limitSizedExpressionsRun()
    {
        QFETCH(QString, backend);
        CAMPAGNA_OPEN_DATABASE(database, backend);
        const QSqlDatabase connection = database->connection();
        const auto inserted = insertRecipients(connection);
        QVERIFY2(inserted.ok(), qPrintable(inserted.errorMessage()));

        // 1,998 conditions that match nobody, then two that match.
        QStringList terms;
        for (int i = 0; i < 1'998; ++i)
            terms << QString("created_at = %1").arg(100'000 + i);
        terms << "city = 'Lugano'"
              << "created_at = -500";
        QStringList values;
        for (int i = 0; i < 9'998; ++i)
            values << QString("'p%1'").arg(i);
        values << "'00184'"
               << "'75011'";
        const QList<std::pair<QString, Ids>> cases = {
            {terms.join(" or "), {4, 12}},
            {"not opted_out and (" + terms.join(" or ").replace("created_at = 100000 or ", "") +
                 ")",
             {4, 12}},
            {"postal_code in (" + values.join(", ") + ")", {1, 4}},
        };
        for (const auto &[text, expected] : cases) {
            QElapsedTimer timer;
            timer.start();
            const auto parsed = TargetExpression::parse(text);
            QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
            const auto sql = parsed->toSql("r", database->dialect());
            const qint64 compiled = timer.elapsed();
            auto query =
                Sql::exec(connection,
                          "SELECT r.id FROM recipient r WHERE " + sql.condition + " ORDER BY r.id",
                          sql.params);
            QVERIFY2(query.ok(), qPrintable(query.errorMessage()));
            Ids ids;
            while (query->next())
                ids << query->value(0).toLongLong();
            QCOMPARE(ids, expected);
            qInfo("%s...: parsed and compiled in %lld ms, run in %lld ms",
                  qPrintable(text.left(30)), compiled, timer.elapsed() - compiled);
        }
    }

    void cleanupTestCase() { m_databases.clear(); }

private:
    std::map<QString, std::shared_ptr<db::Database>> m_databases;
};

QTEST_GUILESS_MAIN(TestTargetExpression)
#include "tst_targetexpression.moc"
