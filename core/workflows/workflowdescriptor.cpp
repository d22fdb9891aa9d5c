#include "workflows/workflowdescriptor.h"

#include "common/translations.h"
#include "delivery/deliverystatusmap.h"

namespace campagna::workflows {

QString WorkflowDescriptor::label() const
{
    return label(currentLanguage());
}

QString WorkflowDescriptor::description() const
{
    return description(currentLanguage());
}

QString WorkflowDescriptor::label(const QString &language) const
{
    return language == u"it" ? labelIt : labelEn;
}

QString WorkflowDescriptor::description(const QString &language) const
{
    return language == u"it" ? descriptionIt : descriptionEn;
}

QStringList WorkflowDescriptor::movedStatuses() const
{
    return delivery::DeliveryStatusMap::statusesMovedBy(name);
}

} // namespace campagna::workflows
