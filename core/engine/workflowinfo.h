#pragma once

#include <QList>
#include <QString>

namespace campagna::engine {

// What every copy of Campagna knows about one of the five workflows: its
// internal name (never translated), its labels and one-sentence
// descriptions in English and Italian, and its default schedule.
struct WorkflowInfo
{
    QString name;
    QString labelEn;
    QString labelIt;
    QString descriptionEn;
    QString descriptionIt;
    QString defaultSchedule;

    // "it" gives the Italian text; anything else English.
    QString label(const QString &language) const { return language == u"it" ? labelIt : labelEn; }
    QString description(const QString &language) const
    {
        return language == u"it" ? descriptionIt : descriptionEn;
    }
};

// The registry of the five workflows, in the order people see them.
class WorkflowCatalog final
{
public:
    static const QList<WorkflowInfo> &all();
    static const WorkflowInfo *find(const QString &name);
    // The internal name for what a user typed: exact names, names in any
    // case, and the seed document's alias `fornitoreMgt` for supplierMgt.
    // Empty when it names no workflow.
    static QString canonicalName(const QString &typed);
    static QStringList names();
};

} // namespace campagna::engine
