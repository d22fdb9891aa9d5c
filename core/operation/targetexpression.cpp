#include "operation/targetexpression.h"

#include "operation/targetnode.h"

#include <QLatin1String>
#include <QStringList>

#include <algorithm>
#include <iterator>
#include <limits>
#include <optional>
#include <utility>

namespace campagna::operation {

namespace {

using NodePtr = std::shared_ptr<const TargetNode>;
using Kind = TargetNode::Kind;
using Op = TargetNode::Op;

enum class FieldType { Text, Integer, Flag };

struct Field
{
    QLatin1String name;
    FieldType type;
};

// The columns of `recipient` but id (0001_initial.sql), in table order.
// The only source of column names in the SQL that toSql() writes.
const Field kFields[] = {
    {QLatin1String("email"), FieldType::Text},
    {QLatin1String("phone"), FieldType::Text},
    {QLatin1String("first_name"), FieldType::Text},
    {QLatin1String("last_name"), FieldType::Text},
    {QLatin1String("address"), FieldType::Text},
    {QLatin1String("postal_code"), FieldType::Text},
    {QLatin1String("city"), FieldType::Text},
    {QLatin1String("country"), FieldType::Text},
    {QLatin1String("birth_date"), FieldType::Text},
    {QLatin1String("created_at"), FieldType::Integer},
    {QLatin1String("opted_out"), FieldType::Flag},
    {QLatin1String("blocklisted"), FieldType::Flag},
};
constexpr int kFieldCount = int(std::size(kFields));

// Both the nesting of the text (parentheses and "not", which the parser
// follows by recursion) and the nesting of the canonical rendering are
// bounded by this, so that a hostile text cannot overflow the stack and
// toString() always parses again.
constexpr int kMaxDepth = 200;

// Size limits, so that a hostile or generated text cannot exceed what the
// databases accept (SQLite: at most 32,766 bound parameters, expressions at
// most 1,000 levels deep) nor make targeting run for minutes (PostgreSQL
// compares each recipient with an "in" list value by value: 100,000 values
// over a million recipients took 58 s). Each is far above real use:
// - kMaxTerms conditions (comparisons, "in", "like", "is null", flags): a
//   filter written by a person has tens; one generated per postal-code
//   prefix or campaign segment a few hundred. Long lists of values belong
//   in "in", which counts once;
// - kMaxValues literals in all (the bound parameters): an "in" list of
//   10,000 postal codes, customer numbers or e-mail addresses is a large
//   mailing segment; beyond that, the segment belongs in a table;
// - kMaxLength UTF-16 units of text: 10,000 e-mail addresses of 60
//   characters with their quotes and commas are 650,000; the limit stops a
//   huge text before the lexer reads it.
constexpr int kMaxTerms = 2'000;
constexpr int kMaxValues = 10'000;
constexpr qsizetype kMaxLength = 1'000'000;

// Tokens longer than this are shortened in messages.
constexpr qsizetype kMaxQuoted = 40;

int fieldIndex(const QString &name)
{
    for (int i = 0; i < kFieldCount; ++i) {
        if (name == kFields[i].name)
            return i;
    }
    return -1;
}

QString fieldList()
{
    return TargetExpression::fieldNames().join(QStringLiteral(", "));
}

QString flagList()
{
    QStringList flags;
    for (const Field &field : kFields) {
        if (field.type == FieldType::Flag)
            flags << QString(field.name);
    }
    return flags.join(QStringLiteral(", "));
}

// Keywords are matched in ASCII only: Unicode case folding would accept
// look-alikes such as the Kelvin sign in "liKe".
bool equalsAsciiNoCase(const QString &word, QLatin1String keyword)
{
    if (word.size() != keyword.size())
        return false;
    for (qsizetype i = 0; i < word.size(); ++i) {
        char16_t c = word.at(i).unicode();
        if (c >= u'A' && c <= u'Z')
            c = char16_t(c - u'A' + u'a');
        if (c != char16_t(keyword.at(i).unicode()))
            return false;
    }
    return true;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isWordStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isWordPart(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

QString quoteText(const QString &value)
{
    QString quoted = value;
    quoted.replace(u'\'', QStringLiteral("''"));
    return u'\'' + quoted + u'\'';
}

QString renderValue(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString)
        return quoteText(value.toString());
    return QString::number(value.toLongLong());
}

QLatin1String opText(Op op)
{
    switch (op) {
    case Op::Equal:
        return QLatin1String("=");
    case Op::NotEqual:
        return QLatin1String("!=");
    case Op::Less:
        return QLatin1String("<");
    case Op::LessEqual:
        return QLatin1String("<=");
    case Op::Greater:
        return QLatin1String(">");
    case Op::GreaterEqual:
        return QLatin1String(">=");
    }
    return QLatin1String("=");
}

QLatin1String opSql(Op op)
{
    return op == Op::NotEqual ? QLatin1String("<>") : opText(op);
}

enum class TokenKind { End, Word, String, Integer, Symbol };

struct Token
{
    TokenKind kind = TokenKind::End;
    qsizetype pos = 0; // UTF-16 offset in the text
    QString source;    // as written
    QString text;      // String: the value, quotes undone
    qlonglong integer = 0;
};

// A recursive-descent parser over a lexer that reads one token ahead, so
// that the first error in reading order is the one reported.
//
//   expression := or END
//   or         := and ("or" and)*
//   and        := not ("and" not)*
//   not        := "not" not | primary
//   primary    := "(" or ")" | predicate
//   predicate  := field (op value | "in" "(" value ("," value)* ")"
//                 | "like" string | "is" ["not"] "null" | <nothing: flags>)
class Parser
{
    Q_DECLARE_TR_FUNCTIONS(campagna::operation::TargetExpression)

public:
    explicit Parser(const QString &text)
        : m_text(text)
        , m_multiLine(text.contains(u'\n'))
    {}

    Result<NodePtr> parse()
    {
        NodePtr root;
        if (m_text.size() > kMaxLength) {
            fail(tr("%1: the expression is longer than %2 characters, the most it may have.")
                     .arg(where(kMaxLength))
                     .arg(kMaxLength));
        } else if (advance()) {
            root = parseOr();
        }
        if (root && m_token.kind != TokenKind::End) {
            root = fail(tr("%1: expected \"and\", \"or\" or the end of the text, found %2.")
                            .arg(where(m_token.pos), describe(m_token)));
        }
        if (root)
            return root;
        Q_ASSERT(m_error);
        return m_error.value_or(makeError(Error::Code::Usage, tr("Invalid expression.")));
    }

private:
    // Errors -----------------------------------------------------------------

    // "Column 14", or "Line 2, column 3" when the text has several lines;
    // columns count characters, not UTF-16 units.
    QString where(qsizetype pos) const
    {
        const auto [line, column] = lineAndColumn(pos);
        if (m_multiLine)
            return tr("Line %1, column %2").arg(line).arg(column);
        return tr("Column %1").arg(column);
    }

    // The same, inside a sentence.
    QString position(qsizetype pos) const
    {
        const auto [line, column] = lineAndColumn(pos);
        if (m_multiLine)
            return tr("line %1, column %2").arg(line).arg(column);
        return tr("column %1").arg(column);
    }

    std::pair<int, int> lineAndColumn(qsizetype pos) const
    {
        int line = 1;
        int column = 1;
        for (qsizetype i = 0; i < pos && i < m_text.size(); ++i) {
            if (m_text.at(i) == u'\n') {
                ++line;
                column = 1;
            } else if (!m_text.at(i).isLowSurrogate()) {
                ++column;
            }
        }
        return {line, column};
    }

    static QString shorten(const QString &text)
    {
        if (text.size() <= kMaxQuoted)
            return text;
        qsizetype cut = kMaxQuoted - 1;
        if (text.at(cut - 1).isHighSurrogate())
            --cut;
        return text.left(cut) + u'\u2026';
    }

    // What the parser found, for "found %1": strings as written (they are
    // quoted already), other tokens in double quotes.
    static QString describe(const Token &token)
    {
        switch (token.kind) {
        case TokenKind::End:
            return tr("the end of the text");
        case TokenKind::String:
            return shorten(token.source);
        default:
            return tr("\"%1\"").arg(shorten(token.source));
        }
    }

    static QString describeCharacter(char32_t c)
    {
        if (QChar::isPrint(c) && !QChar::isSpace(c))
            return tr("\"%1\"").arg(QString::fromUcs4(&c, 1));
        return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
    }

    // Keeps the first error: later ones are consequences of it.
    std::nullptr_t fail(const QString &message)
    {
        if (!m_error)
            m_error = makeError(Error::Code::Usage, message);
        return nullptr;
    }

    // Lexer ------------------------------------------------------------------

    char32_t codePointAt(qsizetype i) const
    {
        const QChar c = m_text.at(i);
        if (c.isHighSurrogate() && i + 1 < m_text.size() && m_text.at(i + 1).isLowSurrogate())
            return QChar::surrogateToUcs4(c, m_text.at(i + 1));
        return c.unicode();
    }

    // Reads the next token into m_token; false (with m_error) on a
    // malformed one.
    bool advance()
    {
        m_previous = m_token;
        const QString &s = m_text;
        qsizetype i = m_pos;
        while (i < s.size() && s.at(i).isSpace())
            ++i;
        Token token;
        token.pos = i;
        if (i == s.size()) {
            // Right after the last token: "Column 14: expected a value
            // after '='" points where the value is missing, not at
            // trailing blanks or a trailing newline.
            token.pos = m_pos;
            m_pos = i;
            m_token = token;
            return true;
        }
        const QChar c = s.at(i);
        qsizetype end = i + 1;
        if (c == u'\'') {
            token.kind = TokenKind::String;
            for (;;) {
                if (end == s.size()) {
                    fail(tr("%1: the string that starts here is not closed: expected a "
                            "closing quote (') before the end of the text.")
                             .arg(where(i)));
                    return false;
                }
                const QChar d = s.at(end);
                if (d == u'\'') {
                    if (end + 1 < s.size() && s.at(end + 1) == u'\'') {
                        token.text += d;
                        end += 2;
                        continue;
                    }
                    ++end;
                    break;
                }
                // PostgreSQL text cannot hold U+0000: refuse it on both
                // databases rather than fail later on one.
                if (d.unicode() == 0) {
                    fail(tr("%1: a string cannot contain the character U+0000.").arg(where(end)));
                    return false;
                }
                token.text += d;
                ++end;
            }
        } else if (isAsciiDigit(c) || (c == u'-' && end < s.size() && isAsciiDigit(s.at(end)))) {
            token.kind = TokenKind::Integer;
            while (end < s.size() && isAsciiDigit(s.at(end)))
                ++end;
            if (end < s.size() && isWordPart(s.at(end))) {
                while (end < s.size() && isWordPart(s.at(end)))
                    ++end;
                fail(tr("%1: invalid number \"%2\".").arg(where(i), shorten(s.mid(i, end - i))));
                return false;
            }
            bool ok = false;
            token.integer = s.mid(i, end - i).toLongLong(&ok);
            if (!ok) {
                fail(tr("%1: the number %2 is out of range (%3 to %4).")
                         .arg(where(i), shorten(s.mid(i, end - i)))
                         .arg(std::numeric_limits<qlonglong>::min())
                         .arg(std::numeric_limits<qlonglong>::max()));
                return false;
            }
        } else if (isWordStart(c)) {
            token.kind = TokenKind::Word;
            while (end < s.size() && isWordPart(s.at(end)))
                ++end;
        } else if (c == u'=' || c == u'(' || c == u')' || c == u',') {
            token.kind = TokenKind::Symbol;
        } else if (c == u'<' || c == u'>' || c == u'!') {
            token.kind = TokenKind::Symbol;
            if (end < s.size() && s.at(end) == u'=') {
                ++end;
            } else if (c == u'!') {
                fail(tr("%1: unexpected character \"!\": the operator is \"!=\".").arg(where(i)));
                return false;
            }
        } else if (c == u'-') {
            fail(tr("%1: expected a digit after \"-\", found %2.")
                     .arg(where(i), end < s.size() ? describeCharacter(codePointAt(end))
                                                   : tr("the end of the text")));
            return false;
        } else {
            fail(tr("%1: unexpected character %2.")
                     .arg(where(i), describeCharacter(codePointAt(i))));
            return false;
        }
        token.source = s.mid(i, end - i);
        m_pos = end;
        m_token = token;
        return true;
    }

    bool atKeyword(const char *keyword) const
    {
        return m_token.kind == TokenKind::Word &&
               equalsAsciiNoCase(m_token.source, QLatin1String(keyword));
    }

    bool atSymbol(QLatin1String symbol) const
    {
        return m_token.kind == TokenKind::Symbol && m_token.source == symbol;
    }

    bool atKeywordOrEnd() const
    {
        return m_token.kind == TokenKind::End || atKeyword("and") || atKeyword("or") ||
               atSymbol(QLatin1String(")"));
    }

    static bool isKeyword(const QString &word)
    {
        for (const char *keyword :
             {"and", "or", "not", "in", "like", "is", "null", "true", "false"}) {
            if (equalsAsciiNoCase(word, QLatin1String(keyword)))
                return true;
        }
        return false;
    }

    // Grammar ----------------------------------------------------------------

    bool enter()
    {
        if (++m_depth > kMaxDepth) {
            fail(tooDeep(m_token.pos));
            return false;
        }
        return true;
    }

    QString tooDeep(qsizetype pos) const
    {
        return tr("%1: the expression is nested too deeply (at most %2 levels of parentheses "
                  "and \"not\").")
            .arg(where(pos))
            .arg(kMaxDepth);
    }

    // A node of `kind` over `children`, refused when its canonical
    // rendering would nest deeper than the parser accepts.
    NodePtr makeGroup(Kind kind, std::vector<NodePtr> children, qsizetype pos)
    {
        auto node = std::make_shared<TargetNode>();
        node->kind = kind;
        node->children = std::move(children);
        int below = 0;
        for (const NodePtr &child : node->children)
            below = std::max(below, child->depth);
        // "(not x)" nests a parenthesis and a "not", "(a and b)" a parenthesis.
        node->depth = below + (kind == Kind::Not ? 2 : 1);
        if (node->depth > kMaxDepth)
            return fail(tooDeep(pos));
        return node;
    }

    NodePtr parseOr() { return parseChain("or", Kind::Or, &Parser::parseAnd); }

    NodePtr parseAnd() { return parseChain("and", Kind::And, &Parser::parseNot); }

    NodePtr parseChain(const char *keyword, Kind kind, NodePtr (Parser::*operand)())
    {
        const qsizetype start = m_token.pos;
        NodePtr first = (this->*operand)();
        if (!first)
            return nullptr;
        if (!atKeyword(keyword))
            return first;
        std::vector<NodePtr> children{first};
        while (atKeyword(keyword)) {
            if (!advance())
                return nullptr;
            NodePtr next = (this->*operand)();
            if (!next)
                return nullptr;
            children.push_back(next);
        }
        return makeGroup(kind, std::move(children), start);
    }

    NodePtr parseNot()
    {
        if (!atKeyword("not"))
            return parsePrimary();
        const qsizetype start = m_token.pos;
        if (!enter() || !advance())
            return nullptr;
        NodePtr child = parseNot();
        --m_depth;
        if (!child)
            return nullptr;
        return makeGroup(Kind::Not, {child}, start);
    }

    NodePtr parsePrimary()
    {
        if (atSymbol(QLatin1String("("))) {
            const Token open = m_token;
            if (!enter() || !advance())
                return nullptr;
            NodePtr inner = parseOr();
            if (!inner)
                return nullptr;
            if (!atSymbol(QLatin1String(")"))) {
                return fail(tr("%1: expected \")\" to close the \"(\" of %2, found %3.")
                                .arg(where(m_token.pos), position(open.pos), describe(m_token)));
            }
            --m_depth;
            if (!advance())
                return nullptr;
            return inner;
        }
        if (m_token.kind == TokenKind::Word && !isKeyword(m_token.source))
            return parsePredicate();
        if (m_previous.kind == TokenKind::End) {
            return fail(tr("%1: expected a field name, \"not\" or \"(\", found %2.")
                            .arg(where(m_token.pos), describe(m_token)));
        }
        return fail(tr("%1: expected a field name, \"not\" or \"(\" after \"%2\", found %3.")
                        .arg(where(m_token.pos), shorten(m_previous.source), describe(m_token)));
    }

    NodePtr parsePredicate()
    {
        const Token name = m_token;
        if (++m_terms > kMaxTerms) {
            return fail(tr("%1: the expression has more than %2 conditions, the most it may "
                           "have; put the values of one field into an \"in\" list.")
                            .arg(where(name.pos))
                            .arg(kMaxTerms));
        }
        const int field = fieldIndex(name.source);
        if (field < 0) {
            if (fieldIndex(name.source.toLower()) >= 0) {
                return fail(tr("%1: unknown field \"%2\" (field names are lower case); "
                               "the fields are: %3.")
                                .arg(where(name.pos), shorten(name.source), fieldList()));
            }
            return fail(tr("%1: unknown field \"%2\"; the fields are: %3.")
                            .arg(where(name.pos), shorten(name.source), fieldList()));
        }
        const FieldType type = kFields[field].type;
        if (!advance())
            return nullptr;

        auto node = std::make_shared<TargetNode>();
        node->field = field;
        if (m_token.kind == TokenKind::Symbol && !atSymbol(QLatin1String("(")) &&
            !atSymbol(QLatin1String(")")) && !atSymbol(QLatin1String(","))) {
            node->kind = Kind::Compare;
            node->op = symbolOp(m_token.source);
            const Token op = m_token;
            if (!advance())
                return nullptr;
            auto value = parseValue(field, op);
            if (!value)
                return nullptr;
            node->values << *value;
        } else if (atKeyword("in")) {
            node->kind = Kind::In;
            if (!advance())
                return nullptr;
            if (!atSymbol(QLatin1String("("))) {
                return fail(tr("%1: expected \"(\" after \"in\", found %2.")
                                .arg(where(m_token.pos), describe(m_token)));
            }
            if (!advance())
                return nullptr;
            if (atSymbol(QLatin1String(")"))) {
                return fail(tr("%1: the list after \"in\" is empty: expected at "
                               "least one value.")
                                .arg(where(m_token.pos)));
            }
            for (;;) {
                auto value = parseValue(field, m_previous);
                if (!value)
                    return nullptr;
                node->values << *value;
                if (atSymbol(QLatin1String(")")))
                    break;
                if (!atSymbol(QLatin1String(","))) {
                    return fail(
                        tr("%1: expected \",\" or \")\" in the list after \"in\", found %2.")
                            .arg(where(m_token.pos), describe(m_token)));
                }
                if (!advance())
                    return nullptr;
            }
            if (!advance())
                return nullptr;
        } else if (atKeyword("like")) {
            node->kind = Kind::Like;
            if (type != FieldType::Text) {
                return fail(tr("%1: \"like\" applies to text fields only, and \"%2\" is not one.")
                                .arg(where(m_token.pos), QString(kFields[field].name)));
            }
            if (!advance())
                return nullptr;
            if (m_token.kind != TokenKind::String) {
                return fail(tr("%1: expected a pattern in single quotes after \"like\", found %2.")
                                .arg(where(m_token.pos), describe(m_token)));
            }
            node->values << m_token.text;
            if (!advance())
                return nullptr;
        } else if (atKeyword("is")) {
            if (!advance())
                return nullptr;
            node->kind = Kind::IsNull;
            if (atKeyword("not")) {
                node->kind = Kind::IsNotNull;
                if (!advance())
                    return nullptr;
                if (!atKeyword("null")) {
                    return fail(tr("%1: expected \"null\" after \"is not\", found %2.")
                                    .arg(where(m_token.pos), describe(m_token)));
                }
            } else if (!atKeyword("null")) {
                return fail(tr("%1: expected \"null\" or \"not null\" after \"is\", found %2.")
                                .arg(where(m_token.pos), describe(m_token)));
            }
            if (!advance())
                return nullptr;
        } else if (atKeywordOrEnd()) {
            if (type != FieldType::Flag) {
                return fail(tr("%1: only flag fields (%2) may stand alone; \"%3\" needs "
                               "an operator after it, found %4.")
                                .arg(where(name.pos), flagList(), name.source, describe(m_token)));
            }
            node->kind = Kind::Compare;
            node->op = Op::Equal;
            node->values << qlonglong(1);
        } else {
            return fail(tr("%1: expected an operator (=, !=, <, <=, >, >=, in, like, "
                           "is) after \"%2\", found %3.")
                            .arg(where(m_token.pos), name.source, describe(m_token)));
        }
        return node;
    }

    static Op symbolOp(const QString &symbol)
    {
        if (symbol == u"!=")
            return Op::NotEqual;
        if (symbol == u"<")
            return Op::Less;
        if (symbol == u"<=")
            return Op::LessEqual;
        if (symbol == u">")
            return Op::Greater;
        if (symbol == u">=")
            return Op::GreaterEqual;
        return Op::Equal;
    }

    // A literal of the field's type at the current token, which follows
    // `after` (an operator, "(" or ",").
    std::optional<QVariant> parseValue(int field, const Token &after)
    {
        const Field &f = kFields[field];
        const Token token = m_token;
        if (++m_values > kMaxValues) {
            fail(tr("%1: the expression has more than %2 values, the most it may have in its "
                    "\"in\" lists and comparisons together.")
                     .arg(where(token.pos))
                     .arg(kMaxValues));
            return std::nullopt;
        }
        QVariant value;
        bool isText = false;
        if (token.kind == TokenKind::String) {
            value = token.text;
            isText = true;
        } else if (token.kind == TokenKind::Integer) {
            value = token.integer;
        } else if (atKeyword("true") || atKeyword("false")) {
            value = qlonglong(atKeyword("true") ? 1 : 0);
        } else if (atKeyword("null")) {
            fail(tr("%1: compare with null using \"is null\" or \"is not null\".")
                     .arg(where(token.pos)));
            return std::nullopt;
        } else {
            fail(tr("%1: expected a value after \"%2\", found %3.")
                     .arg(where(token.pos), shorten(after.source), describe(token)));
            return std::nullopt;
        }

        switch (f.type) {
        case FieldType::Text:
            if (!isText) {
                fail(tr("%1: \"%2\" is a text field: expected a text in single quotes, found %3.")
                         .arg(where(token.pos), QString(f.name), describe(token)));
                return std::nullopt;
            }
            break;
        case FieldType::Integer:
            if (isText) {
                fail(tr("%1: \"%2\" is an integer field: expected an integer, found %3.")
                         .arg(where(token.pos), QString(f.name), describe(token)));
                return std::nullopt;
            }
            break;
        case FieldType::Flag:
            if (isText || (value.toLongLong() != 0 && value.toLongLong() != 1)) {
                fail(tr("%1: \"%2\" is a flag: expected true, false, 0 or 1, found %3.")
                         .arg(where(token.pos), QString(f.name), describe(token)));
                return std::nullopt;
            }
            break;
        }
        if (!advance())
            return std::nullopt;
        return value;
    }

    const QString &m_text;
    const bool m_multiLine;
    qsizetype m_pos = 0;
    Token m_token;
    Token m_previous;
    int m_depth = 0;
    int m_terms = 0;
    int m_values = 0;
    std::optional<Error> m_error;
};

void renderText(const TargetNode &node, QString &out)
{
    switch (node.kind) {
    case Kind::Or:
    case Kind::And: {
        const QLatin1String glue(node.kind == Kind::Or ? " or " : " and ");
        out += u'(';
        for (size_t i = 0; i < node.children.size(); ++i) {
            if (i > 0)
                out += glue;
            renderText(*node.children[i], out);
        }
        out += u')';
        return;
    }
    case Kind::Not:
        out += QLatin1String("(not ");
        renderText(*node.children.front(), out);
        out += u')';
        return;
    default:
        break;
    }
    out += kFields[node.field].name;
    switch (node.kind) {
    case Kind::Compare:
        out += u' ' + QString(opText(node.op)) + u' ' + renderValue(node.values.front());
        break;
    case Kind::In: {
        QStringList values;
        for (const QVariant &value : node.values)
            values << renderValue(value);
        out += QLatin1String(" in (") + values.join(QStringLiteral(", ")) + u')';
        break;
    }
    case Kind::Like:
        out += QLatin1String(" like ") + renderValue(node.values.front());
        break;
    case Kind::IsNull:
        out += QLatin1String(" is null");
        break;
    case Kind::IsNotNull:
        out += QLatin1String(" is not null");
        break;
    default:
        break;
    }
}

void renderSql(const TargetNode &node, const QString &prefix, const db::Dialect &dialect,
               TargetExpression::Sql &sql);

// Chains longer than this are written as a balanced tree of parenthesised
// halves: SQLite nests "a OR b OR c ..." one level per operand and refuses
// expressions deeper than 1,000 levels, while halves nest log2(n) deep.
constexpr size_t kFlatChain = 8;

void renderChain(const TargetNode &node, size_t begin, size_t end, const QString &prefix,
                 const db::Dialect &dialect, TargetExpression::Sql &sql)
{
    const QLatin1String glue(node.kind == Kind::Or ? " OR " : " AND ");
    if (end - begin <= kFlatChain) {
        for (size_t i = begin; i < end; ++i) {
            if (i > begin)
                sql.condition += glue;
            renderSql(*node.children[i], prefix, dialect, sql);
        }
        return;
    }
    const size_t middle = begin + (end - begin) / 2;
    sql.condition += u'(';
    renderChain(node, begin, middle, prefix, dialect, sql);
    sql.condition += QLatin1String(")") + glue + u'(';
    renderChain(node, middle, end, prefix, dialect, sql);
    sql.condition += u')';
}

void renderSql(const TargetNode &node, const QString &prefix, const db::Dialect &dialect,
               TargetExpression::Sql &sql)
{
    QString &out = sql.condition;
    out += u'(';
    switch (node.kind) {
    case Kind::Or:
    case Kind::And:
        renderChain(node, 0, node.children.size(), prefix, dialect, sql);
        break;
    case Kind::Not:
        out += QLatin1String("NOT ");
        renderSql(*node.children.front(), prefix, dialect, sql);
        break;
    case Kind::Compare:
        out += prefix + kFields[node.field].name + u' ' + QString(opSql(node.op)) + u" ?";
        sql.params << node.values.front();
        break;
    case Kind::In: {
        out += prefix + kFields[node.field].name + u" IN (";
        for (qsizetype i = 0; i < node.values.size(); ++i) {
            out += i > 0 ? QStringLiteral(", ?") : QStringLiteral("?");
            sql.params << node.values.at(i);
        }
        out += u')';
        break;
    }
    case Kind::Like: {
        const auto match = dialect.caseSensitiveLike(prefix + kFields[node.field].name,
                                                     node.values.front().toString());
        out += match.condition;
        sql.params << match.value;
        break;
    }
    case Kind::IsNull:
        out += prefix + kFields[node.field].name + u" IS NULL";
        break;
    case Kind::IsNotNull:
        out += prefix + kFields[node.field].name + u" IS NOT NULL";
        break;
    }
    out += u')';
}

} // namespace

Result<TargetExpression> TargetExpression::parse(const QString &text)
{
    TargetExpression expression;
    if (text.trimmed().isEmpty())
        return expression;
    auto root = Parser(text).parse();
    if (!root)
        return root.error();
    expression.m_root = std::move(root).value();
    return expression;
}

TargetExpression::Sql TargetExpression::toSql(const QString &alias,
                                              const db::Dialect &dialect) const
{
    Sql sql;
    if (!m_root) {
        sql.condition = QStringLiteral("1 = 1");
        return sql;
    }
    const QString prefix = alias.isEmpty() ? QString() : alias + u'.';
    renderSql(*m_root, prefix, dialect, sql);
    return sql;
}

QString TargetExpression::toString() const
{
    QString out;
    if (m_root)
        renderText(*m_root, out);
    return out;
}

QStringList TargetExpression::fieldNames()
{
    QStringList names;
    for (const Field &field : kFields)
        names << QString(field.name);
    return names;
}

} // namespace campagna::operation
