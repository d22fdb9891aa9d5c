#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace campagna::cli {

// campagnactl: parses the command line of 01-product.md and runs one
// command, writing to `out` (one JSON document with --json) and `err`.
// Returns the process exit code: 0 success, 1 the run or action failed,
// 2 usage/configuration/connection error, 3 the workflow's lease is held.
//
// Threading: call on the main thread with a QCoreApplication; `serve`
// runs its event loop until SIGINT/SIGTERM.
class ControlCommand final
{
    Q_DECLARE_TR_FUNCTIONS(campagna::cli::ControlCommand)

public:
    enum ExitCode { Success = 0, Failed = 1, UsageError = 2, LeaseHeld = 3 };

    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace campagna::cli
