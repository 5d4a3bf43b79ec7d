// Three independent lists must agree: the zip's entries, SHA256SUMS and the signed manifest. Each disagreement is
// reported against the file it concerns.
#include "report/BundleVerifier.h"

#include "common/Error.h"
#include "crypto/Ed25519Key.h"
#include "crypto/Sha256.h"
#include "report/BundleWriter.h"
#include "report/zip/ZipReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <map>

namespace daymark::report {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("daymark::report", text);
}

QString name(const char* file)
{
    return QString::fromLatin1(file);
}

struct Content
{
    qint64 size = 0;
    QString sha256; // hex; empty when it could not be read
    QString readError;
};

// A name that would land outside the folder it is unzipped into, or could not be a file name there.
bool unsafePath(const QString& path)
{
    if (path.isEmpty() || path.startsWith(u'/') || path.contains(u'\\') || path.contains(QChar(0)) ||
        (path.size() >= 2 && path.at(1) == u':'))
        return true;
    for (const QString& part : path.split(u'/'))
        if (part == QLatin1String("..") || part == QLatin1String("."))
            return true;
    return false;
}

class Checker
{
public:
    void problem(const QString& file, const QString& sentence) { result.problems.push_back({file, sentence}); }
    BundleVerification result;
};

} // namespace

