#include "demo/recipes/recipes.h"

#include "demo/demoset.h"
#include "delivery/deliverystates.h"

namespace campagna::demo::recipes {

using namespace Qt::StringLiterals;

namespace {

const QString targeting = u"targeting"_s, content = u"content"_s, extraction = u"extraction"_s;
const QString proof = u"proof"_s;

// Plans the approvals of the deliveries, campaign by campaign, as
// deliveryMgt would have left them.
class ApprovalPlan final
{
public:
    explicit ApprovalPlan(DemoSet &set)
        : t(set.t)
        , m_set(set)
    {}

    void winterSaleAndSpring();
    void blackFridayAndReactivation();

private:
    const DeliveryRow &find(const QString &label) const { return m_set.delivery(label); }
    ApprovalRow &addApproval(const DeliveryRow &d, const QString &kind, qint64 submittedAt);
    void approve(const DeliveryRow &d, const QString &kind, qint64 submittedAt);
    void approvePreSend(const DeliveryRow &d);

    const Calendar &t;
    DemoSet &m_set;
};

ApprovalRow &ApprovalPlan::addApproval(const DeliveryRow &d, const QString &kind,
                                       qint64 submittedAt)
{
    ApprovalRow &a = m_set.approvals.emplace_back();
    a.id = qint64(m_set.approvals.size());
    a.delivery = &d;
    a.kind = kind;
    a.status = u"pending"_s;
    const Reviewer reviewer = m_set.requirements.value(d.campaignId).value(kind);
    a.reviewerOperatorId = reviewer.operatorId;
    a.reviewerGroupId = reviewer.groupId;
    a.submittedAt = submittedAt;
    a.deadlineAt = submittedAt + m_set.campaignDelay.value(d.campaignId);
    a.notifiedAt = submittedAt + 5 * Minute;
    a.notificationStatus = u"sent"_s;
    return a;
}

void ApprovalPlan::approve(const DeliveryRow &d, const QString &kind, qint64 submittedAt)
{
    ApprovalRow &a = addApproval(d, kind, submittedAt);
    a.status = u"approved"_s;
    a.decidedAt = submittedAt + 3 * Hour + 10 * Minute * qint64(m_set.approvals.size() % 6);
    a.decidedBy = m_set.resolvedReviewers(a).constFirst();
}

// The pre-send approvals of the delivery's campaign, all approved at the
// end of its targeting round.
void ApprovalPlan::approvePreSend(const DeliveryRow &d)
{
    const auto required = m_set.requirements.value(d.campaignId);
    for (auto it = required.cbegin(); it != required.cend(); ++it) {
        if (fromSql<delivery::ApprovalKind>(it.key()) != delivery::ApprovalKind::Extraction)
            approve(d, it.key(), d.analyzedAt.toLongLong());
    }
}

void ApprovalPlan::winterSaleAndSpring()
{
    // Campaign 1.
    for (const QString &label :
         {u"Saldi invernali – email di lancio"_s, u"Saldi invernali – SMS promemoria"_s,
          u"Saldi invernali – email ultimi giorni"_s, u"Saldi invernali – email clienti VIP"_s,
          u"Saldi invernali – cartolina Napoli"_s, u"Saldi invernali – catalogo Milano"_s})
        approvePreSend(find(label));
    {
        // The extracted file waits for its approval, notified, deadline ahead.
        const DeliveryRow &d = find(u"Saldi invernali – catalogo Milano"_s);
        addApproval(d, extraction, d.extractedAt + 5 * Minute);
    }
    {
        // Content not yet notified: deliveryMgt sets the deadline and notifies.
        const DeliveryRow &d = find(u"Saldi invernali – test A/B oggetto"_s);
        approve(d, targeting, d.analyzedAt.toLongLong());
        ApprovalRow &a = addApproval(d, content, d.analyzedAt.toLongLong());
        a.deadlineAt = QVariant();
        a.notifiedAt = QVariant();
    }
    {
        // Overdue: deadline yesterday, one reminder already sent.
        const DeliveryRow &d = find(u"Saldi invernali – SMS flash 24 ore"_s);
        approve(d, content, d.analyzedAt.toLongLong());
        ApprovalRow &a = addApproval(d, targeting, d.analyzedAt.toLongLong());
        a.remindersSent = 1;
    }
    {
        // Rejected: waits in to_validate until it is submitted again.
        const DeliveryRow &d = find(u"Saldi invernali – email riattivazione"_s);
        approve(d, targeting, d.analyzedAt.toLongLong());
        ApprovalRow &a = addApproval(d, content, d.analyzedAt.toLongLong());
        a.status = u"rejected"_s;
        a.decidedAt = t(-1, 11);
        a.decidedBy = EmmaClarke;
        a.comment = u"Oggetto troppo lungo (oltre 60 caratteri) e manca il link di "
                    "disiscrizione."_s;
    }

    // Campaign 2.
    for (const QString &label :
         {u"Primavera – lettera personalizzata"_s, u"Primavera – lookbook"_s,
          u"Primavera – invito in boutique"_s, u"Primavera – cartolina Torino"_s}) {
        const DeliveryRow &d = find(label);
        approvePreSend(d);
        // Extraction approved once the file existed.
        ApprovalRow &a = addApproval(d, extraction, d.extractedAt + 5 * Minute);
        a.status = u"approved"_s;
        a.decidedAt = a.submittedAt + 2 * Hour;
        a.decidedBy = JamesWalker;
        if (label == u"Primavera – lettera personalizzata")
            a.notificationStatus = u"failed"_s; // the mail server refused it (5 attempts)
    }
    approvePreSend(find(u"Primavera – email anteprima"_s));
}

void ApprovalPlan::blackFridayAndReactivation()
{
    // Campaign 4.
    for (const QString &label :
         {u"Black Friday – email"_s, u"Black Friday – brochure"_s, u"Black Friday – SMS"_s})
        approvePreSend(find(label));
    {
        const DeliveryRow &d = find(u"Black Friday – last call reminder"_s);
        ApprovalRow &a = addApproval(d, content, d.analyzedAt.toLongLong());
        a.status = u"rejected"_s;
        a.decidedAt = d.analyzedAt.toLongLong() + 20 * Hour;
        a.decidedBy = JamesWalker;
        a.comment = u"Offer terms were not cleared by Legal in time; cancelling this reminder."_s;
    }

    // Campaign 10.
    {
        // Pending, notified (its notification still queued), deadline ahead;
        // reminder rule 5 is due.
        const DeliveryRow &d = find(u"Riattivazione – lettera personalizzata"_s);
        ApprovalRow &a = addApproval(d, proof, d.analyzedAt.toLongLong());
        a.notificationStatus = u"queued"_s;
    }
    {
        // Rejected once, submitted again: a new pending approval without a
        // deadline yet.
        const DeliveryRow &d = find(u"Riattivazione – cartolina"_s);
        ApprovalRow &rejected = addApproval(d, proof, t(-6, 10));
        rejected.status = u"rejected"_s;
        rejected.decidedAt = t(-5, 16);
        rejected.decidedBy = EmmaClarke;
        rejected.comment = u"La bozza usa ancora il vecchio logo: aggiornarla prima dell'invio."_s;
        ApprovalRow &again = addApproval(d, proof, d.analyzedAt.toLongLong());
        again.deadlineAt = QVariant();
        again.notifiedAt = QVariant();
    }
    approvePreSend(find(u"Riattivazione – email di follow-up"_s));
}

} // namespace

Result<void> approvals(DemoSet &set)
{
    ApprovalPlan plan(set);
    plan.winterSaleAndSpring();
    plan.blackFridayAndReactivation();
    QList<QVariantList> rows;
    for (const ApprovalRow &a : set.approvals) {
        rows.append({a.id, a.delivery->id, a.kind, a.status, idOrNull(a.reviewerOperatorId),
                     idOrNull(a.reviewerGroupId), a.submittedAt, a.deadlineAt, a.decidedAt,
                     a.decidedBy, a.comment, a.notifiedAt, a.remindersSent});
    }
    return set.insert({
        {u"approval"_s,
         {u"id"_s, u"delivery_id"_s, u"kind"_s, u"status"_s, u"reviewer_operator_id"_s,
          u"reviewer_group_id"_s, u"submitted_at"_s, u"deadline_at"_s, u"decided_at"_s,
          u"decided_by"_s, u"comment"_s, u"notified_at"_s, u"reminders_sent"_s},
         rows},
    });
}

} // namespace campagna::demo::recipes
