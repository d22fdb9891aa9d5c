#pragma once

#include "engine/workflow.h"

#include <QCoreApplication>
#include <QString>

namespace campagna::engine {

// Stands for a workflow whose processing this version does not have: every
// run fails with a clear message (never a fake success).
class UnavailableWorkflow final : public Workflow
{
    Q_DECLARE_TR_FUNCTIONS(campagna::engine::UnavailableWorkflow)

public:
    explicit UnavailableWorkflow(QString name)
        : m_name(std::move(name))
    {}
    Result<void> run(RunContext &context) override;

private:
    QString m_name;
};

} // namespace campagna::engine
