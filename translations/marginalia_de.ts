<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Marginalia</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>marginalia %1: missing CORPUS_DIR (see marginalia %1 --help)</source>
        <translation>marginalia %1: CORPUS_DIR fehlt (siehe marginalia %1 --help)</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 Wörter</translation>
    </message>
    <message>
        <source>%1 annotations</source>
        <translation>%1 Annotationen</translation>
    </message>
    <message>
        <source>%1: %2 documents, %3 annotations, %4 tags, %5 problems</source>
        <translation>%1: %2 Dokumente, %3 Annotationen, %4 Codes, %5 Probleme</translation>
    </message>
    <message>
        <source>marginalia compare: expected CORPUS_DIR DOC_A DOC_B (see marginalia --help)</source>
        <translation>marginalia compare: CORPUS_DIR DOC_A DOC_B erwartet (siehe marginalia --help)</translation>
    </message>
    <message>
        <source>marginalia compare: %1: no such document in %2 (see marginalia list)</source>
        <translation>marginalia compare: %1: kein solches Dokument in %2 (siehe marginalia list)</translation>
    </message>
    <message>
        <source>warning: %1; using the default lexicon</source>
        <translation>Warnung: %1; das Standardlexikon wird verwendet</translation>
    </message>
    <message>
        <source>marginalia similar: --min-score must be a number from 0 to 1</source>
        <translation>marginalia similar: --min-score muss eine Zahl von 0 bis 1 sein</translation>
    </message>
    <message>
        <source>near-duplicate</source>
        <translation>Beinahe-Duplikat</translation>
    </message>
    <message>
        <source>wire copy</source>
        <translation>Agenturtext</translation>
    </message>
    <message>
        <source>marginalia merge: %1: no such file</source>
        <translation>marginalia merge: %1: keine solche Datei</translation>
    </message>
    <message>
        <source>marginalia merge: %1</source>
        <translation>marginalia merge: %1</translation>
    </message>
    <message>
        <source>it is cut off</source>
        <translation>es ist abgeschnitten</translation>
    </message>
    <message>
        <source>its frame is damaged</source>
        <translation>sein Rahmen ist beschädigt</translation>
    </message>
    <message>
        <source>its checksum does not match</source>
        <translation>seine Prüfsumme stimmt nicht</translation>
    </message>
    <message>
        <source>its description is not valid</source>
        <translation>seine Beschreibung ist ungültig</translation>
    </message>
</context>
<context>
    <name>Marginalia::AddSpanCommand</name>
    <message>
        <source>Highlight</source>
        <translation>Markierung</translation>
    </message>
</context>
<context>
    <name>Marginalia::AddTagCommand</name>
    <message>
        <source>New tag “%1”</source>
        <translation>Neuer Code „%1“</translation>
    </message>
</context>
<context>
    <name>Marginalia::ArticleInfoBar</name>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n clutter line(s) dimmed</source>
        <translation>
            <numerusform>%n Störzeile abgeblendet</numerusform>
            <numerusform>%n Störzeilen abgeblendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) edited</source>
        <translation>
            <numerusform>%n Feld bearbeitet</numerusform>
            <numerusform>%n Felder bearbeitet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::AutoCoder</name>
    <message>
        <source>%1: no such document in the corpus</source>
        <translation>%1: kein solches Dokument im Korpus</translation>
    </message>
    <message>
        <source>the tag does not exist</source>
        <translation>den Code gibt es nicht</translation>
    </message>
    <message>
        <source>Auto-code “%1”</source>
        <translation>Automatisch codieren: „%1“</translation>
    </message>
</context>
<context>
    <name>Marginalia::AutocodeCommand</name>
    <message>
        <source>autocode: the tag (name or &quot;Parent / Child&quot; path).</source>
        <translation>autocode: der Code (Name oder Pfad &quot;Eltern / Kind&quot;).</translation>
    </message>
    <message>
        <source>autocode: code every occurrence of this text.</source>
        <translation>autocode: jedes Vorkommen dieses Textes codieren.</translation>
    </message>
    <message>
        <source>autocode: code every match of this regular expression.</source>
        <translation>autocode: jeden Treffer dieses regulären Ausdrucks codieren.</translation>
    </message>
    <message>
        <source>autocode: only this document (repeatable).</source>
        <translation>autocode: nur dieses Dokument (wiederholbar).</translation>
    </message>
    <message>
        <source>autocode: note for every new highlight.</source>
        <translation>autocode: Notiz für jede neue Markierung.</translation>
    </message>
    <message>
        <source>autocode: create the tag if the codebook has none of that name.</source>
        <translation>autocode: den Code anlegen, wenn das Codebuch keinen dieses Namens hat.</translation>
    </message>
    <message>
        <source>autocode: colour of a created tag.</source>
        <translation>autocode: Farbe eines neu angelegten Codes.</translation>
    </message>
    <message>
        <source>autocode: match regardless of case.</source>
        <translation>autocode: Groß-/Kleinschreibung ignorieren.</translation>
    </message>
    <message>
        <source>autocode: match whole words only.</source>
        <translation>autocode: nur ganze Wörter finden.</translation>
    </message>
    <message>
        <source>missing CORPUS_DIR (see marginalia --help)</source>
        <translation>CORPUS_DIR fehlt (siehe marginalia --help)</translation>
    </message>
    <message>
        <source>missing --tag NAME</source>
        <translation>--tag NAME fehlt</translation>
    </message>
    <message>
        <source>give exactly one of --text STRING or --regex PATTERN</source>
        <translation>genau eines von --text STRING oder --regex PATTERN angeben</translation>
    </message>
    <message>
        <source>--color %1 is not a colour of the form #RRGGBB</source>
        <translation>--color %1 ist keine Farbe der Form #RRGGBB</translation>
    </message>
    <message>
        <source>--color only applies with --create-tag</source>
        <translation>--color gilt nur zusammen mit --create-tag</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>%1 is not changed: %2</source>
        <translation>%1 wird nicht geändert: %2</translation>
    </message>
    <message>
        <source>the codebook has no tag &quot;%1&quot; (add --create-tag to create it)</source>
        <translation>das Codebuch hat keinen Code &quot;%1&quot; (mit --create-tag wird er angelegt)</translation>
    </message>
    <message>
        <source>could not create the tag &quot;%1&quot;</source>
        <translation>der Code &quot;%1&quot; konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <source>%1 highlights added with tag &quot;%2&quot; (%3 matches in %4 documents, %5 already coded)%6</source>
        <translation>%1 Markierungen mit Code &quot;%2&quot; hinzugefügt (%3 Treffer in %4 Dokumenten, %5 bereits codiert)%6</translation>
    </message>
    <message>
        <source>; tag created</source>
        <translation>; Code angelegt</translation>
    </message>
</context>
<context>
    <name>Marginalia::BuildInfo</name>
    <message>
        <source>Syntax highlighting of source views and themes: %1</source>
        <translation>Syntaxhervorhebung der Quelltextansichten und Farbschemata: %1</translation>
    </message>
    <message>
        <source>Syntax highlighting: not available (built without KF6SyntaxHighlighting); source views are plain and the built-in light and dark colours are used</source>
        <translation>Syntaxhervorhebung: nicht verfügbar (ohne KF6SyntaxHighlighting gebaut); Quelltextansichten sind unformatiert, und es gelten die eingebauten hellen und dunklen Farben</translation>
    </message>
    <message>
        <source>Interface languages: %1</source>
        <translation>Sprachen der Oberfläche: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Marginalia %1&lt;/h3&gt;&lt;p&gt;Read, code and compare news articles.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Compiled-in features:&lt;/p&gt;&lt;ul&gt;%4&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Marginalia %1&lt;/h3&gt;&lt;p&gt;Nachrichtenartikel lesen, codieren und vergleichen.&lt;/p&gt;&lt;p&gt;Gebaut mit Qt %2, läuft mit Qt %3.&lt;/p&gt;&lt;p&gt;Einkompilierte Funktionen:&lt;/p&gt;&lt;ul&gt;%4&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>Marginalia::CliProgress</name>
    <message>
        <source>Print the progress on standard error (the default on a terminal).</source>
        <translation>Den Fortschritt auf der Standardfehlerausgabe ausgeben (Voreinstellung in einem Terminal).</translation>
    </message>
    <message>
        <source>Print no progress, also on a terminal.</source>
        <translation>Keinen Fortschritt ausgeben, auch nicht in einem Terminal.</translation>
    </message>
    <message>
        <source>Importing articles: %1 of %2 (%3%)</source>
        <translation>Artikel werden importiert: %1 von %2 (%3%)</translation>
    </message>
</context>
<context>
    <name>Marginalia::CodebookActions</name>
    <message>
        <source>&amp;Rename Tag…</source>
        <translation>Code &amp;umbenennen …</translation>
    </message>
    <message>
        <source>Change Tag &amp;Colour…</source>
        <translation>Code&amp;farbe ändern …</translation>
    </message>
    <message>
        <source>&amp;Merge Tag Into…</source>
        <translation>Code zusa&amp;mmenführen mit …</translation>
    </message>
    <message>
        <source>&amp;Delete Tag…</source>
        <translation>Code &amp;löschen …</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>Code umbenennen</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Farbe von „%1“</translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation>Code zusammenführen</translation>
    </message>
    <message>
        <source>Merge “%1” into (its highlights and sub-tags move there, then it is deleted):</source>
        <translation>„%1“ zusammenführen mit (seine Markierungen und Untercodes wandern dorthin, dann wird er gelöscht):</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Code löschen</translation>
    </message>
    <message>
        <source>Delete “%1” and its sub-tags? What should happen to their highlights?</source>
        <translation>„%1“ und seine Untercodes löschen? Was soll mit ihren Markierungen geschehen?</translation>
    </message>
    <message>
        <source>Delete Them</source>
        <translation>Mitlöschen</translation>
    </message>
    <message>
        <source>Move to “%1”</source>
        <translation>Nach „%1“ verschieben</translation>
    </message>
    <message>
        <source>Move to Another Tag…</source>
        <translation>Zu anderem Code verschieben …</translation>
    </message>
    <message>
        <source>Move the highlights of “%1” to:</source>
        <translation>Die Markierungen von „%1“ verschieben nach:</translation>
    </message>
</context>
<context>
    <name>Marginalia::CodebookCommand</name>
    <message>
        <source>expected export or import, e.g. marginalia codebook export CORPUS_DIR OUT.json</source>
        <translation>export oder import erwartet, z. B. marginalia codebook export CORPUS_DIR OUT.json</translation>
    </message>
    <message>
        <source>expected CORPUS_DIR and the file to write</source>
        <translation>CORPUS_DIR und die zu schreibende Datei erwartet</translation>
    </message>
    <message>
        <source>expected CORPUS_DIR and the file to read</source>
        <translation>CORPUS_DIR und die zu lesende Datei erwartet</translation>
    </message>
    <message>
        <source>%1: the annotation file cannot be read, so neither can its codebook</source>
        <translation>%1: die Annotationsdatei ist nicht lesbar, also auch ihr Codebuch nicht</translation>
    </message>
    <message>
        <source>%1: the corpus folder cannot be read</source>
        <translation>%1: der Korpusordner ist nicht lesbar</translation>
    </message>
    <message>
        <source>%1 tags written to %2</source>
        <translation>%1 Codes nach %2 geschrieben</translation>
    </message>
    <message>
        <source>%1 is not changed: %2</source>
        <translation>%1 wird nicht geändert: %2</translation>
    </message>
    <message>
        <source>Import codebook “%1”</source>
        <translation>Codebuch „%1“ importieren</translation>
    </message>
    <message>
        <source>%1 tags added, %2 changed, %3 already there (%4 shortcuts in use left out); the codebook has %5 tags</source>
        <translation>%1 Codes hinzugefügt, %2 geändert, %3 schon vorhanden (%4 belegte Tastenkürzel ausgelassen); das Codebuch hat %5 Codes</translation>
    </message>
</context>
<context>
    <name>Marginalia::CodebookFile</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>the file is larger than the %1 MB a codebook may have</source>
        <translation>die Datei ist größer als die %1 MB, die ein Codebuch haben darf</translation>
    </message>
    <message>
        <source>not valid JSON: %1 (%2)</source>
        <translation>kein gültiges JSON: %1 (%2)</translation>
    </message>
    <message>
        <source>a Marginalia sidecar that cannot be read: %1</source>
        <translation>eine Marginalia-Sidecar-Datei, die nicht lesbar ist: %1</translation>
    </message>
    <message>
        <source>not a Marginalia codebook: &quot;format&quot; is not &quot;%1&quot;</source>
        <translation>kein Marginalia-Codebuch: &quot;format&quot; ist nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number of at least 1</source>
        <translation>&quot;version&quot; muss eine ganze Zahl von mindestens 1 sein</translation>
    </message>
    <message>
        <source>written by a newer Marginalia (codebook format version %1; this build reads up to %2)</source>
        <translation>von einem neueren Marginalia geschrieben (Codebuch-Formatversion %1; dieser Build liest bis %2)</translation>
    </message>
    <message>
        <source>the field &quot;tags&quot; is missing</source>
        <translation>das Feld &quot;tags&quot; fehlt</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1: ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1: the file is larger than the %2 MB a codebook may have</source>
        <translation>%1: die Datei ist größer als die %2 MB, die ein Codebuch haben darf</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Marginalia::CodebookModel</name>
    <message>
        <source>Tag</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Here</source>
        <extracomment>Column header: spans with this tag in the document being read</extracomment>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Corpus</source>
        <extracomment>Column header: spans with this tag in the whole corpus</extracomment>
        <translation>Korpus</translation>
    </message>
