// One line of a WhatsApp "Export chat" file: whether it starts a message, and the date, time and rest it holds.
// Handles the Android shape ("23/06/2018, 13:55 - Name: text") and the iOS shape ("[23/06/2018, 13:55:10] Name:
// text"), 12- and 24-hour clocks in their many spellings ("PM", "p.m.", "p. m."), and the invisible marks real exports
// carry (U+200E, U+200F before the line; U+00A0, U+202F as spaces).
#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace daymark::importers {

struct WhatsAppHeader
{
    int fields[3] = {0, 0, 0}; // the date's three numbers in the order written
    int widths[3] = {0, 0, 0}; // how many digits each had (a 4-digit one is the year)
    int hour = 0;              // as written (1-12 with a 12-hour clock)
    int minute = 0;
    int second = 0;
    enum class Meridiem { None, Am, Pm } meridiem = Meridiem::None;
    int shape = 0;           // bracket, date separator, clock and separator after the time: lines of one file share it
    qsizetype restStart = 0; // where the sender (or system text) begins in the original line
};

// A header when `line` starts a message; nullopt for a continuation line.
std::optional<WhatsAppHeader> matchWhatsAppHeader(const QString& line);

// The line without the direction marks WhatsApp puts in front of some lines and words.
QString withoutDirectionMarks(QStringView text);
bool isDirectionMark(QChar c); // U+200E, U+200F, and U+FEFF (a byte-order mark in the middle of a line)

} // namespace daymark::importers
