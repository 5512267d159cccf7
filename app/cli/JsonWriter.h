#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QString>

namespace minutier::cli {

// Writes one JSON object with its keys in the order given (QJsonObject sorts them), exact 64-bit
// integers (QJsonValue holds a double) and no allocation beyond the output buffer.
class JsonWriter final
{
public:
    JsonWriter() { m_out.reserve(256); m_out += '{'; }

    JsonWriter &add(const char *key, qint64 value)
    {
        writeKey(key);
        m_out += QByteArray::number(value);
        return *this;
    }
    JsonWriter &add(const char *key, int value) { return add(key, qint64(value)); }
    JsonWriter &add(const char *key, bool value)
    {
        writeKey(key);
        m_out += value ? "true" : "false";
        return *this;
    }
    JsonWriter &add(const char *key, const QString &value)
    {
        writeKey(key);
        writeString(value);
        return *this;
    }
    JsonWriter &add(const char *key, const char *value) { return add(key, QString::fromUtf8(value)); }
    JsonWriter &addNull(const char *key)
    {
        writeKey(key);
        m_out += "null";
        return *this;
    }
    // `json` must already be valid JSON (an array or object produced by another writer).
    JsonWriter &addRaw(const char *key, const QByteArray &json)
    {
        writeKey(key);
        m_out += json;
        return *this;
    }
    QByteArray finish()
    {
        m_out += '}';
        return m_out;
    }

    static void appendString(QByteArray &out, const QString &value)
    {
        out += '"';
        const QByteArray utf8 = value.toUtf8();
        for (char c : utf8) {
            switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char buf[8];
                    qsnprintf(buf, sizeof buf, "\\u%04x", int(static_cast<unsigned char>(c)));
                    out += buf;
                } else {
                    out += c;
                }
            }
        }
        out += '"';
    }

private:
    void writeKey(const char *key)
    {
        if (m_out.size() > 1)
            m_out += ',';
        m_out += '"';
        m_out += key;
        m_out += "\":";
    }
    void writeString(const QString &value) { appendString(m_out, value); }

    QByteArray m_out;
};

// Joins already-serialised JSON values into an array.
inline QByteArray jsonArray(const QList<QByteArray> &items)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i)
            out += ',';
        out += items[i];
    }
    out += ']';
    return out;
}

} // namespace minutier::cli
