#include "htmlimporter.h"

#include "textdecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gumbo.h>

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

namespace Marginalia {

namespace {

QString attr(const GumboElement &e, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&e.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

bool isSkippedTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
        return true;
    default:
        return false;
    }
}

bool isBlockTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
        return true;
    default:
        return false;
    }
}

// Class and id words of page furniture. Whole words of the attribute (split
// at spaces, '-' and '_'), so "shared-story" is not "share".
bool isFurnitureWord(std::string_view w)
{
    // Sorted for binary search.
    static constexpr std::string_view words[] = {
        "ad",
        "ads",
        "advert",
        "advertisement",
        "banner",
        "breadcrumb",
        "breadcrumbs",
        "comment",
        "comments",
        "consent",
        "cookie",
        "cookies",
        "footer",
        "menu",
        "modal",
        "nav",
        "navbar",
        "newsletter",
        "outbrain",
        "paywall",
        "popup",
        "promo",
        "recommended",
        "related",
        "share",
        "sharing",
        "sidebar",
        "social",
        "sponsored",
        "subscribe",
        "subscription",
        "taboola",
    };
    return std::binary_search(std::begin(words), std::end(words), w);
}

// The same words test on an attribute value, without building strings: this
// runs for every element of every page. Non-ASCII values (rare) go through
// QString so that Unicode spaces separate words as they always did.
bool hasFurnitureWord(const char *value)
{
    if (!value)
        return false;
    for (const char *p = value; *p; ++p) {
        if (static_cast<unsigned char>(*p) >= 0x80) {
            static const QRegularExpression separators(QStringLiteral("[\\s_-]+"));
            const QString names = QString::fromUtf8(value).toLower();
            for (const QString &w : names.split(separators, Qt::SkipEmptyParts)) {
                const QByteArray latin = w.toUtf8();
                if (isFurnitureWord(std::string_view(latin.constData(), size_t(latin.size()))))
                    return true;
            }
            return false;
        }
    }
    auto separator = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r') || c == '_' || c == '-'; };
    const char *p = value;
    while (*p) {
        while (*p && separator(*p))
            ++p;
        const char *begin = p;
        while (*p && !separator(*p))
            ++p;
        const size_t length = size_t(p - begin);
        char word[16];
        if (length == 0 || length > sizeof word)
            continue; // longer than any furniture word
        for (size_t i = 0; i < length; ++i)
            word[i] = (begin[i] >= 'A' && begin[i] <= 'Z') ? char(begin[i] + 32) : begin[i];
        if (isFurnitureWord(std::string_view(word, length)))
            return true;
    }
    return false;
}

bool attributeIs(const GumboElement &e, const char *name, const char *value)
{
    const GumboAttribute *a = gumbo_get_attribute(&e.attributes, name);
    return a && std::strcmp(a->value, value) == 0;
}

bool isFurniture(const GumboElement &e)
{
    if (e.attributes.length == 0)
        return false;
    if (gumbo_get_attribute(&e.attributes, "hidden"))
        return true;
    if (attributeIs(e, "aria-hidden", "true"))
        return true;
    for (const char *role : { "navigation", "banner", "contentinfo", "complementary", "dialog" }) {
        if (attributeIs(e, "role", role))
            return true;
    }
    const GumboAttribute *cls = gumbo_get_attribute(&e.attributes, "class");
    const GumboAttribute *id = gumbo_get_attribute(&e.attributes, "id");
    return hasFurnitureWord(cls ? cls->value : nullptr) || hasFurnitureWord(id ? id->value : nullptr);
}

// Gumbo allocates every node, attribute, vector and string buffer on its own,
// and frees them one by one again; with glibc's malloc that was a large part
// of parsing. The tree lives only while one page is read, so it is placed in
// a bump arena instead and released in one go. Frees are ignored: a buffer
// that grew leaves its old copy behind, at most doubling the arena's size.
class GumboArena
{
public:
    static void *allocate(void *userdata, size_t size) { return static_cast<GumboArena *>(userdata)->take(size); }
    static void release(void *, void *) { }

private:
    void *take(size_t size)
    {
        size = (size + alignof(std::max_align_t) - 1) & ~(alignof(std::max_align_t) - 1);
        if (size > m_left) {
            const size_t block = std::max(size, m_nextBlock);
            // new[] without "()": the memory is not zeroed, gumbo initialises what it uses.
            m_blocks.emplace_back(new std::max_align_t[block / sizeof(std::max_align_t)]);
            m_next = reinterpret_cast<char *>(m_blocks.back().get());
            m_left = block;
            m_nextBlock = std::min<size_t>(m_nextBlock * 2, size_t(4) << 20);
        }
        void *p = m_next;
        m_next += size;
        m_left -= size;
        return p;
    }

