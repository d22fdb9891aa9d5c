#include "common/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
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

} // namespace campagna
