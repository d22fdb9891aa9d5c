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

// `sourceText` of translation context `context` in `language` ("it" or
// "en"; anything else is English), whatever language is installed: for
// texts written for someone else, such as a notification in its
// recipient's language. Mark the source with QT_TRANSLATE_NOOP (or
// QT_TRANSLATE_N_NOOP for %n) so that lupdate finds it. Thread-safe.
QString translateFor(const QString &language, const char *context, const char *sourceText,
                     const char *disambiguation = nullptr, int n = -1);

} // namespace campagna
