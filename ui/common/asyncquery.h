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

// runAsync with the generation built in, for a model or a page that asks
// the same kind of question again and again: start() makes every answer
// still on its way stale, more() asks within the current generation (the
// next window of a table), cancel() drops everything on its way. An answer
// reaches `done` only if it is of the latest generation and `context`
// still exists. The owner (usually `context` itself) keeps the call.
// GUI thread.
class AsyncCall final
{
public:
    AsyncCall(engine::WorkflowEngine *engine, QObject *context)
        : m_engine(engine)
        , m_context(context)
    {}
    Q_DISABLE_COPY_MOVE(AsyncCall)

    engine::WorkflowEngine *engine() const { return m_engine; }
    // True from a start() or more() until its answer arrives or is dropped.
    bool isBusy() const { return m_busy; }
    void cancel()
    {
        ++m_generation;
        m_busy = false;
    }

    template<typename T, typename Work, typename Done> void start(Work work, Done done)
    {
        cancel();
        more<T>(std::move(work), std::move(done));
    }

    template<typename T, typename Work, typename Done> void more(Work work, Done done)
    {
        if (!m_engine)
            return;
        m_busy = true;
        const quint64 generation = m_generation;
        // runAsync calls back only while the context, which keeps this
        // call, exists.
        runAsync<T>(m_engine, m_context, std::move(work),
                    [this, generation, done = std::move(done)](Result<T> result) {
                        if (generation != m_generation)
                            return;
                        m_busy = false;
                        done(std::move(result));
                    });
    }

private:
    QPointer<engine::WorkflowEngine> m_engine;
    QObject *m_context;
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace campagna::ui
