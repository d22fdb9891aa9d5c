#include "db/driverwarnings.h"

#include <QString>
#include <QtGlobal>

namespace campagna::db {

namespace {

QtMessageHandler g_previous = nullptr;

void filter(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("Unable to free statement")) &&
        message.contains(QLatin1String("transaction is aborted")))
        return;
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

void installDriverWarningFilter()
{
    if (!g_previous)
        g_previous = qInstallMessageHandler(filter);
}

} // namespace campagna::db
