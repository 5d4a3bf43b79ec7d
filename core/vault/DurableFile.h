// File operations a diary needs to survive a crash or power cut: exclusive private creation, fsync of a file and
// of its folder, and atomic replacement.
#pragma once

#include <QString>

namespace daymark::vault::DurableFile {

// Creates an empty file readable only by its owner (mode 0600). Throws Error (AlreadyExists, ReadOnly, DiskFull,
// NotFound for a missing folder, Io).
void createPrivate(const QString& path);
// Flushes a file's contents and the folder entry that names it to the disk.
void sync(const QString& path);
void syncFolderOf(const QString& path);
// Renames `from` over `to` in one step and makes the rename durable.
void replace(const QString& from, const QString& to);
// Restricts an existing file to its owner (0600); best effort.
void makePrivate(const QString& path);

} // namespace daymark::vault::DurableFile
