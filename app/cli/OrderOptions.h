// A protection order's fields as options (orders add / amend) and as text (orders list / show).
#pragma once

#include "diary/OrderRepository.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <vector>

namespace daymark::diary {
class Diary;
}

namespace daymark::cli {

// The options of `orders add`; with `amending`, the options of `orders amend` (conditions added and removed by
// number rather than given whole).
std::vector<QCommandLineOption> orderFieldOptions(bool amending);
bool anyOrderFieldGiven(const QCommandLineParser& parser);
// Sets what needs nothing from the diary (kind, dates, text, conditions). Throws Error(InvalidInput).
void applyOrderFields(const QCommandLineParser& parser, diary::ProtectionOrder& order);
// Resolves --respondent in `diary`. Throws Error(InvalidInput).
void applyOrderLinks(const QCommandLineParser& parser, diary::Diary& diary, diary::ProtectionOrder& order);

QString orderTitle(const diary::ProtectionOrder& order);
QString orderLine(const diary::OrderRecord& record);
void writeOrder(QTextStream& out, diary::Diary& diary, const diary::OrderRecord& record,
                const std::vector<diary::RecordedBreach>& breaches);

} // namespace daymark::cli
