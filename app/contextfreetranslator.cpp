#include "contextfreetranslator.h"

namespace Marginalia {

QString ContextFreeTranslator::translate(
    const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    Q_UNUSED(context)
    return QTranslator::translate("*", sourceText, disambiguation, n);
}

} // namespace Marginalia
