// Corpus: the journal of unsaved changes (see Journal and
// docs/sidecar-format.md#the-journal-of-unsaved-changes). Kept apart from
// corpus.cpp because it is one concern: record each change as it happens,
// offer the record after a crash, and never let it touch the sidecar.

#include "corpus.h"

#include "annotation/journal.h"
#include "annotation/sidecarcodec.h"
#include "itemmodels/codebookmodel.h"
#include "itemmodels/corpusmodel.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QScopedValueRollback>
#include <QUndoStack>

#include <functional>

namespace Marginalia {

namespace {

// Replaces the whole state (recovering a journal): the models are rebuilt
// from the sidecar content before or after.
class StateCommand : public QUndoCommand
{
public:
    StateCommand(std::function<void(const SidecarData &)> apply, SidecarData before, SidecarData after,
        const QString &text)
        : QUndoCommand(text)
        , m_apply(std::move(apply))
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    void redo() override { m_apply(m_after); }
    void undo() override { m_apply(m_before); }

private:
    std::function<void(const SidecarData &)> m_apply;
    SidecarData m_before;
    SidecarData m_after;
};

bool sameEntries(const QVector<SidecarData::DocumentEntry> &a, const QVector<SidecarData::DocumentEntry> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const auto &x = a.at(i);
        const auto &y = b.at(i);
        if (x.path != y.path || x.sha256 != y.sha256 || x.spans != y.spans || x.extra != y.extra || x.memo != y.memo
            || x.metadata != y.metadata || x.boilerplate != y.boilerplate)
            return false;
    }
    return true;
}

QHash<QString, QVector<SidecarData::DocumentEntry>> byPath(const QVector<SidecarData::DocumentEntry> &entries)
{
    QHash<QString, QVector<SidecarData::DocumentEntry>> out;
    for (const auto &e : entries)
        out[e.path].append(e);
    return out;
}

} // namespace

bool Corpus::journalActive() const
{
    return m_useJournal && isOpen() && !m_readOnly && !m_journalPaused;
}

bool Corpus::journalHoldsUnsavedChanges() const
{
    return journalActive() && !m_journalErrorShown && (!isModified() || m_journal);
}

void Corpus::takeJournalBaseline()
{
    m_journalBase.spans.clear();
    m_journalBase.memos.clear();
    m_journalBase.spans.reserve(m_documents->documentCount());
    m_journalBase.metadata.clear();
    m_journalBase.marks.clear();
    for (int row = 0; row < m_documents->documentCount(); ++row) {
        const QString &path = m_documents->document(row).path;
        m_journalBase.spans.insert(path, m_documents->spans(row));
        const QString memo = m_documents->memo(path);
        if (!memo.isEmpty())
            m_journalBase.memos.insert(path, memo);
        // The analyst's corrections are rare: only documents that have any.
        const MetadataOverrides metadata = m_documents->metadataOverrides(path);
        if (!metadata.isEmpty())
            m_journalBase.metadata.insert(path, metadata);
        const QVector<BoilerplateOverride> marks = m_documents->boilerplateOverrides(path);
        if (!marks.isEmpty())
            m_journalBase.marks.insert(path, marks);
    }
    m_journalBase.detached = m_detached;
    m_journalBase.entries = m_entries;
    m_journalBase.codebook = m_codebook->tags();
    m_journalBase.extra = m_extra;
    m_journalBase.generation = m_generation;
}

