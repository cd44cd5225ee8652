// Fuzz target: bd::readArchive on any bytes. It must return a value or an error, never crash,
// hang, leak or hit undefined behaviour; and what it accepts must write and read back to the
// same archive (the round trip archive.h promises).
#include "archive/archive.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto read = bd::readArchive(bytes, QStringLiteral("fuzz.json"));
    if (!read.ok()) {
        if (read.errorMessage().isEmpty()) {
            std::fputs("readArchive failed without a message\n", stderr);
            std::abort();
        }
        return 0;
    }
    const QByteArray written = bd::writeArchive(*read, QDateTime());
    const auto reread = bd::readArchive(written, QStringLiteral("written.json"));
    if (!reread.ok()) {
        std::fprintf(stderr, "readArchive refused what writeArchive wrote: %s\n", qPrintable(reread.errorMessage()));
        std::abort();
    }
    if (bd::writeArchive(*reread, QDateTime()) != written) {
        std::fputs("the archive changed on a second round trip\n", stderr);
        std::abort();
    }
    return 0;
}
