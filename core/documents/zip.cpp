#include "zip.h"

#include <array>

namespace bd {

namespace {

constexpr std::array<quint32, 256> crcTable()
{
    std::array<quint32, 256> table {};
    for (quint32 n = 0; n < 256; ++n) {
        quint32 c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    return table;
}

void put16(QByteArray &out, quint32 value)
{
    out.append(char(value & 0xff));
    out.append(char((value >> 8) & 0xff));
}

void put32(QByteArray &out, quint32 value)
{
    put16(out, value & 0xffff);
    put16(out, value >> 16);
}

// 1 January 2000, 00:00 in MS-DOS form. The entries need no time of their own (an ODF
// package says when it was made in meta.xml), and a fixed one keeps equal content equal.
constexpr quint32 dosTime = 0;
constexpr quint32 dosDate = ((2000 - 1980) << 9) | (1 << 5) | 1;

} // namespace

quint32 crc32(const QByteArray &data)
{
    static constexpr std::array<quint32, 256> table = crcTable();
    quint32 c = 0xffffffffu;
    for (const char byte : data)
        c = table[(c ^ quint8(byte)) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

void ZipWriter::add(const QString &name, const QByteArray &data)
{
    m_entries << Entry {name.toLatin1(), data, crc32(data)};
}

QByteArray ZipWriter::finish() const
{
    QByteArray out;
    QByteArray directory;
    for (const Entry &entry : m_entries) {
        const quint32 offset = quint32(out.size());
        // Local file header: stored (method 0), no extra field.
        put32(out, 0x04034b50);
        put16(out, 10); // version needed: 1.0, stored
        put16(out, 0); // flags
        put16(out, 0); // method: stored
        put16(out, dosTime);
        put16(out, dosDate);
        put32(out, entry.crc);
        put32(out, quint32(entry.data.size()));
        put32(out, quint32(entry.data.size()));
        put16(out, quint32(entry.name.size()));
        put16(out, 0);
        out += entry.name;
        out += entry.data;

        put32(directory, 0x02014b50);
        put16(directory, 20); // made by: 2.0
        put16(directory, 10);
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, dosTime);
        put16(directory, dosDate);
        put32(directory, entry.crc);
        put32(directory, quint32(entry.data.size()));
        put32(directory, quint32(entry.data.size()));
        put16(directory, quint32(entry.name.size()));
        put16(directory, 0); // extra
        put16(directory, 0); // comment
        put16(directory, 0); // disk
        put16(directory, 0); // internal attributes
        put32(directory, 0); // external attributes
        put32(directory, offset);
        directory += entry.name;
    }
    const quint32 directoryOffset = quint32(out.size());
    out += directory;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint32(m_entries.size()));
    put16(out, quint32(m_entries.size()));
    put32(out, quint32(directory.size()));
    put32(out, directoryOffset);
    put16(out, 0);
    return out;
}

} // namespace bd
