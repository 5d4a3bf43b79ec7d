// Loading translations: Daymark's own from the resources, Qt's from where the system keeps them.
#include "common/Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

// The translations are a resource of the static core library (translations/CMakeLists.txt); naming it here keeps
// the linker from dropping it.
static void initTranslationResource()
{
#ifdef DAYMARK_HAS_TRANSLATIONS
    Q_INIT_RESOURCE(daymark_translations);
#endif
}

namespace daymark::language {
namespace {

const QString kPrefix = QStringLiteral("daymark_");
const QString kFolder = QStringLiteral(":/i18n");

// Looks a text up by its source alone: the compiled files hold one context (see translations/tools/FlattenTs.cpp).
class SourceTextTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char*, const char* sourceText, const char* disambiguation, int n) const override
    {
        return QTranslator::translate("daymark", sourceText, disambiguation, n);
    }
};

// lupdate picks this up; Arabic's translation of it is "RTL", which makes Qt lay every window out right-to-left.
[[maybe_unused]] const char* const kLayoutDirection = QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION");

} // namespace

QStringList available()
{
    initTranslationResource();
    QStringList codes;
    const QStringList files = QDir(kFolder).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        codes << file.mid(kPrefix.size()).chopped(3);
    return codes;
}

QString install(const QString& code)
{
    initTranslationResource();
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    auto* own = new SourceTextTranslator(QCoreApplication::instance());
    if (!own->load(locale, QStringLiteral("daymark"), QStringLiteral("_"), kFolder)) {
        delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return QFileInfo(own->filePath()).completeBaseName().mid(kPrefix.size());
}

QString nativeName(const QString& code)
{
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

} // namespace daymark::language
