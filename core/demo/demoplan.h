#pragma once

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

// The vocabulary of the demo data set, shared by its recipes (recipes/):
// time units and the calendar, the fixed ids the rows refer to, and the
// rows planned in memory before they are written (deliveries, tasks and
// approvals, whose figures depend on the recipients).

namespace campagna::demo {

constexpr qint64 Minute = 60;
constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;
constexpr qint64 RecipientsPerScale = 10000;
constexpr int ExtraDeliveriesPerScale = 40;
// The demo's files, apart from an installation's own in the files root
// (FilesRoot): extraction folder and suppliers' drop folders.
inline const QString kDemoFolder = QStringLiteral("demo");

constexpr qint64 eur(qint64 euros)
{
    return euros * 100;
}

inline QVariant orNull(const QString &text)
{
    return text.isNull() ? QVariant() : QVariant(text);
}

inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

inline QString utcDate(qint64 at, const QString &format)
{
    return QDateTime::fromSecsSinceEpoch(at, Qt::UTC).toString(format);
}

// Every date of the data set, relative to "now": t(days, hour, minute) is
// day `days` from today (UTC) at hour:minute.
class Calendar final
{
public:
    explicit Calendar(qint64 now)
        : now(now)
        , m_day0(now - now % Day)
    {}

    qint64 operator()(qint64 days, qint64 hour = 9, qint64 minute = 0) const
    {
        return m_day0 + days * Day + hour * Hour + minute * Minute;
    }

    const qint64 now;

private:
    qint64 m_day0;
};

namespace Channel {
inline const QString Email = QStringLiteral("email");
inline const QString Sms = QStringLiteral("sms");
inline const QString DirectMail = QStringLiteral("direct_mail");
} // namespace Channel

// Operators.
enum OperatorId : qint64 {
    Admin = 1,
    GiuliaRossi,
    MarcoBianchi,
    SarahThompson,
    LucaFerrari,
    EmmaClarke,
    FrancescaRomano,
    JamesWalker,
    ChiaraEsposito,
    DanielHughes,
};

// Operator groups.
enum GroupId : qint64 {
    WorkflowSupervisors = 1,
    MarketingManagers,
    LegalReviewers,
    StockKeepers,
    BrandReviewers,
    SupportDesk,
};

// Services.
enum ServiceId : qint64 {
    PrintAndPost = 1,
    LoyaltyLettershop,
    UkLettershop,
    EmailRouting,
    SmsRouting,
    AgencyServices,
};

// Cost types.
enum CostTypeId : qint64 {
    EmailStandard = 1,
    SmsThreshold,
    EmailPremium,
    Graphics,
    SheetsA4,
    PrintSetup,
    Postage,
    Envelopes,
    AgencyDay,
    EventSetup,
    UkPostage,
    UkBrochure,
    DisplayKit,
    SmsStandard,
    PaperA4,
};

// Stock lines.
enum StockLineId : qint64 {
    PaperLine = 1, // ends in alert, gets a reorder proposal
    EnvelopeLine,  // ends insufficient (forecast below zero)
    BrochureLine,  // its on_order order is due: received
    DisplayLine,
    CatalogueLine,
};

// What a cost choice is charged as, to pick the expense category.
enum class Spend { Print, Digital, Creative, Agency };

struct Person
{
    QString email, phone, firstName, lastName, address, postalCode, city, country, birthDate;
    qint64 createdAt = 0;
    bool optedOut = false;
    bool blocklisted = false;
};

struct Choice
{
    qint64 costTypeId = 0;
    qint64 surchargeCents = 0;
};

struct ProviderJob
{
    QString status;
    qint64 sentAt = 0;
    qint64 finishedAt = 0;
    QString returnFile;
    QString error;
    int attempts = 1;
};

struct DeliveryRow
{
    qint64 id = 0;
    qint64 campaignId = 0;
    QString label, channel, status;
    qint64 serviceId = 0;
    int isTemplate = 0;
    QString filter;
    QVariant targetedCount, toSendCount, sentCount, analyzedAt;
    int confirmRequired = 0;
    QVariant contactAt, extractionAt, estimatedCents, realCents, commitmentLevel;
    QVariant extractionFile, extractionRows, extractionSha256, lastError;
    qint64 extractedAt = 0;
    QList<Choice> choices;
    std::optional<ProviderJob> providerJob;
    // Set on deliveries whose targets are computed from the recipients.
    std::function<bool(const Person &)> target;
    qint64 targetCap = 0; // > 0: keep only the first targets (a fixed size at every scale)
    QList<qint64> targets;
    qint64 matched = 0;
    QSet<QString> seenAddresses;
};

struct TaskRow
{
    qint64 id = 0;
    qint64 campaignId = 0;
    QString label, status;
    qint64 serviceId = 0;
    int durationDays = 0;
    QVariant estimatedCents, realCents, commitmentLevel, startAt, endAt;
    QList<Choice> choices;
};

struct ApprovalRow
{
    qint64 id = 0;
    const DeliveryRow *delivery = nullptr;
    QString kind, status;
    qint64 reviewerOperatorId = 0, reviewerGroupId = 0;
    qint64 submittedAt = 0;
    QVariant deadlineAt, decidedAt, decidedBy, comment, notifiedAt;
    int remindersSent = 0;
    QString notificationStatus; // of its approval_request notifications
};

struct Reviewer
{
    qint64 operatorId = 0;
    qint64 groupId = 0;
};

// A delivery as a recipe states it (recipes/deliveries.cpp); DemoSet gives
// it its id, its channel's router as service and its extraction file.
struct DeliverySpec
{
    qint64 campaign = 0;
    QString label, channel, status;
    qint64 service = 0; // 0: the channel's router (email, SMS) or none
    int isTemplate = 0;
    QString filter;
    // Set on deliveries whose targets are computed from the recipients.
    std::function<bool(const Person &)> target;
    qint64 targetCap = 0; // > 0: keep only the first targets (a fixed size at every scale)
    std::optional<qint64> targeted, toSend;
    QVariant analyzedAt, sent;
    int confirmRequired = 0;
    qint64 extractedRows = 0, extractedAt = 0; // extractedAt > 0: extracted
    QVariant extractionAt, contactAt, estimatedCents, commitmentLevel, lastError;
    QList<Choice> choices;
    // Its returnFile names the file in the supplier's processed folder (%1:
    // the delivery id).
    std::optional<ProviderJob> providerJob;
};

} // namespace campagna::demo
