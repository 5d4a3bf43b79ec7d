// Reading a JSON export (Telegram's result.json, Instagram's message_1.json) one value at a time from any QIODevice,
// so an export of gigabytes is read in bounded memory: the walker enters the outer objects and arrays token by token
// and reads each message whole as a small QJsonValue. Errors name the line and column; strings must be UTF-8, with
// \u escapes (surrogate pairs joined, a lone surrogate read as U+FFFD).
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <vector>

class QIODevice;

namespace daymark::importers {

class JsonPullReader
{
public:
    enum class Type { Object, Array, String, Number, Bool, Null };

    static constexpr qint64 kMaxStringBytes = 16 * 1024 * 1024;
    static constexpr int kMaxDepth = 64;

    explicit JsonPullReader(QIODevice& device);

    // The type of the next value. Throws Error(InvalidInput) at the end of the input or at a character that starts
    // no value.
    Type peek();
    void beginObject(); // the next value must be an object (or array): enters it
    void beginArray();
    // Inside an object: the next member's key (its value is next), or false at the closing brace (consumed).
    bool nextKey(QString& key);
    // Inside an array: true when another item follows, false at the closing bracket (consumed).
    bool nextItem();
    // The next value whole; throws when it takes more than `maxBytes` of the file.
    QJsonValue readValue(qint64 maxBytes);
    void skipValue();
    // After the outermost value: throws when anything but white space follows.
    void expectEnd();

    qint64 line() const { return m_line; }
    qint64 column() const { return m_column; }
    qint64 offset() const { return m_offset; } // bytes consumed

    // Throws Error(InvalidInput): "Line L, column C: `problem` Nothing was imported."
    [[noreturn]] void fail(const QString& problem) const;
    static QString typeName(Type type); // "an object", "a number", ... (translated)

private:
    int peekByte(); // -1 at the end
    void advance(); // consumes the peeked byte, counting lines
    void skipSpace();
    void expect(char c, const char* what);
    QString readString();
    void skipString();
    QJsonValue readNumber();
    QJsonValue readLiteral();
    QJsonValue readValueAt(qint64 limit);
    bool continueContainer(char close);
    void enter(char open);
    void checkDepth(int depth);
    void refill();
    void appendEscape(QByteArray& utf8);
    uint readHex4();

    QIODevice& m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_column = 1;
    qint64 m_offset = 0;
    bool m_eof = false;
    qint64 m_valueMax = 0;
    struct Level
    {
        char close;
        bool any; // a member or item was read: a comma must come before the next
    };
    std::vector<Level> m_levels;
};

} // namespace daymark::importers
