// libFuzzer target for the sidecar loader: any bytes must either parse into
// data that serialises and re-parses to the same bytes, or be refused with a
// message; never crash, hang, leak or hit undefined behaviour. The validating
// check() must give parse()'s verdict (and the check SidecarStore runs while
// it writes, over a stream, never accepts what check() refuses), and the
// writer must produce the bytes the QJsonDocument writer it replaced
// produced for the same data, streamed or not.

#include "../sidecarreference.h"
#include "annotation/sidecarcodec.h"
#include "annotation/sidecarstream.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

using namespace Marginalia;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const SidecarCodec::ParseResult parsed = SidecarCodec::parse(bytes);
    const SidecarCodec::CheckResult checked = SidecarCodec::check(bytes);
    if (checked.ok != parsed.ok || checked.error != parsed.error || checked.newerVersion != parsed.newerVersion)
        std::abort();
    {
        const QByteArray owned(bytes.constData(), bytes.size()); // NUL-terminated, as a closed stream is
        SidecarStream stream;
        stream.publish(owned.constData(), owned.size(), 0, true);
        const SidecarCodec::CheckResult streamed = SidecarCodec::check(&stream);
        if (streamed.ok
            && (!checked.ok || streamed.annotationCount != checked.annotationCount
                || streamed.tagCount != checked.tagCount))
            std::abort();
    }
    if (!parsed.ok) {
        if (parsed.error.isEmpty())
            std::abort(); // a refusal must say why
        return 0;
    }
    if (checked.annotationCount != parsed.data.annotationCount()
        || checked.tagCount != int(parsed.data.codebook.size()))
        std::abort();
    // What we accept we must be able to write back, and read again identically.
    const QByteArray once = SidecarCodec::serialize(parsed.data);
    if (once != Reference::serialize(parsed.data))
        std::abort();
    SidecarStream stream;
    const QByteArray streamedBytes = SidecarCodec::serialize(parsed.data, &stream); // outlives the stream's readers
    if (streamedBytes != once)
        std::abort();
    const SidecarCodec::CheckResult streamed = SidecarCodec::check(&stream);
    if (!streamed.ok || streamed.annotationCount != checked.annotationCount)
        std::abort();
    const SidecarCodec::ParseResult again = SidecarCodec::parse(once);
    if (!again.ok || SidecarCodec::serialize(again.data) != once)
        std::abort();
    return 0;
}