</context>
<context>
    <name>Marginalia::CodedSegmentsPanel</name>
    <message>
        <source>Include s&amp;ub-tags</source>
        <translation>Unter&amp;codes einbeziehen</translation>
    </message>
    <message>
        <source>Tag of the coded segments</source>
        <translation>Code der codierten Segmente</translation>
    </message>
    <message>
        <source>Filter quotes, notes and titles</source>
        <translation>Zitate, Notizen und Titel filtern</translation>
    </message>
    <message>
        <source>Filter the coded segments</source>
        <translation>Codierte Segmente filtern</translation>
    </message>
    <message>
        <source>Coded segments</source>
        <translation>Codierte Segmente</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Codes</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n Segment</numerusform>
            <numerusform>%n Segmente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::CodingStripeArea</name>
    <message>
        <source>Coding stripes</source>
        <translation>Codierstreifen</translation>
    </message>
</context>
<context>
    <name>Marginalia::CommandLine</name>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>The corpus folder.</source>
        <translation>Der Korpusordner.</translation>
    </message>
    <message>
        <source>marginalia: unknown command &quot;%1&quot;, and no folder of that name exists (see marginalia --help)</source>
        <translation>marginalia: unbekannter Befehl „%1“, und es gibt keinen Ordner dieses Namens (siehe marginalia --help)</translation>
    </message>
    <message>
        <source>Interface language (en, de, ar); default: the preference, else the system&apos;s.</source>
        <translation>Sprache der Oberfläche (en, de, ar); Standard: die Einstellung, sonst die des Systems.</translation>
    </message>
    <message>
        <source>compare: write the comparison PDF to OUT.</source>
        <translation>compare: das Vergleichs-PDF nach OUT schreiben.</translation>
    </message>
    <message>
        <source>compare --pdf: print the highlights only, without PDF annotations.</source>
        <translation>compare --pdf: nur die Hervorhebungen drucken, ohne PDF-Anmerkungen.</translation>
    </message>
    <message>
        <source>marginalia %1: --pdf and --no-pdf-annotations belong to compare (see marginalia --help)</source>
        <translation>marginalia %1: --pdf und --no-pdf-annotations gehören zu compare (siehe marginalia --help)</translation>
    </message>
    <message>
        <source>similar: smallest score listed (0 to 1, default 0.15).</source>
        <translation>similar: kleinster aufgeführter Wert (0 bis 1, Standard 0.15).</translation>
    </message>
    <message>
        <source>Marginalia: read, code and compare news articles.

