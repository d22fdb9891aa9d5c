#pragma once

#include <QString>

class QCoreApplication;

namespace campagna {

// The language a user gets when they have not chosen one: Italian for an
// it_* system locale, English otherwise.
QString systemLanguage();

// Installs the translators for `language` ("it" or "en"): Campagna's own
// (embedded under :/i18n/) and Qt's. Replaces those installed before, so
// it can switch languages at run time. Returns false for an unknown
// language. Call on the application's thread.
bool installTranslations(const QString &language);

// The language installed last ("en" before any call).
QString currentLanguage();

} // namespace campagna
