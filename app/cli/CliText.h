// The translation context of daymark-cli's messages: Cli::tr("...") is QCoreApplication::translate("daymark::cli",
// ...).
#pragma once

#include <QCoreApplication>

namespace daymark::cli {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(daymark::cli)
};

} // namespace daymark::cli
