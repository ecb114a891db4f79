#pragma once

#include <functional>

namespace Marginalia {

/// Called by exports as they go (done out of total steps, from whatever
/// thread runs the export). Returning false cancels the export: it stops at
/// the next step and reports that it was cancelled; no output is written.
using ExportProgress = std::function<bool(int done, int total)>;

} // namespace Marginalia
