// The language Daymark speaks: its own translations (translations/daymark_<code>.ts, compiled into the programs as
// ":/i18n/daymark_<code>.qm") and Qt's for the standard buttons, loaded at start from the language chosen in the
// settings or else the system's. Arabic turns the whole interface right-to-left through the translation of
// QT_LAYOUT_DIRECTION.
#pragma once

#include <QString>
#include <QStringList>

namespace daymark::language {

// The codes of the translations built in ("ar", "cy", "pl"), sorted; English is the source language.
QStringList available();

// Loads the translation for `code` ("cy"), or for the system's languages when `code` is empty, into the running
// application. Returns the code loaded, or "en" when Daymark has no translation for it (English stays).
QString install(const QString& code);

// The language's own name for itself ("Cymraeg", "Polski", "العربية").
QString nativeName(const QString& code);

} // namespace daymark::language