    std::vector<std::unique_ptr<std::max_align_t[]>> m_blocks;
    char *m_next = nullptr;
    size_t m_left = 0;
    size_t m_nextBlock = size_t(64) << 10;
};

// Depth-first walk without recursion: malformed pages nest very deeply.
template<typename F>
void walk(const GumboNode *root, F &&visit)
{
    std::vector<const GumboNode *> stack { root };
    while (!stack.empty()) {
        const GumboNode *n = stack.back();
        stack.pop_back();
        if (!visit(n))
            continue;
        if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) {
            const GumboVector &c = n->v.element.children;
            for (unsigned int i = c.length; i > 0; --i)
                stack.push_back(static_cast<const GumboNode *>(c.data[i - 1]));
        } else if (n->type == GUMBO_NODE_DOCUMENT) {
            const GumboVector &c = n->v.document.children;
            for (unsigned int i = c.length; i > 0; --i)
                stack.push_back(static_cast<const GumboNode *>(c.data[i - 1]));
        }
    }
}

class TextCollector
{
public:
    // Appends runs of characters, not one character at a time: appending
    // each QChar on its own was 5 % of a cold import's CPU time.
    void text(QStringView s, bool pre)
    {
        const qsizetype n = s.size();
        if (pre) {
            qsizetype start = 0;
            for (qsizetype i = 0; i <= n; ++i) {
                if (i < n && s[i] != QLatin1Char('\n'))
                    continue;
                m_current.append(s.mid(start, i - start));
                if (i < n)
                    lineBreak();
                start = i + 1;
            }
            return;
        }
        qsizetype i = 0;
        while (i < n) {
            if (s[i].isSpace()) {
                m_space = true;
                ++i;
                continue;
            }
            qsizetype end = i + 1;
            while (end < n && !s[end].isSpace())
                ++end;
            if (m_space && !m_current.isEmpty() && !m_current.endsWith(QLatin1Char('\n')))
                m_current.append(QLatin1Char(' '));
            m_space = false;
            m_current.append(s.mid(i, end - i));
            i = end;
        }
    }
    void lineBreak()
    {
        m_current.append(QLatin1Char('\n'));
        m_space = false;
    }
    void block()
    {
        QString p = m_current.trimmed();
        m_current.clear();
        m_space = false;
        if (!p.isEmpty())
            m_paragraphs.append(p);
    }
    QString result()
    {
        block();
        return m_paragraphs.join(QLatin1String("\n\n"));
    }

private:
    QStringList m_paragraphs;
    QString m_current;
    bool m_space = false;
};

// Visible text length below a node, ignoring what extraction skips; used to
// choose the article among several <article> elements.
int textLength(const GumboNode *root)
{
    int length = 0;
    walk(root, [&](const GumboNode *n) {
        if (n->type == GUMBO_NODE_TEXT) {
            length += int(strlen(n->v.text.text));
            return false;
        }
        return n->type != GUMBO_NODE_ELEMENT || (!isSkippedTag(n->v.element.tag) && !isFurniture(n->v.element));
    });
    return length;
}

QString textOf(const GumboNode *root)
{
    TextCollector c;
    walk(root, [&](const GumboNode *n) {
        if (n->type == GUMBO_NODE_TEXT)
            c.text(QString::fromUtf8(n->v.text.text), false);
        return n->type == GUMBO_NODE_ELEMENT;
    });
    return c.result().simplified();
}

