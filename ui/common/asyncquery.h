#pragma once

#include "common/result.h"
#include "db/database.h"
#include "engine/workflowengine.h"

#include <QFuture>
#include <QPointer>
#include <QSqlDatabase>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace campagna::ui {

// Runs `work(QSqlDatabase &) -> Result<T>` on the engine's pool (on that
// thread's connection, through Database::withConnection) and hands the
// result to `done(Result<T>)` on the GUI thread, unless `context` is gone by
// then. Stale answers are the caller's business (a generation counter).
template<typename T, typename Work, typename Done>
void runAsync(engine::WorkflowEngine *engine, QObject *context, Work work, Done done)
{
    if (!engine)
        return;
    auto future = QtConcurrent::run(
        engine->pool(), [database = engine->database(), work = std::move(work)]() -> Result<T> {
            return database->withConnection(
                [&](QSqlDatabase &db) -> Result<T> { return work(db); });
        });
    QPointer<QObject> guard(context);
    // The engine is the context of the continuation: it outlives the pages
    // and waits for its pool.
    future.then(engine, [guard, done = std::move(done)](Result<T> result) {
        if (guard)
            done(std::move(result));
    });
}

} // namespace campagna::ui
