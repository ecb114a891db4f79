#pragma once

#include <QColor>
#include <QString>

namespace Marginalia {

/// A code of the codebook. Tags form a tree through parentId (empty for a
/// top-level tag); the tree is the codebook.
struct Tag {
    QString id; ///< UUID without braces
    QString name;
    QColor color;
    QString description;
    QString parentId;
    QString shortcut; ///< "1".."9" or empty

    bool operator==(const Tag &o) const
    {
        return id == o.id && name == o.name && color == o.color && description == o.description
            && parentId == o.parentId && shortcut == o.shortcut;
    }
    bool operator!=(const Tag &o) const { return !(*this == o); }
};

} // namespace Marginalia
