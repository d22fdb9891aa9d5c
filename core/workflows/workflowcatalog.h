#pragma once

#include "workflows/workflowdescriptor.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace campagna::workflows {

// The registry of Campagna's workflows: one WorkflowDescriptor each, in the
// order people see them. The engine's factories (registerBuiltinWorkflows),
// the `workflow` rows a database gets (Bootstrap::ensureWorkflows), the
// labels of the console and campagnactl all read it. Adding a workflow is
// adding its descriptor here. Immutable; read from any thread.
class WorkflowCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::workflows::WorkflowCatalog)

public:
    static const QList<WorkflowDescriptor> &all();
    static const WorkflowDescriptor *find(const QString &name);
    // The internal name for what a user typed: exact names, names in any
    // case, and the seed document's alias `fornitoreMgt` for supplierMgt.
    // Empty when it names no workflow.
    static QString canonicalName(const QString &typed);
    static QStringList names();
    // The label and description of `name` in the installed language; for a
    // name the catalog does not know, the name itself and no description.
    static QString label(const QString &name);
    static QString description(const QString &name);
};

} // namespace campagna::workflows
