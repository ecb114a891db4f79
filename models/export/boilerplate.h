#pragma once

#include <QStringView>

namespace Marginalia {

/// Recognises the web-page furniture that article extraction leaves in a text
/// ("Advertisement", "Share this article", cookie banners, "Read more: …",
/// photo credits), one line at a time, so that an export can grey it out or
/// leave it out. A heuristic on English page furniture: it never looks inside
/// a line longer than a short sentence, so article prose is not touched.
class Boilerplate
{
public:
    static bool isBoilerplateLine(QStringView line);
};

} // namespace Marginalia
