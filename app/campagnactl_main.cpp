#include "cli/controlcommand.h"
#include "db/driverwarnings.h"

#include <QCoreApplication>
#include <QTextStream>

#include <csignal>
#include <cstdio>

int main(int argc, char *argv[])
{
    // Past the file size limit (ulimit -f), write() then fails with EFBIG and
    // the command reports it; by default SIGXFSZ would kill the process in
    // the middle of a file.
    std::signal(SIGXFSZ, SIG_IGN);
    QCoreApplication app(argc, argv);
    campagna::db::installDriverWarningFilter();
    // Shared with the console, so both find the same local database.
    QCoreApplication::setOrganizationName(QStringLiteral("Campagna"));
    QCoreApplication::setApplicationName(QStringLiteral("campagna"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAMPAGNA_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = campagna::cli::ControlCommand::run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