Commands:
  marginalia [CORPUS_DIR] [--document PATH]
                                      open the window (default: the sample corpus)
  marginalia list CORPUS_DIR [--json]  list the documents of a corpus
  marginalia check CORPUS_DIR [--json] validate a corpus and its sidecar
  marginalia export CORPUS_DIR ...     annotated PDF, CSV, HTML or W3C JSON-LD
                                      (see marginalia export --help)
  marginalia compare CORPUS_DIR DOC_A DOC_B [--json | --pdf OUT [--no-pdf-annotations]]
                                      compare two articles (paths relative to the corpus),
                                      or write the comparison PDF
  marginalia autocode CORPUS_DIR --tag NAME (--text STRING | --regex PATTERN)
      [--doc PATH]... [--note TEXT] [--create-tag [--color #RRGGBB]]
      [--ignore-case] [--whole-word] [--json]
                                      code every match with a tag and save
  marginalia similar CORPUS_DIR [--json] [--min-score S]
                                      pairs of articles on the same story, with a score
  marginalia merge BASE OURS THEIRS [-o OUT] | --into MINE OTHER
                                      merge sidecars (see marginalia merge --help)
  marginalia codebook export CORPUS_DIR OUT.json
                                      write the codebook on its own
  marginalia codebook import CORPUS_DIR FILE.json [--json]
                                      merge a codebook (or another corpus&apos;s marginalia.json)
                                      into this one, by id or name, and save</source>
        <translation>Marginalia: Nachrichtenartikel lesen, codieren und vergleichen.

Befehle:
  marginalia [CORPUS_DIR] [--document PATH]
                                      das Fenster öffnen (Standard: das Beispielkorpus)
  marginalia list CORPUS_DIR [--json]  die Dokumente eines Korpus auflisten
  marginalia check CORPUS_DIR [--json] ein Korpus und seine Annotationsdatei prüfen
  marginalia export CORPUS_DIR ...     annotiertes PDF, CSV, HTML oder W3C-JSON-LD
                                      (siehe marginalia export --help)
  marginalia compare CORPUS_DIR DOC_A DOC_B [--json | --pdf OUT [--no-pdf-annotations]]
                                      zwei Artikel vergleichen (Pfade relativ zum Korpus)
                                      oder das Vergleichs-PDF schreiben
  marginalia autocode CORPUS_DIR --tag NAME (--text STRING | --regex PATTERN)
      [--doc PATH]... [--note TEXT] [--create-tag [--color #RRGGBB]]
      [--ignore-case] [--whole-word] [--json]
                                      jeden Treffer mit einem Code codieren und speichern
  marginalia similar CORPUS_DIR [--json] [--min-score S]
                                      Artikelpaare zur selben Geschichte, mit Wert
  marginalia merge BASE OURS THEIRS [-o OUT] | --into MINE OTHER
                                      Annotationsdateien zusammenführen (siehe marginalia merge --help)
  marginalia codebook export CORPUS_DIR OUT.json
                                      das Codebuch für sich schreiben
  marginalia codebook import CORPUS_DIR FILE.json [--json]
                                      ein Codebuch (oder die marginalia.json eines anderen Korpus)
                                      nach ID oder Name in dieses einfügen und speichern</translation>
    </message>
    <message>
        <source>list, check, export, compare, autocode, similar, merge or codebook</source>
        <translation>list, check, export, compare, autocode, similar, merge oder codebook</translation>
    </message>
    <message>
        <source>Neither read nor update the import cache (.marginalia-cache in the corpus folder).</source>
        <translation>Den Import-Cache (.marginalia-cache im Korpusordner) weder lesen noch aktualisieren.</translation>
    </message>
</context>
<context>
    <name>Marginalia::ComparePdfCommand</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>marginalia compare: nothing written: the corpus or its annotations cannot be read</source>
        <translation>marginalia compare: nichts geschrieben: das Korpus oder seine Annotationen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>marginalia compare: nothing written: %1</source>
        <translation>marginalia compare: nichts geschrieben: %1</translation>
    </message>
    <message>
        <source>wrote %1 (%2 aligned pairs, %3 pages)</source>
        <translation>%1 geschrieben (%2 zugeordnete Paare, %3 Seiten)</translation>
    </message>
</context>
<context>
    <name>Marginalia::ComparePdfDialog</name>
    <message>
        <source>Add PDF highlight annotations (tags and notes show in any PDF reader)</source>
        <translation>PDF-Hervorhebungsanmerkungen hinzufügen (Tags und Notizen erscheinen in jedem PDF-Betrachter)</translation>
    </message>
    <message>
        <source>Export Comparison PDF</source>
        <translation>Vergleichs-PDF exportieren</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Vergleich:</translation>
    </message>
    <message>
        <source>%1 (A) with %2 (B)</source>
        <translation>%1 (A) mit %2 (B)</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Wählen Sie, wo das PDF gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Nothing to export: %1</source>
        <translation>Nichts zu exportieren: %1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportiere…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n pages).</source>
        <translation>
            <numerusform>%1 geschrieben (%n Seite).</numerusform>
            <numerusform>%1 geschrieben (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Nichts wurde geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>Marginalia::CompareWindow</name>
    <message>
        <source>Compare: %1 ↔ %2</source>
        <translation>Vergleich: %1 ↔ %2</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleich</translation>
    </message>
    <message>
        <source>&amp;Link Sentences</source>
        <translation>Sätze &amp;verknüpfen</translation>
    </message>
    <message>
        <source>&amp;Remove Link</source>
        <translation>Verknüpfung &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Keep Partners Level</source>
        <translation>Partner auf gleicher &amp;Höhe halten</translation>
    </message>
    <message>
        <source>Scroll so that linked sentences stay side by side (off: plain linked scrolling)</source>
        <translation>So blättern, dass verknüpfte Sätze nebeneinander bleiben (aus: einfach gekoppeltes Blättern)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Tag Selection…</source>
        <translation>Auswahl &amp;codieren …</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>%1; the default lexicon is used</source>
        <translation>%1; das Standardlexikon wird verwendet</translation>
    </message>
    <message>
        <source>%1 linked sentences (%2 same wording, %3 moved); %4 only in A, %5 only in B</source>
        <translation>%1 verknüpfte Sätze (%2 gleicher Wortlaut, %3 verschoben); %4 nur in A, %5 nur in B</translation>
    </message>
    <message>
        <source>Only in this article (lede)</source>
        <translation>Nur in diesem Artikel (Vorspann)</translation>
    </message>
    <message>
        <source>Only in this article</source>
        <translation>Nur in diesem Artikel</translation>
    </message>
    <message>
        <source>Put the cursor in a sentence on each side first.</source>
        <translation>Setzen Sie zuerst auf beiden Seiten den Cursor in einen Satz.</translation>
    </message>
    <message>
        <source>Link sentences</source>
        <translation>Sätze verknüpfen</translation>
    </message>
    <message>
        <source>Remove sentence link</source>
        <translation>Satzverknüpfung entfernen</translation>
    </message>
    <message>
        <source>The sentence at the cursor is not linked.</source>
        <translation>Der Satz am Cursor ist nicht verknüpft.</translation>
    </message>
    <message>
        <source>Select some text in one of the articles first.</source>
        <translation>Wählen Sie zuerst Text in einem der Artikel aus.</translation>
    </message>
    <message>
        <source>The highlight could not be added.</source>
        <translation>Die Markierung konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>Edit Loaded-Term &amp;Lexicon…</source>
        <translation>&amp;Lexikon wertender Begriffe bearbeiten…</translation>
    </message>
</context>
<context>
    <name>Marginalia::ComparisonPdfExporter</name>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Comparison: %1 / %2</source>
        <translation>Vergleich: %1 / %2</translation>
    </message>
    <message>
        <source>Comparison of %1 (A) and %2 (B), corpus %3</source>
        <translation>Vergleich von %1 (A) und %2 (B), Korpus %3</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>No annotations in this article.</source>
        <translation>Keine Annotationen in diesem Artikel.</translation>
    </message>
    <message>
        <source>Tags: </source>
        <translation>Tags: </translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>A: %1 (%2 sentences). B: %3 (%4 sentences).</source>
        <translation>A: %1 (%2 Sätze). B: %3 (%4 Sätze).</translation>
    </message>
    <message>
        <source>%1 aligned pairs: %2 identical, %3 reworded, %4 moved; %5 sentences only in A, %6 only in B.</source>
        <translation>%1 zugeordnete Paare: %2 gleich, %3 umformuliert, %4 verschoben; %5 Sätze nur in A, %6 nur in B.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Only in A (%1)</source>
        <translation>Nur in A (%1)</translation>
    </message>
    <message>
        <source>Only in B (%1)</source>
        <translation>Nur in B (%1)</translation>
    </message>
    <message>
        <source>(lede) %1</source>
        <translation>(Einstieg) %1</translation>
    </message>
    <message>
        <source>Moved (%1)</source>
        <translation>Verschoben (%1)</translation>
    </message>
    <message>
        <source>Reworded (%1)</source>
        <translation>Umformuliert (%1)</translation>
    </message>
    <message>
        <source>A: %1 | B: %2</source>
        <translation>A: %1 | B: %2</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>Numbers that differ</source>
        <translation>Abweichende Zahlen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Quotations on one side only</source>
        <translation>Zitate nur auf einer Seite</translation>
    </message>
    <message>
        <source>A: “%1” %2</source>
        <translation>A: „%1“ %2</translation>
    </message>
    <message>
        <source>B: “%1” %2</source>
        <translation>B: „%1“ %2</translation>
    </message>
    <message>
        <source>Loaded terms (A / B)</source>
        <translation>Wertende Begriffe (A / B)</translation>
    </message>
    <message>
        <source>%1 (%2): %3 / %4</source>
        <translation>%1 (%2): %3 / %4</translation>
    </message>
    <message>
        <source>Annotations by tag (A / B)</source>
        <translation>Annotationen nach Tag (A / B)</translation>
    </message>
    <message>
        <source>%1: %2 / %3</source>
        <translation>%1: %2 / %3</translation>
    </message>
    <message>
        <source>Shared passages (%1)</source>
        <translation>Gemeinsame Passagen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n words: %1</source>
        <translation>
            <numerusform>%n Wort: %1</numerusform>
            <numerusform>%n Wörter: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not in the exported documents</source>
        <translation>%1: nicht unter den exportierten Dokumenten</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not start writing the PDF.</source>
        <translation>Das PDF konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Marginalia::ComparisonReport</name>
    <message>
        <source>A: %1 (%2 sentences)
</source>
        <translation>A: %1 (%2 Sätze)
</translation>
    </message>
    <message>
        <source>B: %1 (%2 sentences)
</source>
        <translation>B: %1 (%2 Sätze)
</translation>
    </message>
    <message>
        <source>%1 aligned pairs: %2 identical, %3 paraphrased, %4 moved; %5 only in A, %6 only in B
</source>
        <translation>%1 zugeordnete Paare: %2 gleich, %3 umformuliert, %4 verschoben; %5 nur in A, %6 nur in B
</translation>
    </message>
    <message>
        <source>Aligned sentences:
</source>
        <translation>Zugeordnete Sätze:
</translation>
    </message>
    <message>
        <source>, manual</source>
        <translation>, manuell</translation>
    </message>
    <message>
        <source>Only in A:
</source>
        <translation>Nur in A:
</translation>
    </message>
    <message>
        <source>(lede) </source>
        <translation>(Vorspann) </translation>
    </message>
    <message>
        <source>Only in B:
</source>
        <translation>Nur in B:
</translation>
    </message>
    <message>
        <source>Numbers that differ:
</source>
        <translation>Abweichende Zahlen:
</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Quotes:
</source>
        <translation>Zitate:
</translation>
    </message>
    <message>
        <source>both</source>
        <translation>beide</translation>
    </message>
    <message>
        <source>only A</source>
        <translation>nur A</translation>
    </message>
    <message>
        <source>only B</source>
        <translation>nur B</translation>
    </message>
    <message>
        <source>Shared passages: %1
</source>
        <translation>Gemeinsame Passagen: %1
</translation>
    </message>
    <message>
        <source>Loaded terms (A / B):
</source>
        <translation>Wertende Begriffe (A / B):
</translation>
    </message>
    <message>
        <source>Compared in %1 ms
</source>
        <translation>Verglichen in %1 ms
</translation>
    </message>
</context>
<context>
    <name>Marginalia::ConnectorStrip</name>
    <message>
        <source>Sentence links</source>
        <translation>Satzverknüpfungen</translation>
    </message>
</context>
<context>
    <name>Marginalia::Corpus</name>
    <message>
        <source>the corpus folder cannot be read</source>
        <translation>der Korpusordner kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the corpus folder does not exist</source>
        <translation>der Korpusordner existiert nicht</translation>
    </message>
    <message>
        <source>%1: the corpus folder is not writable</source>
        <translation>%1: in den Korpusordner kann nicht geschrieben werden</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) belong to this document, which is not in the corpus; they are kept</source>
        <translation>
            <numerusform>%n Annotation gehört zu diesem Dokument, das nicht im Korpus ist; sie wird aufbewahrt</numerusform>
            <numerusform>%n Annotationen gehören zu diesem Dokument, das nicht im Korpus ist; sie werden aufbewahrt</numerusform>
        </translation>
    </message>
    <message>
        <source>the annotation %1 (%2–%3) lies beyond the end of the text (%4 characters); it is kept but not shown</source>
        <translation>die Annotation %1 (%2–%3) liegt hinter dem Ende des Textes (%4 Zeichen); sie wird aufbewahrt, aber nicht angezeigt</translation>
    </message>
    <message>
        <source>Delete tag “%1”</source>
        <translation>Code „%1“ löschen</translation>
    </message>
    <message>
        <source>no corpus is open</source>
        <translation>kein Korpus ist geöffnet</translation>
    </message>
    <message>
        <source>%1 is open read-only: %2</source>
        <translation>%1 ist schreibgeschützt geöffnet: %2</translation>
    </message>
    <message>
        <source>Merge tag “%1” into “%2”</source>
        <translation>Code „%1“ mit „%2“ zusammenführen</translation>
    </message>
    <message>
        <source>there are unsaved changes; saving merges them with the file instead</source>
        <translation>es gibt ungespeicherte Änderungen; beim Speichern werden sie stattdessen mit der Datei zusammengeführt</translation>
    </message>
    <message>
        <source>%1 is open in another Marginalia (%2); this one is read-only</source>
        <translation>%1 ist in einem anderen Marginalia geöffnet (%2); dieses ist schreibgeschützt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) of &quot;%1&quot;, which is no longer in the corpus, follow this file, which has the same text</source>
        <translation>
            <numerusform>%n Annotation von „%1“, das nicht mehr im Korpus ist, folgt dieser Datei, die denselben Text hat</numerusform>
            <numerusform>%n Annotationen von „%1“, das nicht mehr im Korpus ist, folgen dieser Datei, die denselben Text hat</numerusform>
        </translation>
    </message>
    <message>
        <source>the text changed since it was annotated: %1 annotation(s) found unchanged, %2 moved, %3 found approximately, %4 not found (kept as orphans)</source>
        <translation>der Text hat sich seit der Annotation geändert: Annotationen unverändert gefunden: %1, verschoben: %2, ungefähr gefunden: %3, nicht gefunden (als Waisen behalten): %4</translation>
    </message>
    <message>
        <source>%1: not saved: it was changed on disk and can no longer be read (%2); your work is kept here</source>
        <translation>%1: nicht gespeichert: die Datei wurde auf der Festplatte geändert und kann nicht mehr gelesen werden (%2); Ihre Arbeit bleibt hier erhalten</translation>
    </message>
    <message>
        <source>%1: not saved: it was changed on disk, and those changes conflict with yours (%2); your work is kept here</source>
        <translation>%1: nicht gespeichert: die Datei wurde auf der Festplatte geändert, und diese Änderungen widersprechen Ihren (%2); Ihre Arbeit bleibt hier erhalten</translation>
    </message>
    <message>
        <source>Delete highlight</source>
        <translation>Markierung löschen</translation>
    </message>
    <message>
        <source>Accept re-anchored highlight</source>
        <translation>Neu verankerte Markierung übernehmen</translation>
    </message>
    <message>
        <source>Re-attach highlight</source>
        <translation>Markierung neu zuordnen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unsaved change(s) from %2 can be recovered: open the corpus in Marginalia (unless it is open there now)</source>
        <translation>
            <numerusform>%1: %n ungespeicherte Änderung vom %2 kann wiederhergestellt werden: öffnen Sie das Korpus in Marginalia (sofern es dort nicht gerade offen ist)</numerusform>
            <numerusform>%1: %n ungespeicherte Änderungen vom %2 können wiederhergestellt werden: öffnen Sie das Korpus in Marginalia (sofern es dort nicht gerade offen ist)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unsaved change(s) from %2 were made on another version of %3; they are not replayed</source>
        <translation>
            <numerusform>%1: %n ungespeicherte Änderung vom %2 wurde an einer anderen Fassung von %3 gemacht; sie wird nicht wieder eingespielt</numerusform>
            <numerusform>%1: %n ungespeicherte Änderungen vom %2 wurden an einer anderen Fassung von %3 gemacht; sie werden nicht wieder eingespielt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unsaved change(s) from %2 were made on another version of %3; they are not replayed, and the journal was moved to %4</source>
        <translation>
            <numerusform>%1: %n ungespeicherte Änderung vom %2 wurde an einer anderen Fassung von %3 gemacht; sie wird nicht wieder eingespielt, und das Journal wurde nach %4 verschoben</numerusform>
            <numerusform>%1: %n ungespeicherte Änderungen vom %2 wurden an einer anderen Fassung von %3 gemacht; sie werden nicht wieder eingespielt, und das Journal wurde nach %4 verschoben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; it is not replayed</source>
        <translation>%1; es wird nicht wieder eingespielt</translation>
    </message>
    <message>
        <source>%1; it is not replayed, and the journal was moved to %2</source>
        <translation>%1; es wird nicht wieder eingespielt, und das Journal wurde nach %2 verschoben</translation>
    </message>
    <message>
        <source>%1: the journal of unsaved changes cannot be moved aside to %2</source>
        <translation>%1: das Journal ungespeicherter Änderungen kann nicht nach %2 beiseitegelegt werden</translation>
    </message>
    <message>
        <source>%1: there are no unsaved changes to recover</source>
        <translation>%1: es gibt keine ungespeicherten Änderungen zum Wiederherstellen</translation>
    </message>
    <message>
        <source>%1: the unsaved changes can only be recovered before anything else is changed</source>
        <translation>%1: die ungespeicherten Änderungen lassen sich nur wiederherstellen, bevor etwas anderes geändert wird</translation>
    </message>
    <message>
        <source>%1: the journal of unsaved changes changed since the corpus was opened; it is not replayed</source>
        <translation>%1: das Journal ungespeicherter Änderungen hat sich seit dem Öffnen des Korpus geändert; es wird nicht wieder eingespielt</translation>
    </message>
    <message>
        <source>%1: the unsaved changes cannot be recovered: %2</source>
        <translation>%1: die ungespeicherten Änderungen können nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>%1: there are no unsaved changes to discard</source>
        <translation>%1: es gibt keine ungespeicherten Änderungen zum Verwerfen</translation>
    </message>
    <message>
        <source>%1: the journal of unsaved changes cannot be moved aside</source>
        <translation>%1: das Journal ungespeicherter Änderungen kann nicht beiseitegelegt werden</translation>
    </message>
    <message>
        <source>the memo of &quot;%1&quot;, which is no longer in the corpus, follows this file, which has the same text</source>
        <translation>das Memo von „%1“, das nicht mehr im Korpus ist, geht auf diese Datei mit demselben Text über</translation>
    </message>
    <message>
        <source>the corpus is read-only: %1</source>
        <translation>das Korpus ist schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>the corpus is still loading</source>
        <translation>das Korpus wird noch geladen</translation>
    </message>
    <message>
        <source>the metadata corrections and clutter marks of &quot;%1&quot;, which is no longer in the corpus, follow this file, which has the same text</source>
        <translation>die Metadaten-Korrekturen und Störzeilen-Markierungen von „%1“, das nicht mehr im Korpus ist, gehen auf diese Datei mit demselben Text über</translation>
    </message>
    <message numerus="yes">
        <source>%n clutter mark(s) no longer match a line of the text; they are kept but not shown</source>
        <translation>
            <numerusform>%n Störzeilen-Markierung passt zu keiner Zeile des Texts mehr; sie wird behalten, aber nicht angezeigt</numerusform>
            <numerusform>%n Störzeilen-Markierungen passen zu keiner Zeile des Texts mehr; sie werden behalten, aber nicht angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit metadata of “%1”</source>
        <translation>Metadaten von „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Restore imported metadata of “%1”</source>
        <translation>Importierte Metadaten von „%1“ wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n line(s) as clutter</source>
        <translation>
            <numerusform>%n Zeile als Störzeile markieren</numerusform>
            <numerusform>%n Zeilen als Störzeilen markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmark %n line(s) as clutter</source>
        <translation>
            <numerusform>Störzeilen-Markierung von %n Zeile entfernen</numerusform>
            <numerusform>Störzeilen-Markierung von %n Zeilen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not saved yet: the corpus is still loading</source>
        <translation>%1: noch nicht gespeichert: das Korpus wird noch geladen</translation>
    </message>
</context>
<context>
    <name>Marginalia::CorpusLock</name>
    <message>
        <source>process %1 (%2) on host %3</source>
        <translation>Prozess %1 (%2) auf Rechner %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>ein anderes Programm</translation>
    </message>
    <message>
        <source>the lock file cannot be created (no permission)</source>
        <translation>die Sperrdatei kann nicht angelegt werden (keine Berechtigung)</translation>
    </message>
    <message>
        <source>the lock file cannot be created</source>
        <translation>die Sperrdatei kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>Marginalia::CorpusModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Markierungen</translation>
    </message>
</context>
<context>
    <name>Marginalia::CorpusScanner</name>
    <message>
        <source>%1; skipped</source>
        <translation>%1; übersprungen</translation>
    </message>
</context>
<context>
    <name>Marginalia::CorpusSearch</name>
    <message>
        <source>the search pattern is empty</source>
        <translation>das Suchmuster ist leer</translation>
    </message>
    <message>
        <source>invalid regular expression at position %1: %2</source>
        <translation>ungültiger regulärer Ausdruck an Position %1: %2</translation>
    </message>
</context>
<context>
    <name>Marginalia::DifferencesPanel</name>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Numbers that differ</source>
        <translation>Abweichende Zahlen</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(nicht genannt)</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>“%1” (%2 %3)</source>
        <translation>„%1“ (%2 %3)</translation>
    </message>
    <message>
        <source>(only in B)</source>
        <translation>(nur in B)</translation>
    </message>
    <message>
        <source>(only in A)</source>
        <translation>(nur in A)</translation>
    </message>
    <message>
        <source>Loaded terms</source>
        <translation>Wertende Begriffe</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Only in A</source>
        <translation>Nur in A</translation>
    </message>
    <message>
        <source>(lede) %1</source>
        <translation>(Vorspann) %1</translation>
    </message>
    <message>
        <source>Only in B</source>
        <translation>Nur in B</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>“%1” (%2 [%3] %4)</source>
        <extracomment>%1 quoted words, %2 pronoun as written (&quot;she&quot;), %3 the person it refers to, %4 verb (&quot;said&quot;)</extracomment>
        <translation>„%1“ (%2 [%3] %4)</translation>
    </message>
</context>
<context>
    <name>Marginalia::DocumentFilterBar</name>
    <message>
        <source>Filter: title, outlet or text</source>
        <translation>Filter: Titel, Medium oder Text</translation>
    </message>
    <message>
        <source>Filter the documents by text</source>
        <translation>Dokumente nach Text filtern</translation>
    </message>
    <message>
        <source>Filter the documents by outlet</source>
        <translation>Dokumente nach Medium filtern</translation>
    </message>
    <message>
        <source>Filter the documents by tag</source>
        <translation>Dokumente nach Code filtern</translation>
    </message>
    <message>
        <source>All outlets</source>
        <translation>Alle Medien</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Codes</translation>
    </message>
</context>
<context>
    <name>Marginalia::DocxImporter</name>
    <message>
        <source>is not a valid DOCX file (not a zip archive)</source>
        <translation>ist keine gültige DOCX-Datei (kein ZIP-Archiv)</translation>
    </message>
    <message>
        <source>is not a readable DOCX file: %1</source>
        <translation>ist keine lesbare DOCX-Datei: %1</translation>
    </message>
    <message>
        <source>its metadata could not be read: %1</source>
        <translation>die Metadaten konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Marginalia::EditSpanCommand</name>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Change tag</source>
        <translation>Code ändern</translation>
    </message>
    <message>
        <source>Edit highlight</source>
        <translation>Markierung bearbeiten</translation>
    </message>
</context>
<context>
    <name>Marginalia::EditTagCommand</name>
    <message>
        <source>Edit tag “%1”</source>
        <translation>Code „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>Marginalia::EpubImporter</name>
    <message>
        <source>is not a valid EPUB file (not a zip archive)</source>
        <translation>ist keine gültige EPUB-Datei (kein ZIP-Archiv)</translation>
    </message>
    <message>
        <source>is not a readable EPUB file: %1</source>
        <translation>ist keine lesbare EPUB-Datei: %1</translation>
    </message>
    <message>
        <source>the container names no package document</source>
        <translation>der Container nennt kein Paketdokument</translation>
    </message>
    <message>
        <source>the chapter &quot;%1&quot; is not in the archive; skipped</source>
        <translation>das Kapitel „%1“ ist nicht im Archiv; übersprungen</translation>
    </message>
    <message>
        <source>the chapter &quot;%1&quot; cannot be decoded: %2; skipped</source>
        <translation>das Kapitel „%1“ kann nicht dekodiert werden: %2; übersprungen</translation>
    </message>
</context>
<context>
    <name>Marginalia::ExportCommand</name>
    <message>
        <source>Export annotated articles of a corpus: an annotated PDF (with real PDF highlight annotations),
coded segments as CSV, a standalone HTML report, or W3C Web Annotation JSON-LD.
The output file is written whole or not at all.</source>
        <translation>Annotierte Artikel eines Korpus exportieren: ein annotiertes PDF (mit echten PDF-Hervorhebungsanmerkungen),
codierte Segmente als CSV, einen eigenständigen HTML-Bericht oder W3C-Web-Annotation-JSON-LD.
Die Ausgabedatei wird vollständig oder gar nicht geschrieben.</translation>
    </message>
    <message>
        <source>Export this document (path as `list` prints it); repeatable.</source>
        <translation>Dieses Dokument exportieren (Pfad wie von `list` ausgegeben); wiederholbar.</translation>
    </message>
    <message>
        <source>Only documents of this outlet.</source>
        <translation>Nur Dokumente dieses Mediums.</translation>
    </message>
    <message>
        <source>Only documents with a span of this tag or its sub-tags.</source>
        <translation>Nur Dokumente mit einer Markierung dieses Codes oder seiner Untercodes.</translation>
    </message>
    <message>
        <source>Write an annotated PDF.</source>
        <translation>Ein annotiertes PDF schreiben.</translation>
    </message>
    <message>
        <source>Write the coded segments as CSV.</source>
        <translation>Die codierten Segmente als CSV schreiben.</translation>
    </message>
    <message>
        <source>Write a standalone HTML report.</source>
        <translation>Einen eigenständigen HTML-Bericht schreiben.</translation>
    </message>
    <message>
        <source>Write W3C Web Annotation JSON-LD.</source>
        <translation>W3C-Web-Annotation-JSON-LD schreiben.</translation>
    </message>
    <message>
        <source>PDF: print the highlights only, without PDF annotations.</source>
        <translation>PDF: nur die Hervorhebungen drucken, ohne PDF-Anmerkungen.</translation>
    </message>
    <message>
        <source>PDF: page furniture lines are kept, grey (default) or omit.</source>
        <translation>PDF: Seitenelement-Zeilen keep (behalten), grey (grau, Standard) oder omit (weglassen).</translation>
    </message>
    <message>
        <source>CSV: start with a UTF-8 byte order mark.</source>
        <translation>CSV: mit einer UTF-8-Bytereihenfolgemarke beginnen.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>The corpus folder.</source>
        <translation>Der Korpusordner.</translation>
    </message>
    <message>
        <source>marginalia export: %1</source>
        <translation>marginalia export: %1</translation>
    </message>
    <message>
        <source>marginalia export: missing CORPUS_DIR (see marginalia export --help)</source>
        <translation>marginalia export: CORPUS_DIR fehlt (siehe marginalia export --help)</translation>
    </message>
    <message>
        <source>marginalia export: unexpected argument &quot;%1&quot;</source>
        <translation>marginalia export: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>marginalia export: give exactly one of --pdf, --csv, --html or --w3c with an output file</source>
        <translation>marginalia export: genau eine der Optionen --pdf, --csv, --html oder --w3c mit einer Ausgabedatei angeben</translation>
    </message>
    <message>
        <source>marginalia export: --boilerplate must be keep, grey or omit, not &quot;%1&quot;</source>
        <translation>marginalia export: --boilerplate muss keep, grey oder omit sein, nicht „%1“</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>marginalia export: nothing written: the corpus or its annotations cannot be read</source>
        <translation>marginalia export: nichts geschrieben: das Korpus oder seine Annotationen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>marginalia export: nothing written: %1</source>
        <translation>marginalia export: nichts geschrieben: %1</translation>
    </message>
    <message>
        <source>wrote %1 (%2 documents, %3 annotations, %4 pages)</source>
        <translation>%1 geschrieben (Dokumente: %2, Annotationen: %3, Seiten: %4)</translation>
    </message>
    <message>
        <source>wrote %1 (%2 documents, %3 annotations)</source>
        <translation>%1 geschrieben (Dokumente: %2, Annotationen: %3)</translation>
    </message>
    <message>
        <source>Exporting: step %1 of %2 (%3%)</source>
        <translation>Export: Schritt %1 von %2 (%3%)</translation>
    </message>
</context>
<context>
    <name>Marginalia::ExportDialog</name>
    <message>
        <source>Annotated PDF</source>
        <translation>Annotiertes PDF</translation>
    </message>
    <message>
        <source>Coded segments (CSV)</source>
        <translation>Codierte Segmente (CSV)</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>HTML-Bericht</translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <source>Add PDF annotations (notes show in any PDF reader&apos;s comment panel)</source>
        <translation>PDF-Anmerkungen hinzufügen (Notizen erscheinen in der Kommentarleiste jedes PDF-Betrachters)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>The current article</source>
        <translation>Der aktuelle Artikel</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <source>The articles of an outlet</source>
        <translation>Die Artikel eines Mediums</translation>
    </message>
    <message>
        <source>The articles coded with a tag</source>
        <translation>Die mit einem Code codierten Artikel</translation>
    </message>
    <message>
        <source>Greyed</source>
        <translation>Ausgegraut</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Weggelassen</translation>
    </message>
    <message>
        <source>Printed as is</source>
        <translation>Unverändert gedruckt</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Articles:</source>
        <translation>&amp;Artikel:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Medium:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Page &amp;furniture:</source>
        <translation>Seiten&amp;elemente:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Nothing to export: %1</source>
        <translation>Nichts zu exportieren: %1</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Vorschau wird erstellt …</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>Vorschau abgebrochen.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Export failed, nothing was written: %1</source>
        <translation>Export fehlgeschlagen, nichts wurde geschrieben: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n pages).</source>
        <translation>
            <numerusform>%1 geschrieben (%n Seite).</numerusform>
            <numerusform>%1 geschrieben (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>Preview: the first %1 of %2 pages, with their annotations.</source>
        <translation>Vorschau: die ersten %1 von %2 Seiten, mit ihren Anmerkungen.</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n pages, with their annotations.</source>
        <translation>
            <numerusform>Vorschau: %n Seite, mit ihren Anmerkungen.</numerusform>
            <numerusform>Vorschau: %n Seiten, mit ihren Anmerkungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::ExportJob</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Marginalia::ExportSnapshot</name>
    <message>
        <source>no tag named &quot;%1&quot; in the codebook</source>
        <translation>kein Code „%1“ im Codebuch</translation>
    </message>
    <message>
        <source>%1: no such document in the corpus</source>
        <translation>%1: kein solches Dokument im Korpus</translation>
    </message>
    <message>
        <source>no document of outlet &quot;%1&quot; in the corpus</source>
        <translation>kein Dokument des Mediums „%1“ im Korpus</translation>
    </message>
    <message>
        <source>no document matches the selection</source>
        <translation>kein Dokument entspricht der Auswahl</translation>
    </message>
</context>
<context>
    <name>Marginalia::ExportWriter</name>
    <message>
        <source>no output file given</source>
        <translation>keine Ausgabedatei angegeben</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1: ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: writing failed (is the disk full?): %2</source>
        <translation>%1: Schreiben fehlgeschlagen (ist der Datenträger voll?): %2</translation>
    </message>
</context>
<context>
    <name>Marginalia::FindBar</name>
    <message>
        <source>Find in this article (Enter: next, Shift+Enter: previous, Esc: close)</source>
        <translation>In diesem Artikel suchen (Eingabe: weiter, Umschalt+Eingabe: zurück, Esc: schließen)</translation>
    </message>
    <message>
        <source>Find in this article</source>
        <translation>In diesem Artikel suchen</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::HtmlExporter</name>
    <message>
        <source>Corpus report: %1</source>
        <translation>Korpusbericht: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
</context>
<context>
    <name>Marginalia::ImporterRegistry</name>
    <message>
        <source>the file is %1 MB, larger than the %2 MB an article may have</source>
        <translation>die Datei hat %1 MB, mehr als die %2 MB, die ein Artikel haben darf</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>reading failed: %1</source>
        <translation>Lesen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the file is larger than the %1 MB an article may have</source>
        <translation>die Datei ist größer als die %1 MB, die ein Artikel haben darf</translation>
    </message>
    <message>
        <source>is not in a format Marginalia reads</source>
        <translation>ist in keinem Format, das Marginalia liest</translation>
    </message>
</context>
<context>
    <name>Marginalia::Journal</name>
    <message>
        <source>%1: the journal of unsaved changes is larger than %2 MB; it is not read</source>
        <translation>%1: das Journal ungespeicherter Änderungen ist größer als %2 MB; es wird nicht gelesen</translation>
    </message>
    <message>
        <source>%1: the journal of unsaved changes cannot be read: %2</source>
        <translation>%1: das Journal ungespeicherter Änderungen kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not a journal of unsaved changes that this version can read</source>
        <translation>%1: kein Journal ungespeicherter Änderungen, das diese Version lesen kann</translation>
    </message>
    <message>
        <source>%1: the header of the journal of unsaved changes is damaged</source>
        <translation>%1: der Kopf des Journals ungespeicherter Änderungen ist beschädigt</translation>
    </message>
    <message>
        <source>%1: change %2 (at byte %3) is not used, nor anything after it: %4</source>
        <translation>%1: Änderung %2 (bei Byte %3) wird nicht verwendet, auch nichts danach: %4</translation>
    </message>
    <message>
        <source>%1: the journal of unsaved changes cannot be written: the folder cannot be created</source>
        <translation>%1: das Journal ungespeicherter Änderungen kann nicht geschrieben werden: der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: the journal of unsaved changes cannot be written: %2</source>
        <translation>%1: das Journal ungespeicherter Änderungen kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: the journal of unsaved changes is not open</source>
        <translation>%1: das Journal ungespeicherter Änderungen ist nicht geöffnet</translation>
    </message>
    <message>
        <source>%1: the journal of unsaved changes cannot be deleted</source>
        <translation>%1: das Journal ungespeicherter Änderungen kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine reguläre Datei</translation>
    </message>
</context>
<context>
    <name>Marginalia::Lexicon</name>
    <message>
        <source>%1: line %2: expected TERM or TERM&lt;TAB&gt;CATEGORY</source>
        <translation>%1: Zeile %2: BEGRIFF oder BEGRIFF&lt;TAB&gt;KATEGORIE erwartet</translation>
    </message>
    <message>
        <source>%1: cannot read the lexicon: %2</source>
        <translation>%1: das Lexikon kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>row %1: a term or category cannot contain a tab or a line break</source>
        <translation>Zeile %1: Ein Begriff oder eine Kategorie darf weder Tabulator noch Zeilenumbruch enthalten</translation>
    </message>
    <message>
        <source>row %1: a term cannot start with # (the file format reads it as a comment)</source>
        <translation>Zeile %1: Ein Begriff darf nicht mit # beginnen (das Dateiformat liest ihn als Kommentar)</translation>
    </message>
    <message>
        <source>row %1: &quot;%2&quot; has no word to look for</source>
        <translation>Zeile %1: „%2“ enthält kein Wort, nach dem gesucht werden kann</translation>
    </message>
    <message>
        <source>row %1: &quot;%2&quot; is already in row %3</source>
        <translation>Zeile %1: „%2“ steht schon in Zeile %3</translation>
    </message>
    <message>
        <source>%1: not saved: %2</source>
        <translation>%1: nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>the terms did not read back (%1)</source>
        <translation>die Begriffe ließen sich nicht zurücklesen (%1)</translation>
    </message>
    <message>
        <source>the file on disk cannot be read as a lexicon, so it is left as it is (%1)</source>
        <translation>die Datei auf dem Datenträger lässt sich nicht als Lexikon lesen und bleibt daher unverändert (%1)</translation>
    </message>
</context>
<context>
    <name>Marginalia::LexiconDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Loaded-Term Lexicon</source>
        <translation>Lexikon wertender Begriffe</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Begriff</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Loaded terms</source>
        <translation>Wertende Begriffe</translation>
    </message>
    <message>
        <source>One term per row. Case is ignored; a term of several words matches them in a row; a final * matches any ending (slam* finds slams and slammed). The category is free text (drama, conflict, …).</source>
        <translation>Ein Begriff pro Zeile. Groß- und Kleinschreibung zählt nicht; ein Begriff aus mehreren Wörtern trifft diese Wörter hintereinander; ein * am Ende trifft jede Endung (slam* findet slams und slammed). Die Kategorie ist freier Text (Drama, Konflikt, …).</translation>
    </message>
    <message>
        <source>&amp;Add Term</source>
        <translation>Begriff &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Restore &amp;Default</source>
        <translation>&amp;Standard wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the rows with the built-in list (nothing is written until you save)</source>
        <translation>Die Zeilen durch die eingebaute Liste ersetzen (geschrieben wird erst beim Speichern)</translation>
    </message>
    <message>
        <source>This corpus has no lexicon of its own yet: the list below is the built-in default. Saving writes it to %1, which the comparison then uses.</source>
        <translation>Dieses Korpus hat noch kein eigenes Lexikon: Die Liste unten ist der eingebaute Standard. Speichern schreibt sie nach %1, und der Vergleich verwendet dann diese Datei.</translation>
    </message>
    <message>
        <source>The lexicon of this corpus, %1.</source>
        <translation>Das Lexikon dieses Korpus, %1.</translation>
    </message>
    <message>
        <source>The built-in default is shown, because this corpus&apos;s lexicon cannot be read.</source>
        <translation>Angezeigt wird der eingebaute Standard, weil das Lexikon dieses Korpus nicht gelesen werden kann.</translation>
    </message>
    <message>
        <source>%1
Fix or remove the file to edit the lexicon here; saving is off so that it is not replaced.</source>
        <translation>%1
Korrigieren oder entfernen Sie die Datei, um das Lexikon hier zu bearbeiten; Speichern ist abgeschaltet, damit sie nicht ersetzt wird.</translation>
    </message>
</context>
<context>
    <name>Marginalia::MainWindow</name>
    <message>
        <source>Save &amp;Note</source>
        <translation>&amp;Notiz speichern</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Marginalia</source>
        <translation>Marginalia</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>Hinweis auf Schreibschutz</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Corpus summary</source>
        <translation>Korpusübersicht</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Codebuch</translation>
    </message>
    <message>
        <source>&amp;Apply to Selection</source>
        <translation>Auf &amp;Auswahl anwenden</translation>
    </message>
    <message>
        <source>New &amp;Tag…</source>
        <translation>Neuer &amp;Code …</translation>
    </message>
    <message>
        <source>Highlights of this document</source>
        <translation>Markierungen dieses Dokuments</translation>
    </message>
    <message>
        <source>Note of the selected highlight</source>
        <translation>Notiz der ausgewählten Markierung</translation>
    </message>
    <message>
        <source>Note on the selected highlight</source>
        <translation>Notiz zur ausgewählten Markierung</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Return)</source>
        <translation>Notiz speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Corpus…</source>
        <translation>Korpus ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open Corpus Folder</source>
        <translation>Korpusordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Save Annotations</source>
        <translation>Annotationen &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Tag Selection…</source>
        <translation>Auswahl &amp;codieren …</translation>
    </message>
    <message>
        <source>&amp;New Tag…</source>
        <translation>&amp;Neuer Code …</translation>
    </message>
    <message>
        <source>&amp;Delete Highlight</source>
        <translation>Markierung &amp;löschen</translation>
    </message>
    <message>
        <source>Edit N&amp;ote</source>
        <translation>N&amp;otiz bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Go to &amp;Documents</source>
        <translation>Zu den &amp;Dokumenten</translation>
    </message>
    <message>
        <source>Go to &amp;Text</source>
        <translation>Zum &amp;Text</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Ein&amp;stellungen …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Marginalia</source>
        <translation>Ü&amp;ber Marginalia</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>About Marginalia</source>
        <translation>Über Marginalia</translation>
    </message>
    <message>
        <source>Cannot Open Corpus</source>
        <translation>Korpus kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1[*] — Marginalia</source>
        <translation>%1[*] — Marginalia</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) while opening the corpus</source>
        <translation>
            <numerusform>%n Problem beim Öffnen des Korpus</numerusform>
            <numerusform>%n Probleme beim Öffnen des Korpus</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems in the Corpus</source>
        <translation>Probleme im Korpus</translation>
    </message>
    <message>
        <source>Some files could not be used as they are. Everything else is open.</source>
        <translation>Einige Dateien konnten so nicht verwendet werden. Alles andere ist geöffnet.</translation>
    </message>
    <message>
        <source>Select some text in the article first.</source>
        <translation>Wählen Sie zuerst Text im Artikel aus.</translation>
    </message>
    <message>
        <source>The corpus is read-only.</source>
        <translation>Das Korpus ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Could not add the highlight.</source>
        <translation>Die Markierung konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Tagged as “%1”</source>
        <translation>Codiert als „%1“</translation>
    </message>
    <message>
        <source>No tag has the shortcut %1.</source>
        <translation>Kein Code hat das Tastenkürzel %1.</translation>
    </message>
    <message>
        <source>No highlight selected.</source>
        <translation>Keine Markierung ausgewählt.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Notiz gespeichert.</translation>
    </message>
    <message>
        <source>Annotations Not Saved</source>
        <translation>Annotationen nicht gespeichert</translation>
    </message>
    <message>
        <source>Your work is still open here. Fix the problem and save again (Ctrl+S).</source>
        <translation>Ihre Arbeit ist hier weiterhin geöffnet. Beheben Sie das Problem und speichern Sie erneut (Strg+S).</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n Annotation</numerusform>
            <numerusform>%n Annotationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n Code</numerusform>
            <numerusform>%n Codes</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; %1. Your annotations are shown but nothing will be written.</source>
        <translation>&lt;b&gt;Schreibgeschützt:&lt;/b&gt; %1. Ihre Annotationen werden angezeigt, aber nichts wird geschrieben.</translation>
    </message>
    <message>
        <source>Your latest annotations could not be saved. Quit anyway and lose them?</source>
        <translation>Ihre letzten Annotationen konnten nicht gespeichert werden. Trotzdem beenden und sie verlieren?</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>&amp;Compare Selected Documents</source>
        <translation>Ausgewählte Dokumente &amp;vergleichen</translation>
    </message>
    <message>
        <source>Select two documents in the list to compare them (Ctrl+click).</source>
        <translation>Wählen Sie zwei Dokumente in der Liste aus, um sie zu vergleichen (Strg+Klick).</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Snap Selections to &amp;Words</source>
        <translation>Auswahl auf ganze &amp;Wörter erweitern</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>Im Artikel &amp;suchen …</translation>
    </message>
    <message>
        <source>Ne&amp;xt Highlight</source>
        <translation>&amp;Nächste Markierung</translation>
    </message>
    <message>
        <source>Pre&amp;vious Highlight</source>
        <translation>&amp;Vorige Markierung</translation>
    </message>
    <message>
        <source>&amp;Search Corpus…</source>
        <translation>Korpus &amp;durchsuchen …</translation>
    </message>
    <message>
        <source>Tag All Search &amp;Results…</source>
        <translation>Alle Such&amp;ergebnisse codieren …</translation>
    </message>
    <message>
        <source>&amp;Codebook</source>
        <translation>&amp;Codebuch</translation>
    </message>
    <message>
        <source>Search the corpus first (Ctrl+Shift+F).</source>
        <translation>Zuerst das Korpus durchsuchen (Strg+Umschalt+F).</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) added</source>
        <translation>
            <numerusform>%n Markierung hinzugefügt</numerusform>
            <numerusform>%n Markierungen hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Similar Articles</source>
        <translation>Ähnliche Artikel</translation>
    </message>
    <message>
        <source>Annotations changed on disk by someone else were loaded.</source>
        <translation>Von jemand anderem auf der Festplatte geänderte Annotationen wurden geladen.</translation>
    </message>
    <message>
        <source>Edit Loaded-Term &amp;Lexicon…</source>
        <translation>&amp;Lexikon wertender Begriffe bearbeiten…</translation>
    </message>
    <message>
        <source>Changes are not journaled for recovery: %1</source>
        <translation>Änderungen werden nicht für eine Wiederherstellung protokolliert: %1</translation>
    </message>
    <message>
        <source>Needs Attention</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Needs &amp;Attention</source>
        <translation>Zu &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Show the List</source>
        <translation>&amp;Liste zeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) need attention: their article changed (Edit ▸ Needs Attention).</source>
        <translation>
            <numerusform>%n Markierung muss geprüft werden: ihr Artikel hat sich geändert (Bearbeiten ▸ Zu prüfen).</numerusform>
            <numerusform>%n Markierungen müssen geprüft werden: ihr Artikel hat sich geändert (Bearbeiten ▸ Zu prüfen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>Recover %n unsaved change(s) from %1?</source>
        <translation>
            <numerusform>%n ungespeicherte Änderung vom %1 wiederherstellen?</numerusform>
            <numerusform>%n ungespeicherte Änderungen vom %1 wiederherstellen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Marginalia closed before it saved them to %1. Recover makes them one step you can undo. Discard moves them aside into %2. Keep for Later asks again next time, as long as nothing is saved here first.</source>
        <translation>Marginalia wurde beendet, bevor es sie in %1 gespeichert hat. „Wiederherstellen“ macht sie zu einem Schritt, den Sie rückgängig machen können. „Verwerfen“ legt sie in %2 beiseite. „Später entscheiden“ fragt beim nächsten Mal wieder, sofern hier vorher nichts gespeichert wird.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep for Later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved change(s) recovered; Undo takes them back.</source>
        <translation>
            <numerusform>%n ungespeicherte Änderung wiederhergestellt; Rückgängig nimmt sie zurück.</numerusform>
            <numerusform>%n ungespeicherte Änderungen wiederhergestellt; Rückgängig nimmt sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>The unsaved changes were moved to %1.</source>
        <translation>Die ungespeicherten Änderungen wurden nach %1 verschoben.</translation>
    </message>
    <message>
        <source>The unsaved changes are kept; they are offered again next time.</source>
        <translation>Die ungespeicherten Änderungen bleiben erhalten; sie werden beim nächsten Mal wieder angeboten.</translation>
    </message>
    <message>
        <source>Your latest annotations could not be saved. They are kept in the journal of unsaved changes and offered again when you open this corpus next time. Quit anyway?</source>
        <translation>Ihre letzten Annotationen konnten nicht gespeichert werden. Sie bleiben im Journal ungespeicherter Änderungen erhalten und werden angeboten, wenn Sie dieses Korpus das nächste Mal öffnen. Trotzdem beenden?</translation>
    </message>
    <message>
        <source>The unsaved changes kept for later belong to the annotation file as it was before this save; they were moved to %1.</source>
        <translation>Die für später aufbewahrten ungespeicherten Änderungen gehören zur Annotationsdatei vor diesem Speichern; sie wurden nach %1 verschoben.</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Coded Segments</source>
        <translation>Codierte Segmente</translation>
    </message>
    <message>
        <source>Export &amp;Codebook…</source>
        <translation>&amp;Codebuch exportieren…</translation>
    </message>
    <message>
        <source>codebook.json</source>
        <translation>codebuch.json</translation>
    </message>
    <message>
        <source>Export Codebook</source>
        <translation>Codebuch exportieren</translation>
    </message>
    <message>
        <source>Codebooks (*.json)</source>
        <translation>Codebücher (*.json)</translation>
    </message>
    <message>
        <source>&amp;Import Codebook…</source>
        <translation>Codebuch &amp;importieren…</translation>
    </message>
    <message>
        <source>Import Codebook</source>
        <translation>Codebuch importieren</translation>
    </message>
    <message>
        <source>Codebooks and annotation files (*.json)</source>
        <translation>Codebücher und Annotationsdateien (*.json)</translation>
    </message>
    <message>
        <source>Edit Document &amp;Memo</source>
        <translation>Dokument-&amp;Memo bearbeiten</translation>
    </message>
    <message>
        <source>C&amp;hange Tag of Highlight…</source>
        <translation>Code der Markierung än&amp;dern…</translation>
    </message>
    <message>
        <source>Select a highlight first.</source>
        <translation>Wählen Sie zuerst eine Markierung aus.</translation>
    </message>
    <message>
        <source>Change tag</source>
        <translation>Code ändern</translation>
    </message>
    <message>
        <source>Highlight &amp;Boundaries</source>
        <translation>Markierungs&amp;grenzen</translation>
    </message>
    <message>
        <source>Extend &amp;End</source>
        <translation>&amp;Ende erweitern</translation>
    </message>
    <message>
        <source>Shrink E&amp;nd</source>
        <translation>E&amp;nde verkürzen</translation>
    </message>
    <message>
        <source>Extend &amp;Start</source>
        <translation>&amp;Anfang erweitern</translation>
    </message>
    <message>
        <source>Shrink S&amp;tart</source>
        <translation>Anfan&amp;g verkürzen</translation>
    </message>
    <message>
        <source>Coding &amp;Stripes</source>
        <translation>Codier&amp;streifen</translation>
    </message>
    <message>
        <source>Codebook Not Exported</source>
        <translation>Codebuch nicht exportiert</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) exported to %1</source>
        <translation>
            <numerusform>%n Code nach %1 exportiert</numerusform>
            <numerusform>%n Codes nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Import codebook “%1”</source>
        <translation>Codebuch „%1“ importieren</translation>
    </message>
    <message>
        <source>%1: not imported: %2</source>
        <translation>%1: nicht importiert: %2</translation>
    </message>
    <message>
        <source>Codebook Not Imported</source>
        <translation>Codebuch nicht importiert</translation>
    </message>
    <message>
        <source>Codebook imported from %1: %2 new, %3 changed, %4 already there.</source>
        <translation>Codebuch aus %1 importiert: %2 neu, %3 geändert, %4 schon vorhanden.</translation>
    </message>
    <message>
        <source>%1 Shortcuts already in use here were left out: %2.</source>
        <translation>%1 Hier schon belegte Tastenkürzel wurden ausgelassen: %2.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the title, outlet, date, author and URL of this article</source>
        <translation>Titel, Medium, Datum, Autor und URL dieses Artikels bearbeiten</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>Stop Loading</source>
        <translation>Laden anhalten</translation>
    </message>
    <message>
        <source>Stop importing; the articles loaded so far stay open</source>
        <translation>Import anhalten; die bisher geladenen Artikel bleiben geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) changed on disk; they are taken in after the next save.</source>
        <translation>
            <numerusform>%n Artikel wurde auf der Festplatte geändert; er wird nach dem nächsten Speichern übernommen.</numerusform>
            <numerusform>%n Artikel wurden auf der Festplatte geändert; sie werden nach dem nächsten Speichern übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Line as C&amp;lutter</source>
        <translation>Zeile als &amp;Störzeile markieren</translation>
    </message>
    <message>
        <source>Edit &amp;Metadata…</source>
        <translation>&amp;Metadaten bearbeiten…</translation>
    </message>
    <message>
        <source>Loading articles: %1 of %2 (editing waits until all are in)</source>
        <translation>Artikel werden geladen: %1 von %2 (Bearbeiten erst, wenn alle da sind)</translation>
    </message>
    <message>
        <source>Listing the articles…</source>
        <translation>Die Artikel werden aufgelistet …</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) added</source>
        <translation>
            <numerusform>%n Artikel hinzugekommen</numerusform>
            <numerusform>%n Artikel hinzugekommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) removed</source>
        <translation>
            <numerusform>%n Artikel entfernt</numerusform>
            <numerusform>%n Artikel entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) changed</source>
        <translation>
            <numerusform>%n Artikel geändert</numerusform>
            <numerusform>%n Artikel geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>The corpus folder changed: %1.</source>
        <translation>Der Korpusordner hat sich geändert: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) need attention (Edit ▸ Needs Attention).</source>
        <translation>
            <numerusform>%n Markierung muss geprüft werden (Bearbeiten ▸ Zu prüfen).</numerusform>
            <numerusform>%n Markierungen müssen geprüft werden (Bearbeiten ▸ Zu prüfen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped: %n article(s) are open; the annotations of the others are kept.</source>
        <translation>
            <numerusform>Laden angehalten: %n Artikel ist geöffnet; die Anmerkungen der übrigen bleiben erhalten.</numerusform>
            <numerusform>Laden angehalten: %n Artikel sind geöffnet; die Anmerkungen der übrigen bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>Öffnen Sie zuerst einen Artikel.</translation>
    </message>
    <message>
        <source>Put the cursor on a line of text first.</source>
        <translation>Setzen Sie den Cursor zuerst in eine Textzeile.</translation>
    </message>
    <message>
        <source>Unmark Lines as C&amp;lutter</source>
        <translation>&amp;Störzeilen-Markierung der Zeilen entfernen</translation>
    </message>
    <message>
        <source>Mark Lines as C&amp;lutter</source>
        <translation>Zeilen als &amp;Störzeilen markieren</translation>
    </message>
    <message>
        <source>Unmark Line as C&amp;lutter</source>
        <translation>&amp;Störzeilen-Markierung der Zeile entfernen</translation>
    </message>
    <message>
        <source>Could not change the metadata.</source>
        <translation>Die Metadaten konnten nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>Marginalia::MemoPanel</name>
    <message>
        <source>Save &amp;Memo</source>
        <translation>&amp;Memo speichern</translation>
    </message>
    <message>
        <source>Memo of the document</source>
        <translation>Memo zum Dokument</translation>
    </message>
    <message>
        <source>Memo on this document: what it is about, how it frames the story…</source>
        <translation>Memo zu diesem Dokument: worum es geht, wie es die Geschichte rahmt…</translation>
    </message>
    <message>
        <source>Save the memo (Ctrl+Return)</source>
        <translation>Memo speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>No document shown.</source>
        <translation>Kein Dokument angezeigt.</translation>
    </message>
    <message>
        <source>Memo: %1</source>
        <translation>Memo: %1</translation>
    </message>
</context>
<context>
    <name>Marginalia::MergeCommand</name>
    <message>
        <source>Merge Marginalia sidecars by tag and annotation id.

  marginalia merge BASE OURS THEIRS [-o OUT]
      three-way merge; the result replaces OURS unless -o is given (git merge driver: %O %A %B)
  marginalia merge --into MINE OTHER
      fold another analyst&apos;s sidecar of the same corpus into MINE (a backup of MINE is kept)

Exit code: 0 merged, 1 merged with conflicts (both versions kept and listed), 2 error.</source>
        <translation>Marginalia-Annotationsdateien nach Tag- und Annotations-ID zusammenführen.

  marginalia merge BASE OURS THEIRS [-o OUT]
      Drei-Wege-Zusammenführung; das Ergebnis ersetzt OURS, außer mit -o (git-Merge-Treiber: %O %A %B)
  marginalia merge --into MINE OTHER
      die Annotationsdatei eines anderen Analysten desselben Korpus in MINE einfügen (eine Sicherung von MINE wird behalten)

Exit-Status: 0 zusammengeführt, 1 mit Konflikten zusammengeführt (beide Fassungen behalten und aufgelistet), 2 Fehler.</translation>
    </message>
    <message>
        <source>Write the result to FILE.</source>
        <translation>Das Ergebnis in FILE schreiben.</translation>
    </message>
    <message>
        <source>Fold OTHER into MINE.</source>
        <translation>OTHER in MINE einfügen.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>BASE OURS THEIRS, or OTHER with --into.</source>
        <translation>BASE OURS THEIRS, oder OTHER mit --into.</translation>
    </message>
    <message>
        <source>marginalia merge --into MINE OTHER: expected exactly one OTHER file and no -o</source>
        <translation>marginalia merge --into MINE OTHER: genau eine OTHER-Datei und kein -o erwartet</translation>
    </message>
    <message>
        <source>marginalia merge: expected BASE OURS THEIRS (see marginalia merge --help)</source>
        <translation>marginalia merge: BASE OURS THEIRS erwartet (siehe marginalia merge --help)</translation>
    </message>
    <message>
        <source>marginalia merge: %1</source>
        <translation>marginalia merge: %1</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message numerus="yes">
        <source>marginalia merge: %n conflict(s); both versions are kept in %1</source>
        <translation>
            <numerusform>marginalia merge: %n Konflikt; beide Fassungen sind in %1 behalten</numerusform>
            <numerusform>marginalia merge: %n Konflikte; beide Fassungen sind in %1 behalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::MetadataDialog</name>
    <message>
        <source>&amp;Restore Imported Values</source>
        <translation>Importierte Werte &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Edit Metadata</source>
        <translation>Metadaten bearbeiten</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or empty for no date</source>
        <translation>JJJJ-MM-TT, oder leer für kein Datum</translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD, e.g. 2026-03-05, or leave it empty.</source>
        <translation>Geben Sie das Datum als JJJJ-MM-TT ein, z. B. 2026-03-05, oder lassen Sie es leer.</translation>
    </message>
    <message>
        <source>Imported: (none)</source>
        <translation>Importiert: (nichts)</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importiert: %1</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Medium:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Changes are kept in the corpus&apos;s annotation file; the article file is not changed.</source>
        <translation>Änderungen werden in der Annotationsdatei des Korpus gespeichert; die Artikeldatei bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>Marginalia::MoveTagCommand</name>
    <message>
        <source>Move tag “%1”</source>
        <translation>Code „%1“ verschieben</translation>
    </message>
</context>
<context>
    <name>Marginalia::NewTagDialog</name>
    <message>
        <source>New Tag</source>
        <translation>Neuer Code</translation>
    </message>
    <message>
        <source>e.g. Official response</source>
        <translation>z. B. Offizielle Reaktion</translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation>Name des Codes</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>Farbe des Codes</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>When to use this tag (optional)</source>
        <translation>Wann dieser Code zu verwenden ist (optional)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation>Über&amp;geordnet:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Tag Colour</source>
        <translation>Farbe des Codes</translation>
    </message>
</context>
<context>
    <name>Marginalia::OverviewRuler</name>
    <message>
        <source>Red: no counterpart; orange: moved; blue: reworded</source>
        <translation>Rot: ohne Gegenstück; Orange: verschoben; Blau: umformuliert</translation>
    </message>
</context>
<context>
    <name>Marginalia::PdfAnnotator</name>
    <message>
        <source>The PDF just written could not be read back to add annotations.</source>
        <translation>Das soeben geschriebene PDF konnte zum Hinzufügen der Anmerkungen nicht wieder gelesen werden.</translation>
    </message>
    <message>
        <source>A highlight could not be placed on page %1 of the PDF.</source>
        <translation>Eine Hervorhebung konnte nicht auf Seite %1 des PDF platziert werden.</translation>
    </message>
    <message>
        <source>The annotated PDF could not be saved (poppler error %1).</source>
        <translation>Das annotierte PDF konnte nicht gespeichert werden (Poppler-Fehler %1).</translation>
    </message>
</context>
<context>
    <name>Marginalia::PdfExporter</name>
    <message>
        <source>Corpus report: %1</source>
        <translation>Korpusbericht: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n annotated articles of the corpus %1</source>
        <translation>
            <numerusform>%n annotierter Artikel des Korpus %1</numerusform>
            <numerusform>%n annotierte Artikel des Korpus %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotated article: %1 (%2)</source>
        <translation>Annotierter Artikel: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 documents, %2 annotations. Exported %3.</source>
        <translation>Dokumente: %1, Annotationen: %2. Exportiert am %3.</translation>
    </message>
    <message>
        <source>outlet &quot;%1&quot;</source>
        <translation>Medium „%1“</translation>
    </message>
    <message>
        <source>documents coded with &quot;%1&quot;</source>
        <translation>mit „%1“ codierte Dokumente</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen documents</source>
        <translation>
            <numerusform>%n ausgewähltes Dokument</numerusform>
            <numerusform>%n ausgewählte Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>Selection: all documents of the corpus.</source>
        <translation>Auswahl: alle Dokumente des Korpus.</translation>
    </message>
    <message>
        <source>Selection: %1.</source>
        <translation>Auswahl: %1.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Outlet, date</source>
        <translation>Medium, Datum</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>(no outlet)</source>
        <translation>(kein Medium)</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Codebuch</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Tags by outlet</source>
        <translation>Codes nach Medium</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>No annotations in this article.</source>
        <translation>Keine Annotationen in diesem Artikel.</translation>
    </message>
    <message>
        <source>Tags: </source>
        <translation>Codes: </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not start writing the PDF.</source>
        <translation>Das Schreiben des PDF konnte nicht beginnen.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
</context>
<context>
    <name>Marginalia::PdfImporter</name>
    <message>
        <source>is not a PDF file (no %PDF- header)</source>
        <translation>ist keine PDF-Datei (kein %PDF--Kopf)</translation>
    </message>
    <message>
        <source>is a damaged PDF file that cannot be opened</source>
        <translation>ist eine beschädigte PDF-Datei, die sich nicht öffnen lässt</translation>
    </message>
    <message>
        <source>is an encrypted PDF file (it needs a password); Marginalia cannot read it</source>
        <translation>ist eine verschlüsselte PDF-Datei (sie braucht ein Passwort); Marginalia kann sie nicht lesen</translation>
    </message>
    <message>
        <source>page %1 cannot be read; skipped</source>
        <translation>Seite %1 kann nicht gelesen werden; übersprungen</translation>
    </message>
    <message>
        <source>has no text layer (a scanned image?): nothing to read</source>
        <translation>hat keine Textebene (ein gescanntes Bild?): nichts zu lesen</translation>
    </message>
</context>
<context>
    <name>Marginalia::PreferencesDialog</name>
    <message>
        <source>&amp;Snap selections to whole words</source>
        <translation>Auswahl auf ganze &amp;Wörter erweitern</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Your name or initials</source>
        <translation>Ihr Name oder Ihre Initialen</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Immediately</source>
        <translation>Sofort</translation>
    </message>
    <message>
        <source>Follow the system (light or dark)</source>
        <translation>Dem System folgen (hell oder dunkel)</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Author of new highlights:</source>
        <translation>&amp;Autor neuer Markierungen:</translation>
    </message>
    <message>
        <source>Save a&amp;utomatically after:</source>
        <translation>A&amp;utomatisch speichern nach:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Reading &amp;font:</source>
        <translation>&amp;Schrift zum Lesen:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>A new language takes effect when Marginalia starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Marginalia.</translation>
    </message>
    <message>
        <source>Marginalia Light</source>
        <translation>Marginalia Hell</translation>
    </message>
    <message>
        <source>Marginalia Dark</source>
        <translation>Marginalia Dunkel</translation>
    </message>
</context>
<context>
    <name>Marginalia::ReadingView</name>
    <message>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
</context>
<context>
    <name>Marginalia::RemoveSpanCommand</name>
    <message>
        <source>Remove highlight</source>
        <translation>Markierung entfernen</translation>
    </message>
</context>
<context>
    <name>Marginalia::RemoveTagCommand</name>
    <message>
        <source>Delete tag “%1”</source>
        <translation>Code „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>Marginalia::SampleCorpus</name>
    <message>
        <source>this build has no bundled sample corpus</source>
        <translation>dieser Build enthält kein Beispielkorpus</translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1: kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>Marginalia::SearchPanel</name>
    <message>
        <source>Match &amp;case</source>
        <translation>Groß-/&amp;Kleinschreibung</translation>
    </message>
    <message>
        <source>W&amp;hole words</source>
        <translation>&amp;Ganze Wörter</translation>
    </message>
    <message>
        <source>Re&amp;gular expression</source>
        <translation>Re&amp;gulärer Ausdruck</translation>
    </message>
    <message>
        <source>Tag &amp;All Results…</source>
        <translation>&amp;Alle Ergebnisse codieren …</translation>
    </message>
    <message>
        <source>Search the corpus (Enter)</source>
        <translation>Das Korpus durchsuchen (Eingabe)</translation>
    </message>
    <message>
        <source>Search the corpus</source>
        <translation>Das Korpus durchsuchen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::SearchResultModel</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Davor</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Danach</translation>
    </message>
</context>
<context>
    <name>Marginalia::SetMemoCommand</name>
    <message>
        <source>Delete memo</source>
        <translation>Memo löschen</translation>
    </message>
    <message>
        <source>Edit memo</source>
        <translation>Memo bearbeiten</translation>
    </message>
</context>
<context>
    <name>Marginalia::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Reading view and notes</source>
        <translation>Leseansicht und Notizen</translation>
    </message>
    <message>
        <source>Tag the selection with the tag of that number</source>
        <translation>Die Auswahl mit dem Code dieser Nummer codieren</translation>
    </message>
    <message>
        <source>1 … 9</source>
        <translation>1 … 9</translation>
    </message>
    <message>
        <source>Save the note being edited</source>
        <translation>Die bearbeitete Notiz speichern</translation>
    </message>
</context>
<context>
    <name>Marginalia::SidecarCodec</name>
    <message>
        <source>the file is %1 MB, larger than the %2 MB a sidecar may have</source>
        <translation>die Datei ist %1 MB groß, mehr als die %2 MB, die eine Annotationsdatei haben darf</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2 (%3)</source>
        <translation>kein gültiges JSON: %1 bei Byte %2 (%3)</translation>
    </message>
    <message>
        <source>not a Marginalia sidecar: the top level is not a JSON object</source>
        <translation>keine Marginalia-Annotationsdatei: die oberste Ebene ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>not a Marginalia sidecar: &quot;format&quot; is not &quot;marginalia&quot;</source>
        <translation>keine Marginalia-Annotationsdatei: „format“ ist nicht „marginalia“</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number of at least 1</source>
        <translation>„version“ muss eine ganze Zahl von mindestens 1 sein</translation>
    </message>
    <message>
        <source>written by a newer Marginalia (format version %1; this build reads up to %2)</source>
        <translation>von einer neueren Marginalia-Version geschrieben (Formatversion %1; dieser Build liest bis %2)</translation>
    </message>
    <message>
        <source>unsupported offset unit &quot;%1&quot; (expected &quot;codepoint&quot;)</source>
        <translation>nicht unterstützte Einheit für Positionen „%1“ (erwartet: „codepoint“)</translation>
    </message>
    <message>
        <source>&quot;codebook&quot; must be an array</source>
        <translation>„codebook“ muss ein Array sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour of the form #rrggbb</source>
        <translation>„%1“ ist keine Farbe der Form #rrggbb</translation>
    </message>
    <message>
        <source>the tag id &quot;%1&quot; is empty or used twice</source>
        <translation>die Code-ID „%1“ ist leer oder doppelt vergeben</translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot; has an empty name</source>
        <translation>der Code „%1“ hat einen leeren Namen</translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot; names a parent &quot;%2&quot; that is not listed before it</source>
        <translation>der Code „%1“ nennt einen übergeordneten Code „%2“, der nicht vor ihm steht</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>the document path is empty</source>
        <translation>der Dokumentpfad ist leer</translation>
    </message>
    <message>
        <source>the document &quot;%1&quot; is listed twice</source>
        <translation>das Dokument „%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>&quot;annotations&quot; must be an array</source>
        <translation>„annotations“ muss ein Array sein</translation>
    </message>
    <message>
        <source>&quot;end&quot; (%1) is before &quot;start&quot; (%2)</source>
        <translation>„end“ (%1) liegt vor „start“ (%2)</translation>
    </message>
    <message>
        <source>the annotation id &quot;%1&quot; is empty or used twice</source>
        <translation>die Annotations-ID „%1“ ist leer oder doppelt vergeben</translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot; is not in the codebook</source>
        <translation>der Code „%1“ ist nicht im Codebuch</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>the file holds no JSON value</source>
        <translation>die Datei enthält keinen JSON-Wert</translation>
    </message>
    <message>
        <source>more text follows the end of the JSON value</source>
        <translation>nach dem Ende des JSON-Werts folgt weiterer Text</translation>
    </message>
    <message>
        <source>a value is missing or not valid here</source>
        <translation>hier fehlt ein Wert oder er ist ungültig</translation>
    </message>
    <message>
        <source>a member name in double quotes is missing</source>
        <translation>ein Elementname in doppelten Anführungszeichen fehlt</translation>
    </message>
    <message>
        <source>a colon is missing after a member name</source>
        <translation>nach einem Elementnamen fehlt ein Doppelpunkt</translation>
    </message>
    <message>
        <source>a comma or a closing brace is missing</source>
        <translation>ein Komma oder eine schließende geschweifte Klammer fehlt</translation>
    </message>
    <message>
        <source>a comma or a closing bracket is missing</source>
        <translation>ein Komma oder eine schließende eckige Klammer fehlt</translation>
    </message>
    <message>
        <source>a \u escape needs four hexadecimal digits</source>
        <translation>eine \u-Escape-Sequenz braucht vier Hexadezimalziffern</translation>
    </message>
    <message>
        <source>a \u escape holds half of a UTF-16 surrogate pair</source>
        <translation>eine \u-Escape-Sequenz enthält nur die Hälfte eines UTF-16-Surrogatpaars</translation>
    </message>
    <message>
        <source>a control character (U+%1) in a string must be written as an escape</source>
        <translation>ein Steuerzeichen (U+%1) in einer Zeichenkette muss als Escape-Sequenz geschrieben werden</translation>
    </message>
    <message>
        <source>an escape sequence in a string is not valid</source>
        <translation>eine Escape-Sequenz in einer Zeichenkette ist ungültig</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>eine Zeichenkette ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>a number is too large</source>
        <translation>eine Zahl ist zu groß</translation>
    </message>
    <message>
        <source>a number has no digits after its decimal point</source>
        <translation>eine Zahl hat keine Ziffern nach dem Dezimalpunkt</translation>
    </message>
    <message>
        <source>a number has no digits in its exponent</source>
        <translation>eine Zahl hat keine Ziffern im Exponenten</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>Syntaxfehler</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>das Feld „%1“ fehlt</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a string</source>
        <translation>das Feld „%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a whole number of at least 0</source>
        <translation>das Feld „%1“ muss eine ganze Zahl von mindestens 0 sein</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation>das Feld „%1“ ist kein Datum mit Uhrzeit nach ISO 8601</translation>
    </message>
    <message>
        <source>a NUL byte</source>
        <translation>ein NUL-Byte</translation>
    </message>
    <message>
        <source>bytes that are not UTF-8</source>
        <translation>Bytes, die kein UTF-8 sind,</translation>
    </message>
    <message>
        <source>arrays and objects nested more than %1 deep</source>
        <translation>Arrays und Objekte, die tiefer als %1 Ebenen verschachtelt sind,</translation>
    </message>
    <message>
        <source>a number is too large or too close to zero</source>
        <translation>eine Zahl ist zu groß oder zu nahe an null</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array</source>
        <translation>&quot;%1&quot; muss ein Array sein</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be an object</source>
        <translation>das Feld „%1“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>the field &quot;date&quot; must be a date YYYY-MM-DD or empty</source>
        <translation>das Feld „date“ muss ein Datum JJJJ-MM-TT oder leer sein</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be true or false</source>
        <translation>das Feld „%1“ muss true oder false sein</translation>
    </message>
    <message>
        <source>the field &quot;sha256&quot; must be 64 lower-case hexadecimal digits</source>
        <translation>das Feld „sha256“ muss aus 64 kleingeschriebenen Hexadezimalziffern bestehen</translation>
    </message>
    <message>
        <source>the file ends before the JSON value does (it may have been cut short)</source>
        <translation>die Datei endet, bevor der JSON-Wert endet (sie wurde vielleicht abgeschnitten)</translation>
    </message>
</context>
<context>
    <name>Marginalia::SidecarMerge</name>
    <message>
        <source>tag %1 (&quot;%2&quot;) was changed differently on both sides; ours is kept</source>
        <translation>Tag %1 („%2“) wurde auf beiden Seiten unterschiedlich geändert; unserer wird behalten</translation>
    </message>
    <message>
        <source>annotation %1 in %2 was changed differently on both sides; both versions are kept, theirs as %3</source>
        <translation>Annotation %1 in %2 wurde auf beiden Seiten unterschiedlich geändert; beide Fassungen werden behalten, ihre als %3</translation>
    </message>
    <message>
        <source>annotation %1 in %2 was deleted on one side and changed on the other; the changed version is kept</source>
        <translation>Annotation %1 in %2 wurde auf einer Seite gelöscht und auf der anderen geändert; die geänderte Fassung wird behalten</translation>
    </message>
    <message>
        <source>tag %1 (&quot;%2&quot;) was deleted on one side but is still used; it is kept</source>
        <translation>Tag %1 („%2“) wurde auf einer Seite gelöscht, wird aber noch verwendet; es wird behalten</translation>
    </message>
    <message>
        <source>the top-level member &quot;%1&quot; was changed differently on both sides; ours is kept</source>
        <translation>das Element „%1“ der obersten Ebene wurde auf beiden Seiten unterschiedlich geändert; unseres wird behalten</translation>
    </message>
    <message>
        <source>the manual links between %1 and %2 were changed differently on both sides; ours are kept</source>
        <translation>die manuellen Verknüpfungen zwischen %1 und %2 wurden auf beiden Seiten unterschiedlich geändert; unsere werden behalten</translation>
    </message>
    <message>
        <source>the memo of %1 was deleted on one side and changed on the other; the changed one is kept</source>
        <translation>das Memo von %1 wurde auf einer Seite gelöscht und auf der anderen geändert; das geänderte bleibt</translation>
    </message>
    <message>
        <source>the memo of %1 was changed differently on both sides; ours is kept, theirs is in &quot;memoConflict&quot;</source>
        <translation>das Memo von %1 wurde auf beiden Seiten verschieden geändert; unseres bleibt, ihres steht in &quot;memoConflict&quot;</translation>
    </message>
    <message>
        <source>the metadata field &quot;%1&quot; of %2 was corrected differently on both sides; ours is kept</source>
        <translation>das Metadatenfeld „%1“ von %2 wurde auf beiden Seiten unterschiedlich korrigiert; unsere Fassung bleibt</translation>
    </message>
    <message>
        <source>a clutter mark of %1 was changed differently on both sides; ours is kept</source>
        <translation>eine Störzeilen-Markierung von %1 wurde auf beiden Seiten unterschiedlich geändert; unsere Fassung bleibt</translation>
    </message>
</context>
<context>
    <name>Marginalia::SidecarStore</name>
    <message>
        <source>%1: the file is larger than the %2 MB a sidecar may have</source>
        <translation>%1: die Datei ist größer als die %2 MB, die eine Annotationsdatei haben darf</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: reading failed: %2</source>
        <translation>%1: Lesen fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not saved: %2</source>
        <translation>%1: nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>the serialised data did not read back (%1)</source>
        <translation>die geschriebenen Daten ließen sich nicht zurücklesen (%1)</translation>
    </message>
    <message>
        <source>the file on disk is not one this version can read, so it is left as it is</source>
        <translation>die Datei auf dem Datenträger kann diese Version nicht lesen, daher bleibt sie unverändert</translation>
    </message>
    <message>
        <source>saved, but the folder could not be synced: %1</source>
        <translation>gespeichert, aber der Ordner konnte nicht synchronisiert werden: %1</translation>
    </message>
    <message>
        <source>the backup folder %1 cannot be created</source>
        <translation>der Sicherungsordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the backup %1 cannot be written: %2</source>
        <translation>die Sicherung %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: not saved: the file was changed on disk by someone else since it was read</source>
        <translation>%1: nicht gespeichert: die Datei wurde seit dem Lesen von jemand anderem auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>it cannot be renamed</source>
        <translation>sie kann nicht umbenannt werden</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine reguläre Datei</translation>
    </message>
</context>
<context>
    <name>Marginalia::SimilarPanel</name>
    <message>
        <source>Similar articles</source>
        <translation>Ähnliche Artikel</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Similar article</source>
        <translation>Ähnlicher Artikel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>near-duplicate</source>
        <translation>Beinahe-Duplikat</translation>
    </message>
    <message>
        <source>wire copy</source>
        <translation>Agenturtext</translation>
    </message>
    <message>
        <source>No two articles cover the same story closely enough.</source>
        <translation>Keine zwei Artikel berichten nah genug über dieselbe Geschichte.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of articles on the same story, best first.</source>
        <translation>
            <numerusform>%n Artikelpaar zur selben Geschichte, das beste zuerst.</numerusform>
            <numerusform>%n Artikelpaare zur selben Geschichte, die besten zuerst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Looking for articles on the same story among %n article(s)…</source>
        <translation>
            <numerusform>Suche nach Artikeln zur selben Geschichte unter %n Artikel…</numerusform>
            <numerusform>Suche nach Artikeln zur selben Geschichte unter %n Artikeln…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::SourceFile</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Marginalia::SourceView</name>
    <message>
        <source>Source of the article file</source>
        <translation>Quelltext der Artikeldatei</translation>
    </message>
    <message>
        <source>Annotation file of the corpus (read-only)</source>
        <translation>Annotationsdatei des Korpus (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Plain view: this build of Marginalia has no syntax highlighting (KF6SyntaxHighlighting was not found when it was built).</source>
        <translation>Einfache Ansicht: Dieser Build von Marginalia hat keine Syntaxhervorhebung (KF6SyntaxHighlighting wurde beim Bauen nicht gefunden).</translation>
    </message>
    <message>
        <source>Article File</source>
        <translation>Artikeldatei</translation>
    </message>
    <message>
        <source>Annotation File</source>
        <translation>Annotationsdatei</translation>
    </message>
    <message>
        <source>No article selected.</source>
        <translation>Kein Artikel ausgewählt.</translation>
    </message>
    <message numerus="yes">
        <source>[Only the first %n MB are shown.]</source>
        <translation>
            <numerusform>[Nur das erste %n MB wird angezeigt.]</numerusform>
            <numerusform>[Nur die ersten %n MB werden angezeigt.]</numerusform>
        </translation>
    </message>
    <message>
        <source>No annotation file yet: marginalia.json is written with the first annotation.</source>
        <translation>Noch keine Annotationsdatei: marginalia.json wird mit der ersten Annotation geschrieben.</translation>
    </message>
</context>
<context>
    <name>Marginalia::SpanListProxy</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>Marginalia::TagPickerDialog</name>
    <message>
        <source>Tag Selection</source>
        <translation>Auswahl codieren</translation>
    </message>
    <message>
        <source>Type to filter tags…</source>
        <translation>Tippen, um Codes zu filtern …</translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>Codes filtern</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Apply Tag</source>
        <translation>Code &amp;anwenden</translation>
    </message>
    <message>
        <source>&amp;New Tag…</source>
        <translation>&amp;Neuer Code …</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
</context>
<context>
    <name>Marginalia::TextDecoder</name>
    <message>
        <source>contains NUL bytes: it looks like a binary file, not text</source>
        <translation>enthält NUL-Bytes: es sieht nach einer Binärdatei aus, nicht nach Text</translation>
    </message>
    <message>
        <source>is not valid UTF-8 (invalid byte sequence at byte %1): invalid bytes were replaced by U+FFFD</source>
        <translation>ist kein gültiges UTF-8 (ungültige Bytefolge bei Byte %1): ungültige Bytes wurden durch U+FFFD ersetzt</translation>
    </message>
    <message>
        <source>is not valid UTF-8 (invalid byte sequence at byte %1); decoded as %2 (detected)</source>
        <translation>ist kein gültiges UTF-8 (ungültige Bytefolge bei Byte %1); als %2 dekodiert (erkannt)</translation>
    </message>
    <message>
        <source>has bytes that are invalid in %1; they were replaced by U+FFFD</source>
        <translation>hat Bytes, die in %1 ungültig sind; sie wurden durch U+FFFD ersetzt</translation>
    </message>
    <message>
        <source>has unpaired surrogates in %1; they were replaced by U+FFFD</source>
        <translation>hat ungepaarte Surrogate in %1; sie wurden durch U+FFFD ersetzt</translation>
    </message>
    <message>
        <source>contains many control characters: it looks like a binary file, not text</source>
        <translation>enthält viele Steuerzeichen: es sieht nach einer Binärdatei aus, nicht nach Text</translation>
    </message>
</context>
<context>
    <name>Marginalia::TextImporter</name>
    <message>
        <source>the article is empty</source>
        <translation>der Artikel ist leer</translation>
    </message>
</context>
<context>
    <name>Marginalia::TextStore</name>
    <message>
        <source>no space left</source>
        <translation>kein Platz mehr</translation>
    </message>
    <message>
        <source>article texts cannot be written to a file in %1 (%2); they are kept in memory</source>
        <translation>Artikeltexte können nicht in eine Datei in %1 geschrieben werden (%2); sie bleiben im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>the file is shorter than written</source>
        <translation>die Datei ist kürzer als geschrieben</translation>
    </message>
    <message>
        <source>an article text cannot be read back from its file in %1 (%2)</source>
        <translation>ein Artikeltext kann nicht aus seiner Datei in %1 zurückgelesen werden (%2)</translation>
    </message>
</context>
<context>
    <name>Marginalia::TriagePanel</name>
    <message>
        <source>&amp;Accept Re-anchored Position</source>
        <translation>Neue Position &amp;übernehmen</translation>
    </message>
    <message>
        <source>&amp;Re-attach to Selection</source>
        <translation>Der Auswahl &amp;zuordnen</translation>
    </message>
    <message>
        <source>&amp;Delete Listed Highlight</source>
        <translation>Aufgeführte Markierung &amp;löschen</translation>
    </message>
    <message>
        <source>Highlights that need attention</source>
        <translation>Markierungen, die geprüft werden müssen</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Keep the highlight on the text it was found on (Ctrl+Alt+A)</source>
        <translation>Die Markierung auf dem Text lassen, auf dem sie gefunden wurde (Strg+Alt+A)</translation>
    </message>
    <message>
        <source>Attach the highlight to the text selected in the article (Ctrl+Alt+R)</source>
        <translation>Die Markierung dem im Artikel ausgewählten Text zuordnen (Strg+Alt+R)</translation>
    </message>
    <message>
        <source>Delete the highlight with its note (Delete in the list); Undo brings it back</source>
        <translation>Die Markierung mit ihrer Notiz löschen (Entf in der Liste); Rückgängig holt sie zurück</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>Ungefähr</translation>
    </message>
    <message>
        <source>Found on similar text; accept it there or re-attach it</source>
        <translation>Auf ähnlichem Text gefunden; dort übernehmen oder neu zuordnen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Its text is no longer in the article; it is kept with its note</source>
        <translation>Sein Text steht nicht mehr im Artikel; sie wird mit ihrer Notiz aufbewahrt</translation>
    </message>
    <message>
        <source>Document missing</source>
        <translation>Dokument fehlt</translation>
    </message>
    <message>
        <source>Its article is not in the corpus; it is kept with its note</source>
        <translation>Ihr Artikel ist nicht im Korpus; sie wird mit ihrer Notiz aufbewahrt</translation>
    </message>
    <message>
        <source>Beyond the text</source>
        <translation>Jenseits des Textes</translation>
    </message>
    <message>
        <source>Its offsets lie beyond the end of the article</source>
        <translation>Ihre Positionen liegen hinter dem Ende des Artikels</translation>
    </message>
    <message>
        <source>Every highlight is on the text it was made on.</source>
        <translation>Jede Markierung liegt auf dem Text, auf dem sie gesetzt wurde.</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) could not be placed exactly after their article changed. Select text in the article and choose Re-attach to Selection to place one there.</source>
        <translation>
            <numerusform>%n Markierung ließ sich nach einer Änderung ihres Artikels nicht genau platzieren. Wählen Sie Text im Artikel aus und dann „Der Auswahl zuordnen“, um sie dort zu platzieren.</numerusform>
            <numerusform>%n Markierungen ließen sich nach einer Änderung ihres Artikels nicht genau platzieren. Wählen Sie Text im Artikel aus und dann „Der Auswahl zuordnen“, um eine dort zu platzieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>The highlight now belongs to the text it was found on.</source>
        <translation>Die Markierung gehört jetzt zu dem Text, auf dem sie gefunden wurde.</translation>
    </message>
    <message>
        <source>Select the text in the article to attach the highlight to, then choose Re-attach to Selection.</source>
        <translation>Wählen Sie im Artikel den Text aus, dem die Markierung zugeordnet werden soll, dann „Der Auswahl zuordnen“.</translation>
    </message>
    <message>
        <source>The highlight was attached to the selected text.</source>
        <translation>Die Markierung wurde dem ausgewählten Text zugeordnet.</translation>
    </message>
    <message>
        <source>The highlight cannot be attached there.</source>
        <translation>Die Markierung kann dort nicht zugeordnet werden.</translation>
    </message>
    <message>
        <source>Highlight deleted (Undo brings it back).</source>
        <translation>Markierung gelöscht (Rückgängig holt sie zurück).</translation>
    </message>
</context>
<context>
    <name>Marginalia::XmlParts</name>
    <message>
        <source>the part &quot;%1&quot; declares a DTD, which is refused for safety</source>
        <translation>der Teil „%1“ deklariert eine DTD, die aus Sicherheitsgründen abgelehnt wird</translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; is not well-formed XML: %2 (line %3, column %4)</source>
        <translation>der Teil „%1“ ist kein wohlgeformtes XML: %2 (Zeile %3, Spalte %4)</translation>
    </message>
</context>
<context>
    <name>Marginalia::ZipArchive</name>
    <message>
        <source>the part &quot;%1&quot; is missing</source>
        <translation>der Teil „%1“ fehlt</translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; is encrypted</source>
        <translation>der Teil „%1“ ist verschlüsselt</translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; cannot be found in the archive</source>
        <translation>der Teil „%1“ ist im Archiv nicht zu finden</translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; cannot be opened (damaged archive)</source>
        <translation>der Teil „%1“ lässt sich nicht öffnen (beschädigtes Archiv)</translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; is damaged</source>
        <translation>der Teil „%1“ ist beschädigt</translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; decompresses to far more than it could hold (a zip bomb?); refused</source>
        <translation>der Teil „%1“ entpackt sich zu weit mehr, als er enthalten könnte (eine ZIP-Bombe?); abgelehnt</translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; is damaged (checksum or data error)</source>
        <translation>der Teil „%1“ ist beschädigt (Prüfsummen- oder Datenfehler)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Read, code and compare news articles.</source>
        <translation>Nachrichtenartikel lesen, codieren und vergleichen.</translation>
    </message>
    <message>
        <source>Corpus folder to open (default: the sample corpus).</source>
        <translation>Zu öffnender Korpusordner (Standard: das Beispielkorpus).</translation>
    </message>
    <message>
        <source>Show this document (path relative to the corpus).</source>
        <translation>Dieses Dokument anzeigen (Pfad relativ zum Korpus).</translation>
    </message>
    <message>
        <source>Interface language (en, de, ar); default: the preference, else the system&apos;s.</source>
        <translation>Sprache der Oberfläche (en, de, ar); Standard: die Einstellung, sonst die des Systems.</translation>
    </message>
    <message>
        <source>Marginalia</source>
        <translation>Marginalia</translation>
    </message>
</context>
</TS>
