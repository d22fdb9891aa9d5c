#pragma once

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace campagna::test {

// The outcome of one campagnactl process.
struct CtlResult
{
    int code = -1; // -1: crashed, killed or timed out
    QString out;
    QString err;
    QJsonObject json() const;
    QString describe() const;
};

// Runs the real campagnactl (its path comes from CTest in CAMPAGNA_CTL)
// with `args`; `extra` adds environment variables (e.g. fault injection).
CtlResult runCtl(const QStringList &args, const QProcessEnvironment &extra = {});

// Every row of `table`, each as one line of text, in a stable order (all
// columns ascending): for comparing a table before and after.
QStringList dumpTable(const QSqlDatabase &db, const QString &table);

} // namespace campagna::test
