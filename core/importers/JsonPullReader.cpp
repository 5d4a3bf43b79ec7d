// JSON tokens one at a time, with the line and column of each for error messages.
#include "importers/JsonPullReader.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringDecoder>

namespace daymark::importers {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("daymark::importers", text);
}

constexpr qint64 kChunk = 64 * 1024;

void appendUtf8(QByteArray& out, uint cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool isHighSurrogate(uint u)
{
    return u >= 0xD800 && u <= 0xDBFF;
}

bool isLowSurrogate(uint u)
{
    return u >= 0xDC00 && u <= 0xDFFF;
}

QString shown(int byte)
{
    if (byte > 0x20 && byte < 0x7F)
        return QStringLiteral("\"%1\"").arg(QChar(byte));
    return tr("the byte 0x%1").arg(byte, 2, 16, QLatin1Char('0'));
}

} // namespace

JsonPullReader::JsonPullReader(QIODevice& device) : m_device(device) {}

void JsonPullReader::fail(const QString& problem) const
{
    throw Error(Error::Kind::InvalidInput,
                tr("Line %1, column %2: %3 Nothing was imported.").arg(m_line).arg(m_column).arg(problem));
}

QString JsonPullReader::typeName(Type type)
{
    switch (type) {
    case Type::Object:
        return tr("an object ({…})");
    case Type::Array:
        return tr("a list ([…])");
    case Type::String:
        return tr("a text");
    case Type::Number:
        return tr("a number");
    case Type::Bool:
        return tr("true or false");
    case Type::Null:
        return tr("null");
    }
    return {};
}

void JsonPullReader::refill()
{
    if (m_eof)
        return;
    m_buffer = m_device.read(kChunk);
    m_pos = 0;
    if (m_buffer.isEmpty()) {
        if (!m_device.atEnd())
            throw Error(Error::Kind::Io,
                        tr("The export could not be read after line %1. Check that the file is complete and readable.")
                            .arg(m_line),
                        m_device.errorString());
        m_eof = true;
    }
}

int JsonPullReader::peekByte()
{
    if (m_pos >= m_buffer.size())
        refill();
    return m_eof ? -1 : static_cast<unsigned char>(m_buffer.at(m_pos));
}

void JsonPullReader::advance()
{
    const char c = m_buffer.at(m_pos++);
    ++m_offset;
    if (c == '\n') {
        ++m_line;
        m_column = 1;
    } else {
        ++m_column;
    }
}

void JsonPullReader::skipSpace()
{
    if (m_offset == 0 && peekByte() == 0xEF) { // a byte-order mark
        for (const int b : {0xEF, 0xBB, 0xBF}) {
            if (peekByte() != b)
                fail(tr("the file does not start like a JSON export."));
            advance();
        }
        m_column = 1;
    }
    for (int c = peekByte(); c == ' ' || c == '\n' || c == '\r' || c == '\t'; c = peekByte())
        advance();
}

void JsonPullReader::expect(char c, const char* what)
{
    skipSpace();
    const int b = peekByte();
    if (b == -1)
        fail(tr("the file ends early, where %1 was expected; it may have been cut short. Export it again.")
                 .arg(tr(what)));
    if (b != c)
        fail(tr("%1 was expected here, not %2.").arg(tr(what), shown(b)));
    advance();
}

JsonPullReader::Type JsonPullReader::peek()
{
    skipSpace();
    const int c = peekByte();
    switch (c) {
    case -1:
        fail(tr("the file ends early, where a value was expected; it may have been cut short. Export it again."));
    case '{':
        return Type::Object;
    case '[':
        return Type::Array;
    case '"':
        return Type::String;
    case 't':
    case 'f':
        return Type::Bool;
    case 'n':
        return Type::Null;
    default:
        if (c == '-' || (c >= '0' && c <= '9'))
            return Type::Number;
        fail(tr("%1 cannot start a value here; this is not well-formed JSON.").arg(shown(c)));
    }
}

void JsonPullReader::checkDepth(int depth)
{
    if (depth > kMaxDepth)
        fail(tr("values are nested more than %1 deep, which no export does.").arg(kMaxDepth));
}

void JsonPullReader::enter(char close)
{
    checkDepth(static_cast<int>(m_levels.size()) + 1);
    advance();
    m_levels.push_back({close, false});
}

