// The producer's initials in exhibit numbers ("JS" in JS/1): checked before anything is asked or written.
#pragma once

#include <QString>

namespace daymark::cli {

// The initials in upper case, or Error(InvalidInput) naming `option` when they are not 1 to 4 letters (the rule of
// diary::ExhibitRepository::setInitials, checked here so that a typo is reported before the password prompt).
QString checkedInitials(const QString& option, const QString& value);

} // namespace daymark::cli
