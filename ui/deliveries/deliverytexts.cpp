#include "deliveries/deliverytexts.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

namespace campagna::ui {

QString DeliveryTexts::status(const QString &status)
{
    if (status == u"being_edited")
        return tr("Being edited");
    if (status == u"targeting_pending")
        return tr("Targeting pending");
    if (status == u"to_validate")
        return tr("To validate");
    if (status == u"pending_confirmation")
        return tr("Pending confirmation");
    if (status == u"start_pending")
        return tr("Start pending");
    if (status == u"in_progress")
        return tr("In progress");
    if (status == u"extraction_pending")
        return tr("Extraction pending");
    if (status == u"file_to_approve")
        return tr("File to approve");
    if (status == u"provider_pending")
        return tr("Provider pending");
    if (status == u"sent_to_provider")
        return tr("Sent to provider");
    if (status == u"finished")
        return tr("Finished", "delivery status");
    if (status == u"cancelled")
        return tr("Cancelled", "delivery status");
    if (status == u"failed")
        return tr("Failed", "delivery status");
    return status;
}

QString DeliveryTexts::channel(const QString &channel)
{
    if (channel == u"email")
        return tr("Email");
    if (channel == u"sms")
        return tr("SMS");
    if (channel == u"direct_mail")
        return tr("Direct mail");
    return channel;
}

QString DeliveryTexts::approvalKind(const QString &kind)
{
    if (kind == u"targeting")
        return tr("Targeting", "approval kind");
    if (kind == u"content")
        return tr("Content", "approval kind");
    if (kind == u"budget")
        return tr("Budget", "approval kind");
    if (kind == u"extraction")
        return tr("Extraction", "approval kind");
    if (kind == u"proof")
        return tr("Proof", "approval kind");
    return kind;
}

QString DeliveryTexts::approvalStatus(const QString &status)
{
    if (status == u"pending")
        return tr("Pending", "approval status");
    if (status == u"approved")
        return tr("Approved", "approval status");
    if (status == u"rejected")
        return tr("Rejected", "approval status");
    return status;
}

QString DeliveryTexts::providerJobStatus(const QString &status)
{
    if (status == u"pending")
        return tr("Pending", "provider job status");
    if (status == u"file_sent")
        return tr("File sent", "provider job status");
    if (status == u"done")
        return tr("Done", "provider job status");
    if (status == u"failed")
        return tr("Failed", "provider job status");
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
    return {QStringLiteral("being_edited"),
            QStringLiteral("targeting_pending"),
            QStringLiteral("to_validate"),
            QStringLiteral("pending_confirmation"),
            QStringLiteral("start_pending"),
            QStringLiteral("in_progress"),
            QStringLiteral("extraction_pending"),
            QStringLiteral("file_to_approve"),
            QStringLiteral("provider_pending"),
            QStringLiteral("sent_to_provider"),
            QStringLiteral("finished"),
            QStringLiteral("cancelled"),
            QStringLiteral("failed")};
}

QStringList DeliveryTexts::channels()
{
    return {QStringLiteral("email"), QStringLiteral("sms"), QStringLiteral("direct_mail")};
}

} // namespace campagna::ui
