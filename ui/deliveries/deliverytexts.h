#pragma once

#include "delivery/diagnosis.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace campagna::ui {

// How the console shows the values of deliveries, approvals and jobs: their
// status, channel, kind and the diagnosis results, in the current language.
// Values it does not know are shown as they are stored (identifiers in the
// database are never translated). GUI thread (QLocale of the language).
class DeliveryTexts final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::ui::DeliveryTexts)

public:
    static QString status(const QString &status);
    static QString channel(const QString &channel);
    static QString approvalKind(const QString &kind);
    static QString approvalStatus(const QString &status);
    static QString providerJobStatus(const QString &status);
    static QString checkResult(delivery::Diagnosis::Check::Result result);
    // "2 pending · 1 approved"; empty without approvals.
    static QString approvalsSummary(int pending, int approved, int rejected);
    // A date and time in the short format of the language; empty for none.
    static QString dateTime(std::optional<qint64> unixSeconds);

    // The delivery statuses and channels, in life-cycle order.
    static QStringList statuses();
    static QStringList channels();
};

} // namespace campagna::ui
