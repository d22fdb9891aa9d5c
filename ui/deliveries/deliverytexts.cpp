#include "deliveries/deliverytexts.h"

#include "delivery/deliverystates.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

namespace campagna::ui {

using delivery::ApprovalKind;
using delivery::ApprovalStatus;
using delivery::Channel;
using delivery::DeliveryStatus;
using delivery::ProviderJobStatus;

QString DeliveryTexts::status(const QString &status)
{
    const auto value = fromSql<DeliveryStatus>(status);
    if (!value)
        return status;
    switch (*value) {
    case DeliveryStatus::BeingEdited:
        return tr("Being edited");
    case DeliveryStatus::TargetingPending:
        return tr("Targeting pending");
    case DeliveryStatus::ToValidate:
        return tr("To validate");
    case DeliveryStatus::PendingConfirmation:
        return tr("Pending confirmation");
    case DeliveryStatus::StartPending:
        return tr("Start pending");
    case DeliveryStatus::InProgress:
        return tr("In progress");
    case DeliveryStatus::ExtractionPending:
        return tr("Extraction pending");
    case DeliveryStatus::FileToApprove:
        return tr("File to approve");
    case DeliveryStatus::ProviderPending:
        return tr("Provider pending");
    case DeliveryStatus::SentToProvider:
        return tr("Sent to provider");
    case DeliveryStatus::Finished:
        return tr("Finished", "delivery status");
    case DeliveryStatus::Cancelled:
        return tr("Cancelled", "delivery status");
    case DeliveryStatus::Failed:
        return tr("Failed", "delivery status");
    }
    return status;
}

QString DeliveryTexts::channel(const QString &channel)
{
    const auto value = fromSql<Channel>(channel);
    if (!value)
        return channel;
    switch (*value) {
    case Channel::Email:
        return tr("Email");
    case Channel::Sms:
        return tr("SMS");
    case Channel::DirectMail:
        return tr("Direct mail");
    }
    return channel;
}

QString DeliveryTexts::approvalKind(const QString &kind)
{
    const auto value = fromSql<ApprovalKind>(kind);
    if (!value)
        return kind;
    switch (*value) {
    case ApprovalKind::Targeting:
        return tr("Targeting", "approval kind");
    case ApprovalKind::Content:
        return tr("Content", "approval kind");
    case ApprovalKind::Budget:
        return tr("Budget", "approval kind");
    case ApprovalKind::Extraction:
        return tr("Extraction", "approval kind");
    case ApprovalKind::Proof:
        return tr("Proof", "approval kind");
    }
    return kind;
}

QString DeliveryTexts::approvalStatus(const QString &status)
{
    const auto value = fromSql<ApprovalStatus>(status);
    if (!value)
        return status;
    switch (*value) {
    case ApprovalStatus::Pending:
        return tr("Pending", "approval status");
    case ApprovalStatus::Approved:
        return tr("Approved", "approval status");
    case ApprovalStatus::Rejected:
        return tr("Rejected", "approval status");
    }
    return status;
}

QString DeliveryTexts::providerJobStatus(const QString &status)
{
    const auto value = fromSql<ProviderJobStatus>(status);
    if (!value)
        return status;
    switch (*value) {
    case ProviderJobStatus::Pending:
        return tr("Pending", "provider job status");
    case ProviderJobStatus::FileSent:
        return tr("File sent", "provider job status");
    case ProviderJobStatus::Done:
        return tr("Done", "provider job status");
    case ProviderJobStatus::Failed:
        return tr("Failed", "provider job status");
    }
    return status;
}

QString DeliveryTexts::checkResult(delivery::Diagnosis::Check::Result result)
{
    using R = delivery::Diagnosis::Check::Result;
    switch (result) {
    case R::Passed:
        return tr("Passed", "diagnosis check");
    case R::Failed:
        return tr("Failed", "diagnosis check");
    case R::Warning:
        return tr("Warning", "diagnosis check");
    case R::Skipped:
        return tr("Skipped", "diagnosis check");
    }
    return {};
}

QString DeliveryTexts::approvalsSummary(int pending, int approved, int rejected)
{
    QStringList parts;
    if (pending > 0)
        parts << tr("%n pending", "approvals", pending);
    if (approved > 0)
        parts << tr("%n approved", "approvals", approved);
    if (rejected > 0)
        parts << tr("%n rejected", "approvals", rejected);
    return parts.join(QStringLiteral(" · "));
}

QString DeliveryTexts::dateTime(std::optional<qint64> unixSeconds)
{
    if (!unixSeconds)
        return {};
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(*unixSeconds), QLocale::ShortFormat);
}

QStringList DeliveryTexts::statuses()
{
    QStringList names;
    for (DeliveryStatus status : sqlEnumValues<DeliveryStatus>())
        names << sqlName(status);
    return names;
}

QStringList DeliveryTexts::channels()
{
    QStringList names;
    for (Channel channel : sqlEnumValues<Channel>())
        names << sqlName(channel);
    return names;
}

} // namespace campagna::ui
