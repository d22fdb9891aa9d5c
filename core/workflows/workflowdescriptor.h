#pragma once

#include "engine/workflow.h"

#include <QString>
#include <QStringList>

namespace campagna::workflows {

// One workflow, described once: its internal name (never translated), its
// label and one-sentence description in English and Italian, the schedule a
// new `workflow` row gets, and the factory of its processing.
// WorkflowCatalog lists them; immutable, read from any thread.
struct WorkflowDescriptor final
{
    QString name;
    QString labelEn;
    QString labelIt;
    QString descriptionEn;
    QString descriptionIt;
    QString defaultSchedule;
    engine::WorkflowFactory factory;

    // In the installed language (currentLanguage()).
    QString label() const;
    QString description() const;
    // In `language` ("it" gives Italian, anything else English) whatever is
    // installed, as campagnactl status prints both.
    QString label(const QString &language) const;
    QString description(const QString &language) const;
    // The delivery statuses it moves on (delivery::DeliveryStatusMap).
    QStringList movedStatuses() const;
};

} // namespace campagna::workflows
