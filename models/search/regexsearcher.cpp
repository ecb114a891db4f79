#include "regexsearcher.h"

#define PCRE2_CODE_UNIT_WIDTH 16
#include <pcre2.h>

namespace Marginalia {

namespace {

// Per thread: match data with room for the whole match only (PCRE2 still
// reports it when the pattern has groups), and a JIT stack as large as the
// one QRegularExpression gives its threads.
struct ThreadState
{
    pcre2_match_data_16 *data = pcre2_match_data_create_16(1, nullptr);
    pcre2_jit_stack_16 *stack = pcre2_jit_stack_create_16(32 * 1024, 512 * 1024, nullptr);
    pcre2_match_context_16 *context = pcre2_match_context_create_16(nullptr);
    ThreadState() { pcre2_jit_stack_assign_16(context, nullptr, stack); }
    ~ThreadState()
    {
        pcre2_match_context_free_16(context);
        pcre2_jit_stack_free_16(stack);
        pcre2_match_data_free_16(data);
    }
    ThreadState(const ThreadState &) = delete;
    ThreadState &operator=(const ThreadState &) = delete;
};

ThreadState &threadState()
{
    thread_local ThreadState state;
    return state;
}

} // namespace

RegexSearcher::RegexSearcher(const QString &pattern, bool caseSensitive)
{
    // What QRegularExpression passes for UseUnicodePropertiesOption (| CaseInsensitiveOption).
    uint32_t options = PCRE2_UTF | PCRE2_UCP;
    if (!caseSensitive)
        options |= PCRE2_CASELESS;
    int error = 0;
    PCRE2_SIZE offset = 0;
    pcre2_code_16 *code = pcre2_compile_16(reinterpret_cast<PCRE2_SPTR16>(pattern.utf16()), PCRE2_SIZE(pattern.size()),
        options, &error, &offset, nullptr);
    if (!code)
        return;
    pcre2_jit_compile_16(code, PCRE2_JIT_COMPLETE); // without JIT (not supported here) it still matches
    m_code = std::shared_ptr<void>(code, [](void *c) { pcre2_code_free_16(static_cast<pcre2_code_16 *>(c)); });
}

void RegexSearcher::forEachMatch(QStringView text, const std::function<bool(qsizetype, qsizetype)> &found) const
{
    if (!m_code)
        return;
    auto *code = static_cast<const pcre2_code_16 *>(m_code.get());
    ThreadState &state = threadState();
    const auto *subject = reinterpret_cast<PCRE2_SPTR16>(text.utf16());
    const auto length = PCRE2_SIZE(text.size());
    PCRE2_SIZE offset = 0;
    uint32_t flags = 0;
    // PCRE2 checks that the subject is valid UTF-16 on every call unless told
    // not to: check it on the first call only, as QRegularExpression does.
    uint32_t checked = 0;
    while (offset <= length) {
        const int rc = pcre2_match_16(code, subject, length, offset, flags | checked, state.data, state.context);
        checked = PCRE2_NO_UTF_CHECK;
        if (rc == PCRE2_ERROR_NOMATCH && flags != 0) {
            // No non-empty match where the empty one was: one character on
            // (a surrogate pair is one character), as QRegularExpression does.
            ++offset;
            if (offset < length && QChar::isLowSurrogate(text.at(qsizetype(offset)).unicode())
                && QChar::isHighSurrogate(text.at(qsizetype(offset) - 1).unicode()))
                ++offset;
            flags = 0;
            continue;
        }
        if (rc < 0)
            return; // no more matches, or a text that is not valid UTF-16 (QRegularExpression finds none either)
        const PCRE2_SIZE *ovector = pcre2_get_ovector_pointer_16(state.data);
        const PCRE2_SIZE start = ovector[0];
        const PCRE2_SIZE end = ovector[1];
        if (!found(qsizetype(start), qsizetype(end)))
            return;
        offset = end;
        flags = start == end ? PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED : 0;
    }
}

} // namespace Marginalia
