#include "ZipWriter.h"

#include <QtEndian>

#include <array>

namespace minutier {

namespace {
void put16(QByteArray &b, quint16 v)
{
    char buf[2];
    qToLittleEndian(v, buf);
    b.append(buf, 2);
}
void put32(QByteArray &b, quint32 v)
{
    char buf[4];
    qToLittleEndian(v, buf);
    b.append(buf, 4);
}
} // namespace

quint32 ZipWriter::crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t {};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (char ch : data)
        c = table[(c ^ quint8(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

ZipWriter::ZipWriter(const QString &path)
    : m_file(path)
{
}

Status ZipWriter::open()
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(
            ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
    return {};
}

Status ZipWriter::add(const QString &name, const QByteArray &data, const QDateTime &modified)
{
    const qint64 offset = m_file.pos();
    if (offset + data.size() + 1024 > qint64(0xFFFFFFFFu) || data.size() > qint64(0xFFFFFFFFu))
        return makeError(ErrorCode::Io, QStringLiteral("archive larger than 4 GB: export a shorter period"));
    const QDateTime t = modified.toLocalTime();
    Entry e;
    e.name = name.toUtf8();
    e.crc = crc32(data);
    e.size = quint32(data.size());
    e.offset = quint32(offset);
    e.time = quint16((t.time().hour() << 11) | (t.time().minute() << 5) | (t.time().second() / 2));
    e.date = quint16(((qMax(t.date().year(), 1980) - 1980) << 9) | (t.date().month() << 5) | t.date().day());
    QByteArray h;
    put32(h, 0x04034b50);
    put16(h, 20); // version needed
    put16(h, 0x0800); // UTF-8 names
    put16(h, 0); // stored
    put16(h, e.time);
    put16(h, e.date);
    put32(h, e.crc);
    put32(h, e.size);
    put32(h, e.size);
    put16(h, quint16(e.name.size()));
    put16(h, 0);
    h += e.name;
    if (m_file.write(h) != h.size() || m_file.write(data) != data.size())
        return makeError(
            ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
    m_entries << e;
    return {};
}

Status ZipWriter::close()
{
    const quint32 cdOffset = quint32(m_file.pos());
    QByteArray cd;
    for (const Entry &e : std::as_const(m_entries)) {
        put32(cd, 0x02014b50);
        put16(cd, 20); // made by
        put16(cd, 20); // needed
        put16(cd, 0x0800);
        put16(cd, 0);
        put16(cd, e.time);
        put16(cd, e.date);
        put32(cd, e.crc);
        put32(cd, e.size);
        put32(cd, e.size);
        put16(cd, quint16(e.name.size()));
        put16(cd, 0); // extra
        put16(cd, 0); // comment
        put16(cd, 0); // disk
        put16(cd, 0); // internal attributes
        put32(cd, 0); // external attributes
        put32(cd, e.offset);
        cd += e.name;
    }
    QByteArray end;
    put32(end, 0x06054b50);
    put16(end, 0);
    put16(end, 0);
    put16(end, quint16(m_entries.size()));
    put16(end, quint16(m_entries.size()));
    put32(end, quint32(cd.size()));
    put32(end, cdOffset);
    put16(end, 0);
    if (m_entries.size() > 0xFFFF)
        return makeError(ErrorCode::Io, QStringLiteral("more than 65,535 documents: export a shorter period"));
    if (m_file.write(cd) != cd.size() || m_file.write(end) != end.size())
        return makeError(
            ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
    m_file.close();
    return {};
}

} // namespace minutier
