#pragma once

#include <QColor>
#include <QJsonObject>
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
    QJsonObject extra = {}; ///< members of the file this version does not know, written back as read

    bool operator==(const Tag &o) const
    {
        return id == o.id && name == o.name && color == o.color && description == o.description
            && parentId == o.parentId && shortcut == o.shortcut && extra == o.extra;
    }
    bool operator!=(const Tag &o) const { return !(*this == o); }
};

} // namespace Marginalia
