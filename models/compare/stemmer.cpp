#include "stemmer.h"

#include <libstemmer.h>

namespace Marginalia {

Stemmer::Stemmer(const char *language)
    : m_stemmer(sb_stemmer_new(language, "UTF_8"))
{
}

Stemmer::~Stemmer()
{
    if (m_stemmer)
        sb_stemmer_delete(m_stemmer);
}

QByteArray Stemmer::stem(const QString &word)
{
    const QByteArray utf8 = word.toUtf8();
    if (!m_stemmer)
        return utf8;
    const sb_symbol *s
        = sb_stemmer_stem(m_stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
    if (!s)
        return utf8; // out of memory: the word itself is the next best thing
    return QByteArray(reinterpret_cast<const char *>(s), sb_stemmer_length(m_stemmer));
}

} // namespace Marginalia
