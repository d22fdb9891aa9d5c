#pragma once

#include <QVariantList>

#include <memory>
#include <vector>

namespace campagna::operation {

// One node of a parsed targeting expression (see TargetExpression). Built
// once by the parser and never changed afterwards, so that expressions can
// share their trees across threads.
struct TargetNode
{
    enum class Kind {
        Or,        // children: two or more
        And,       // children: two or more
        Not,       // children: one
        Compare,   // field op values[0]
        In,        // field in (values...), one value or more
        Like,      // field like values[0], the pattern as written
        IsNull,    // field is null
        IsNotNull, // field is not null
    };
    enum class Op { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual };

    Kind kind = Kind::Compare;
    std::vector<std::shared_ptr<const TargetNode>> children;
    // An index into the parser's field whitelist, never a name taken from
    // the user's text: the SQL can only name known columns.
    int field = -1;
    Op op = Op::Equal;
    // QString for text fields, qlonglong for integer and flag fields.
    QVariantList values;
    // How deeply the canonical rendering nests (parentheses and "not"):
    // the parser refuses trees that would not parse again.
    int depth = 0;
};

} // namespace campagna::operation
