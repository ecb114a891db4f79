#include "boilerplateoverride.h"

#include "boilerplatedetector.h"

#include <openssl/sha.h>

#include <algorithm>
#include <cstdlib>

namespace Marginalia {

QByteArray BoilerplateOverride::lineHash(QStringView line)
{
    const QByteArray utf8 = line.toUtf8();
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(utf8.constData()), size_t(utf8.size()), digest);
    return QByteArray(reinterpret_cast<const char *>(digest), SHA256_DIGEST_LENGTH).toHex();
}

BoilerplateOverride BoilerplateOverride::forLine(const QString &text, const TextRange &line, bool clutter)
{
    BoilerplateOverride o;
    o.line = line;
    o.sha256 = lineHash(QStringView(text).mid(line.start, line.end - line.start));
    o.clutter = clutter;
    return o;
}

std::optional<TextRange> BoilerplateOverride::anchorIn(const QString &text) const
{
    auto isWholeLine = [&text](const TextRange &r) {
        return r.start >= 0 && r.end >= r.start && r.end <= text.size()
            && (r.start == 0 || text.at(r.start - 1) == QLatin1Char('\n'))
            && (r.end == text.size() || text.at(r.end) == QLatin1Char('\n'));
    };
    if (isWholeLine(line) && lineHash(QStringView(text).mid(line.start, line.end - line.start)) == sha256)
        return line;
    std::optional<TextRange> best;
    for (const TextRange &r : BoilerplateDetector::lines(text)) {
        // (No filter by length: the stored range may lie outside today's text.)
        if (lineHash(QStringView(text).mid(r.start, r.end - r.start)) != sha256)
            continue;
        if (!best || std::abs(r.start - line.start) < std::abs(best->start - line.start))
            best = r;
    }
    return best;
}

QVector<TextRange> BoilerplateOverride::apply(const QVector<TextRange> &detected,
                                              const QVector<BoilerplateOverride> &overrides)
{
    if (overrides.isEmpty())
        return detected;
    QVector<TextRange> marked;
    QVector<TextRange> unmarked;
    for (const BoilerplateOverride &o : overrides)
        (o.clutter ? marked : unmarked).append(o.line);
    QVector<TextRange> out = BoilerplateDetector::merged(detected, marked);
    out.erase(std::remove_if(out.begin(), out.end(),
                             [&unmarked](const TextRange &r) { return unmarked.contains(r); }),
              out.end());
    return out;
}

} // namespace Marginalia
