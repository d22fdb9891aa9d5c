#pragma once

#include "engine/workflow.h"

#include <QString>
#include <QStringList>

namespace campagna::workflows {

// One workflow, described once: its internal name (never translated), its
// label and one-sentence description (English source texts, marked
// QT_TR_NOOP in WorkflowCatalog's translation context), the schedule a new
// `workflow` row gets, and the factory of its processing. WorkflowCatalog
// lists them; immutable, read from any thread.
struct WorkflowDescriptor final
{
    QString name;
    const char *labelSource = nullptr;
    const char *descriptionSource = nullptr;
    QString defaultSchedule;
    engine::WorkflowFactory factory;

    // In the installed language (tr()).
    QString label() const;
    QString description() const;
    // In `language` ("it" or "en"; anything else is English) whatever is
    // installed, as campagnactl status prints both.
    QString label(const QString &language) const;
    QString description(const QString &language) const;
    // The delivery statuses it moves on (delivery::DeliveryStatusMap).
    QStringList movedStatuses() const;
};

} // namespace campagna::workflows