void Corpus::inspectJournal()
{
    m_journalInfo = {};
    // With the journal on but read-only (another instance holds the lock, or
    // the sidecar is unreadable) the file may be that instance's: leave it alone.
    if (m_useJournal && m_readOnly)
        return;
    const bool act = m_useJournal;
    const QString path = Journal::pathFor(m_root);
    const QString relative = QDir(m_root).relativeFilePath(path);
    JournalInfo &info = m_journalInfo;
    if (QFileInfo::exists(path)) {
        const Journal::Contents contents = Journal::read(path);
        info.path = path;
        info.changes = int(contents.changes.size());
        info.created = contents.header.created;
        info.lastChange = contents.changes.isEmpty() ? QDateTime() : contents.changes.constLast().time;
        info.sidecarSha256 = contents.header.sidecarSha256;
        info.warnings = contents.warnings;
        const QByteArray current = m_fingerprint.exists ? m_fingerprint.sha256 : QByteArray();
        const QString when = QLocale().toString(
            (info.lastChange.isValid() ? info.lastChange : info.created).toLocalTime(), QLocale::ShortFormat);
        QString error;
        if (contents.status != Journal::Status::Ok) {
            info.state = JournalInfo::State::Unreadable;
            error = contents.error;
        } else if (contents.header.sidecarSha256 != current) {
            info.state = JournalInfo::State::Unmatched;
        } else if (contents.changes.isEmpty() && contents.warnings.isEmpty()) {
            info.state = JournalInfo::State::None;
        } else if (contents.changes.isEmpty()) {
            // Only a damaged record: nothing to replay, but the bytes are the user's.
            info.state = JournalInfo::State::Unreadable;
            error = contents.warnings.constFirst();
        } else {
            info.state = JournalInfo::State::Recoverable;
        }

        QString aside;
        if (act && info.state == JournalInfo::State::None) {
            Journal(path).remove(&error);
        } else if (act
            && (info.state == JournalInfo::State::Unmatched || info.state == JournalInfo::State::Unreadable)) {
            aside = setJournalAside(
                info.state == JournalInfo::State::Unmatched ? QStringLiteral("unmatched") : QStringLiteral("damaged"));
            if (aside == path)
                aside.clear();
            else
                info.path = aside;
        }
        const QString file = QDir::toNativeSeparators(path);
        const QString sidecar = QDir::toNativeSeparators(sidecarPath());
        switch (info.state) {
        case JournalInfo::State::None:
            break;
        case JournalInfo::State::Recoverable:
            // The window asks (recover, discard, keep for later); the command line reports.
            if (!act) {
                m_problems.append(Problem::warning(relative,
                    tr("%1: %n unsaved change(s) from %2 can be recovered: open the corpus in Marginalia (unless it "
                       "is open there now)",
                        nullptr, info.changes)
                        .arg(file, when)));
                for (const QString &w : std::as_const(info.warnings))
                    m_problems.append(Problem::warning(relative, w));
            }
            break;
        case JournalInfo::State::Unmatched:
            info.reason = aside.isEmpty()
                ? tr("%1: %n unsaved change(s) from %2 were made on another version of %3; they are not replayed",
                    nullptr, info.changes)
                      .arg(file, when, sidecar)
                : tr("%1: %n unsaved change(s) from %2 were made on another version of %3; they are not replayed, "
                     "and the journal was moved to %4",
                    nullptr, info.changes)
                      .arg(file, when, sidecar, QDir::toNativeSeparators(aside));
            m_problems.append(Problem::warning(relative, info.reason));
            break;
        case JournalInfo::State::Unreadable:
            info.reason = aside.isEmpty()
                ? tr("%1; it is not replayed").arg(error)
                : tr("%1; it is not replayed, and the journal was moved to %2").arg(error, QDir::toNativeSeparators(aside));
            m_problems.append(Problem::warning(relative, info.reason));
            break;
        }
    }
    if (act) {
        // The state the file on disk holds: what the first record is measured against.
        takeJournalBaseline();
        m_journalPaused = info.state == JournalInfo::State::Recoverable;
    }
}

QString Corpus::setJournalAside(const QString &why)
{
    m_journal.reset();
    const QString from = Journal::pathFor(m_root);
    const QString dir = QFileInfo(from).absolutePath();
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
    QString to;
    for (int n = 0; to.isEmpty() || QFileInfo::exists(to); ++n)
        to = dir + QStringLiteral("/unsaved-") + stamp + QLatin1Char('-') + why
            + (n > 0 ? QLatin1Char('-') + QString::number(n) : QString()) + QStringLiteral(".journal");
    if (!QFile::rename(from, to)) {
        Q_EMIT journalError(tr("%1: the journal of unsaved changes cannot be moved aside to %2")
                                .arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to)));
        return from;
    }
    // Names sort by time: keep the newest ten journals that were set aside.
    const QStringList aside
        = QDir(dir).entryList({ QStringLiteral("unsaved-*.journal") }, QDir::Files, QDir::Name);
    for (qsizetype i = 0; i + 10 < aside.size(); ++i)
        QFile::remove(dir + QLatin1Char('/') + aside.at(i));
    return to;
}

