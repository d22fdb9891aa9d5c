#pragma once

#include "common/result.h"
#include "db/dialect.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantList>

#include <memory>

namespace campagna::operation {

struct TargetNode;

// A targeting expression (03-workflows.md, "Targeting expressions"),
// parsed by a hand-written recursive-descent parser into an AST that
// compiles to an SQL condition over `recipient` with bound parameters:
// user text never becomes SQL text. parse() is a pure function.
//
//   country = 'IT' and (city in ('Roma', 'Milano') or postal_code like '20%')
//   and not opted_out and birth_date < '2000-01-01'
//
// Value type (the AST is shared, immutable); thread-safe.
class TargetExpression final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::operation::TargetExpression)

public:
    // An empty or blank text selects every recipient. Errors have
    // Error::Code::Usage and a translated message that says where (1-based
    // column) and what was expected, e.g. "Column 14: expected a value
    // after '=', found end of text." Texts beyond the size limits (2,000
    // conditions, 10,000 values, 1,000,000 characters, 200 levels of
    // nesting) are refused the same way, the message naming the limit.
    static Result<TargetExpression> parse(const QString &text);

    // The SQL condition for the recipient table aliased `alias` (e.g. "r"),
    // with '?' parameters for `params` in order. "1 = 1" for an empty
    // expression. `like` is case-sensitive on both backends. Long "and" and
    // "or" chains are grouped into balanced halves, so that the SQL nests
    // logarithmically deep.
    struct Sql
    {
        QString condition;
        QVariantList params;
    };
    Sql toSql(const QString &alias, const db::Dialect &dialect) const;

    // A canonical, fully parenthesised rendering (for tests and messages).
    QString toString() const;
    bool isEmpty() const { return !m_root; }

    // The fields an expression may name: the columns of `recipient` but id.
    static QStringList fieldNames();

private:
    std::shared_ptr<const TargetNode> m_root;
};

} // namespace campagna::operation
