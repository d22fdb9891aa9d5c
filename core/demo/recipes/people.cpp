#include "demo/recipes/recipes.h"

#include "demo/demoset.h"

namespace campagna::demo::recipes {

using namespace Qt::StringLiterals;

const QStringList &operatorNames()
{
    // In the order of OperatorId.
    static const QStringList names = {
        u"admin"_s,           u"giulia.rossi"_s, u"marco.bianchi"_s,    u"sarah.thompson"_s,
        u"luca.ferrari"_s,    u"emma.clarke"_s,  u"francesca.romano"_s, u"james.walker"_s,
        u"chiara.esposito"_s, u"daniel.hughes"_s};
    return names;
}

QString operatorEmail(qint64 op)
{
    return operatorNames().value(int(op - 1)) + u"@campagna.example"_s;
}

Result<void> people(DemoSet &set)
{
    set.admins = {Admin, GiuliaRossi};
    set.groupMembers = {
        {WorkflowSupervisors, {Admin, GiuliaRossi, LucaFerrari}},
        {MarketingManagers, {MarcoBianchi, SarahThompson, FrancescaRomano}},
        {LegalReviewers, {EmmaClarke, JamesWalker}},
        {StockKeepers, {GiuliaRossi, LucaFerrari, ChiaraEsposito}},
        {BrandReviewers, {Admin, FrancescaRomano, JamesWalker}},
        {SupportDesk, {LucaFerrari, DanielHughes}},
    };
    QList<QVariantList> operators;
    for (qint64 op = Admin; op <= DanielHughes; ++op) {
        operators.append({op, operatorNames().at(int(op - 1)), QVariant(operatorEmail(op)),
                          set.admins.contains(op) ? 1 : 0});
    }
    QList<QVariantList> members;
    for (auto it = set.groupMembers.cbegin(); it != set.groupMembers.cend(); ++it) {
        for (qint64 op : it.value())
            members.append({it.key(), op});
    }
    return set.insert({
        {u"operator"_s, {u"id"_s, u"name"_s, u"email"_s, u"is_admin"_s}, operators},
        {u"operator_group"_s,
         {u"id"_s, u"name"_s},
         {
             {WorkflowSupervisors, u"workflow-supervisors"_s},
             {MarketingManagers, u"marketing-managers"_s},
             {LegalReviewers, u"legal-reviewers"_s},
             {StockKeepers, u"stock-keepers"_s},
             {BrandReviewers, u"brand-reviewers"_s},
             {SupportDesk, u"support-desk"_s},
         }},
        {u"operator_group_member"_s, {u"group_id"_s, u"operator_id"_s}, members},
    });
}

} // namespace campagna::demo::recipes