bool Corpus::recordJournal()
{
    if (!journalActive())
        return true;
    const JournalBaseline &base = m_journalBase;
    const bool rebuilt = base.generation != m_generation;
    QSet<QString> touched;
    for (int row = 0; row < m_documents->documentCount(); ++row) {
        const QString &path = m_documents->document(row).path;
        const QVector<Span> &now = m_documents->spans(row);
        const auto it = base.spans.constFind(path);
        if (it == base.spans.cend()) {
            if (!now.isEmpty())
                touched.insert(path);
        } else if (it->constData() != now.constData() && *it != now) {
            // Implicit sharing: an untouched document still shares its spans with the baseline.
            touched.insert(path);
        }
        // A memo, a metadata correction or a clutter mark is part of the
        // document's entry: an edit of one rewrites the entry.
        if (m_documents->memo(path) != base.memos.value(path)
            || m_documents->metadataOverrides(path) != base.metadata.value(path)
            || m_documents->boilerplateOverrides(path) != base.marks.value(path))
            touched.insert(path);
        if (rebuilt) {
            const auto a = base.entries.value(path);
            const auto b = m_entries.value(path);
            if (a.sha256 != b.sha256 || a.extra != b.extra)
                touched.insert(path);
        }
    }
    if (m_detached.constData() != base.detached.constData()) {
        const auto before = byPath(base.detached);
        const auto after = byPath(m_detached);
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (!sameEntries(it.value(), after.value(it.key())))
                touched.insert(it.key());
        }
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            if (!before.contains(it.key()))
                touched.insert(it.key());
        }
    }
    const QVector<Tag> tags = m_codebook->tags();
    const bool codebookChanged = tags != base.codebook;
    QStringList members;
    QStringList keys = m_extra.keys() + base.extra.keys();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        if (m_extra.value(key) != base.extra.value(key))
            members.append(key);
    }
    if (touched.isEmpty() && !codebookChanged && members.isEmpty())
        return true;

    Journal::Change change;
    change.time = QDateTime::currentDateTimeUtc();
    change.text = m_undoStack->undoText();
    change.paths = QStringList(touched.cbegin(), touched.cend());
    change.paths.sort();
    members.sort();
    change.members = members;
    change.data = sidecarData(&touched);
    change.data.codebook = tags;
    QJsonObject extra;
    for (const QString &key : std::as_const(members)) {
        if (m_extra.contains(key))
            extra.insert(key, m_extra.value(key));
    }
    change.data.extra = extra;

    QString error;
    bool ok = true;
    if (!m_journal) {
        // A file already there is not this session's (a removal that failed,
        // a copy put back by hand): it is kept, never written over.
        if (QFileInfo(Journal::pathFor(m_root)).isFile())
            setJournalAside(QStringLiteral("stale"));
        auto journal = std::make_unique<Journal>(Journal::pathFor(m_root));
        ok = journal->create({ m_fingerprint.exists ? m_fingerprint.sha256 : QByteArray(), change.time }, &error);
        if (ok)
            m_journal = std::move(journal);
    }
    ok = ok && m_journal->append(change, &error);
    if (!ok) {
        // The baseline stays: the next record carries this change too.
        if (!m_journalErrorShown)
            Q_EMIT journalError(error);
        m_journalErrorShown = true;
        return false;
    }
    m_journalErrorShown = false;
    takeJournalBaseline();
    return true;
}

void Corpus::onUndoIndexChanged()
{
    if (!journalActive())
        return;
    if (!m_undoStack->isClean()) {
        recordJournal();
        return;
    }
    // Back at the saved state: nothing is left to recover.
    if (m_journalRecovered) {
        // Except that the analyst may redo the recovery: the records stay aside.
        setJournalAside(QStringLiteral("undone"));
    } else if (m_journal) {
        QString error;
        if (!m_journal->remove(&error))
            Q_EMIT journalError(error);
    }
    m_journal.reset();
    m_journalRecovered = false;
    takeJournalBaseline();
}

