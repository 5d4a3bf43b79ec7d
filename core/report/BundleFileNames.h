// File names inside a bundle that unzip anywhere: Windows, macOS and Linux, case-insensitive file systems included.
#pragma once

#include <QSet>
#include <QString>

namespace daymark::report {

// `name` made safe as one path component: no <>:"/\|?* or control characters, no trailing dots or spaces, not a
// Windows device name (CON, PRN, AUX, NUL, COM1-9, LPT1-9, with or without an extension), NFC-normalised, at most
// `maxLength` characters with the extension kept. Never empty ("file" when nothing is left).
QString safeFileName(const QString& name, int maxLength = 120);

// Exhibit files: "JS-1_original-name.jpg" for exhibit JS/1.
QString exhibitFileName(const QString& label, const QString& originalName);

// Hands out names unique regardless of case: a second "a.jpg" becomes "a-2.jpg".
class UniqueNames
{
public:
    QString claim(const QString& name);

private:
    QSet<QString> m_taken; // case-folded
};

} // namespace daymark::report
