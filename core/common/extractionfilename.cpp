#include "common/extractionfilename.h"

#include <QDateTime>
#include <QTimeZone>

namespace campagna {

QString ExtractionFileName::fromPattern(const QString &pattern, qint64 at, qint64 deliveryId,
                                        const QString &deliveryLabel)
{
    // Decomposed first, so that "ò" keeps its "o" and loses only the accent.
    QString label;
    for (const QChar c : deliveryLabel.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const bool keep = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                          (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
        label.append(keep ? c : QChar(u'_'));
    }
    QString name = pattern;
    name.replace(
        QStringLiteral("{date}"),
        QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc()).toString(QStringLiteral("yyyyMMdd")));
    name.replace(QStringLiteral("{delivery_id}"), QString::number(deliveryId));
    name.replace(QStringLiteral("{delivery_label}"), label);
    return name;
}

} // namespace campagna
