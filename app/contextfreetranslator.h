#pragma once

#include <QTranslator>

namespace Marginalia {

/// A translator that ignores the context of a lookup. It loads the flattened
/// catalogue (translations/flatten_ts.py puts every message in context "*")
/// and is installed *before* the normal one, so it only answers when the
/// exact-context lookup found nothing: strings that lupdate filed under a
/// different context than the one the code looks them up in (helper
/// functions wrapping QCoreApplication::translate) are still translated.
class ContextFreeTranslator : public QTranslator
{
    Q_OBJECT
public:
    using QTranslator::QTranslator;

    QString translate(
        const char *context, const char *sourceText, const char *disambiguation = nullptr, int n = -1) const override;
};

} // namespace Marginalia