void readJsonLd(const QJsonValue &v, DocumentMetadata &meta, QString &headline, int depth = 0)
{
    if (depth > 8)
        return;
    if (v.isArray()) {
        for (const QJsonValue &x : v.toArray())
            readJsonLd(x, meta, headline, depth + 1);
        return;
    }
    if (!v.isObject())
        return;
    const QJsonObject o = v.toObject();
    if (o.contains(QLatin1String("@graph")))
        readJsonLd(o.value(QLatin1String("@graph")), meta, headline, depth + 1);
    QString type = o.value(QLatin1String("@type")).toString();
    if (o.value(QLatin1String("@type")).isArray())
        type = o.value(QLatin1String("@type")).toArray().first().toString();
    if (!type.endsWith(QLatin1String("Article")) && type != QLatin1String("Report")
        && type != QLatin1String("BlogPosting"))
        return;
    if (headline.isEmpty())
        headline = o.value(QLatin1String("headline")).toString();
    if (!meta.date.isValid()) {
        const QString d = o.value(QLatin1String("datePublished")).toString();
        meta.date = QDate::fromString(d.left(10), Qt::ISODate);
    }
    if (meta.author.isEmpty()) {
        const QJsonValue a = o.value(QLatin1String("author"));
        QStringList names;
        const QJsonArray list = a.isArray() ? a.toArray() : QJsonArray { a };
        for (const QJsonValue &x : list) {
            const QString name = x.isString() ? x.toString() : x.toObject().value(QLatin1String("name")).toString();
            if (!name.isEmpty())
                names.append(name);
        }
        meta.author = names.join(QLatin1String(", "));
    }
    if (meta.outlet.isEmpty())
        meta.outlet = o.value(QLatin1String("publisher")).toObject().value(QLatin1String("name")).toString();
    if (meta.url.isEmpty())
        meta.url = o.value(QLatin1String("url")).toString();
}

} // namespace

QStringList HtmlImporter::suffixes() const
{
    return { QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("xhtml") };
}

