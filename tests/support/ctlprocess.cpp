#include "ctlprocess.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace campagna::test {

QJsonObject CtlResult::json() const
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

QString CtlResult::describe() const
{
    return QStringLiteral("exit %1, stdout: %2, stderr: %3").arg(code).arg(out, err);
}

CtlResult runCtl(const QStringList &args, const QProcessEnvironment &extra)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CAMPAGNA_DB"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    const QStringList keys = extra.keys();
    for (const QString &key : keys)
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("CAMPAGNA_CTL"), args);
    CtlResult result;
    if (!process.waitForFinished(300000))
        return result;
    result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QStringList dumpTable(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery columns(db);
    columns.exec(QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(table));
    const int count = columns.record().count();
    QStringList order;
    for (int i = 1; i <= count; ++i)
        order << QString::number(i);
    QSqlQuery query(db);
    QStringList rows;
    if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order.join(u','))))
        return {QStringLiteral("error: ") + query.lastError().text()};
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < count; ++i)
            values << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
        rows << values.join(u'|');
    }
    return rows;
}

} // namespace campagna::test