void JsonPullReader::beginObject()
{
    const Type t = peek();
    if (t != Type::Object)
        fail(tr("an object ({…}) was expected here, not %1.").arg(typeName(t)));
    enter('}');
}

void JsonPullReader::beginArray()
{
    const Type t = peek();
    if (t != Type::Array)
        fail(tr("a list ([…]) was expected here, not %1.").arg(typeName(t)));
    enter(']');
}

bool JsonPullReader::continueContainer(char close)
{
    Level& level = m_levels.back();
    skipSpace();
    const int c = peekByte();
    if (c == close) {
        advance();
        m_levels.pop_back();
        return false;
    }
    if (c == -1)
        fail(tr("the file ends early, inside a list or object; it may have been cut short. Export it again."));
    if (level.any) {
        if (c != ',')
            fail(tr("a comma or \"%1\" was expected here, not %2.").arg(QChar::fromLatin1(close), shown(c)));
        advance();
    }
    level.any = true;
    return true;
}

bool JsonPullReader::nextKey(QString& key)
{
    if (!continueContainer('}'))
        return false;
    skipSpace();
    if (peekByte() != '"')
        fail(tr("a member name in quotes was expected here, not %1.").arg(shown(peekByte())));
    key = readString();
    expect(':', QT_TRANSLATE_NOOP("daymark::importers", "a colon"));
    return true;
}

bool JsonPullReader::nextItem()
{
    return continueContainer(']');
}

uint JsonPullReader::readHex4()
{
    uint value = 0;
    for (int k = 0; k < 4; ++k) {
        const int c = peekByte();
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        if (digit < 0)
            fail(tr("a \\u escape needs four hexadecimal digits."));
        advance();
        value = value * 16 + static_cast<uint>(digit);
    }
    return value;
}

