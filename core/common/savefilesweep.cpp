#include "common/savefilesweep.h"

#include <QDir>
#include <QFileInfo>

namespace campagna {

int SaveFileSweep::sweep(const QString &directory, const QRegularExpression &finalName)
{
    static const QRegularExpression suffix(QStringLiteral("^(.+)\\.[A-Za-z0-9]{6}$"));
    const QRegularExpression whole(QStringLiteral("\\A(?:") + finalName.pattern() +
                                   QStringLiteral(")\\z"));
    int removed = 0;
    const QFileInfoList entries = QDir(directory).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &entry : entries) {
        const auto match = suffix.match(entry.fileName());
        if (!match.hasMatch() || !whole.match(match.captured(1)).hasMatch())
            continue;
        if (QFile::remove(entry.absoluteFilePath()))
            ++removed;
    }
    return removed;
}

QRegularExpression SaveFileSweep::patternRegex(const QString &pattern)
{
    static const QRegularExpression field(
        QStringLiteral("\\{(date|delivery_id|delivery_label)\\}"));
    QString regex;
    qsizetype at = 0;
    auto it = field.globalMatch(pattern);
    while (it.hasNext()) {
        const auto match = it.next();
        regex += QRegularExpression::escape(pattern.mid(at, match.capturedStart() - at));
        const QString name = match.captured(1);
        regex += name == u"date"          ? QStringLiteral("[0-9]{8}")
                 : name == u"delivery_id" ? QStringLiteral("[0-9]+")
                                          : QStringLiteral("[A-Za-z0-9_-]*");
        at = match.capturedEnd();
    }
    regex += QRegularExpression::escape(pattern.mid(at));
    return QRegularExpression(regex);
}

QRegularExpression SaveFileSweep::nameRegex(const QString &name)
{
    return QRegularExpression(QRegularExpression::escape(name));
}

} // namespace campagna
