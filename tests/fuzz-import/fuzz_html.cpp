// libFuzzer: HTML extraction must not crash, hang or read out of bounds on
// any bytes, and must give the same text twice (no hidden state).
#include "corpus/htmlimporter.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Marginalia::HtmlImporter importer;
    const Marginalia::ImportResult a = importer.importBytes(bytes, QStringLiteral("fuzz.html"));
    const Marginalia::ImportResult b = importer.importBytes(bytes, QStringLiteral("fuzz.html"));
    if (a.ok != b.ok || a.document.text() != b.document.text())
        std::abort();
    for (const Marginalia::TextRange &r : a.document.boilerplate) {
        if (r.start < 0 || r.end < r.start || r.end > a.document.textLength())
            std::abort();
    }
    return 0;
}