void JsonPullReader::appendEscape(QByteArray& utf8)
{
    const int c = peekByte();
    if (c == -1)
        fail(tr("the file ends inside a text; it may have been cut short. Export it again."));
    advance();
    switch (c) {
    case '"':
    case '\\':
    case '/':
        utf8 += static_cast<char>(c);
        return;
    case 'b':
        utf8 += '\b';
        return;
    case 'f':
        utf8 += '\f';
        return;
    case 'n':
        utf8 += '\n';
        return;
    case 'r':
        utf8 += '\r';
        return;
    case 't':
        utf8 += '\t';
        return;
    case 'u':
        break;
    default:
        fail(tr("\\%1 is not an escape JSON knows.").arg(QChar(c)));
    }
    const uint unit = readHex4();
    if (isLowSurrogate(unit)) {
        appendUtf8(utf8, 0xFFFD);
        return;
    }
    if (!isHighSurrogate(unit)) {
        appendUtf8(utf8, unit);
        return;
    }
    // A high surrogate is followed by its low half as a second escape; anything else leaves it alone.
    if (peekByte() != '\\') {
        appendUtf8(utf8, 0xFFFD);
        return;
    }
    advance();
    if (peekByte() != 'u') {
        appendUtf8(utf8, 0xFFFD);
        appendEscape(utf8);
        return;
    }
    advance();
    const uint low = readHex4();
    if (isLowSurrogate(low)) {
        appendUtf8(utf8, 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
        return;
    }
    appendUtf8(utf8, 0xFFFD);
    appendUtf8(utf8, isHighSurrogate(low) ? 0xFFFD : low);
}

QString JsonPullReader::readString()
{
    advance(); // the opening quote
    QByteArray utf8;
    for (;;) {
        if (m_pos >= m_buffer.size()) {
            refill();
            if (m_eof)
                fail(tr("the file ends inside a text; it may have been cut short. Export it again."));
        }
        const qsizetype start = m_pos;
        const char* data = m_buffer.constData();
        while (m_pos < m_buffer.size()) {
            const auto b = static_cast<unsigned char>(data[m_pos]);
            if (b == '"' || b == '\\' || b < 0x20)
                break;
            ++m_pos;
        }
        utf8.append(data + start, m_pos - start);
        m_offset += m_pos - start;
        m_column += m_pos - start;
        if (utf8.size() > kMaxStringBytes)
            fail(tr("a text is longer than %1 MiB, more than any message holds.").arg(kMaxStringBytes / 1024 / 1024));
        if (m_pos >= m_buffer.size())
            continue;
        const auto b = static_cast<unsigned char>(data[m_pos]);
        if (b == '"') {
            advance();
            break;
        }
        if (b < 0x20)
            fail(tr("a text holds a control character (such as a raw line break) that JSON does not allow "
                    "inside quotes."));
        advance(); // the backslash
        appendEscape(utf8);
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(utf8);
    if (decoder.hasError())
        fail(tr("a text is not UTF-8. Use the file exactly as it was exported, without converting it to another "
                "encoding."));
    return text;
}

void JsonPullReader::skipString()
{
    // Skipped texts are checked for their quotes and escapes only; they are never shown.
    advance();
    for (;;) {
        const int c = peekByte();
        if (c == -1)
            fail(tr("the file ends inside a text; it may have been cut short. Export it again."));
        if (c < 0x20)
            fail(tr("a text holds a control character (such as a raw line break) that JSON does not allow "
                    "inside quotes."));
        advance();
        if (c == '"')
            return;
        if (c == '\\') {
            if (peekByte() == 'u') {
                advance();
                readHex4();
            } else if (peekByte() != -1) {
                advance();
            }
        }
    }
}

QJsonValue JsonPullReader::readNumber()
{
    QByteArray text;
    for (int c = peekByte(); (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
         c = peekByte()) {
        if (text.size() > 64)
            fail(tr("a number is longer than any export writes."));
        text += static_cast<char>(c);
        advance();
    }
    bool ok = false;
    if (!text.contains('.') && !text.contains('e') && !text.contains('E')) {
        const qint64 whole = text.toLongLong(&ok);
        if (ok)
            return QJsonValue(whole);
    }
    const double value = text.toDouble(&ok);
    if (!ok)
        fail(tr("\"%1\" is not a number.").arg(QString::fromLatin1(text)));
    return QJsonValue(value);
}

QJsonValue JsonPullReader::readLiteral()
{
    QByteArray word;
    for (int c = peekByte(); c >= 'a' && c <= 'z' && word.size() < 6; c = peekByte()) {
        word += static_cast<char>(c);
        advance();
    }
    if (word == "true")
        return true;
    if (word == "false")
        return false;
    if (word == "null")
        return QJsonValue::Null;
    fail(tr("\"%1\" is not a value JSON knows (true, false or null).").arg(QString::fromLatin1(word)));
}

QJsonValue JsonPullReader::readValue(qint64 maxBytes)
{
    m_valueMax = maxBytes;
    return readValueAt(m_offset + maxBytes);
}

QJsonValue JsonPullReader::readValueAt(qint64 limit)
{
    const Type type = peek();
    QJsonValue value;
    switch (type) {
    case Type::Object: {
        enter('}');
        QJsonObject object;
        QString key;
        while (nextKey(key))
            object.insert(key, readValueAt(limit));
        value = object;
        break;
    }
    case Type::Array: {
        enter(']');
        QJsonArray array;
        while (nextItem())
            array.append(readValueAt(limit));
        value = array;
        break;
    }
    case Type::String:
        value = readString();
        break;
    case Type::Number:
        value = readNumber();
        break;
    case Type::Bool:
    case Type::Null:
        value = readLiteral();
        break;
    }
    if (m_offset > limit)
        fail(tr("one message takes more than %1 MiB of the file, more than any message holds.")
                 .arg((m_valueMax + 1024 * 1024 - 1) / 1024 / 1024));
    return value;
}

void JsonPullReader::skipValue()
{
    switch (peek()) {
    case Type::Object: {
        enter('}');
        QString key;
        while (nextKey(key))
            skipValue();
        return;
    }
    case Type::Array:
        enter(']');
        while (nextItem())
            skipValue();
        return;
    case Type::String:
        skipString();
        return;
    case Type::Number:
        readNumber();
        return;
    case Type::Bool:
    case Type::Null:
        readLiteral();
        return;
    }
}

void JsonPullReader::expectEnd()
{
    skipSpace();
    if (peekByte() != -1)
        fail(tr("there is more after the end of the JSON; the file is not one export."));
}

} // namespace daymark::importers
