#include "workflows/workflowdescriptor.h"

#include "common/translations.h"
#include "delivery/deliverystatusmap.h"
#include "workflows/workflowcatalog.h"

namespace campagna::workflows {

namespace {

// The context of the QT_TR_NOOP texts of WorkflowCatalog::all().
constexpr char kContext[] = "campagna::workflows::WorkflowCatalog";

} // namespace

QString WorkflowDescriptor::label() const
{
    return WorkflowCatalog::tr(labelSource);
}

QString WorkflowDescriptor::description() const
{
    return WorkflowCatalog::tr(descriptionSource);
}

QString WorkflowDescriptor::label(const QString &language) const
{
    return translateFor(language, kContext, labelSource);
}

QString WorkflowDescriptor::description(const QString &language) const
{
    return translateFor(language, kContext, descriptionSource);
}

QStringList WorkflowDescriptor::movedStatuses() const
{
    return delivery::DeliveryStatusMap::statusesMovedBy(name);
}

} // namespace campagna::workflows
