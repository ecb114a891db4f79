#pragma once

namespace Marginalia {

/// A half-open range [start, end) of a document's canonical text in UTF-16
/// code units (what QString indexes). Reports convert to code points with
/// TextOffsets when they write JSON. Shared by boilerplate lines
/// (Document::boilerplate) and the comparison engine.
struct TextRange
{
    int start = 0;
    int end = 0;
    bool isEmpty() const { return end <= start; }
    bool overlaps(const TextRange &o) const { return start < o.end && o.start < end; }
    bool operator==(const TextRange &o) const { return start == o.start && end == o.end; }
    bool operator!=(const TextRange &o) const { return !(*this == o); }
};

} // namespace Marginalia
