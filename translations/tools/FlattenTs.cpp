// daymark-ts-flatten IN.ts OUT.ts: writes a copy of a Qt Linguist file with every message moved into the single
// context "daymark", keeping the first finished translation of each source text (and disambiguation).
//
// Daymark's code reaches Qt's translate() in several ways (a class's tr(), a file's tr() helper naming its
// namespace, QT_TRANSLATE_NOOP tables), and lupdate does not always name the context the code asks for at run time.
// The translations are full sentences, so the app looks them up by source text alone (see common/Language.cpp),
// and this flattened file is what lrelease compiles. Translators keep working on the real .ts, which shows them
// where each text is used.
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QList>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <cstdio>

namespace {

struct Message
{
    QString source;
    QString comment; // the disambiguation
    QStringList translations;
    bool numerus = false;
    bool finished = false;
};

// Reads one <message> element (the reader is at its start).
Message readMessage(QXmlStreamReader& xml)
{
    Message m;
    m.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source") {
            m.source = xml.readElementText();
        } else if (xml.name() == u"comment") {
            m.comment = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const auto type = xml.attributes().value(QLatin1String("type"));
            m.finished = type.isEmpty();
            if (m.numerus) {
                while (xml.readNextStartElement())
                    m.translations << xml.readElementText();
            } else {
                m.translations << xml.readElementText();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return m;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: daymark-ts-flatten IN.ts OUT.ts\n");
        return 2;
    }
    QFile in(QString::fromLocal8Bit(argv[1]));
    if (!in.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "daymark-ts-flatten: cannot read %s\n", argv[1]);
        return 1;
    }
    QXmlStreamReader xml(&in);
    QString language;
    QList<Message> messages;
    QHash<QString, qsizetype> seen; // source + disambiguation → index in messages
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"TS")
            language = xml.attributes().value(QLatin1String("language")).toString();
        if (!xml.isStartElement() || xml.name() != u"message")
            continue;
        Message m = readMessage(xml);
        if (!m.finished)
            continue;
        const QString key = m.source + QChar(0) + m.comment;
        if (!seen.contains(key)) {
            seen.insert(key, messages.size());
            messages << m;
        }
    }
    if (xml.hasError()) {
        std::fprintf(stderr, "daymark-ts-flatten: %s: line %lld: %s\n", argv[1], xml.lineNumber(),
                     qPrintable(xml.errorString()));
        return 1;
    }

    QFile out(QString::fromLocal8Bit(argv[2]));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "daymark-ts-flatten: cannot write %s\n", argv[2]);
        return 1;
    }
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeDTD(QStringLiteral("<!DOCTYPE TS>"));
    w.writeStartElement(QStringLiteral("TS"));
    w.writeAttribute(QStringLiteral("version"), QStringLiteral("2.1"));
    w.writeAttribute(QStringLiteral("language"), language);
    w.writeStartElement(QStringLiteral("context"));
    w.writeTextElement(QStringLiteral("name"), QStringLiteral("daymark"));
    for (const Message& m : messages) {
        w.writeStartElement(QStringLiteral("message"));
        if (m.numerus)
            w.writeAttribute(QStringLiteral("numerus"), QStringLiteral("yes"));
        w.writeTextElement(QStringLiteral("source"), m.source);
        if (!m.comment.isEmpty())
            w.writeTextElement(QStringLiteral("comment"), m.comment);
        w.writeStartElement(QStringLiteral("translation"));
        if (m.numerus) {
            for (const QString& form : m.translations)
                w.writeTextElement(QStringLiteral("numerusform"), form);
        } else {
            w.writeCharacters(m.translations.value(0));
        }
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out.flush() ? 0 : 1;
}
