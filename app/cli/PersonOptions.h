// A person's fields as options (people add / amend) and as text (people list / show).
#pragma once

#include "diary/Person.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <vector>

namespace daymark::cli {

std::vector<QCommandLineOption> personFieldOptions();
bool anyPersonFieldGiven(const QCommandLineParser& parser);
// Sets the given fields; a list option replaces the list, and one empty value clears it. Throws Error(InvalidInput).
void applyPersonFields(const QCommandLineParser& parser, diary::Person& person);

QString personLine(const diary::PersonRecord& record);
void writePerson(QTextStream& out, const diary::PersonRecord& record);

} // namespace daymark::cli
