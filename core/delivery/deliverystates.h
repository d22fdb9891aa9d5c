#pragma once

#include "common/sqlenum.h"

namespace campagna::delivery {

// `delivery.status`: the life cycle of 03-workflows.md.
enum class DeliveryStatus {
    BeingEdited,
    TargetingPending,
    ToValidate,
    PendingConfirmation,
    StartPending,
    InProgress,
    ExtractionPending,
    FileToApprove,
    ProviderPending,
    SentToProvider,
    Finished,
    Cancelled,
    Failed,
};
// `campaign.kind`: recurring and periodic campaigns are templates.
enum class CampaignKind { Campaign, Recurring, Periodic };
// `delivery.channel`.
enum class Channel { Email, Sms, DirectMail };
// `approval.kind` and `approval.status`.
enum class ApprovalKind { Targeting, Content, Budget, Extraction, Proof };
enum class ApprovalStatus { Pending, Approved, Rejected };
// `operation_job.kind` and `operation_job.status`.
enum class JobKind { Targeting, Extraction };
enum class JobStatus { Pending, Running, Done, Failed };
// `provider_job.status`.
enum class ProviderJobStatus { Pending, FileSent, Done, Failed };

} // namespace campagna::delivery

namespace campagna {

template<> struct SqlEnum<delivery::DeliveryStatus>
{
    static constexpr std::array<const char *, 13> names{"being_edited",
                                                        "targeting_pending",
                                                        "to_validate",
                                                        "pending_confirmation",
                                                        "start_pending",
                                                        "in_progress",
                                                        "extraction_pending",
                                                        "file_to_approve",
                                                        "provider_pending",
                                                        "sent_to_provider",
                                                        "finished",
                                                        "cancelled",
                                                        "failed"};
};

template<> struct SqlEnum<delivery::CampaignKind>
{
    static constexpr std::array<const char *, 3> names{"campaign", "recurring", "periodic"};
};

template<> struct SqlEnum<delivery::Channel>
{
    static constexpr std::array<const char *, 3> names{"email", "sms", "direct_mail"};
};

template<> struct SqlEnum<delivery::ApprovalKind>
{
    static constexpr std::array<const char *, 5> names{"targeting", "content", "budget",
                                                       "extraction", "proof"};
};

template<> struct SqlEnum<delivery::ApprovalStatus>
{
    static constexpr std::array<const char *, 3> names{"pending", "approved", "rejected"};
};

template<> struct SqlEnum<delivery::JobKind>
{
    static constexpr std::array<const char *, 2> names{"targeting", "extraction"};
};

template<> struct SqlEnum<delivery::JobStatus>
{
    static constexpr std::array<const char *, 4> names{"pending", "running", "done", "failed"};
};

template<> struct SqlEnum<delivery::ProviderJobStatus>
{
    static constexpr std::array<const char *, 4> names{"pending", "file_sent", "done", "failed"};
};

} // namespace campagna