QByteArray ed25519KeyFromPem(const QByteArray& pem)
{
    static const QByteArray kPrefix = QByteArray::fromHex("302a300506032b6570032100");
    const QByteArray begin("-----BEGIN PUBLIC KEY-----");
    const QByteArray end("-----END PUBLIC KEY-----");
    const qsizetype from = pem.indexOf(begin);
    const qsizetype to = pem.indexOf(end);
    if (from < 0 || to <= from)
        return {};
    const QByteArray body = pem.mid(from + begin.size(), to - from - begin.size()).simplified().replace(' ', "");
    const auto decoded = QByteArray::fromBase64Encoding(body, QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray& der = decoded.decoded;
    if (!decoded || der.size() != kPrefix.size() + 32 || !der.startsWith(kPrefix))
        return {};
    return der.mid(kPrefix.size());
}

BundleVerification verifyBundle(const QString& path, const evidence::Progress& progress,
                                const std::atomic<bool>* cancel)
{
    const zip::ZipReader reader(path);
    Checker c;
    BundleVerification& r = c.result;
    const qint64 count = reader.count();
    r.files = int(count);

    // 1. Read every entry once, hashing as it streams.
    qint64 total = 0;
    for (qint64 i = 0; i < count; ++i)
        total += std::max<qint64>(0, reader.size(i));
    qint64 done = 0;
    std::map<QString, Content> contents;
    QHash<QString, QString> folded; // case-folded name -> name, for names that clash on Windows and macOS
    QByteArray manifestBytes, signature, publicKeyPem, sumsBytes;
    for (qint64 i = 0; i < count; ++i) {
        const QString file = reader.name(i);
        if (file.endsWith(u'/') && reader.size(i) == 0) {
            if (unsafePath(file.chopped(1)))
                c.problem(file, tr("%1: this folder name could put files outside the folder the bundle is unzipped "
                                   "into. The bundle was tampered with.")
                                    .arg(file));
            continue; // a folder (a re-zipped bundle has them); it holds nothing to check
        }
        if (unsafePath(file))
            c.problem(file, tr("%1: this name could put a file outside the folder the bundle is unzipped into. The "
                               "bundle was tampered with.")
                                .arg(file));
        if (contents.count(file)) {
            c.problem(file, tr("%1 is in the bundle more than once. The bundle was tampered with.").arg(file));
            continue;
        }
        if (folded.contains(file.toCaseFolded()))
            c.problem(file, tr("%1 and %2 differ only in capital letters, so one would replace the other when "
                               "unzipped on Windows or macOS. The bundle was tampered with.")
                                .arg(folded.value(file.toCaseFolded()), file));
        folded.insert(file.toCaseFolded(), file);
        const bool small = file == name(bundle::kManifest) || file == name(bundle::kSignature) ||
                           file == name(bundle::kPublicKey) || file == name(bundle::kSums);
        QByteArray* keep = file == name(bundle::kManifest)    ? &manifestBytes
                           : file == name(bundle::kSignature) ? &signature
                           : file == name(bundle::kPublicKey) ? &publicKeyPem
                           : file == name(bundle::kSums)      ? &sumsBytes
                                                              : nullptr;
        Content content;
        crypto::Sha256 hash;
        const qint64 base = done;
        const QString error = reader.read(
            i,
            [&](const char* data, qint64 size) {
                hash.update(std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(data), size_t(size)));
                content.size += size;
                if (keep && small && keep->size() < 64 * 1024 * 1024)
                    keep->append(data, size);
                if (progress)
                    progress(std::min(base + content.size, total), total);
            },
            [cancel] { return cancel && cancel->load(); });
        done = base + std::max<qint64>(0, reader.size(i));
        if (!error.isEmpty()) {
            content.readError = error;
            c.problem(
                file,
                tr("%1 could not be read from the zip (%2): it was changed or damaged after export.").arg(file, error));
        } else {
            const crypto::Digest digest = hash.finish();
            content.sha256 = QString::fromLatin1(
                QByteArray(reinterpret_cast<const char*>(digest.data()), qsizetype(digest.size())).toHex());
        }
        contents.emplace(file, content);
    }

    auto present = [&contents](const char* file) { return contents.count(name(file)) > 0; };
    for (const char* required : {bundle::kManifest, bundle::kSignature, bundle::kPublicKey, bundle::kSums})
        if (!present(required))
            c.problem(name(required),
                      tr("%1 is missing from the bundle, so it cannot be checked. Ask for the bundle to be sent "
                         "again.")
                          .arg(name(required)));

    // 2. SHA256SUMS: every other file, with the hash it has now.
    std::map<QString, QString> listedSums;
    const bool sumsReadable = present(bundle::kSums) && contents.at(name(bundle::kSums)).readError.isEmpty();
    if (sumsReadable) {
        static const QRegularExpression line(QStringLiteral("^([0-9a-fA-F]{64}) [ *](.+)$"));
        // Exactly as written: one "<hash>  <name>" line each, every line ending in a newline, nothing else.
        QStringList lines = QString::fromUtf8(sumsBytes).split(u'\n');
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        else
            lines.append(QString()); // no final newline: reported as a bad line below
        for (const QString& text : lines) {
            const auto m = line.match(text);
            if (!m.hasMatch() || text.contains(u'\r')) {
                c.problem(name(bundle::kSums),
                          tr("SHA256SUMS has a line that is not a hash and a file name: it was changed after "
                             "export."));
                continue;
            }
            const QString file = m.captured(2);
            if (listedSums.count(file))
                c.problem(file, tr("%1 is listed twice in SHA256SUMS: the list was changed after export.").arg(file));
            listedSums[file] = m.captured(1).toLower();
        }
        for (const auto& [file, sha] : listedSums) {
            const auto it = contents.find(file);
            if (it == contents.end())
                c.problem(file, tr("%1 is listed in SHA256SUMS but is missing from the bundle: it was removed after "
                                   "export.")
                                    .arg(file));
            else if (it->second.readError.isEmpty() && it->second.sha256 != sha)
                c.problem(
                    file,
                    tr("%1 does not match its SHA-256 in SHA256SUMS: the file was changed after export.").arg(file));
        }
        for (const auto& [file, content] : contents)
            if (file != name(bundle::kSums) && !listedSums.count(file))
                c.problem(file,
                          tr("%1 is not listed in SHA256SUMS: it was added to the bundle after export.").arg(file));
    }

    // 3. manifest.json: every file but itself, its signature and SHA256SUMS, with size and hash.
    QJsonObject manifest;
    if (present(bundle::kManifest) && contents.at(name(bundle::kManifest)).readError.isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(manifestBytes, &parseError);
        if (!document.isObject() ||
            document.object().value(QStringLiteral("format")).toString() != QLatin1String("daymark-bundle"))
            c.problem(name(bundle::kManifest),
                      tr("manifest.json is not a Daymark bundle manifest: it was changed, or this is not an "
                         "evidence bundle."));
        else
            manifest = document.object();
    }
    if (!manifest.isEmpty()) {
        r.fingerprint =
            manifest.value(QStringLiteral("diary")).toObject().value(QStringLiteral("fingerprint")).toString();
        r.exportedAt =
            QDateTime::fromString(manifest.value(QStringLiteral("exportedAt")).toString(), Qt::ISODateWithMs);
        std::map<QString, QJsonObject> listed;
        for (const QJsonValue& value : manifest.value(QStringLiteral("files")).toArray()) {
            const QJsonObject entry = value.toObject();
            const QString file = entry.value(QStringLiteral("path")).toString();
            if (listed.count(file))
                c.problem(file, tr("%1 is listed twice in manifest.json.").arg(file));
            listed[file] = entry;
        }
        for (const auto& [file, entry] : listed) {
            const auto it = contents.find(file);
            if (it == contents.end())
                c.problem(file, tr("%1 is listed in manifest.json but is missing from the bundle: it was removed "
                                   "after export.")
                                    .arg(file));
            else if (it->second.readError.isEmpty() &&
                     (it->second.sha256 != entry.value(QStringLiteral("sha256")).toString() ||
                      it->second.size != entry.value(QStringLiteral("size")).toInteger(-1)))
                c.problem(file, tr("%1 does not match its size and SHA-256 in manifest.json: the file was changed "
                                   "after export.")
                                    .arg(file));
        }
        for (const auto& [file, content] : contents)
            if (file != name(bundle::kManifest) && file != name(bundle::kSignature) && file != name(bundle::kSums) &&
                !listed.count(file))
                c.problem(file,
                          tr("%1 is not listed in manifest.json: it was added to the bundle after export.").arg(file));
        // SHA256SUMS is not signed; it must say exactly what the signed manifest says, plus the manifest and its
        // signature as they are.
        if (sumsReadable) {
            std::map<QString, QString> expected;
            for (const auto& [file, entry] : listed)
                expected[file] = entry.value(QStringLiteral("sha256")).toString();
            for (const char* file : {bundle::kManifest, bundle::kSignature})
                if (present(file))
                    expected[name(file)] = contents.at(name(file)).sha256;
            if (expected != listedSums)
                c.problem(name(bundle::kSums), tr("SHA256SUMS does not agree with the signed manifest.json: it was "
                                                  "changed after export."));
        }
    }

    // 4. The signature over manifest.json's exact bytes, with the key in signing-key.pem (which the manifest names).
    if (!manifest.isEmpty() && present(bundle::kSignature) && present(bundle::kPublicKey)) {
        const QByteArray key = ed25519KeyFromPem(publicKeyPem);
        r.publicKeyHex = QString::fromLatin1(key.toHex());
        const QString named =
            manifest.value(QStringLiteral("signingKey")).toObject().value(QStringLiteral("publicKey")).toString();
        if (key.isEmpty())
            c.problem(name(bundle::kPublicKey),
                      tr("signing-key.pem is not an Ed25519 public key: it was changed after export."));
        else if (named.compare(r.publicKeyHex, Qt::CaseInsensitive) != 0)
            c.problem(name(bundle::kPublicKey),
                      tr("signing-key.pem is not the key manifest.json names: one of them was changed after export."));
        else if (signature.size() != 64 || !crypto::Ed25519Key::verify(key, manifestBytes, signature))
            c.problem(name(bundle::kSignature),
                      tr("manifest.sig is not a valid signature of manifest.json by signing-key.pem: manifest.json or "
                         "manifest.sig was changed after export."));
        else
            r.signatureValid = true;
    }
    return r;
}

} // namespace daymark::report
