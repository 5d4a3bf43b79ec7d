// Reading a Qt Linguist .ts file for the translation checks: each message with its context, source, translation
// (or plural forms) and whether it is finished.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one, or the plural forms
    bool numerus = false;
    bool finished = false; // no type="unfinished" / "vanished" / "obsolete"
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
};

// Throws std::runtime_error naming the line when the file cannot be read.
TsFile readTsFile(const QString& path);

// The %1..%99 (and %n) markers of a text, sorted and without repeats.
QStringList placeholders(const QString& text);
