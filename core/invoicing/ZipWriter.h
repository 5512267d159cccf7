#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QList>
#include <QString>

namespace minutier {

// A minimal ZIP writer (PKWARE APPNOTE 6.3, method 0 "stored", UTF-8 names, no ZIP64): enough for
// archives of PDFs, which are already compressed. Entries are streamed to the file as they come.
class ZipWriter final
{
public:
    explicit ZipWriter(const QString &path);
    Status open();
    Status add(const QString &name, const QByteArray &data, const QDateTime &modified);
    Status close(); // writes the central directory

    static quint32 crc32(const QByteArray &data);

private:
    struct Entry
    {
        QByteArray name;
        quint32 crc = 0;
        quint32 size = 0;
        quint32 offset = 0;
        quint16 time = 0;
        quint16 date = 0;
    };
    QFile m_file;
    QList<Entry> m_entries;
};

} // namespace minutier
