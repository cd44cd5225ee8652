#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace bd {

// A zip archive written in memory, every entry stored (not compressed), for OpenDocument
// packages. Qt's own zip writer is private API; an ODF package needs only this much, and a
// stored "mimetype" first is what the ODF specification asks for.
class ZipWriter {
public:
    // Adds a file; entries keep the order they are added in. \a name is a relative path with
    // forward slashes, ASCII.
    void add(const QString &name, const QByteArray &data);
    // The whole archive.
    QByteArray finish() const;

private:
    struct Entry {
        QByteArray name;
        QByteArray data;
        quint32 crc = 0;
    };
    QList<Entry> m_entries;
};

// The CRC-32 (ISO 3309, as zip and PNG use it) of \a data.
quint32 crc32(const QByteArray &data);

} // namespace bd
