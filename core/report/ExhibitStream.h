// Streams an exhibit's original bytes from the diary into any device (a zip entry), checking its SHA-256 on the
// way, without a file in between: decrypted bytes never touch the disk.
#pragma once

#include "evidence/BlobStore.h"

#include <QUuid>

namespace daymark::diary {
class Diary;
}

namespace daymark::report {

// Throws Error (NotFound for a deleted exhibit, Corrupt when the bytes do not match, Cancelled).
// (ExhibitRepository::extract writes to a path only; an overload taking a QIODevice there would be the natural
// home for this.)
void streamExhibit(diary::Diary& diary, const QUuid& exhibit, QIODevice& out, const evidence::Progress& progress = {},
                   const std::atomic<bool>* cancel = nullptr);

} // namespace daymark::report
