// The insights commands (insights, screening): what main's command table calls.
#pragma once

#include <QStringList>

namespace daymark::cli {

class CliContext;

int runInsights(CliContext& context, const QStringList& arguments);
int runScreening(CliContext& context, const QStringList& arguments);

} // namespace daymark::cli
