// The JSON pull reader under the Telegram and Instagram importers: values read whole or skipped, escapes and
// surrogate pairs, texts across its read buffer, limits on nesting and size, and errors naming line and column.
#include "Catch.h"

#include "common/Error.h"
#include "importers/JsonPullReader.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonObject>

using namespace daymark;
using importers::JsonPullReader;

namespace {

struct Input
{
    explicit Input(QByteArray bytes) : data(std::move(bytes)), buffer(&data) { buffer.open(QIODevice::ReadOnly); }
    QByteArray data;
    QBuffer buffer;
};

QJsonValue readWhole(const QByteArray& json, qint64 maxBytes = 1024 * 1024)
{
    Input in(json);
    JsonPullReader reader(in.buffer);
    const QJsonValue v = reader.readValue(maxBytes);
    reader.expectEnd();
    return v;
}

QString failure(const QByteArray& json, qint64 maxBytes = 1024 * 1024)
{
    try {
        readWhole(json, maxBytes);
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::InvalidInput);
        return e.message();
    }
    FAIL("accepted");
    return {};
}

} // namespace

TEST_CASE("the JSON pull reader reads values with escapes, surrogate pairs, numbers and a byte-order mark")
{
    const QJsonObject o = readWhole("\xEF\xBB\xBF { \"a\" : [1, -2.5, 1579294140000, true, false, null],\n"
                                    " \"s\": \"q\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\xE2\x82\xAC\","
                                    " \"lone\": \"\\ud83d x \\ude00\", \"e\": {}, \"l\": []}")
                              .toObject();
    const QJsonArray a = o.value(u"a").toArray();
    REQUIRE(a.size() == 6);
    CHECK(a.at(0).toInteger() == 1);
    CHECK(a.at(1).toDouble() == -2.5);
    CHECK(a.at(2).toInteger() == 1579294140000);
    CHECK(a.at(3).toBool());
    CHECK(a.at(5).isNull());
    CHECK(o.value(u"s").toString() == QStringLiteral("q\"\\/\b\f\n\r\t\u00E9\U0001F600\u20AC"));
    CHECK(o.value(u"lone").toString() == QStringLiteral("\uFFFD x \uFFFD"));
    CHECK(o.value(u"e").toObject().isEmpty());
    CHECK(o.value(u"l").toArray().isEmpty());
}

TEST_CASE("the JSON pull reader walks containers, skips values and counts lines")
{
    Input in("{\n \"skip\": {\"x\": [1, {\"y\": \"\\u0041\"}]},\n \"list\": [\n  {\"k\": 1},\n  {\"k\": 2}\n ]\n}\n");
    JsonPullReader reader(in.buffer);
    reader.beginObject();
    QString key;
    REQUIRE(reader.nextKey(key));
    CHECK(key == QStringLiteral("skip"));
    reader.skipValue();
    REQUIRE(reader.nextKey(key));
    CHECK(key == QStringLiteral("list"));
    reader.beginArray();
    QList<qint64> lines;
    QList<qint64> values;
    while (reader.nextItem()) {
        reader.peek();
        lines << reader.line();
        values << reader.readValue(1024).toObject().value(u"k").toInteger();
    }
    CHECK(lines == QList<qint64>{4, 5});
    CHECK(values == QList<qint64>{1, 2});
    CHECK_FALSE(reader.nextKey(key));
    reader.expectEnd();
}

TEST_CASE("the JSON pull reader reads a text longer than its read buffer")
{
    const QByteArray text(200 * 1024, 'x');
    CHECK(readWhole("[\"" + text + "\\u00e9\"]").toArray().at(0).toString() == QString::fromLatin1(text) + u'\u00E9');
}

TEST_CASE("the JSON pull reader refuses malformed JSON, deep nesting and oversized values, naming the line")
{
    CHECK(failure("{\"a\": 1,\n \"b\" 2}").startsWith(QStringLiteral("Line 2, column 6: a colon was expected")));
    CHECK(failure("[1 2]").contains(QStringLiteral("a comma or \"]\"")));
    CHECK(failure("[1,]").contains(QStringLiteral("\"]\" cannot start a value")));
    CHECK(failure("{\"a\": tru}").contains(QStringLiteral("\"tru\" is not a value")));
    CHECK(failure("[\"a\nb\"]").contains(QStringLiteral("control character")));
    CHECK(failure("[\"\\x\"]").contains(QStringLiteral("not an escape")));
    CHECK(failure("[\"\\u12g4\"]").contains(QStringLiteral("four hexadecimal digits")));
    CHECK(failure(QByteArray(100, '[')).contains(QStringLiteral("nested more than 64 deep")));
    CHECK(failure("[\"" + QByteArray(4096, 'x') + "\"]", 1024).contains(QStringLiteral("one message takes more")));
    CHECK(failure("[1] x").contains(QStringLiteral("more after the end")));
    CHECK(failure("").contains(QStringLiteral("ends early")));
}
