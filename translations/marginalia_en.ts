<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Marginalia::ArticleInfoBar</name>
    <message numerus="yes">
        <source>%n clutter line(s) dimmed</source>
        <translation>
            <numerusform>%n clutter line dimmed</numerusform>
            <numerusform>%n clutter lines dimmed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) edited</source>
        <translation>
            <numerusform>%n field edited</numerusform>
            <numerusform>%n fields edited</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::CodedSegmentsPanel</name>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::ComparePdfDialog</name>
    <message numerus="yes">
        <source>Wrote %1 (%n pages).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::ComparisonPdfExporter</name>
    <message numerus="yes">
        <source>%n words: %1</source>
        <translation>
            <numerusform>%n word: %1</numerusform>
            <numerusform>%n words: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Corpus</name>
    <message numerus="yes">
        <source>%n annotation(s) belong to this document, which is not in the corpus; they are kept</source>
        <translation>
            <numerusform>%n annotation belongs to this document, which is not in the corpus; it is kept</numerusform>
            <numerusform>%n annotations belong to this document, which is not in the corpus; they are kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) of &quot;%1&quot;, which is no longer in the corpus, follow this file, which has the same text</source>
        <translation>
            <numerusform>%n annotation of &quot;%1&quot;, which is no longer in the corpus, follows this file, which has the same text</numerusform>
            <numerusform>%n annotations of &quot;%1&quot;, which is no longer in the corpus, follow this file, which has the same text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unsaved change(s) from %2 can be recovered: open the corpus in Marginalia (unless it is open there now)</source>
        <translation>
            <numerusform>%1: %n unsaved change from %2 can be recovered: open the corpus in Marginalia (unless it is open there now)</numerusform>
            <numerusform>%1: %n unsaved changes from %2 can be recovered: open the corpus in Marginalia (unless it is open there now)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unsaved change(s) from %2 were made on another version of %3; they are not replayed</source>
        <translation>
            <numerusform>%1: %n unsaved change from %2 was made on another version of %3; it is not replayed</numerusform>
            <numerusform>%1: %n unsaved changes from %2 were made on another version of %3; they are not replayed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unsaved change(s) from %2 were made on another version of %3; they are not replayed, and the journal was moved to %4</source>
        <translation>
            <numerusform>%1: %n unsaved change from %2 was made on another version of %3; it is not replayed, and the journal was moved to %4</numerusform>
            <numerusform>%1: %n unsaved changes from %2 were made on another version of %3; they are not replayed, and the journal was moved to %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clutter mark(s) no longer match a line of the text; they are kept but not shown</source>
        <translation>
            <numerusform>%n clutter mark no longer matches a line of the text; it is kept but not shown</numerusform>
            <numerusform>%n clutter marks no longer match a line of the text; they are kept but not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n line(s) as clutter</source>
        <translation>
            <numerusform>Mark %n line as clutter</numerusform>
            <numerusform>Mark %n lines as clutter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmark %n line(s) as clutter</source>
        <translation>
            <numerusform>Unmark %n line as clutter</numerusform>
            <numerusform>Unmark %n lines as clutter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::ExportDialog</name>
    <message numerus="yes">
        <source>Wrote %1 (%n pages).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n pages, with their annotations.</source>
        <translation>
            <numerusform>Preview: %n page, with its annotations.</numerusform>
            <numerusform>Preview: %n pages, with their annotations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::FindBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::MainWindow</name>
    <message numerus="yes">
        <source>%n problem(s) while opening the corpus</source>
        <translation>
            <numerusform>%n problem while opening the corpus</numerusform>
            <numerusform>%n problems while opening the corpus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) added</source>
        <translation>
            <numerusform>%n highlight added</numerusform>
            <numerusform>%n highlights added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) need attention: their article changed (Edit ▸ Needs Attention).</source>
        <translation>
            <numerusform>%n highlight needs attention: its article changed (Edit ▸ Needs Attention).</numerusform>
            <numerusform>%n highlights need attention: their article changed (Edit ▸ Needs Attention).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recover %n unsaved change(s) from %1?</source>
        <translation>
            <numerusform>Recover %n unsaved change from %1?</numerusform>
            <numerusform>Recover %n unsaved changes from %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved change(s) recovered; Undo takes them back.</source>
        <translation>
            <numerusform>%n unsaved change recovered; Undo takes it back.</numerusform>
            <numerusform>%n unsaved changes recovered; Undo takes them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) exported to %1</source>
        <translation>
            <numerusform>%n tag exported to %1</numerusform>
            <numerusform>%n tags exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) changed on disk; they are taken in after the next save.</source>
        <translation>
            <numerusform>%n article changed on disk; it is taken in after the next save.</numerusform>
            <numerusform>%n articles changed on disk; they are taken in after the next save.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) added</source>
        <translation>
            <numerusform>%n article added</numerusform>
            <numerusform>%n articles added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) removed</source>
        <translation>
            <numerusform>%n article removed</numerusform>
            <numerusform>%n articles removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) changed</source>
        <translation>
            <numerusform>%n article changed</numerusform>
            <numerusform>%n articles changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) need attention (Edit ▸ Needs Attention).</source>
        <translation>
            <numerusform>%n highlight needs attention (Edit ▸ Needs Attention).</numerusform>
            <numerusform>%n highlights need attention (Edit ▸ Needs Attention).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped: %n article(s) are open; the annotations of the others are kept.</source>
        <translation>
            <numerusform>Loading stopped: %n article is open; the annotations of the others are kept.</numerusform>
            <numerusform>Loading stopped: %n articles are open; the annotations of the others are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::MergeCommand</name>
    <message numerus="yes">
        <source>marginalia merge: %n conflict(s); both versions are kept in %1</source>
        <translation>
            <numerusform>marginalia merge: %n conflict; both versions are kept in %1</numerusform>
            <numerusform>marginalia merge: %n conflicts; both versions are kept in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::PdfExporter</name>
    <message numerus="yes">
        <source>%n annotated articles of the corpus %1</source>
        <translation>
            <numerusform>%n annotated article of the corpus %1</numerusform>
            <numerusform>%n annotated articles of the corpus %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chosen documents</source>
        <translation>
            <numerusform>%n chosen document</numerusform>
            <numerusform>%n chosen documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::SearchPanel</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::SimilarPanel</name>
    <message numerus="yes">
        <source>%n pair(s) of articles on the same story, best first.</source>
        <translation>
            <numerusform>%n pair of articles on the same story, best first.</numerusform>
            <numerusform>%n pairs of articles on the same story, best first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Looking for articles on the same story among %n article(s)…</source>
        <translation>
            <numerusform>Looking for articles on the same story among %n article…</numerusform>
            <numerusform>Looking for articles on the same story among %n articles…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::SourceView</name>
    <message numerus="yes">
        <source>[Only the first %n MB are shown.]</source>
        <translation>
            <numerusform>[Only the first %n MB is shown.]</numerusform>
            <numerusform>[Only the first %n MB are shown.]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::TriagePanel</name>
    <message numerus="yes">
        <source>%n highlight(s) could not be placed exactly after their article changed. Select text in the article and choose Re-attach to Selection to place one there.</source>
        <translation>
            <numerusform>%n highlight could not be placed exactly after its article changed. Select text in the article and choose Re-attach to Selection to place it there.</numerusform>
            <numerusform>%n highlights could not be placed exactly after their article changed. Select text in the article and choose Re-attach to Selection to place one there.</numerusform>
        </translation>
    </message>
</context>
</TS>
