#include "common/translations.h"

#include <QCoreApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QMutex>
#include <QTranslator>

#include <memory>

namespace campagna {

namespace {

struct Installed
{
    std::unique_ptr<QTranslator> own;
    std::unique_ptr<QTranslator> qt;
    QString language = QStringLiteral("en");
};

Installed &installed()
{
    static Installed state;
    return state;
}

} // namespace

QString systemLanguage()
{
    return QLocale::system().language() == QLocale::Italian ? QStringLiteral("it")
                                                            : QStringLiteral("en");
}

bool installTranslations(const QString &language)
{
    if (language != u"it" && language != u"en")
        return false;
    Installed &state = installed();
    if (state.own)
        QCoreApplication::removeTranslator(state.own.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    state.own = std::make_unique<QTranslator>();
    state.qt = std::make_unique<QTranslator>();
    if (state.own->load(QStringLiteral(":/i18n/campagna_") + language + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(state.own.get());
    if (state.qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(state.qt.get());
    state.language = language;
    QLocale::setDefault(QLocale(language == u"it" ? QLocale::Italian : QLocale::English,
                                language == u"it" ? QLocale::Italy : QLocale::UnitedKingdom));
    return true;
}

QString currentLanguage()
{
    return installed().language;
}

QString translateFor(const QString &language, const char *context, const char *sourceText,
                     const char *disambiguation, int n)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<QTranslator>> translators;
    // English is a translation too: it holds the plural forms.
    const QString lang = language == u"it" ? QStringLiteral("it") : QStringLiteral("en");
    std::shared_ptr<QTranslator> translator;
    {
        QMutexLocker lock(&mutex);
        auto &slot = translators[lang];
        if (!slot) {
            slot = std::make_shared<QTranslator>();
            if (!slot->load(QStringLiteral(":/i18n/campagna_") + lang + QStringLiteral(".qm")))
                slot.reset();
        }
        translator = slot;
    }
    QString text;
    if (translator)
        text = translator->translate(context, sourceText, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(sourceText);
    if (n >= 0)
        text.replace(QLatin1String("%n"), QString::number(n));
    return text;
}

} // namespace campagna
