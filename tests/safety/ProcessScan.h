// Helpers for the whole-process safety tests: searching folders for a string's bytes (UTF-8, UTF-16 both byte
// orders), and the paths of the built programs.
#pragma once

#include <QString>
#include <QStringList>

namespace daymark::test::safety {

QString guiPath();
QString canarySessionPath();

// The byte forms a program might write `text` in: UTF-8 (= ASCII for ASCII text), UTF-16LE, UTF-16BE.
QList<QByteArray> encodingsOf(const QString& text);

// Every regular file under `folder` (hidden ones too, links not followed) whose bytes or whose path contain any of
// `needles`; `skip` lists folders not to enter. Also counts the files read.
QStringList filesContaining(const QString& folder, const QList<QByteArray>& needles, const QStringList& skip = {},
                            int* filesRead = nullptr);

} // namespace daymark::test::safety
