// Checks an evidence bundle someone sent: every file against SHA256SUMS and manifest.json (hash and size), that no
// file was added or removed, that no name could escape the folder it is unzipped into, and the Ed25519 signature
// of manifest.json against signing-key.pem. Big entries are streamed.
#pragma once

#include "evidence/BlobStore.h"

#include <QDateTime>
#include <QString>
#include <atomic>
#include <vector>

namespace daymark::report {

struct BundleProblem
{
    QString file;     // the file in the bundle the problem is about
    QString sentence; // what is wrong, for a person
};

struct BundleVerification
{
    int files = 0; // entries in the zip
    bool signatureValid = false;
    QString fingerprint;  // the diary fingerprint the manifest names (empty when unreadable)
    QString publicKeyHex; // the signing key, to compare with one given separately
    QDateTime exportedAt;
    std::vector<BundleProblem> problems;
    bool ok() const { return problems.empty() && signatureValid; }
};

// Throws Error only when `path` cannot be read as a zip at all (NotFound, Corrupt) or on cancellation.
BundleVerification verifyBundle(const QString& path, const evidence::Progress& progress = {},
                                const std::atomic<bool>* cancel = nullptr);

// The raw 32-byte key of an Ed25519 public key in PEM (SubjectPublicKeyInfo); empty when it is not one.
QByteArray ed25519KeyFromPem(const QByteArray& pem);

} // namespace daymark::report
