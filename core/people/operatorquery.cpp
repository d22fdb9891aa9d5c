#include "people/operatorquery.h"

#include "db/sql.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>

#include <utility>

namespace campagna::people {

namespace {

constexpr const char *Context = "campagna::people::OperatorQuery";

// The operators' own columns in SQL, then their groups, read for the rows
// of the window.
class OperatorRows final : public SqlRowSource
{
public:
    OperatorRows()
        : SqlRowSource(Context, OperatorQuery::columns(), QStringLiteral("o.id"),
                       QStringLiteral("FROM operator o"), {}, QStringLiteral("o.name, o.id"))
    {}

    Result<QList<QVariantList>> rows(const QSqlDatabase &db, const RowSort &sort, int limit,
                                     int offset) const override
    {
        auto rows = SqlRowSource::rows(db, sort, limit, offset);
        if (!rows || rows->isEmpty())
            return rows;
        QStringList ids;
        for (const QVariantList &row : rows.value())
            ids << QString::number(row.value(0).toLongLong());
        auto members =
            db::Sql::exec(db, QStringLiteral("SELECT m.operator_id, g.name FROM "
                                             "operator_group_member m JOIN "
                                             "operator_group g ON g.id = m.group_id "
                                             "WHERE m.operator_id IN (%1) ORDER BY g.name")
                                  .arg(ids.join(u',')));
        if (!members)
            return members.error();
        QHash<qint64, QStringList> groups;
        while (members->next())
            groups[members->value(0).toLongLong()] << members->value(1).toString();
        for (QVariantList &row : rows.value())
            row[OperatorQuery::Groups + 1] = groups.value(row.value(0).toLongLong()).join(u'\n');
        return rows;
    }
};

} // namespace

const QList<QueryColumn> &OperatorQuery::columns()
{
    static const QList<QueryColumn> columns{
        QueryColumn::sorted(QStringLiteral("name"), QStringLiteral("o.name"), QT_TR_NOOP("Name")),
        QueryColumn::sorted(QStringLiteral("admin"), QStringLiteral("o.is_admin"),
                            QT_TR_NOOP("Administrator")),
        // Filled in by OperatorRows.
        {QStringLiteral("groups"), QString(),
         QStringLiteral("(SELECT MIN(g.name) FROM operator_group_member m JOIN operator_group g "
                        "ON g.id = m.group_id WHERE m.operator_id = o.id)"),
         QT_TR_NOOP("Groups"), CellFormat::Text, QString(), true},
        QueryColumn::sorted(QStringLiteral("locale"), QStringLiteral("o.locale"),
                            QT_TR_NOOP("Language")),
        QueryColumn::sorted(QStringLiteral("email"), QStringLiteral("o.email"),
                            QT_TR_NOOP("E-mail")),
    };
    return columns;
}

std::shared_ptr<const RowSource> OperatorQuery::source()
{
    return std::make_shared<OperatorRows>();
}

OperatorRecord OperatorQuery::record(const QVariantList &row)
{
    const QString groups = row.value(Groups + 1).toString();
    return {
        row.value(0).toLongLong(),          row.value(Name + 1).toString(),
        row.value(Email + 1).toString(),    row.value(Administrator + 1).toInt() == 1,
        row.value(Language + 1).toString(), groups.isEmpty() ? QStringList() : groups.split(u'\n')};
}

} // namespace campagna::people
