// The options that choose incidents (dates, types, people, orders, breach, reported, deleted, limit), shared by
// `list` and `search`.
#pragma once

#include "diary/IncidentFilter.h"

#include <QCommandLineParser>

namespace daymark::diary {
class Diary;
}

namespace daymark::cli {

struct Selection
{
    diary::IncidentFilter filter;
    int limit = -1; // -1: all
    int offset = 0;
};

class FilterOptions
{
public:
    static void addTo(QCommandLineParser& parser);
    // Checks what needs no diary (dates, types, numbers, contradictions). Throws Error(InvalidInput).
    static Selection parse(const QCommandLineParser& parser);
    // Resolves --person and --order in `diary`. Throws Error(InvalidInput).
    static void resolve(const QCommandLineParser& parser, diary::Diary& diary, Selection& selection);
};

} // namespace daymark::cli
