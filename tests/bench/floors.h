#pragma once

#include "common/result.h"
#include "db/backend.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace campagna::bench {

// One part of a workflow's effect that the benchmark compares: an ordered
// SELECT of the columns that must be equal after the floor and after the
// workflow (run on two identical copies of the database).
struct EffectView
{
    QString name;
    QString select;
};

// The floor of a workflow: the same effect written as the shortest correct
// SQL, run in one transaction on a copy of the database through the same
// driver. `run` executes it; `views` say what "the same effect" is.
struct Floor
{
    QString workflow;
    std::function<Result<void>(const QSqlDatabase &db, db::Backend backend, qint64 now)> run;
    QList<EffectView> views;
};

// The floors of the workflows that have one, in the order the benchmark runs
// them (see floors.cpp for what each covers and why).
QList<Floor> floors();

} // namespace campagna::bench
