#pragma once

#include <QStringList>

namespace Marginalia {

/// `marginalia merge`: three-way merge of sidecars (usable as a git merge
/// driver) and folding another analyst's sidecar into mine. The merging is
/// SidecarMerge's; this only reads the arguments and reports. Exit code 0:
/// merged cleanly; 1: merged with conflicts (kept, marked and listed); 2: an
/// input could not be read or the result could not be written.
class MergeCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace Marginalia