QByteArray HtmlImporter::toUtf8(const QByteArray &bytes, QString *encoding, QStringList *warnings, QString *error)
{
    static const QRegularExpression metaCharset(
        QStringLiteral("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = metaCharset.match(QString::fromLatin1(bytes.left(1024)));
    QByteArray hint = m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
    TextDecoder::Result decoded = TextDecoder::decode(bytes, hint);
    if (!decoded.ok) {
        *error = decoded.error;
        return {};
    }
    *encoding = decoded.encoding;
    *warnings += decoded.warnings;
    // Valid UTF-8 without a BOM decodes unchanged: hand gumbo the bytes as they are.
    if (decoded.warnings.isEmpty() && decoded.encoding == QLatin1String("UTF-8") && !bytes.startsWith("\xEF\xBB\xBF"))
        return bytes;
    return decoded.text.toUtf8();
}

QString HtmlImporter::extract(const QByteArray &utf8, DocumentMetadata *meta, bool wholeBody)
{
    GumboArena arena;
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = &GumboArena::allocate;
    options.deallocator = &GumboArena::release;
    options.userdata = &arena;
    options.max_errors = 0; // parse errors are not reported; do not collect them
    GumboOutput *output = gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size()));
    if (!output)
        return {};

    QString title;
    QString ogTitle;
    QString h1;
    QString headline;
    const GumboNode *body = nullptr;
    const GumboNode *mainNode = nullptr;
    std::vector<const GumboNode *> articles;
    DocumentMetadata found;
    QDate timeDate;

    walk(output->document, [&](const GumboNode *n) {
        if (n->type == GUMBO_NODE_DOCUMENT)
            return true;
        if (n->type != GUMBO_NODE_ELEMENT)
            return false;
        const GumboElement &e = n->v.element;
        switch (e.tag) {
        case GUMBO_TAG_BODY:
            if (!body)
                body = n;
            break;
        case GUMBO_TAG_TITLE:
            if (title.isEmpty())
                title = textOf(n);
            return false;
        case GUMBO_TAG_H1:
            if (h1.isEmpty())
                h1 = textOf(n);
            break;
        case GUMBO_TAG_ARTICLE:
            articles.push_back(n);
            break;
        case GUMBO_TAG_MAIN:
            if (!mainNode)
                mainNode = n;
            break;
        case GUMBO_TAG_TIME:
            if (!timeDate.isValid())
                timeDate = QDate::fromString(attr(e, "datetime").left(10), Qt::ISODate);
            break;
        case GUMBO_TAG_META: {
            const QString key = (attr(e, "property") + attr(e, "name")).toLower();
            const QString content = attr(e, "content").simplified();
            if (content.isEmpty())
                break;
            if (key == QLatin1String("og:title") && ogTitle.isEmpty())
                ogTitle = content;
            else if (key == QLatin1String("og:site_name") && found.outlet.isEmpty())
                found.outlet = content;
            else if ((key == QLatin1String("article:published_time") || key == QLatin1String("date")
                         || key == QLatin1String("dc.date") || key == QLatin1String("pubdate"))
                && !found.date.isValid())
                found.date = QDate::fromString(content.left(10), Qt::ISODate);
            else if ((key == QLatin1String("author") || key == QLatin1String("article:author")
                         || key == QLatin1String("dc.creator"))
                && found.author.isEmpty() && !content.startsWith(QLatin1String("http")))
                found.author = content;
            else if (key == QLatin1String("og:url") && found.url.isEmpty())
                found.url = content;
            break;
        }
        case GUMBO_TAG_LINK: {
            const QString rel = attr(e, "rel").toLower();
            if (rel.split(QLatin1Char(' ')).contains(QLatin1String("canonical")))
                found.url = attr(e, "href").trimmed(); // canonical wins over og:url
            break;
        }
        case GUMBO_TAG_SCRIPT:
            if (attr(e, "type").toLower() == QLatin1String("application/ld+json") && e.children.length == 1) {
                const auto *t = static_cast<const GumboNode *>(e.children.data[0]);
                if (t->type == GUMBO_NODE_TEXT || t->type == GUMBO_NODE_CDATA) {
                    const QJsonDocument json = QJsonDocument::fromJson(QByteArray(t->v.text.text));
                    readJsonLd(json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object()), found, headline);
                }
            }
            return false;
        default:
            break;
        }
        return true;
    });

    const GumboNode *root = body;
    if (!wholeBody) {
        int best = -1;
        for (const GumboNode *a : articles) {
            const int len = textLength(a);
            if (len > best) {
                best = len;
                root = a;
            }
        }
        if (best < 0 && mainNode)
            root = mainNode;
    }

    QString text;
    if (root) {
        TextCollector c;
        // Closing a block element is pushed as a marker so that text after it
        // starts a new paragraph.
        struct Item
        {
            const GumboNode *node;
            bool close;
            bool pre;
        };
        std::vector<Item> items { { root, false, false } };
        while (!items.empty()) {
            const Item it = items.back();
            items.pop_back();
            const GumboNode *n = it.node;
            if (it.close) {
                c.block();
                continue;
            }
            if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
                c.text(QString::fromUtf8(n->v.text.text), it.pre);
                continue;
            }
            if (n->type != GUMBO_NODE_ELEMENT)
                continue; // comments
            const GumboElement &e = n->v.element;
            if (e.tag == GUMBO_TAG_BR) {
                c.lineBreak();
                continue;
            }
            if (n != root && (isSkippedTag(e.tag) || isFurniture(e)))
                continue;
            // A header outside the article is the site's masthead; the article's
            // own header holds its headline and byline.
            if (n != root && e.tag == GUMBO_TAG_HEADER && root == body)
                continue;
            const bool block = isBlockTag(e.tag);
            if (block) {
                c.block();
                items.push_back({ n, true, false });
            }
            const bool pre = it.pre || e.tag == GUMBO_TAG_PRE;
            for (unsigned int i = e.children.length; i > 0; --i)
                items.push_back({ static_cast<const GumboNode *>(e.children.data[i - 1]), false, pre });
        }
        text = c.result();
    }
    // The whole tree is in the arena, which goes when this function returns.

    if (meta) {
        if (!ogTitle.isEmpty())
            found.title = ogTitle;
        else if (!title.isEmpty())
            found.title = title;
        else if (!headline.isEmpty())
            found.title = headline;
        else
            found.title = h1;
        if (!found.date.isValid())
            found.date = timeDate;
        *meta = found;
    }
    return text;
}

ImportResult HtmlImporter::importBytes(const QByteArray &bytes, const QString &relativePath) const
{
    ImportResult r;
    QString encoding;
    const QByteArray utf8 = toUtf8(bytes, &encoding, &r.warnings, &r.error);
    if (!r.error.isEmpty())
        return r;
    r.document.encoding = encoding;
    r.document.format = name();
    r.document.setText(extract(utf8, &r.document.meta));
    finish(r, relativePath);
    return r;
}

} // namespace Marginalia
