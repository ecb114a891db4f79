// libFuzzer: encoding detection and decoding, plain-text import and the
// clutter rules must not crash on any bytes; decoded text never holds a
// lone surrogate and clutter ranges stay inside the text.
#include "corpus/boilerplatedetector.h"
#include "corpus/textdecoder.h"
#include "corpus/textimporter.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Marginalia::TextDecoder::Result d = Marginalia::TextDecoder::decode(bytes);
    if (d.ok) {
        const QString &t = d.text;
        for (qsizetype i = 0; i < t.size(); ++i) {
            if (t.at(i).isHighSurrogate() && (i + 1 >= t.size() || !t.at(i + 1).isLowSurrogate()))
                std::abort();
            if (t.at(i).isLowSurrogate() && (i == 0 || !t.at(i - 1).isHighSurrogate()))
                std::abort();
        }
    }
    const Marginalia::ImportResult r = Marginalia::TextImporter::importBytes(bytes, QStringLiteral("fuzz.md"));
    for (const Marginalia::TextRange &range : r.document.boilerplate) {
        if (range.start < 0 || range.end < range.start || range.end > r.document.textLength())
            std::abort();
    }
    return 0;
}
