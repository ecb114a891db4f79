// libFuzzer: DOCX and EPUB import (zip in memory, XML with DTDs refused) must
// not crash or blow up memory on any bytes.
#include "corpus/docximporter.h"
#include "corpus/epubimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Marginalia::DocxImporter docx;
    const Marginalia::EpubImporter epub;
    (void)docx.importBytes(bytes, QStringLiteral("fuzz.docx"));
    (void)epub.importBytes(bytes, QStringLiteral("fuzz.epub"));
    return 0;
}