void Corpus::journalSaved(const QByteArray &writtenSha256)
{
    if (!m_useJournal || m_readOnly)
        return;
    if (m_journalPaused) {
        // A journal kept for later belongs to the file as it was; once the file
        // changes it can never be replayed, so it goes aside with the others.
        if (m_journalInfo.state == JournalInfo::State::Recoverable) {
            if (writtenSha256 == m_journalInfo.sidecarSha256)
                return;
            const QString aside = setJournalAside(QStringLiteral("kept"));
            m_journalInfo.state = JournalInfo::State::Unmatched;
            m_journalInfo.path = aside;
        }
        m_journalPaused = false;
    } else if (m_journal) {
        QString error;
        if (!m_journal->remove(&error))
            Q_EMIT journalError(error);
    }
    m_journal.reset();
    m_journalRecovered = false;
    takeJournalBaseline();
}

void Corpus::applyState(const SidecarData &data)
{
    QVector<Document> documents = m_documents->importedDocuments();
    const Problems problems = m_problems;
    m_detached.clear();
    m_entries.clear();
    m_anchors.clear();
    m_extra = {};
    attach(data, std::move(documents));
    m_problems = problems;
    Q_EMIT reloaded();
}

bool Corpus::recoverJournal(QString *error)
{
    const QString path = Journal::pathFor(m_root);
    const QString name = QDir::toNativeSeparators(path);
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!m_useJournal || !canMutate() || m_journalInfo.state != JournalInfo::State::Recoverable)
        return fail(tr("%1: there are no unsaved changes to recover").arg(name));
    if (isModified())
        return fail(tr("%1: the unsaved changes can only be recovered before anything else is changed").arg(name));
    const Journal::Contents contents = Journal::read(path);
    const QByteArray current = m_fingerprint.exists ? m_fingerprint.sha256 : QByteArray();
    if (contents.status != Journal::Status::Ok || contents.header.sidecarSha256 != current
        || contents.changes.isEmpty())
        return fail(tr("%1: the journal of unsaved changes changed since the corpus was opened; it is not replayed")
                        .arg(name));
    const SidecarData after = Journal::replay(m_base, contents.changes);
    // Whatever replays must also save: the same check a save makes of its own bytes.
    const SidecarCodec::ParseResult check = SidecarCodec::parse(SidecarCodec::serialize(after));
    if (!check.ok || check.data.annotationCount() != after.annotationCount())
        return fail(tr("%1: the unsaved changes cannot be recovered: %2").arg(name, check.error));

    // The journal already holds this state: the step itself is not recorded again.
    takeJournalBaseline();
    m_undoStack->push(new StateCommand([this](const SidecarData &d) { applyState(d); }, toSidecarData(), after,
        tr("Recover unsaved changes")));
    m_journalInfo.state = JournalInfo::State::None;
    m_journalPaused = false;
    m_journalRecovered = true;
    auto journal = std::make_unique<Journal>(path);
    QString why;
    if (journal->reopen(contents.goodSize, &why)) {
        m_journal = std::move(journal);
        takeJournalBaseline();
    } else {
        // Continue in a fresh journal from the file's state: this record holds all of it.
        Q_EMIT journalError(why);
        setJournalAside(QStringLiteral("recovered"));
        recordJournal();
    }
    return true;
}

bool Corpus::discardJournal(QString *error)
{
    if (!m_useJournal || m_readOnly || m_journalInfo.state != JournalInfo::State::Recoverable) {
        if (error)
            *error = tr("%1: there are no unsaved changes to discard")
                         .arg(QDir::toNativeSeparators(Journal::pathFor(m_root)));
        return false;
    }
    const QString aside = setJournalAside(QStringLiteral("discarded"));
    if (aside == Journal::pathFor(m_root)) {
        if (error)
            *error = tr("%1: the journal of unsaved changes cannot be moved aside").arg(QDir::toNativeSeparators(aside));
        return false;
    }
    m_journalInfo.state = JournalInfo::State::None;
    m_journalInfo.path = aside;
    m_journalPaused = false;
    m_journalRecovered = false;
    // Changes made while the question was open are journaled now, against
    // the baseline open() took of the file.
    if (isModified())
        recordJournal();
    return true;
}

} // namespace Marginalia
