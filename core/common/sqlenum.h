#pragma once

#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QAnyStringView>

#include <array>
#include <cstddef>
#include <initializer_list>
#include <optional>

namespace campagna {

// The one mapping between a domain's enum class and the text its column
// holds (spec/02-schema.md). A domain specialises SqlEnum<E> with `names`,
// the column's values in the order of E's enumerators:
//
//     template<> struct SqlEnum<RunStatus> {
//         static constexpr std::array<const char *, 5> names{"running", ...};
//     };
//
// Values read from the database are untrusted: fromSql() gives nullopt for
// a text the domain does not know, and std::optional<E> == E is then false,
// so that `status == RunStatus::Failed` reads as it should either way.
template<typename E> struct SqlEnum;

template<typename E> constexpr std::size_t sqlEnumCount()
{
    return SqlEnum<E>::names.size();
}

template<typename E> QLatin1StringView sqlName(E value)
{
    const auto index = static_cast<std::size_t>(value);
    return index < sqlEnumCount<E>() ? QLatin1StringView(SqlEnum<E>::names[index])
                                     : QLatin1StringView();
}

template<typename E> std::optional<E> fromSql(QAnyStringView text)
{
    for (std::size_t i = 0; i < sqlEnumCount<E>(); ++i) {
        if (QAnyStringView::equal(text, QLatin1StringView(SqlEnum<E>::names[i])))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

// Every value of E, in declaration order.
template<typename E> std::array<E, SqlEnum<E>::names.size()> sqlEnumValues()
{
    std::array<E, SqlEnum<E>::names.size()> values{};
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = static_cast<E>(i);
    return values;
}

// "'a', 'b'": the values as SQL string literals, for an IN (...) list
// (the names are the schema's own constants, never user text).
template<typename E> QString sqlList(const QList<E> &values)
{
    QString list;
    for (E value : values) {
        if (!list.isEmpty())
            list += u", ";
        list += u'\'' + sqlName(value) + u'\'';
    }
    return list;
}

template<typename E> QString sqlList(std::initializer_list<E> values)
{
    return sqlList(QList<E>(values));
}

} // namespace campagna
