#pragma once

#include <QByteArray>
#include <QString>

struct sb_stemmer;

namespace Marginalia {

/// A Snowball stemmer (libstemmer) for one language. Not thread-safe: use one
/// per thread. An unknown language leaves words unchanged.
class Stemmer
{
public:
    explicit Stemmer(const char *language = "english");
    ~Stemmer();
    Stemmer(const Stemmer &) = delete;
    Stemmer &operator=(const Stemmer &) = delete;

    bool isValid() const { return m_stemmer != nullptr; }
    /// The stem of a lower-case word, as UTF-8.
    QByteArray stem(const QString &word);

private:
    sb_stemmer *m_stemmer = nullptr;
};

} // namespace Marginalia
