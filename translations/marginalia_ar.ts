<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Marginalia</name>
    <message>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>marginalia %1: missing CORPUS_DIR (see marginalia %1 --help)</source>
        <translation>marginalia %1: المعامل CORPUS_DIR مفقود (راجع marginalia %1 --help)</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 كلمة</translation>
    </message>
    <message>
        <source>%1 annotations</source>
        <translation>%1 تعليق توضيحي</translation>
    </message>
    <message>
        <source>%1: %2 documents, %3 annotations, %4 tags, %5 problems</source>
        <translation>%1: المستندات %2، التعليقات التوضيحية %3، الوسوم %4، المشكلات %5</translation>
    </message>
    <message>
        <source>marginalia compare: expected CORPUS_DIR DOC_A DOC_B (see marginalia --help)</source>
        <translation>marginalia compare: المتوقع CORPUS_DIR DOC_A DOC_B (انظر marginalia --help)</translation>
    </message>
    <message>
        <source>marginalia compare: %1: no such document in %2 (see marginalia list)</source>
        <translation>marginalia compare: %1: لا يوجد مستند بهذا الاسم في %2 (انظر marginalia list)</translation>
    </message>
    <message>
        <source>warning: %1; using the default lexicon</source>
        <translation>تحذير: %1؛ يُستخدم المعجم الافتراضي</translation>
    </message>
    <message>
        <source>marginalia similar: --min-score must be a number from 0 to 1</source>
        <translation>marginalia similar: يجب أن تكون قيمة ‎--min-score‎ عددًا من 0 إلى 1</translation>
    </message>
    <message>
        <source>near-duplicate</source>
        <translation>شبه مكرر</translation>
    </message>
    <message>
        <source>wire copy</source>
        <translation>نص وكالة</translation>
    </message>
    <message>
        <source>marginalia merge: %1: no such file</source>
        <translation>marginalia merge: %1: لا يوجد ملف بهذا الاسم</translation>
    </message>
    <message>
        <source>marginalia merge: %1</source>
        <translation>marginalia merge: %1</translation>
    </message>
    <message>
        <source>it is cut off</source>
        <translation>إنه مقطوع</translation>
    </message>
    <message>
        <source>its frame is damaged</source>
        <translation>إطاره تالف</translation>
    </message>
    <message>
        <source>its checksum does not match</source>
        <translation>مجموعه الاختباري لا يطابق</translation>
    </message>
    <message>
        <source>its description is not valid</source>
        <translation>وصفه غير صالح</translation>
    </message>
</context>
<context>
    <name>Marginalia::AddSpanCommand</name>
    <message>
        <source>Highlight</source>
        <translation>تظليل</translation>
    </message>
</context>
<context>
    <name>Marginalia::AddTagCommand</name>
    <message>
        <source>New tag “%1”</source>
        <translation>وسم جديد «%1»</translation>
    </message>
</context>
<context>
    <name>Marginalia::ArticleInfoBar</name>
    <message>
        <source>by %1</source>
        <translation>بقلم %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message numerus="yes">
        <source>%n clutter line(s) dimmed</source>
        <translation>
            <numerusform>لا سطور حشو معتّمة</numerusform>
            <numerusform>سطر حشو واحد معتّم</numerusform>
            <numerusform>سطرا حشو معتّمان</numerusform>
            <numerusform>%n سطور حشو معتّمة</numerusform>
            <numerusform>%n سطر حشو معتّمًا</numerusform>
            <numerusform>%n سطر حشو معتّم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) edited</source>
        <translation>
            <numerusform>لم يُعدَّل أي حقل</numerusform>
            <numerusform>حقل واحد معدَّل</numerusform>
            <numerusform>حقلان معدَّلان</numerusform>
            <numerusform>%n حقول معدَّلة</numerusform>
            <numerusform>%n حقلًا معدَّلًا</numerusform>
            <numerusform>%n حقل معدَّل</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::AutoCoder</name>
    <message>
        <source>%1: no such document in the corpus</source>
        <translation>%1: لا يوجد مستند بهذا الاسم في المدوّنة</translation>
    </message>
    <message>
        <source>the tag does not exist</source>
        <translation>الوسم غير موجود</translation>
    </message>
    <message>
        <source>Auto-code “%1”</source>
        <translation>ترميز تلقائي «%1»</translation>
    </message>
</context>
<context>
    <name>Marginalia::AutocodeCommand</name>
    <message>
        <source>autocode: the tag (name or &quot;Parent / Child&quot; path).</source>
        <translation>autocode: الوسم (اسم أو مسار &quot;أصل / فرع&quot;).</translation>
    </message>
    <message>
        <source>autocode: code every occurrence of this text.</source>
        <translation>autocode: ترميز كل ورود لهذا النص.</translation>
    </message>
    <message>
        <source>autocode: code every match of this regular expression.</source>
        <translation>autocode: ترميز كل تطابق لهذا التعبير النمطي.</translation>
    </message>
    <message>
        <source>autocode: only this document (repeatable).</source>
        <translation>autocode: هذا المستند فقط (يمكن تكراره).</translation>
    </message>
    <message>
        <source>autocode: note for every new highlight.</source>
        <translation>autocode: ملاحظة لكل تظليل جديد.</translation>
    </message>
    <message>
        <source>autocode: create the tag if the codebook has none of that name.</source>
        <translation>autocode: إنشاء الوسم إن لم يكن في دليل الترميز وسم بهذا الاسم.</translation>
    </message>
    <message>
        <source>autocode: colour of a created tag.</source>
        <translation>autocode: لون الوسم المُنشأ.</translation>
    </message>
    <message>
        <source>autocode: match regardless of case.</source>
        <translation>autocode: المطابقة دون تمييز حالة الأحرف.</translation>
    </message>
    <message>
        <source>autocode: match whole words only.</source>
        <translation>autocode: مطابقة الكلمات الكاملة فقط.</translation>
    </message>
    <message>
        <source>missing CORPUS_DIR (see marginalia --help)</source>
        <translation>CORPUS_DIR مفقود (انظر marginalia --help)</translation>
    </message>
    <message>
        <source>missing --tag NAME</source>
        <translation>--tag NAME مفقود</translation>
    </message>
    <message>
        <source>give exactly one of --text STRING or --regex PATTERN</source>
        <translation>حدّد واحدًا فقط من --text STRING أو --regex PATTERN</translation>
    </message>
    <message>
        <source>--color %1 is not a colour of the form #RRGGBB</source>
        <translation>--color %1 ليس لونًا بالصيغة #RRGGBB</translation>
    </message>
    <message>
        <source>--color only applies with --create-tag</source>
        <translation>--color لا يُستخدم إلا مع --create-tag</translation>
    </message>
    <message>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>%1 is not changed: %2</source>
        <translation>لم يُغيَّر %1: %2</translation>
    </message>
    <message>
        <source>the codebook has no tag &quot;%1&quot; (add --create-tag to create it)</source>
        <translation>لا يحتوي دليل الترميز على الوسم &quot;%1&quot; (أضف --create-tag لإنشائه)</translation>
    </message>
    <message>
        <source>could not create the tag &quot;%1&quot;</source>
        <translation>تعذّر إنشاء الوسم &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>أُضيف %1</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>تطابقات: %1</translation>
    </message>
    <message>
        <source>%1 highlights added with tag &quot;%2&quot; (%3 matches in %4 documents, %5 already coded)%6</source>
        <translation>أُضيفت تظليلات بالوسم &quot;%2&quot;: %1 (تطابقات: %3 في مستندات: %4، مرمّزة مسبقًا: %5)%6</translation>
    </message>
    <message>
        <source>; tag created</source>
        <translation>؛ أُنشئ الوسم</translation>
    </message>
</context>
<context>
    <name>Marginalia::BuildInfo</name>
    <message>
        <source>Syntax highlighting of source views and themes: %1</source>
        <translation>تلوين الصياغة في عروض المصدر والسمات: %1</translation>
    </message>
    <message>
        <source>Syntax highlighting: not available (built without KF6SyntaxHighlighting); source views are plain and the built-in light and dark colours are used</source>
        <translation>تلوين الصياغة: غير متاح (بُني البرنامج دون KF6SyntaxHighlighting)؛ تظهر عروض المصدر بلا تلوين وتُستخدم الألوان الفاتحة والداكنة المدمجة</translation>
    </message>
    <message>
        <source>Interface languages: %1</source>
        <translation>لغات الواجهة: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Marginalia %1&lt;/h3&gt;&lt;p&gt;Read, code and compare news articles.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Compiled-in features:&lt;/p&gt;&lt;ul&gt;%4&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Marginalia %1&lt;/h3&gt;&lt;p&gt;اقرأ المقالات الإخبارية وصنّفها وقارن بينها.&lt;/p&gt;&lt;p&gt;بُني باستخدام Qt %2، ويعمل على Qt %3.&lt;/p&gt;&lt;p&gt;الميزات المضمّنة:&lt;/p&gt;&lt;ul&gt;%4&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>Marginalia::CliProgress</name>
    <message>
        <source>Print the progress on standard error (the default on a terminal).</source>
        <translation>اطبع التقدّم على مخرج الأخطاء القياسي (الافتراضي في الطرفية).</translation>
    </message>
    <message>
        <source>Print no progress, also on a terminal.</source>
        <translation>لا تطبع أي تقدّم، ولا حتى في الطرفية.</translation>
    </message>
    <message>
        <source>Importing articles: %1 of %2 (%3%)</source>
        <translation>استيراد المقالات: %1 من %2 (%3%)</translation>
    </message>
</context>
<context>
    <name>Marginalia::CodebookActions</name>
    <message>
        <source>&amp;Rename Tag…</source>
        <translation>&amp;إعادة تسمية الوسم…</translation>
    </message>
    <message>
        <source>Change Tag &amp;Colour…</source>
        <translation>تغيير &amp;لون الوسم…</translation>
    </message>
    <message>
        <source>&amp;Merge Tag Into…</source>
        <translation>&amp;دمج الوسم في…</translation>
    </message>
    <message>
        <source>&amp;Delete Tag…</source>
        <translation>&amp;حذف الوسم…</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>إعادة تسمية الوسم</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>الاسم الجديد لـ«%1»:</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>لون «%1»</translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation>دمج الوسم</translation>
    </message>
    <message>
        <source>Merge “%1” into (its highlights and sub-tags move there, then it is deleted):</source>
        <translation>دمج «%1» في (تنتقل إليه تظليلاته ووسومه الفرعية ثم يُحذف):</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>حذف الوسم</translation>
    </message>
    <message>
        <source>Delete “%1” and its sub-tags? What should happen to their highlights?</source>
        <translation>حذف «%1» ووسومه الفرعية؟ ماذا يحدث لتظليلاتها؟</translation>
    </message>
    <message>
        <source>Delete Them</source>
        <translation>احذفها</translation>
    </message>
    <message>
        <source>Move to “%1”</source>
        <translation>انقلها إلى «%1»</translation>
    </message>
    <message>
        <source>Move to Another Tag…</source>
        <translation>انقلها إلى وسم آخر…</translation>
    </message>
    <message>
        <source>Move the highlights of “%1” to:</source>
        <translation>نقل تظليلات «%1» إلى:</translation>
    </message>
</context>
<context>
    <name>Marginalia::CodebookCommand</name>
    <message>
        <source>expected export or import, e.g. marginalia codebook export CORPUS_DIR OUT.json</source>
        <translation>يُتوقع export أو import، مثلًا marginalia codebook export CORPUS_DIR OUT.json</translation>
    </message>
    <message>
        <source>expected CORPUS_DIR and the file to write</source>
        <translation>يُتوقع CORPUS_DIR والملف المراد كتابته</translation>
    </message>
    <message>
        <source>expected CORPUS_DIR and the file to read</source>
        <translation>يُتوقع CORPUS_DIR والملف المراد قراءته</translation>
    </message>
    <message>
        <source>%1: the annotation file cannot be read, so neither can its codebook</source>
        <translation>%1: تتعذر قراءة ملف التعليقات، ولذلك تتعذر قراءة دليل الترميز فيه</translation>
    </message>
    <message>
        <source>%1: the corpus folder cannot be read</source>
        <translation>%1: تتعذر قراءة مجلد المدونة</translation>
    </message>
    <message>
        <source>%1 tags written to %2</source>
        <translation>كُتب %1 وسمًا في %2</translation>
    </message>
    <message>
        <source>%1 is not changed: %2</source>
        <translation>لم يُغيَّر %1: %2</translation>
    </message>
    <message>
        <source>Import codebook “%1”</source>
        <translation>استيراد دليل الترميز «%1»</translation>
    </message>
    <message>
        <source>%1 tags added, %2 changed, %3 already there (%4 shortcuts in use left out); the codebook has %5 tags</source>
        <translation>أُضيف %1 وسمًا، وعُدِّل %2، و%3 موجودة من قبل (أُهمل %4 من الاختصارات المستخدمة)؛ في دليل الترميز %5 وسمًا</translation>
    </message>
</context>
<context>
    <name>Marginalia::CodebookFile</name>
    <message>
        <source>line %1, column %2</source>
        <translation>السطر %1، العمود %2</translation>
    </message>
    <message>
        <source>the file is larger than the %1 MB a codebook may have</source>
        <translation>الملف أكبر من %1 ميغابايت المسموح بها لدليل الترميز</translation>
    </message>
    <message>
        <source>not valid JSON: %1 (%2)</source>
        <translation>ليس JSON صالحًا: %1 (%2)</translation>
    </message>
    <message>
        <source>a Marginalia sidecar that cannot be read: %1</source>
        <translation>ملف Marginalia جانبي تتعذر قراءته: %1</translation>
    </message>
    <message>
        <source>not a Marginalia codebook: &quot;format&quot; is not &quot;%1&quot;</source>
        <translation>ليس دليل ترميز من Marginalia: قيمة &quot;format&quot; ليست &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number of at least 1</source>
        <translation>يجب أن يكون &quot;version&quot; عددًا صحيحًا لا يقل عن 1</translation>
    </message>
    <message>
        <source>written by a newer Marginalia (codebook format version %1; this build reads up to %2)</source>
        <translation>كُتب بإصدار أحدث من Marginalia (إصدار صيغة دليل الترميز %1؛ هذا الإصدار يقرأ حتى %2)</translation>
    </message>
    <message>
        <source>the field &quot;tags&quot; is missing</source>
        <translation>الحقل &quot;tags&quot; مفقود</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1: مجلد وليس ملفًا</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: تتعذر القراءة: %2</translation>
    </message>
    <message>
        <source>%1: the file is larger than the %2 MB a codebook may have</source>
        <translation>%1: الملف أكبر من %2 ميغابايت المسموح بها لدليل الترميز</translation>
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
        <translation>وسم</translation>
    </message>
    <message>
        <source>Here</source>
        <extracomment>Column header: spans with this tag in the document being read</extracomment>
        <translation>هنا</translation>
    </message>
    <message>
        <source>Corpus</source>
        <extracomment>Column header: spans with this tag in the whole corpus</extracomment>
        <translation>المدوّنة</translation>
    </message>
</context>
<context>
    <name>Marginalia::CodedSegmentsPanel</name>
    <message>
        <source>Include s&amp;ub-tags</source>
        <translation>تضمين الوسوم ال&amp;فرعية</translation>
    </message>
    <message>
        <source>Tag of the coded segments</source>
        <translation>وسم المقاطع المرمّزة</translation>
    </message>
    <message>
        <source>Filter quotes, notes and titles</source>
        <translation>تصفية الاقتباسات والملاحظات والعناوين</translation>
    </message>
    <message>
        <source>Filter the coded segments</source>
        <translation>تصفية المقاطع المرمّزة</translation>
    </message>
    <message>
        <source>Coded segments</source>
        <translation>المقاطع المرمّزة</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>كل الوسوم</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>لا مقاطع (%n)</numerusform>
            <numerusform>مقطع واحد (%n)</numerusform>
            <numerusform>مقطعان (%n)</numerusform>
            <numerusform>%n مقاطع</numerusform>
            <numerusform>%n مقطعًا</numerusform>
            <numerusform>%n مقطع</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::CodingStripeArea</name>
    <message>
        <source>Coding stripes</source>
        <translation>أشرطة الترميز</translation>
    </message>
</context>
<context>
    <name>Marginalia::CommandLine</name>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>اطبع JSON بدلًا من النص.</translation>
    </message>
    <message>
        <source>The corpus folder.</source>
        <translation>مجلد المدوّنة.</translation>
    </message>
    <message>
        <source>marginalia: unknown command &quot;%1&quot;, and no folder of that name exists (see marginalia --help)</source>
        <translation>marginalia: الأمر «%1» غير معروف، ولا يوجد مجلد بهذا الاسم (راجع marginalia --help)</translation>
    </message>
    <message>
        <source>Interface language (en, de, ar); default: the preference, else the system&apos;s.</source>
        <translation>لغة الواجهة (en أو de أو ar)؛ افتراضيًا: التفضيل المحفوظ، وإلا فلغة النظام.</translation>
    </message>
    <message>
        <source>compare: write the comparison PDF to OUT.</source>
        <translation>compare: كتابة ملف PDF للمقارنة إلى OUT.</translation>
    </message>
    <message>
        <source>compare --pdf: print the highlights only, without PDF annotations.</source>
        <translation>compare --pdf: طباعة التظليل فقط، دون تعليقات PDF.</translation>
    </message>
    <message>
        <source>marginalia %1: --pdf and --no-pdf-annotations belong to compare (see marginalia --help)</source>
        <translation>marginalia %1: الخياران ‎--pdf‎ و‎--no-pdf-annotations‎ خاصان بالأمر compare (انظر marginalia --help)</translation>
    </message>
    <message>
        <source>similar: smallest score listed (0 to 1, default 0.15).</source>
        <translation>similar: أدنى درجة تُعرض (من 0 إلى 1، الافتراضي 0.15).</translation>
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
        <translation>Marginalia: قراءة المقالات الإخبارية وترميزها ومقارنتها.

الأوامر:
  marginalia [CORPUS_DIR] [--document PATH]
                                      فتح النافذة (الافتراضي: المدوّنة النموذجية)
  marginalia list CORPUS_DIR [--json]  سرد مستندات المدوّنة
  marginalia check CORPUS_DIR [--json] التحقق من المدوّنة وملف تعليقاتها
  marginalia export CORPUS_DIR ...     ملف PDF مشروح أو CSV أو HTML أو W3C JSON-LD
                                      (انظر marginalia export --help)
  marginalia compare CORPUS_DIR DOC_A DOC_B [--json | --pdf OUT [--no-pdf-annotations]]
                                      مقارنة مقالتين (المسارات نسبةً إلى المدوّنة)
                                      أو كتابة ملف PDF للمقارنة
  marginalia autocode CORPUS_DIR --tag NAME (--text STRING | --regex PATTERN)
      [--doc PATH]... [--note TEXT] [--create-tag [--color #RRGGBB]]
      [--ignore-case] [--whole-word] [--json]
                                      ترميز كل تطابق بوسم ثم الحفظ
  marginalia similar CORPUS_DIR [--json] [--min-score S]
                                      أزواج المقالات عن القصة نفسها، مع درجة
  marginalia merge BASE OURS THEIRS [-o OUT] | --into MINE OTHER
                                      دمج ملفات التعليقات (انظر marginalia merge --help)
  marginalia codebook export CORPUS_DIR OUT.json
                                      كتابة دليل الترميز وحده
  marginalia codebook import CORPUS_DIR FILE.json [--json]
                                      دمج دليل ترميز (أو ملف marginalia.json لمدوّنة أخرى)
                                      في هذا الدليل حسب المعرّف أو الاسم، ثم الحفظ</translation>
    </message>
    <message>
        <source>list, check, export, compare, autocode, similar, merge or codebook</source>
        <translation>list أو check أو export أو compare أو autocode أو similar أو merge أو codebook</translation>
    </message>
    <message>
        <source>Neither read nor update the import cache (.marginalia-cache in the corpus folder).</source>
        <translation>لا تقرأ ذاكرة الاستيراد المؤقتة (.marginalia-cache في مجلد المدونة) ولا تحدّثها.</translation>
    </message>
</context>
<context>
    <name>Marginalia::ComparePdfCommand</name>
    <message>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>marginalia compare: nothing written: the corpus or its annotations cannot be read</source>
        <translation>marginalia compare: لم يُكتب شيء: تعذّرت قراءة المدوّنة أو تعليقاتها التوضيحية</translation>
    </message>
    <message>
        <source>marginalia compare: nothing written: %1</source>
        <translation>marginalia compare: لم يُكتب شيء: %1</translation>
    </message>
    <message>
        <source>wrote %1 (%2 aligned pairs, %3 pages)</source>
        <translation>كُتب %1 (%2 من الأزواج المتقابلة، %3 من الصفحات)</translation>
    </message>
</context>
<context>
    <name>Marginalia::ComparePdfDialog</name>
    <message>
        <source>Add PDF highlight annotations (tags and notes show in any PDF reader)</source>
        <translation>إضافة تعليقات تظليل PDF (تظهر الوسوم والملاحظات في أي قارئ PDF)</translation>
    </message>
    <message>
        <source>Export Comparison PDF</source>
        <translation>تصدير المقارنة بصيغة PDF</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>المقارنة:</translation>
    </message>
    <message>
        <source>%1 (A) with %2 (B)</source>
        <translation>%1 (أ) مع %2 (ب)</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>الحفظ باسم:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>إلغاء التصدير</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>اختر مكان حفظ ملف PDF.</translation>
    </message>
    <message>
        <source>Nothing to export: %1</source>
        <translation>لا شيء للتصدير: %1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n pages).</source>
        <translation>
            <numerusform>كُتب %1 (لا صفحات).</numerusform>
            <numerusform>كُتب %1 (صفحة واحدة).</numerusform>
            <numerusform>كُتب %1 (صفحتان).</numerusform>
            <numerusform>كُتب %1 (%n صفحات).</numerusform>
            <numerusform>كُتب %1 (%n صفحة).</numerusform>
            <numerusform>كُتب %1 (%n صفحة).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>أُلغي؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>لم يُكتب شيء: %1</translation>
    </message>
</context>
<context>
    <name>Marginalia::CompareWindow</name>
    <message>
        <source>Compare: %1 ↔ %2</source>
        <translation>مقارنة: %1 ↔ %2</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>أ: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>ب: %1</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>الفروق</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;مقارنة</translation>
    </message>
    <message>
        <source>&amp;Link Sentences</source>
        <translation>&amp;ربط الجمل</translation>
    </message>
    <message>
        <source>&amp;Remove Link</source>
        <translation>&amp;إزالة الربط</translation>
    </message>
    <message>
        <source>&amp;Keep Partners Level</source>
        <translation>&amp;إبقاء الجمل المتقابلة متحاذية</translation>
    </message>
    <message>
        <source>Scroll so that linked sentences stay side by side (off: plain linked scrolling)</source>
        <translation>التمرير بحيث تبقى الجمل المرتبطة متجاورة (عند الإيقاف: تمرير متزامن بسيط)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <source>&amp;Tag Selection…</source>
        <translation>&amp;وسم التحديد…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>مقارنة</translation>
    </message>
    <message>
        <source>%1; the default lexicon is used</source>
        <translation>%1؛ يُستخدم المعجم الافتراضي</translation>
    </message>
    <message>
        <source>%1 linked sentences (%2 same wording, %3 moved); %4 only in A, %5 only in B</source>
        <translation>%1 جملة مرتبطة (%2 بالصياغة نفسها، %3 منقولة)؛ %4 في أ فقط، %5 في ب فقط</translation>
    </message>
    <message>
        <source>Only in this article (lede)</source>
        <translation>في هذه المقالة فقط (المقدّمة)</translation>
    </message>
    <message>
        <source>Only in this article</source>
        <translation>في هذه المقالة فقط</translation>
    </message>
    <message>
        <source>Put the cursor in a sentence on each side first.</source>
        <translation>ضع المؤشر أولًا في جملة على كل جانب.</translation>
    </message>
    <message>
        <source>Link sentences</source>
        <translation>ربط الجمل</translation>
    </message>
    <message>
        <source>Remove sentence link</source>
        <translation>إزالة ربط الجمل</translation>
    </message>
    <message>
        <source>The sentence at the cursor is not linked.</source>
        <translation>الجملة عند المؤشر غير مرتبطة.</translation>
    </message>
    <message>
        <source>Select some text in one of the articles first.</source>
        <translation>حدّد أولًا نصًا في إحدى المقالتين.</translation>
    </message>
    <message>
        <source>The highlight could not be added.</source>
        <translation>تعذّرت إضافة التظليل.</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;تصدير PDF…</translation>
    </message>
    <message>
        <source>Edit Loaded-Term &amp;Lexicon…</source>
        <translation>تحرير &amp;معجم المصطلحات المشحونة…</translation>
    </message>
</context>
<context>
    <name>Marginalia::ComparisonPdfExporter</name>
    <message>
        <source>Comparison</source>
        <translation>مقارنة</translation>
    </message>
    <message>
        <source>Comparison: %1 / %2</source>
        <translation>مقارنة: %1 / %2</translation>
    </message>
    <message>
        <source>Comparison of %1 (A) and %2 (B), corpus %3</source>
        <translation>مقارنة %1 (أ) و%2 (ب)، المدوّنة %3</translation>
    </message>
    <message>
        <source>A</source>
        <translation>أ</translation>
    </message>
    <message>
        <source>B</source>
        <translation>ب</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>No annotations in this article.</source>
        <translation>لا تعليقات توضيحية في هذه المقالة.</translation>
    </message>
    <message>
        <source>Tags: </source>
        <translation>الوسوم: </translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>الفروق</translation>
    </message>
    <message>
        <source>A: %1 (%2 sentences). B: %3 (%4 sentences).</source>
        <translation>أ: %1 (%2 من الجمل). ب: %3 (%4 من الجمل).</translation>
    </message>
    <message>
        <source>%1 aligned pairs: %2 identical, %3 reworded, %4 moved; %5 sentences only in A, %6 only in B.</source>
        <translation>%1 من الأزواج المتقابلة: %2 متطابقة، %3 معاد صياغتها، %4 منقولة؛ %5 من الجمل في أ فقط، %6 في ب فقط.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>لا شيء.</translation>
    </message>
    <message>
        <source>Only in A (%1)</source>
        <translation>في أ فقط (%1)</translation>
    </message>
    <message>
        <source>Only in B (%1)</source>
        <translation>في ب فقط (%1)</translation>
    </message>
    <message>
        <source>(lede) %1</source>
        <translation>(المقدمة) %1</translation>
    </message>
    <message>
        <source>Moved (%1)</source>
        <translation>منقولة (%1)</translation>
    </message>
    <message>
        <source>Reworded (%1)</source>
        <translation>معاد صياغتها (%1)</translation>
    </message>
    <message>
        <source>A: %1 | B: %2</source>
        <translation>أ: %1 | ب: %2</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Numbers that differ</source>
        <translation>أرقام مختلفة</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا يوجد)</translation>
    </message>
    <message>
        <source>Quotations on one side only</source>
        <translation>اقتباسات في جانب واحد فقط</translation>
    </message>
    <message>
        <source>A: “%1” %2</source>
        <translation>أ: «%1» %2</translation>
    </message>
    <message>
        <source>B: “%1” %2</source>
        <translation>ب: «%1» %2</translation>
    </message>
    <message>
        <source>Loaded terms (A / B)</source>
        <translation>مصطلحات مشحونة (أ / ب)</translation>
    </message>
    <message>
        <source>%1 (%2): %3 / %4</source>
        <translation>%1 (%2): %3 / %4</translation>
    </message>
    <message>
        <source>Annotations by tag (A / B)</source>
        <translation>التعليقات التوضيحية حسب الوسم (أ / ب)</translation>
    </message>
    <message>
        <source>%1: %2 / %3</source>
        <translation>%1: %2 / %3</translation>
    </message>
    <message>
        <source>Shared passages (%1)</source>
        <translation>مقاطع مشتركة (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n words: %1</source>
        <translation>
            <numerusform>لا كلمات: %1</numerusform>
            <numerusform>كلمة واحدة: %1</numerusform>
            <numerusform>كلمتان: %1</numerusform>
            <numerusform>%n كلمات: %1</numerusform>
            <numerusform>%n كلمة: %1</numerusform>
            <numerusform>%n كلمة: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not in the exported documents</source>
        <translation>%1: ليس ضمن المستندات المصدَّرة</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>أُلغي التصدير.</translation>
    </message>
    <message>
        <source>Could not start writing the PDF.</source>
        <translation>تعذّر بدء كتابة ملف PDF.</translation>
    </message>
</context>
<context>
    <name>Marginalia::ComparisonReport</name>
    <message>
        <source>A: %1 (%2 sentences)
</source>
        <translation>أ: %1 (%2 جملة)
</translation>
    </message>
    <message>
        <source>B: %1 (%2 sentences)
</source>
        <translation>ب: %1 (%2 جملة)
</translation>
    </message>
    <message>
        <source>%1 aligned pairs: %2 identical, %3 paraphrased, %4 moved; %5 only in A, %6 only in B
</source>
        <translation>%1 زوجًا متقابلًا: %2 متطابقة، %3 معاد صياغتها، %4 منقولة؛ %5 في أ فقط، %6 في ب فقط
</translation>
    </message>
    <message>
        <source>Aligned sentences:
</source>
        <translation>الجمل المتقابلة:
</translation>
    </message>
    <message>
        <source>, manual</source>
        <translation>، يدوي</translation>
    </message>
    <message>
        <source>Only in A:
</source>
        <translation>في أ فقط:
</translation>
    </message>
    <message>
        <source>(lede) </source>
        <translation>(المقدّمة) </translation>
    </message>
    <message>
        <source>Only in B:
</source>
        <translation>في ب فقط:
</translation>
    </message>
    <message>
        <source>Numbers that differ:
</source>
        <translation>أرقام مختلفة:
</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Quotes:
</source>
        <translation>الاقتباسات:
</translation>
    </message>
    <message>
        <source>both</source>
        <translation>كلاهما</translation>
    </message>
    <message>
        <source>only A</source>
        <translation>أ فقط</translation>
    </message>
    <message>
        <source>only B</source>
        <translation>ب فقط</translation>
    </message>
    <message>
        <source>Shared passages: %1
</source>
        <translation>مقاطع مشتركة: %1
</translation>
    </message>
    <message>
        <source>Loaded terms (A / B):
</source>
        <translation>المصطلحات المشحونة (أ / ب):
</translation>
    </message>
    <message>
        <source>Compared in %1 ms
</source>
        <translation>تمت المقارنة في %1 م.ث
</translation>
    </message>
</context>
<context>
    <name>Marginalia::ConnectorStrip</name>
    <message>
        <source>Sentence links</source>
        <translation>روابط الجمل</translation>
    </message>
</context>
<context>
    <name>Marginalia::Corpus</name>
    <message>
        <source>the corpus folder cannot be read</source>
        <translation>تتعذّر قراءة مجلد المدوّنة</translation>
    </message>
    <message>
        <source>the corpus folder does not exist</source>
        <translation>مجلد المدوّنة غير موجود</translation>
    </message>
    <message>
        <source>%1: the corpus folder is not writable</source>
        <translation>%1: لا يمكن الكتابة في مجلد المدوّنة</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) belong to this document, which is not in the corpus; they are kept</source>
        <translation>
            <numerusform>لا توجد تعليقات توضيحية (%n) لهذا المستند غير الموجود في المدوّنة</numerusform>
            <numerusform>تعليق توضيحي واحد (%n) يخص هذا المستند غير الموجود في المدوّنة؛ وقد احتُفظ به</numerusform>
            <numerusform>تعليقان توضيحيان (%n) يخصان هذا المستند غير الموجود في المدوّنة؛ وقد احتُفظ بهما</numerusform>
            <numerusform>%n تعليقات توضيحية تخص هذا المستند غير الموجود في المدوّنة؛ وقد احتُفظ بها</numerusform>
            <numerusform>%n تعليقًا توضيحيًا يخص هذا المستند غير الموجود في المدوّنة؛ وقد احتُفظ بها</numerusform>
            <numerusform>%n تعليق توضيحي يخص هذا المستند غير الموجود في المدوّنة؛ وقد احتُفظ بها</numerusform>
        </translation>
    </message>
    <message>
        <source>the annotation %1 (%2–%3) lies beyond the end of the text (%4 characters); it is kept but not shown</source>
        <translation>التعليق التوضيحي %1 (%2–%3) يقع بعد نهاية النص (%4 حرفًا)؛ احتُفظ به لكنه لا يُعرض</translation>
    </message>
    <message>
        <source>Delete tag “%1”</source>
        <translation>حذف الوسم «%1»</translation>
    </message>
    <message>
        <source>no corpus is open</source>
        <translation>لا توجد مدوّنة مفتوحة</translation>
    </message>
    <message>
        <source>%1 is open read-only: %2</source>
        <translation>%1 مفتوحة للقراءة فقط: %2</translation>
    </message>
    <message>
        <source>Merge tag “%1” into “%2”</source>
        <translation>دمج الوسم «%1» في «%2»</translation>
    </message>
    <message>
        <source>there are unsaved changes; saving merges them with the file instead</source>
        <translation>توجد تغييرات غير محفوظة؛ الحفظ يدمجها مع الملف بدلًا من ذلك</translation>
    </message>
    <message>
        <source>%1 is open in another Marginalia (%2); this one is read-only</source>
        <translation>%1 مفتوح في نسخة أخرى من Marginalia (%2)؛ هذه النسخة للقراءة فقط</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) of &quot;%1&quot;, which is no longer in the corpus, follow this file, which has the same text</source>
        <translation>
            <numerusform>لا توجد تعليقات (%n) من &quot;%1&quot; تتبع هذا الملف</numerusform>
            <numerusform>تعليق واحد (%n) من &quot;%1&quot;، الذي لم يعد في المدوّنة، يتبع هذا الملف ذا النص نفسه</numerusform>
            <numerusform>تعليقان (%n) من &quot;%1&quot;، الذي لم يعد في المدوّنة، يتبعان هذا الملف ذا النص نفسه</numerusform>
            <numerusform>%n تعليقات من &quot;%1&quot;، الذي لم يعد في المدوّنة، تتبع هذا الملف ذا النص نفسه</numerusform>
            <numerusform>%n تعليقًا من &quot;%1&quot;، الذي لم يعد في المدوّنة، تتبع هذا الملف ذا النص نفسه</numerusform>
            <numerusform>%n تعليق من &quot;%1&quot;، الذي لم يعد في المدوّنة، تتبع هذا الملف ذا النص نفسه</numerusform>
        </translation>
    </message>
    <message>
        <source>the text changed since it was annotated: %1 annotation(s) found unchanged, %2 moved, %3 found approximately, %4 not found (kept as orphans)</source>
        <translation>تغيّر النص منذ التعليق عليه: تعليقات وُجدت دون تغيير: %1، نُقلت: %2، وُجدت تقريبيًا: %3، لم توجد (احتُفظ بها يتيمة): %4</translation>
    </message>
    <message>
        <source>%1: not saved: it was changed on disk and can no longer be read (%2); your work is kept here</source>
        <translation>%1: لم يُحفظ: تغيّر الملف على القرص ولم يعد من الممكن قراءته (%2)؛ عملك محفوظ هنا</translation>
    </message>
    <message>
        <source>%1: not saved: it was changed on disk, and those changes conflict with yours (%2); your work is kept here</source>
        <translation>%1: لم يُحفظ: تغيّر الملف على القرص وتتعارض تلك التغييرات مع تغييراتك (%2)؛ عملك محفوظ هنا</translation>
    </message>
    <message>
        <source>Delete highlight</source>
        <translation>حذف التظليل</translation>
    </message>
    <message>
        <source>Accept re-anchored highlight</source>
        <translation>قبول التظليل المُعاد ربطه</translation>
    </message>
    <message>
        <source>Re-attach highlight</source>
        <translation>إعادة ربط التظليل</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unsaved change(s) from %2 can be recovered: open the corpus in Marginalia (unless it is open there now)</source>
        <translation>
            <numerusform>%1: لا تغييرات غير محفوظة (%n) من %2 يمكن استعادتها</numerusform>
            <numerusform>%1: يمكن استعادة تغيير واحد غير محفوظ (%n) من %2: افتح المدوّنة في Marginalia (ما لم تكن مفتوحة فيه الآن)</numerusform>
            <numerusform>%1: يمكن استعادة تغييرين غير محفوظين (%n) من %2: افتح المدوّنة في Marginalia (ما لم تكن مفتوحة فيه الآن)</numerusform>
            <numerusform>%1: يمكن استعادة %n تغييرات غير محفوظة من %2: افتح المدوّنة في Marginalia (ما لم تكن مفتوحة فيه الآن)</numerusform>
            <numerusform>%1: يمكن استعادة %n تغييرًا غير محفوظ من %2: افتح المدوّنة في Marginalia (ما لم تكن مفتوحة فيه الآن)</numerusform>
            <numerusform>%1: يمكن استعادة %n تغيير غير محفوظ من %2: افتح المدوّنة في Marginalia (ما لم تكن مفتوحة فيه الآن)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unsaved change(s) from %2 were made on another version of %3; they are not replayed</source>
        <translation>
            <numerusform>%1: لا تغييرات غير محفوظة (%n) من %2 أُجريت على نسخة أخرى من %3؛ لن يُعاد تطبيقها</numerusform>
            <numerusform>%1: تغيير واحد غير محفوظ (%n) من %2 أُجري على نسخة أخرى من %3؛ لن يُعاد تطبيقه</numerusform>
            <numerusform>%1: تغييران غير محفوظين (%n) من %2 أُجريا على نسخة أخرى من %3؛ لن يُعاد تطبيقهما</numerusform>
            <numerusform>%1: %n تغييرات غير محفوظة من %2 أُجريت على نسخة أخرى من %3؛ لن يُعاد تطبيقها</numerusform>
            <numerusform>%1: %n تغييرًا غير محفوظ من %2 أُجري على نسخة أخرى من %3؛ لن يُعاد تطبيقها</numerusform>
            <numerusform>%1: %n تغيير غير محفوظ من %2 أُجري على نسخة أخرى من %3؛ لن يُعاد تطبيقها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unsaved change(s) from %2 were made on another version of %3; they are not replayed, and the journal was moved to %4</source>
        <translation>
            <numerusform>%1: لا تغييرات غير محفوظة (%n) من %2 أُجريت على نسخة أخرى من %3؛ لن يُعاد تطبيقها، ونُقل السجل إلى %4</numerusform>
            <numerusform>%1: تغيير واحد غير محفوظ (%n) من %2 أُجري على نسخة أخرى من %3؛ لن يُعاد تطبيقه، ونُقل السجل إلى %4</numerusform>
            <numerusform>%1: تغييران غير محفوظين (%n) من %2 أُجريا على نسخة أخرى من %3؛ لن يُعاد تطبيقهما، ونُقل السجل إلى %4</numerusform>
            <numerusform>%1: %n تغييرات غير محفوظة من %2 أُجريت على نسخة أخرى من %3؛ لن يُعاد تطبيقها، ونُقل السجل إلى %4</numerusform>
            <numerusform>%1: %n تغييرًا غير محفوظ من %2 أُجري على نسخة أخرى من %3؛ لن يُعاد تطبيقها، ونُقل السجل إلى %4</numerusform>
            <numerusform>%1: %n تغيير غير محفوظ من %2 أُجري على نسخة أخرى من %3؛ لن يُعاد تطبيقها، ونُقل السجل إلى %4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; it is not replayed</source>
        <translation>%1؛ لن يُعاد تطبيقه</translation>
    </message>
    <message>
        <source>%1; it is not replayed, and the journal was moved to %2</source>
        <translation>%1؛ لن يُعاد تطبيقه، ونُقل السجل إلى %2</translation>
    </message>
    <message>
        <source>%1: the journal of unsaved changes cannot be moved aside to %2</source>
        <translation>%1: تعذّر نقل سجل التغييرات غير المحفوظة جانبًا إلى %2</translation>
    </message>
    <message>
        <source>%1: there are no unsaved changes to recover</source>
        <translation>%1: لا توجد تغييرات غير محفوظة لاستعادتها</translation>
    </message>
    <message>
        <source>%1: the unsaved changes can only be recovered before anything else is changed</source>
        <translation>%1: لا يمكن استعادة التغييرات غير المحفوظة إلا قبل تغيير أي شيء آخر</translation>
    </message>
    <message>
        <source>%1: the journal of unsaved changes changed since the corpus was opened; it is not replayed</source>
        <translation>%1: تغيّر سجل التغييرات غير المحفوظة منذ فتح المدوّنة؛ لن يُعاد تطبيقه</translation>
    </message>
    <message>
        <source>%1: the unsaved changes cannot be recovered: %2</source>
        <translation>%1: تعذّرت استعادة التغييرات غير المحفوظة: %2</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>استعادة التغييرات غير المحفوظة</translation>
    </message>
    <message>
        <source>%1: there are no unsaved changes to discard</source>
        <translation>%1: لا توجد تغييرات غير محفوظة لتجاهلها</translation>
    </message>
    <message>
        <source>%1: the journal of unsaved changes cannot be moved aside</source>
        <translation>%1: تعذّر نقل سجل التغييرات غير المحفوظة جانبًا</translation>
    </message>
    <message>
        <source>the memo of &quot;%1&quot;, which is no longer in the corpus, follows this file, which has the same text</source>
        <translation>مذكرة «%1»، الذي لم يعد في المدونة، تنتقل إلى هذا الملف ذي النص نفسه</translation>
    </message>
    <message>
        <source>the corpus is read-only: %1</source>
        <translation>المدونة للقراءة فقط: %1</translation>
    </message>
    <message>
        <source>the corpus is still loading</source>
        <translation>ما زالت المدوّنة قيد التحميل</translation>
    </message>
    <message>
        <source>the metadata corrections and clutter marks of &quot;%1&quot;, which is no longer in the corpus, follow this file, which has the same text</source>
        <translation>تنتقل تصحيحات البيانات الوصفية وعلامات الحشو الخاصة بـ«%1»، الذي لم يعد في المدونة، إلى هذا الملف الذي له النص نفسه</translation>
    </message>
    <message numerus="yes">
        <source>%n clutter mark(s) no longer match a line of the text; they are kept but not shown</source>
        <translation>
            <numerusform>لا توجد علامات حشو</numerusform>
            <numerusform>علامة حشو واحدة لم تعد تطابق سطرًا من النص؛ تُحفظ ولا تُعرض</numerusform>
            <numerusform>علامتا حشو لم تعودا تطابقان سطرًا من النص؛ تُحفظان ولا تُعرضان</numerusform>
            <numerusform>%n علامات حشو لم تعد تطابق سطرًا من النص؛ تُحفظ ولا تُعرض</numerusform>
            <numerusform>%n علامة حشو لم تعد تطابق سطرًا من النص؛ تُحفظ ولا تُعرض</numerusform>
            <numerusform>%n علامة حشو لم تعد تطابق سطرًا من النص؛ تُحفظ ولا تُعرض</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit metadata of “%1”</source>
        <translation>تعديل البيانات الوصفية لـ«%1»</translation>
    </message>
    <message>
        <source>Restore imported metadata of “%1”</source>
        <translation>استعادة البيانات الوصفية المستوردة لـ«%1»</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n line(s) as clutter</source>
        <translation>
            <numerusform>عدم تعليم أي سطر كحشو</numerusform>
            <numerusform>تعليم سطر واحد كحشو</numerusform>
            <numerusform>تعليم سطرين كحشو</numerusform>
            <numerusform>تعليم %n أسطر كحشو</numerusform>
            <numerusform>تعليم %n سطرًا كحشو</numerusform>
            <numerusform>تعليم %n سطر كحشو</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmark %n line(s) as clutter</source>
        <translation>
            <numerusform>عدم إزالة علامة الحشو عن أي سطر</numerusform>
            <numerusform>إزالة علامة الحشو عن سطر واحد</numerusform>
            <numerusform>إزالة علامة الحشو عن سطرين</numerusform>
            <numerusform>إزالة علامة الحشو عن %n أسطر</numerusform>
            <numerusform>إزالة علامة الحشو عن %n سطرًا</numerusform>
            <numerusform>إزالة علامة الحشو عن %n سطر</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not saved yet: the corpus is still loading</source>
        <translation>%1: لم يُحفظ بعد: ما زالت المدوّنة قيد التحميل</translation>
    </message>
</context>
<context>
    <name>Marginalia::CorpusLock</name>
    <message>
        <source>process %1 (%2) on host %3</source>
        <translation>العملية %1 (%2) على المضيف %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>برنامج آخر</translation>
    </message>
    <message>
        <source>the lock file cannot be created (no permission)</source>
        <translation>تعذّر إنشاء ملف القفل (لا توجد صلاحية)</translation>
    </message>
    <message>
        <source>the lock file cannot be created</source>
        <translation>تعذّر إنشاء ملف القفل</translation>
    </message>
</context>
<context>
    <name>Marginalia::CorpusModel</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>الوسيلة الإعلامية</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>المقاطع</translation>
    </message>
</context>
<context>
    <name>Marginalia::CorpusScanner</name>
    <message>
        <source>%1; skipped</source>
        <translation>%1؛ تم تخطيه</translation>
    </message>
</context>
<context>
    <name>Marginalia::CorpusSearch</name>
    <message>
        <source>the search pattern is empty</source>
        <translation>نمط البحث فارغ</translation>
    </message>
    <message>
        <source>invalid regular expression at position %1: %2</source>
        <translation>تعبير نمطي غير صالح عند الموضع %1: %2</translation>
    </message>
</context>
<context>
    <name>Marginalia::DifferencesPanel</name>
    <message>
        <source>Differences</source>
        <translation>الفروق</translation>
    </message>
    <message>
        <source>A</source>
        <translation>أ</translation>
    </message>
    <message>
        <source>B</source>
        <translation>ب</translation>
    </message>
    <message>
        <source>Numbers that differ</source>
        <translation>أرقام مختلفة</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(غير مذكور)</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>الاقتباسات</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>“%1” (%2 %3)</source>
        <translation>«%1» (%2 %3)</translation>
    </message>
    <message>
        <source>(only in B)</source>
        <translation>(في ب فقط)</translation>
    </message>
    <message>
        <source>(only in A)</source>
        <translation>(في أ فقط)</translation>
    </message>
    <message>
        <source>Loaded terms</source>
        <translation>المصطلحات المشحونة</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Only in A</source>
        <translation>في أ فقط</translation>
    </message>
    <message>
        <source>(lede) %1</source>
        <translation>(المقدّمة) %1</translation>
    </message>
    <message>
        <source>Only in B</source>
        <translation>في ب فقط</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>“%1” (%2 [%3] %4)</source>
        <extracomment>%1 quoted words, %2 pronoun as written (&quot;she&quot;), %3 the person it refers to, %4 verb (&quot;said&quot;)</extracomment>
        <translation>«%1» (%2 [%3] %4)</translation>
    </message>
</context>
<context>
    <name>Marginalia::DocumentFilterBar</name>
    <message>
        <source>Filter: title, outlet or text</source>
        <translation>تصفية: العنوان أو الوسيلة أو النص</translation>
    </message>
    <message>
        <source>Filter the documents by text</source>
        <translation>تصفية المستندات حسب النص</translation>
    </message>
    <message>
        <source>Filter the documents by outlet</source>
        <translation>تصفية المستندات حسب الوسيلة الإعلامية</translation>
    </message>
    <message>
        <source>Filter the documents by tag</source>
        <translation>تصفية المستندات حسب الوسم</translation>
    </message>
    <message>
        <source>All outlets</source>
        <translation>كل الوسائل</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>كل الوسوم</translation>
    </message>
</context>
<context>
    <name>Marginalia::DocxImporter</name>
    <message>
        <source>is not a valid DOCX file (not a zip archive)</source>
        <translation>ليس ملف DOCX صالحًا (ليس أرشيف zip)</translation>
    </message>
    <message>
        <source>is not a readable DOCX file: %1</source>
        <translation>ليس ملف DOCX قابلًا للقراءة: %1</translation>
    </message>
    <message>
        <source>its metadata could not be read: %1</source>
        <translation>تعذّرت قراءة بياناته الوصفية: %1</translation>
    </message>
</context>
<context>
    <name>Marginalia::EditSpanCommand</name>
    <message>
        <source>Edit note</source>
        <translation>تحرير الملاحظة</translation>
    </message>
    <message>
        <source>Change tag</source>
        <translation>تغيير الوسم</translation>
    </message>
    <message>
        <source>Edit highlight</source>
        <translation>تحرير التظليل</translation>
    </message>
</context>
<context>
    <name>Marginalia::EditTagCommand</name>
    <message>
        <source>Edit tag “%1”</source>
        <translation>تحرير الوسم «%1»</translation>
    </message>
</context>
<context>
    <name>Marginalia::EpubImporter</name>
    <message>
        <source>is not a valid EPUB file (not a zip archive)</source>
        <translation>ليس ملف EPUB صالحًا (ليس أرشيف zip)</translation>
    </message>
    <message>
        <source>is not a readable EPUB file: %1</source>
        <translation>ليس ملف EPUB قابلًا للقراءة: %1</translation>
    </message>
    <message>
        <source>the container names no package document</source>
        <translation>لا يسمّي الحاوي أي مستند حزمة</translation>
    </message>
    <message>
        <source>the chapter &quot;%1&quot; is not in the archive; skipped</source>
        <translation>الفصل &quot;%1&quot; غير موجود في الأرشيف؛ تم تخطيه</translation>
    </message>
    <message>
        <source>the chapter &quot;%1&quot; cannot be decoded: %2; skipped</source>
        <translation>تعذّر فك ترميز الفصل &quot;%1&quot;: %2؛ تم تخطيه</translation>
    </message>
</context>
<context>
    <name>Marginalia::ExportCommand</name>
    <message>
        <source>Export annotated articles of a corpus: an annotated PDF (with real PDF highlight annotations),
coded segments as CSV, a standalone HTML report, or W3C Web Annotation JSON-LD.
The output file is written whole or not at all.</source>
        <translation>تصدير المقالات المشروحة في مدوّنة: ملف PDF مشروح (مع تعليقات تظليل PDF حقيقية)،
أو المقاطع المرمَّزة بصيغة CSV، أو تقرير HTML مستقل، أو JSON-LD وفق W3C Web Annotation.
يُكتب ملف الإخراج كاملًا أو لا يُكتب إطلاقًا.</translation>
    </message>
    <message>
        <source>Export this document (path as `list` prints it); repeatable.</source>
        <translation>تصدير هذا المستند (المسار كما يطبعه `list`)؛ يمكن تكراره.</translation>
    </message>
    <message>
        <source>Only documents of this outlet.</source>
        <translation>مستندات هذه الوسيلة الإعلامية فقط.</translation>
    </message>
    <message>
        <source>Only documents with a span of this tag or its sub-tags.</source>
        <translation>المستندات التي فيها مقطع بهذا الوسم أو بوسومه الفرعية فقط.</translation>
    </message>
    <message>
        <source>Write an annotated PDF.</source>
        <translation>كتابة ملف PDF مشروح.</translation>
    </message>
    <message>
        <source>Write the coded segments as CSV.</source>
        <translation>كتابة المقاطع المرمَّزة بصيغة CSV.</translation>
    </message>
    <message>
        <source>Write a standalone HTML report.</source>
        <translation>كتابة تقرير HTML مستقل.</translation>
    </message>
    <message>
        <source>Write W3C Web Annotation JSON-LD.</source>
        <translation>كتابة JSON-LD وفق W3C Web Annotation.</translation>
    </message>
    <message>
        <source>PDF: print the highlights only, without PDF annotations.</source>
        <translation>PDF: طباعة التظليل فقط، دون تعليقات PDF.</translation>
    </message>
    <message>
        <source>PDF: page furniture lines are kept, grey (default) or omit.</source>
        <translation>PDF: أسطر عناصر الصفحة: keep (إبقاء) أو grey (رمادي، الافتراضي) أو omit (حذف).</translation>
    </message>
    <message>
        <source>CSV: start with a UTF-8 byte order mark.</source>
        <translation>CSV: البدء بعلامة ترتيب البايتات UTF-8.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>الأمر.</translation>
    </message>
    <message>
        <source>The corpus folder.</source>
        <translation>مجلد المدوّنة.</translation>
    </message>
    <message>
        <source>marginalia export: %1</source>
        <translation>marginalia export: %1</translation>
    </message>
    <message>
        <source>marginalia export: missing CORPUS_DIR (see marginalia export --help)</source>
        <translation>marginalia export: CORPUS_DIR مفقود (انظر marginalia export --help)</translation>
    </message>
    <message>
        <source>marginalia export: unexpected argument &quot;%1&quot;</source>
        <translation>marginalia export: وسيط غير متوقع &quot;%1&quot;</translation>
    </message>
    <message>
        <source>marginalia export: give exactly one of --pdf, --csv, --html or --w3c with an output file</source>
        <translation>marginalia export: حدِّد خيارًا واحدًا فقط من --pdf أو --csv أو --html أو --w3c مع ملف إخراج</translation>
    </message>
    <message>
        <source>marginalia export: --boilerplate must be keep, grey or omit, not &quot;%1&quot;</source>
        <translation>marginalia export: يجب أن تكون قيمة --boilerplate إما keep أو grey أو omit، لا &quot;%1&quot;</translation>
    </message>
    <message>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>marginalia export: nothing written: the corpus or its annotations cannot be read</source>
        <translation>marginalia export: لم يُكتب شيء: تتعذّر قراءة المدوّنة أو شروحها</translation>
    </message>
    <message>
        <source>marginalia export: nothing written: %1</source>
        <translation>marginalia export: لم يُكتب شيء: %1</translation>
    </message>
    <message>
        <source>wrote %1 (%2 documents, %3 annotations, %4 pages)</source>
        <translation>كُتب %1 (المستندات: %2، الشروح: %3، الصفحات: %4)</translation>
    </message>
    <message>
        <source>wrote %1 (%2 documents, %3 annotations)</source>
        <translation>كُتب %1 (المستندات: %2، الشروح: %3)</translation>
    </message>
    <message>
        <source>Exporting: step %1 of %2 (%3%)</source>
        <translation>التصدير: الخطوة %1 من %2 (%3%)</translation>
    </message>
</context>
<context>
    <name>Marginalia::ExportDialog</name>
    <message>
        <source>Annotated PDF</source>
        <translation>ملف PDF مشروح</translation>
    </message>
    <message>
        <source>Coded segments (CSV)</source>
        <translation>المقاطع المرمَّزة (CSV)</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>تقرير HTML</translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation ‏(JSON-LD)</translation>
    </message>
    <message>
        <source>Add PDF annotations (notes show in any PDF reader&apos;s comment panel)</source>
        <translation>إضافة تعليقات PDF (تظهر الملاحظات في لوحة التعليقات في أي قارئ PDF)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;معاينة</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>The current article</source>
        <translation>المقالة الحالية</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>كل المقالات</translation>
    </message>
    <message>
        <source>The articles of an outlet</source>
        <translation>مقالات وسيلة إعلامية</translation>
    </message>
    <message>
        <source>The articles coded with a tag</source>
        <translation>المقالات المرمَّزة بوسم</translation>
    </message>
    <message>
        <source>Greyed</source>
        <translation>بالرمادي</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>محذوفة</translation>
    </message>
    <message>
        <source>Printed as is</source>
        <translation>مطبوعة كما هي</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>ال&amp;صيغة:</translation>
    </message>
    <message>
        <source>&amp;Articles:</source>
        <translation>الم&amp;قالات:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>الو&amp;سيلة:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>الو&amp;سم:</translation>
    </message>
    <message>
        <source>Page &amp;furniture:</source>
        <translation>&amp;عناصر الصفحة:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>التصدير إلى</translation>
    </message>
    <message>
        <source>Nothing to export: %1</source>
        <translation>لا شيء للتصدير: %1</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>جارٍ إعداد المعاينة…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>أُلغيت المعاينة.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Export failed, nothing was written: %1</source>
        <translation>فشل التصدير، ولم يُكتب شيء: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n pages).</source>
        <translation>
            <numerusform>كُتب %1 (%n صفحة).</numerusform>
            <numerusform>كُتب %1 (صفحة واحدة).</numerusform>
            <numerusform>كُتب %1 (صفحتان).</numerusform>
            <numerusform>كُتب %1 (%n صفحات).</numerusform>
            <numerusform>كُتب %1 (%n صفحة).</numerusform>
            <numerusform>كُتب %1 (%n صفحة).</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>كُتب %1.</translation>
    </message>
    <message>
        <source>Preview: the first %1 of %2 pages, with their annotations.</source>
        <translation>معاينة: أول %1 من %2 صفحة، مع تعليقاتها.</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n pages, with their annotations.</source>
        <translation>
            <numerusform>معاينة: %n صفحة، مع تعليقاتها.</numerusform>
            <numerusform>معاينة: صفحة واحدة، مع تعليقاتها.</numerusform>
            <numerusform>معاينة: صفحتان، مع تعليقاتهما.</numerusform>
            <numerusform>معاينة: %n صفحات، مع تعليقاتها.</numerusform>
            <numerusform>معاينة: %n صفحة، مع تعليقاتها.</numerusform>
            <numerusform>معاينة: %n صفحة، مع تعليقاتها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::ExportJob</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>أُلغي التصدير.</translation>
    </message>
</context>
<context>
    <name>Marginalia::ExportSnapshot</name>
    <message>
        <source>no tag named &quot;%1&quot; in the codebook</source>
        <translation>لا يوجد وسم باسم &quot;%1&quot; في دليل الترميز</translation>
    </message>
    <message>
        <source>%1: no such document in the corpus</source>
        <translation>%1: لا يوجد مستند كهذا في المدوّنة</translation>
    </message>
    <message>
        <source>no document of outlet &quot;%1&quot; in the corpus</source>
        <translation>لا يوجد في المدوّنة مستند من الوسيلة &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no document matches the selection</source>
        <translation>لا يطابق أي مستند الاختيار</translation>
    </message>
</context>
<context>
    <name>Marginalia::ExportWriter</name>
    <message>
        <source>no output file given</source>
        <translation>لم يُحدَّد ملف للإخراج</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1: مجلد وليس ملفًا</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: المجلد %2 غير موجود</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: تتعذّر الكتابة: %2</translation>
    </message>
    <message>
        <source>%1: writing failed (is the disk full?): %2</source>
        <translation>%1: فشلت الكتابة (هل القرص ممتلئ؟): %2</translation>
    </message>
</context>
<context>
    <name>Marginalia::FindBar</name>
    <message>
        <source>Find in this article (Enter: next, Shift+Enter: previous, Esc: close)</source>
        <translation>البحث في هذه المقالة (Enter: التالي، Shift+Enter: السابق، Esc: إغلاق)</translation>
    </message>
    <message>
        <source>Find in this article</source>
        <translation>البحث في هذه المقالة</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>لا تطابقات (%n)</numerusform>
            <numerusform>تطابق واحد (%n)</numerusform>
            <numerusform>تطابقان (%n)</numerusform>
            <numerusform>%n تطابقات</numerusform>
            <numerusform>%n تطابقًا</numerusform>
            <numerusform>%n تطابق</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::HtmlExporter</name>
    <message>
        <source>Corpus report: %1</source>
        <translation>تقرير المدوّنة: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>المذكرة</translation>
    </message>
</context>
<context>
    <name>Marginalia::ImporterRegistry</name>
    <message>
        <source>the file is %1 MB, larger than the %2 MB an article may have</source>
        <translation>حجم الملف %1 ميغابايت، أكبر من %2 ميغابايت المسموح بها للمقال</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>تتعذّر قراءته: %1</translation>
    </message>
    <message>
        <source>reading failed: %1</source>
        <translation>فشلت القراءة: %1</translation>
    </message>
    <message>
        <source>the file is larger than the %1 MB an article may have</source>
        <translation>الملف أكبر من %1 ميغابايت المسموح بها للمقال</translation>
    </message>
    <message>
        <source>is not in a format Marginalia reads</source>
        <translation>ليس بتنسيق يقرؤه Marginalia</translation>
    </message>
</context>
<context>
    <name>Marginalia::Journal</name>
    <message>
        <source>%1: the journal of unsaved changes is larger than %2 MB; it is not read</source>
        <translation>%1: سجل التغييرات غير المحفوظة أكبر من %2 ميغابايت؛ لن يُقرأ</translation>
    </message>
    <message>
        <source>%1: the journal of unsaved changes cannot be read: %2</source>
        <translation>%1: تعذّرت قراءة سجل التغييرات غير المحفوظة: %2</translation>
    </message>
    <message>
        <source>%1: not a journal of unsaved changes that this version can read</source>
        <translation>%1: ليس سجل تغييرات غير محفوظة يمكن لهذا الإصدار قراءته</translation>
    </message>
    <message>
        <source>%1: the header of the journal of unsaved changes is damaged</source>
        <translation>%1: ترويسة سجل التغييرات غير المحفوظة تالفة</translation>
    </message>
    <message>
        <source>%1: change %2 (at byte %3) is not used, nor anything after it: %4</source>
        <translation>%1: لن يُستخدم التغيير %2 (عند البايت %3) ولا أي شيء بعده: %4</translation>
    </message>
    <message>
        <source>%1: the journal of unsaved changes cannot be written: the folder cannot be created</source>
        <translation>%1: تعذّرت كتابة سجل التغييرات غير المحفوظة: تعذّر إنشاء المجلد</translation>
    </message>
    <message>
        <source>%1: the journal of unsaved changes cannot be written: %2</source>
        <translation>%1: تعذّرت كتابة سجل التغييرات غير المحفوظة: %2</translation>
    </message>
    <message>
        <source>%1: the journal of unsaved changes is not open</source>
        <translation>%1: سجل التغييرات غير المحفوظة غير مفتوح</translation>
    </message>
    <message>
        <source>%1: the journal of unsaved changes cannot be deleted</source>
        <translation>%1: تعذّر حذف سجل التغييرات غير المحفوظة</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ليس ملفًا عاديًا</translation>
    </message>
</context>
<context>
    <name>Marginalia::Lexicon</name>
    <message>
        <source>%1: line %2: expected TERM or TERM&lt;TAB&gt;CATEGORY</source>
        <translation>%1: السطر %2: المتوقع TERM أو TERM&lt;TAB&gt;CATEGORY</translation>
    </message>
    <message>
        <source>%1: cannot read the lexicon: %2</source>
        <translation>%1: تعذّرت قراءة المعجم: %2</translation>
    </message>
    <message>
        <source>row %1: a term or category cannot contain a tab or a line break</source>
        <translation>الصف %1: لا يجوز أن يحتوي المصطلح أو الفئة على مسافة جدولة أو فاصل أسطر</translation>
    </message>
    <message>
        <source>row %1: a term cannot start with # (the file format reads it as a comment)</source>
        <translation>الصف %1: لا يجوز أن يبدأ المصطلح بالعلامة # (يقرؤه تنسيق الملف تعليقًا)</translation>
    </message>
    <message>
        <source>row %1: &quot;%2&quot; has no word to look for</source>
        <translation>الصف %1: «%2» لا يحوي كلمة يُبحث عنها</translation>
    </message>
    <message>
        <source>row %1: &quot;%2&quot; is already in row %3</source>
        <translation>الصف %1: «%2» موجود بالفعل في الصف %3</translation>
    </message>
    <message>
        <source>%1: not saved: %2</source>
        <translation>%1: لم يُحفظ: %2</translation>
    </message>
    <message>
        <source>the terms did not read back (%1)</source>
        <translation>تعذّرت إعادة قراءة المصطلحات (%1)</translation>
    </message>
    <message>
        <source>the file on disk cannot be read as a lexicon, so it is left as it is (%1)</source>
        <translation>لا يمكن قراءة الملف الموجود على القرص معجمًا، لذا يُترك كما هو (%1)</translation>
    </message>
</context>
<context>
    <name>Marginalia::LexiconDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;إزالة</translation>
    </message>
    <message>
        <source>Loaded-Term Lexicon</source>
        <translation>معجم المصطلحات المشحونة</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>المصطلح</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Loaded terms</source>
        <translation>المصطلحات المشحونة</translation>
    </message>
    <message>
        <source>One term per row. Case is ignored; a term of several words matches them in a row; a final * matches any ending (slam* finds slams and slammed). The category is free text (drama, conflict, …).</source>
        <translation>مصطلح واحد في كل صف. لا فرق بين الأحرف الكبيرة والصغيرة؛ المصطلح المكوَّن من عدة كلمات يطابقها متتالية؛ وعلامة * في آخره تطابق أي نهاية (slam* تجد slams وslammed). الفئة نص حر (دراما، نزاع، …).</translation>
    </message>
    <message>
        <source>&amp;Add Term</source>
        <translation>&amp;إضافة مصطلح</translation>
    </message>
    <message>
        <source>Restore &amp;Default</source>
        <translation>استعادة الإعداد ال&amp;افتراضي</translation>
    </message>
    <message>
        <source>Replace the rows with the built-in list (nothing is written until you save)</source>
        <translation>استبدال الصفوف بالقائمة المدمجة (لا يُكتب شيء حتى تحفظ)</translation>
    </message>
    <message>
        <source>This corpus has no lexicon of its own yet: the list below is the built-in default. Saving writes it to %1, which the comparison then uses.</source>
        <translation>ليس لهذه المدوّنة معجم خاص بها بعد: القائمة أدناه هي القائمة الافتراضية المدمجة. الحفظ يكتبها في %1، وتستخدمها المقارنة بعد ذلك.</translation>
    </message>
    <message>
        <source>The lexicon of this corpus, %1.</source>
        <translation>معجم هذه المدوّنة، %1.</translation>
    </message>
    <message>
        <source>The built-in default is shown, because this corpus&apos;s lexicon cannot be read.</source>
        <translation>تُعرض القائمة الافتراضية المدمجة لأن معجم هذه المدوّنة تتعذّر قراءته.</translation>
    </message>
    <message>
        <source>%1
Fix or remove the file to edit the lexicon here; saving is off so that it is not replaced.</source>
        <translation>%1
أصلح الملف أو احذفه لتحرير المعجم هنا؛ الحفظ معطَّل كي لا يُستبدل.</translation>
    </message>
</context>
<context>
    <name>Marginalia::MainWindow</name>
    <message>
        <source>Save &amp;Note</source>
        <translation>حفظ الم&amp;لاحظة</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Marginalia</source>
        <translation>Marginalia</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>تنبيه القراءة فقط</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>حالة الحفظ</translation>
    </message>
    <message>
        <source>Corpus summary</source>
        <translation>ملخص المدوّنة</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>دليل الترميز</translation>
    </message>
    <message>
        <source>&amp;Apply to Selection</source>
        <translation>&amp;تطبيق على التحديد</translation>
    </message>
    <message>
        <source>New &amp;Tag…</source>
        <translation>وسم &amp;جديد…</translation>
    </message>
    <message>
        <source>Highlights of this document</source>
        <translation>تظليلات هذا المستند</translation>
    </message>
    <message>
        <source>Note of the selected highlight</source>
        <translation>ملاحظة التظليل المحدد</translation>
    </message>
    <message>
        <source>Note on the selected highlight</source>
        <translation>ملاحظة على التظليل المحدد</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Return)</source>
        <translation>حفظ الملاحظة (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>التظليلات</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Open Corpus…</source>
        <translation>&amp;فتح مدوّنة…</translation>
    </message>
    <message>
        <source>Open Corpus Folder</source>
        <translation>فتح مجلد المدوّنة</translation>
    </message>
    <message>
        <source>&amp;Save Annotations</source>
        <translation>&amp;حفظ التعليقات التوضيحية</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <source>&amp;Tag Selection…</source>
        <translation>&amp;وسم التحديد…</translation>
    </message>
    <message>
        <source>&amp;New Tag…</source>
        <translation>وسم &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Delete Highlight</source>
        <translation>&amp;حذف التظليل</translation>
    </message>
    <message>
        <source>Edit N&amp;ote</source>
        <translation>تحرير الم&amp;لاحظة</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Go to &amp;Documents</source>
        <translation>الانتقال إلى الم&amp;ستندات</translation>
    </message>
    <message>
        <source>Go to &amp;Text</source>
        <translation>الانتقال إلى ال&amp;نص</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;إعدادات</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;تفضيلات…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;About Marginalia</source>
        <translation>&amp;حول Marginalia</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>About Marginalia</source>
        <translation>حول Marginalia</translation>
    </message>
    <message>
        <source>Cannot Open Corpus</source>
        <translation>تعذّر فتح المدوّنة</translation>
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
            <numerusform>لا مشكلات (%n) عند فتح المدوّنة</numerusform>
            <numerusform>مشكلة واحدة (%n) عند فتح المدوّنة</numerusform>
            <numerusform>مشكلتان (%n) عند فتح المدوّنة</numerusform>
            <numerusform>%n مشكلات عند فتح المدوّنة</numerusform>
            <numerusform>%n مشكلة عند فتح المدوّنة</numerusform>
            <numerusform>%n مشكلة عند فتح المدوّنة</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems in the Corpus</source>
        <translation>مشكلات في المدوّنة</translation>
    </message>
    <message>
        <source>Some files could not be used as they are. Everything else is open.</source>
        <translation>تعذّر استخدام بعض الملفات كما هي. كل ما عداها مفتوح.</translation>
    </message>
    <message>
        <source>Select some text in the article first.</source>
        <translation>حدّد بعض النص في المقالة أولًا.</translation>
    </message>
    <message>
        <source>The corpus is read-only.</source>
        <translation>المدوّنة للقراءة فقط.</translation>
    </message>
    <message>
        <source>Could not add the highlight.</source>
        <translation>تعذّرت إضافة التظليل.</translation>
    </message>
    <message>
        <source>Tagged as “%1”</source>
        <translation>وُسم بـ«%1»</translation>
    </message>
    <message>
        <source>No tag has the shortcut %1.</source>
        <translation>لا يوجد وسم له الاختصار %1.</translation>
    </message>
    <message>
        <source>No highlight selected.</source>
        <translation>لم يُحدَّد أي تظليل.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>حُفظت الملاحظة.</translation>
    </message>
    <message>
        <source>Annotations Not Saved</source>
        <translation>لم تُحفظ التعليقات التوضيحية</translation>
    </message>
    <message>
        <source>Your work is still open here. Fix the problem and save again (Ctrl+S).</source>
        <translation>لا يزال عملك مفتوحًا هنا. أصلح المشكلة ثم احفظ مجددًا (Ctrl+S).</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>لا مستندات (%n)</numerusform>
            <numerusform>مستند واحد (%n)</numerusform>
            <numerusform>مستندان (%n)</numerusform>
            <numerusform>%n مستندات</numerusform>
            <numerusform>%n مستندًا</numerusform>
            <numerusform>%n مستند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>لا تعليقات (%n)</numerusform>
            <numerusform>تعليق واحد (%n)</numerusform>
            <numerusform>تعليقان (%n)</numerusform>
            <numerusform>%n تعليقات</numerusform>
            <numerusform>%n تعليقًا</numerusform>
            <numerusform>%n تعليق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>لا وسوم (%n)</numerusform>
            <numerusform>وسم واحد (%n)</numerusform>
            <numerusform>وسمان (%n)</numerusform>
            <numerusform>%n وسوم</numerusform>
            <numerusform>%n وسمًا</numerusform>
            <numerusform>%n وسم</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>للقراءة فقط</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>محفوظ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; %1. Your annotations are shown but nothing will be written.</source>
        <translation>&lt;b&gt;للقراءة فقط:&lt;/b&gt; %1. تُعرض تعليقاتك التوضيحية لكن لن يُكتب شيء.</translation>
    </message>
    <message>
        <source>Your latest annotations could not be saved. Quit anyway and lose them?</source>
        <translation>تعذّر حفظ آخر تعليقاتك التوضيحية. هل تريد الخروج على أي حال وفقدانها؟</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>&amp;Compare Selected Documents</source>
        <translation>&amp;مقارنة المستندات المحددة</translation>
    </message>
    <message>
        <source>Select two documents in the list to compare them (Ctrl+click).</source>
        <translation>حدّد مستندين في القائمة لمقارنتهما (Ctrl+نقر).</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;عند الفتح&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>سجل التغييرات</translation>
    </message>
    <message>
        <source>Snap Selections to &amp;Words</source>
        <translation>توسيع التحديد إلى &amp;كلمات كاملة</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>&amp;بحث في المقالة…</translation>
    </message>
    <message>
        <source>Ne&amp;xt Highlight</source>
        <translation>التظليل ال&amp;تالي</translation>
    </message>
    <message>
        <source>Pre&amp;vious Highlight</source>
        <translation>التظليل ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Search Corpus…</source>
        <translation>&amp;بحث في المدوّنة…</translation>
    </message>
    <message>
        <source>Tag All Search &amp;Results…</source>
        <translation>وسم كل &amp;نتائج البحث…</translation>
    </message>
    <message>
        <source>&amp;Codebook</source>
        <translation>&amp;دليل الترميز</translation>
    </message>
    <message>
        <source>Search the corpus first (Ctrl+Shift+F).</source>
        <translation>ابحث في المدوّنة أولًا (Ctrl+Shift+F).</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) added</source>
        <translation>
            <numerusform>لم يُضف أي تظليل (%n)</numerusform>
            <numerusform>أُضيف تظليل واحد (%n)</numerusform>
            <numerusform>أُضيف تظليلان (%n)</numerusform>
            <numerusform>أُضيفت %n تظليلات</numerusform>
            <numerusform>أُضيف %n تظليلًا</numerusform>
            <numerusform>أُضيف %n تظليل</numerusform>
        </translation>
    </message>
    <message>
        <source>Similar Articles</source>
        <translation>مقالات مشابهة</translation>
    </message>
    <message>
        <source>Annotations changed on disk by someone else were loaded.</source>
        <translation>حُمّلت التعليقات التي غيّرها شخص آخر على القرص.</translation>
    </message>
    <message>
        <source>Edit Loaded-Term &amp;Lexicon…</source>
        <translation>تحرير &amp;معجم المصطلحات المشحونة…</translation>
    </message>
    <message>
        <source>Changes are not journaled for recovery: %1</source>
        <translation>لا تُسجَّل التغييرات لاستعادتها لاحقًا: %1</translation>
    </message>
    <message>
        <source>Needs Attention</source>
        <translation>بحاجة إلى مراجعة</translation>
    </message>
    <message>
        <source>Needs &amp;Attention</source>
        <translation>بحاجة إلى م&amp;راجعة</translation>
    </message>
    <message>
        <source>&amp;Show the List</source>
        <translation>إ&amp;ظهار القائمة</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) need attention: their article changed (Edit ▸ Needs Attention).</source>
        <translation>
            <numerusform>لا تظليلات (%n) بحاجة إلى مراجعة.</numerusform>
            <numerusform>تظليل واحد (%n) بحاجة إلى مراجعة: تغيّرت مقالته (تحرير ▸ بحاجة إلى مراجعة).</numerusform>
            <numerusform>تظليلان (%n) بحاجة إلى مراجعة: تغيّرت مقالتاهما (تحرير ▸ بحاجة إلى مراجعة).</numerusform>
            <numerusform>%n تظليلات بحاجة إلى مراجعة: تغيّرت مقالاتها (تحرير ▸ بحاجة إلى مراجعة).</numerusform>
            <numerusform>%n تظليلًا بحاجة إلى مراجعة: تغيّرت مقالاتها (تحرير ▸ بحاجة إلى مراجعة).</numerusform>
            <numerusform>%n تظليل بحاجة إلى مراجعة: تغيّرت مقالاتها (تحرير ▸ بحاجة إلى مراجعة).</numerusform>
        </translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>استعادة التغييرات غير المحفوظة</translation>
    </message>
    <message numerus="yes">
        <source>Recover %n unsaved change(s) from %1?</source>
        <translation>
            <numerusform>لا تغييرات غير محفوظة (%n) من %1.</numerusform>
            <numerusform>استعادة تغيير واحد غير محفوظ (%n) من %1؟</numerusform>
            <numerusform>استعادة تغييرين غير محفوظين (%n) من %1؟</numerusform>
            <numerusform>استعادة %n تغييرات غير محفوظة من %1؟</numerusform>
            <numerusform>استعادة %n تغييرًا غير محفوظ من %1؟</numerusform>
            <numerusform>استعادة %n تغيير غير محفوظ من %1؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Marginalia closed before it saved them to %1. Recover makes them one step you can undo. Discard moves them aside into %2. Keep for Later asks again next time, as long as nothing is saved here first.</source>
        <translation>أُغلق Marginalia قبل أن يحفظها في %1. «استعادة» يجعلها خطوة واحدة يمكنك التراجع عنها. «تجاهل» ينقلها جانبًا إلى %2. «الإبقاء لوقت لاحق» يسأل مجددًا في المرة القادمة، ما لم يُحفظ شيء هنا قبل ذلك.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;تجاهل</translation>
    </message>
    <message>
        <source>&amp;Keep for Later</source>
        <translation>الإ&amp;بقاء لوقت لاحق</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved change(s) recovered; Undo takes them back.</source>
        <translation>
            <numerusform>لم تُستعد أي تغييرات (%n).</numerusform>
            <numerusform>استُعيد تغيير واحد غير محفوظ (%n)؛ التراجع يلغيه.</numerusform>
            <numerusform>استُعيد تغييران غير محفوظين (%n)؛ التراجع يلغيهما.</numerusform>
            <numerusform>استُعيدت %n تغييرات غير محفوظة؛ التراجع يلغيها.</numerusform>
            <numerusform>استُعيد %n تغييرًا غير محفوظ؛ التراجع يلغيها.</numerusform>
            <numerusform>استُعيد %n تغيير غير محفوظ؛ التراجع يلغيها.</numerusform>
        </translation>
    </message>
    <message>
        <source>The unsaved changes were moved to %1.</source>
        <translation>نُقلت التغييرات غير المحفوظة إلى %1.</translation>
    </message>
    <message>
        <source>The unsaved changes are kept; they are offered again next time.</source>
        <translation>احتُفظ بالتغييرات غير المحفوظة؛ ستُعرض مجددًا في المرة القادمة.</translation>
    </message>
    <message>
        <source>Your latest annotations could not be saved. They are kept in the journal of unsaved changes and offered again when you open this corpus next time. Quit anyway?</source>
        <translation>تعذّر حفظ آخر تعليقاتك التوضيحية. احتُفظ بها في سجل التغييرات غير المحفوظة وستُعرض عليك عند فتح هذه المدوّنة في المرة القادمة. هل تريد الخروج على أي حال؟</translation>
    </message>
    <message>
        <source>The unsaved changes kept for later belong to the annotation file as it was before this save; they were moved to %1.</source>
        <translation>التغييرات غير المحفوظة المُبقاة لوقت لاحق تخص ملف التعليقات كما كان قبل هذا الحفظ؛ نُقلت إلى %1.</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>المذكرة</translation>
    </message>
    <message>
        <source>Coded Segments</source>
        <translation>المقاطع المرمّزة</translation>
    </message>
    <message>
        <source>Export &amp;Codebook…</source>
        <translation>تصدير &amp;دليل الترميز…</translation>
    </message>
    <message>
        <source>codebook.json</source>
        <translation>codebook.json</translation>
    </message>
    <message>
        <source>Export Codebook</source>
        <translation>تصدير دليل الترميز</translation>
    </message>
    <message>
        <source>Codebooks (*.json)</source>
        <translation>أدلة الترميز (*.json)</translation>
    </message>
    <message>
        <source>&amp;Import Codebook…</source>
        <translation>ا&amp;ستيراد دليل الترميز…</translation>
    </message>
    <message>
        <source>Import Codebook</source>
        <translation>استيراد دليل الترميز</translation>
    </message>
    <message>
        <source>Codebooks and annotation files (*.json)</source>
        <translation>أدلة الترميز وملفات التعليقات (*.json)</translation>
    </message>
    <message>
        <source>Edit Document &amp;Memo</source>
        <translation>تحرير &amp;مذكرة المستند</translation>
    </message>
    <message>
        <source>C&amp;hange Tag of Highlight…</source>
        <translation>&amp;تغيير وسم التظليل…</translation>
    </message>
    <message>
        <source>Select a highlight first.</source>
        <translation>اختر تظليلًا أولًا.</translation>
    </message>
    <message>
        <source>Change tag</source>
        <translation>تغيير الوسم</translation>
    </message>
    <message>
        <source>Highlight &amp;Boundaries</source>
        <translation>&amp;حدود التظليل</translation>
    </message>
    <message>
        <source>Extend &amp;End</source>
        <translation>مدّ ال&amp;نهاية</translation>
    </message>
    <message>
        <source>Shrink E&amp;nd</source>
        <translation>تقليص النها&amp;ية</translation>
    </message>
    <message>
        <source>Extend &amp;Start</source>
        <translation>مدّ ال&amp;بداية</translation>
    </message>
    <message>
        <source>Shrink S&amp;tart</source>
        <translation>تقليص البدا&amp;ية</translation>
    </message>
    <message>
        <source>Coding &amp;Stripes</source>
        <translation>أ&amp;شرطة الترميز</translation>
    </message>
    <message>
        <source>Codebook Not Exported</source>
        <translation>لم يُصدَّر دليل الترميز</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) exported to %1</source>
        <translation>
            <numerusform>لم يُصدَّر أي وسم إلى %1</numerusform>
            <numerusform>صُدِّر وسم واحد إلى %1</numerusform>
            <numerusform>صُدِّر وسمان إلى %1</numerusform>
            <numerusform>صُدِّرت %n وسوم إلى %1</numerusform>
            <numerusform>صُدِّر %n وسمًا إلى %1</numerusform>
            <numerusform>صُدِّر %n وسم إلى %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import codebook “%1”</source>
        <translation>استيراد دليل الترميز «%1»</translation>
    </message>
    <message>
        <source>%1: not imported: %2</source>
        <translation>%1: لم يُستورد: %2</translation>
    </message>
    <message>
        <source>Codebook Not Imported</source>
        <translation>لم يُستورد دليل الترميز</translation>
    </message>
    <message>
        <source>Codebook imported from %1: %2 new, %3 changed, %4 already there.</source>
        <translation>استُورد دليل الترميز من %1: %2 جديدة، و%3 معدّلة، و%4 موجودة من قبل.</translation>
    </message>
    <message>
        <source>%1 Shortcuts already in use here were left out: %2.</source>
        <translation>%1 أُهملت الاختصارات المستخدمة هنا من قبل: %2.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Edit the title, outlet, date, author and URL of this article</source>
        <translation>تعديل عنوان هذا المقال ووسيلته الإعلامية وتاريخه وكاتبه ورابطه</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>تقدّم التحميل</translation>
    </message>
    <message>
        <source>Stop Loading</source>
        <translation>أوقف التحميل</translation>
    </message>
    <message>
        <source>Stop importing; the articles loaded so far stay open</source>
        <translation>أوقف الاستيراد؛ تبقى المقالات المحمّلة حتى الآن مفتوحة</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) changed on disk; they are taken in after the next save.</source>
        <translation>
            <numerusform>لا مقالات (%n) تغيّرت على القرص.</numerusform>
            <numerusform>تغيّرت مقالة واحدة (%n) على القرص؛ تُعتمد بعد الحفظ التالي.</numerusform>
            <numerusform>تغيّرت مقالتان (%n) على القرص؛ تُعتمدان بعد الحفظ التالي.</numerusform>
            <numerusform>تغيّرت %n مقالات على القرص؛ تُعتمد بعد الحفظ التالي.</numerusform>
            <numerusform>تغيّرت %n مقالةً على القرص؛ تُعتمد بعد الحفظ التالي.</numerusform>
            <numerusform>تغيّرت %n مقالة على القرص؛ تُعتمد بعد الحفظ التالي.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Line as C&amp;lutter</source>
        <translation>تعليم السطر ك&amp;حشو</translation>
    </message>
    <message>
        <source>Edit &amp;Metadata…</source>
        <translation>تعديل البيانات ال&amp;وصفية…</translation>
    </message>
    <message>
        <source>Loading articles: %1 of %2 (editing waits until all are in)</source>
        <translation>تحميل المقالات: %1 من %2 (التحرير بعد اكتمال التحميل)</translation>
    </message>
    <message>
        <source>Listing the articles…</source>
        <translation>جارٍ سرد المقالات…</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) added</source>
        <translation>
            <numerusform>لا مقالات مضافة (%n)</numerusform>
            <numerusform>أُضيفت مقالة واحدة (%n)</numerusform>
            <numerusform>أُضيفت مقالتان (%n)</numerusform>
            <numerusform>أُضيفت %n مقالات</numerusform>
            <numerusform>أُضيفت %n مقالةً</numerusform>
            <numerusform>أُضيفت %n مقالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) removed</source>
        <translation>
            <numerusform>لا مقالات محذوفة (%n)</numerusform>
            <numerusform>حُذفت مقالة واحدة (%n)</numerusform>
            <numerusform>حُذفت مقالتان (%n)</numerusform>
            <numerusform>حُذفت %n مقالات</numerusform>
            <numerusform>حُذفت %n مقالةً</numerusform>
            <numerusform>حُذفت %n مقالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) changed</source>
        <translation>
            <numerusform>لا مقالات متغيّرة (%n)</numerusform>
            <numerusform>تغيّرت مقالة واحدة (%n)</numerusform>
            <numerusform>تغيّرت مقالتان (%n)</numerusform>
            <numerusform>تغيّرت %n مقالات</numerusform>
            <numerusform>تغيّرت %n مقالةً</numerusform>
            <numerusform>تغيّرت %n مقالة</numerusform>
        </translation>
    </message>
    <message>
        <source>The corpus folder changed: %1.</source>
        <translation>تغيّر مجلد المدوّنة: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) need attention (Edit ▸ Needs Attention).</source>
        <translation>
            <numerusform>لا تظليلات (%n) بحاجة إلى مراجعة.</numerusform>
            <numerusform>تظليل واحد (%n) بحاجة إلى مراجعة (تحرير ▸ بحاجة إلى مراجعة).</numerusform>
            <numerusform>تظليلان (%n) بحاجة إلى مراجعة (تحرير ▸ بحاجة إلى مراجعة).</numerusform>
            <numerusform>%n تظليلات بحاجة إلى مراجعة (تحرير ▸ بحاجة إلى مراجعة).</numerusform>
            <numerusform>%n تظليلًا بحاجة إلى مراجعة (تحرير ▸ بحاجة إلى مراجعة).</numerusform>
            <numerusform>%n تظليل بحاجة إلى مراجعة (تحرير ▸ بحاجة إلى مراجعة).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped: %n article(s) are open; the annotations of the others are kept.</source>
        <translation>
            <numerusform>توقّف التحميل: لا مقالات مفتوحة (%n)؛ تُحفظ تعليقات البقية.</numerusform>
            <numerusform>توقّف التحميل: مقالة واحدة (%n) مفتوحة؛ تُحفظ تعليقات البقية.</numerusform>
            <numerusform>توقّف التحميل: مقالتان (%n) مفتوحتان؛ تُحفظ تعليقات البقية.</numerusform>
            <numerusform>توقّف التحميل: %n مقالات مفتوحة؛ تُحفظ تعليقات البقية.</numerusform>
            <numerusform>توقّف التحميل: %n مقالةً مفتوحة؛ تُحفظ تعليقات البقية.</numerusform>
            <numerusform>توقّف التحميل: %n مقالة مفتوحة؛ تُحفظ تعليقات البقية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>جارٍ تحميل %1…</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>افتح مقالًا أولًا.</translation>
    </message>
    <message>
        <source>Put the cursor on a line of text first.</source>
        <translation>ضع المؤشر على سطر من النص أولًا.</translation>
    </message>
    <message>
        <source>Unmark Lines as C&amp;lutter</source>
        <translation>إزالة علامة ال&amp;حشو عن الأسطر</translation>
    </message>
    <message>
        <source>Mark Lines as C&amp;lutter</source>
        <translation>تعليم الأسطر ك&amp;حشو</translation>
    </message>
    <message>
        <source>Unmark Line as C&amp;lutter</source>
        <translation>إزالة علامة ال&amp;حشو عن السطر</translation>
    </message>
    <message>
        <source>Could not change the metadata.</source>
        <translation>تعذّر تغيير البيانات الوصفية.</translation>
    </message>
</context>
<context>
    <name>Marginalia::MemoPanel</name>
    <message>
        <source>Save &amp;Memo</source>
        <translation>حفظ ال&amp;مذكرة</translation>
    </message>
    <message>
        <source>Memo of the document</source>
        <translation>مذكرة المستند</translation>
    </message>
    <message>
        <source>Memo on this document: what it is about, how it frames the story…</source>
        <translation>مذكرة عن هذا المستند: موضوعه، وكيف يؤطّر القصة…</translation>
    </message>
    <message>
        <source>Save the memo (Ctrl+Return)</source>
        <translation>حفظ المذكرة (Ctrl+Return)</translation>
    </message>
    <message>
        <source>No document shown.</source>
        <translation>لا يُعرض أي مستند.</translation>
    </message>
    <message>
        <source>Memo: %1</source>
        <translation>المذكرة: %1</translation>
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
        <translation>دمج ملفات تعليقات Marginalia حسب معرّف الوسم والتعليق.

  marginalia merge BASE OURS THEIRS [-o OUT]
      دمج ثلاثي؛ تحل النتيجة محل OURS ما لم يُعطَ ‎-o (مشغّل دمج git: %O %A %B)
  marginalia merge --into MINE OTHER
      ضمّ ملف تعليقات محلل آخر للمدوّنة نفسها إلى MINE (مع الاحتفاظ بنسخة احتياطية من MINE)

رمز الخروج: 0 تم الدمج، 1 تم الدمج مع تعارضات (احتُفظ بالنسختين وأُدرجت)، 2 خطأ.</translation>
    </message>
    <message>
        <source>Write the result to FILE.</source>
        <translation>اكتب النتيجة في FILE.</translation>
    </message>
    <message>
        <source>Fold OTHER into MINE.</source>
        <translation>ادمج OTHER في MINE.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>الأمر.</translation>
    </message>
    <message>
        <source>BASE OURS THEIRS, or OTHER with --into.</source>
        <translation>BASE OURS THEIRS، أو OTHER مع ‎--into.</translation>
    </message>
    <message>
        <source>marginalia merge --into MINE OTHER: expected exactly one OTHER file and no -o</source>
        <translation>marginalia merge --into MINE OTHER: يُتوقع ملف OTHER واحد بالضبط ودون ‎-o</translation>
    </message>
    <message>
        <source>marginalia merge: expected BASE OURS THEIRS (see marginalia merge --help)</source>
        <translation>marginalia merge: يُتوقع BASE OURS THEIRS (انظر marginalia merge --help)</translation>
    </message>
    <message>
        <source>marginalia merge: %1</source>
        <translation>marginalia merge: %1</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>تعارض: %1</translation>
    </message>
    <message numerus="yes">
        <source>marginalia merge: %n conflict(s); both versions are kept in %1</source>
        <translation>
            <numerusform>marginalia merge: لا تعارضات (%n)؛ النسختان محفوظتان في %1</numerusform>
            <numerusform>marginalia merge: تعارض واحد (%n)؛ النسختان محفوظتان في %1</numerusform>
            <numerusform>marginalia merge: تعارضان (%n)؛ النسختان محفوظتان في %1</numerusform>
            <numerusform>marginalia merge: %n تعارضات؛ النسختان محفوظتان في %1</numerusform>
            <numerusform>marginalia merge: %n تعارضًا؛ النسختان محفوظتان في %1</numerusform>
            <numerusform>marginalia merge: %n تعارض؛ النسختان محفوظتان في %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::MetadataDialog</name>
    <message>
        <source>&amp;Restore Imported Values</source>
        <translation>ا&amp;ستعادة القيم المستوردة</translation>
    </message>
    <message>
        <source>Edit Metadata</source>
        <translation>تعديل البيانات الوصفية</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>الوسيلة الإعلامية</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or empty for no date</source>
        <translation>YYYY-MM-DD، أو فارغ إن لم يكن هناك تاريخ</translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD, e.g. 2026-03-05, or leave it empty.</source>
        <translation>أدخل التاريخ بالصيغة YYYY-MM-DD، مثل 2026-03-05، أو اتركه فارغًا.</translation>
    </message>
    <message>
        <source>Imported: (none)</source>
        <translation>المستورد: (لا شيء)</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>المستورد: %1</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>ال&amp;وسيلة الإعلامية:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>ال&amp;كاتب:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>ال&amp;رابط:</translation>
    </message>
    <message>
        <source>Changes are kept in the corpus&apos;s annotation file; the article file is not changed.</source>
        <translation>تُحفظ التغييرات في ملف تعليقات المدونة؛ ولا يتغيّر ملف المقال.</translation>
    </message>
</context>
<context>
    <name>Marginalia::MoveTagCommand</name>
    <message>
        <source>Move tag “%1”</source>
        <translation>نقل الوسم «%1»</translation>
    </message>
</context>
<context>
    <name>Marginalia::NewTagDialog</name>
    <message>
        <source>New Tag</source>
        <translation>وسم جديد</translation>
    </message>
    <message>
        <source>e.g. Official response</source>
        <translation>مثلًا: الاستجابة الرسمية</translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation>اسم الوسم</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>لون الوسم</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(المستوى الأعلى)</translation>
    </message>
    <message>
        <source>When to use this tag (optional)</source>
        <translation>متى يُستخدم هذا الوسم (اختياري)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;اللون:</translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation>&amp;الأصل:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;الوصف:</translation>
    </message>
    <message>
        <source>Tag Colour</source>
        <translation>لون الوسم</translation>
    </message>
</context>
<context>
    <name>Marginalia::OverviewRuler</name>
    <message>
        <source>Red: no counterpart; orange: moved; blue: reworded</source>
        <translation>أحمر: بلا مقابل؛ برتقالي: منقول؛ أزرق: معاد صياغته</translation>
    </message>
</context>
<context>
    <name>Marginalia::PdfAnnotator</name>
    <message>
        <source>The PDF just written could not be read back to add annotations.</source>
        <translation>تعذّرت إعادة قراءة ملف PDF المكتوب للتو لإضافة التعليقات.</translation>
    </message>
    <message>
        <source>A highlight could not be placed on page %1 of the PDF.</source>
        <translation>تعذّر وضع تظليل في الصفحة %1 من ملف PDF.</translation>
    </message>
    <message>
        <source>The annotated PDF could not be saved (poppler error %1).</source>
        <translation>تعذّر حفظ ملف PDF المشروح (خطأ poppler رقم %1).</translation>
    </message>
</context>
<context>
    <name>Marginalia::PdfExporter</name>
    <message>
        <source>Corpus report: %1</source>
        <translation>تقرير المدوّنة: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n annotated articles of the corpus %1</source>
        <translation>
            <numerusform>%n مقالة مشروحة من المدوّنة %1</numerusform>
            <numerusform>مقالة مشروحة واحدة من المدوّنة %1</numerusform>
            <numerusform>مقالتان مشروحتان من المدوّنة %1</numerusform>
            <numerusform>%n مقالات مشروحة من المدوّنة %1</numerusform>
            <numerusform>%n مقالة مشروحة من المدوّنة %1</numerusform>
            <numerusform>%n مقالة مشروحة من المدوّنة %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotated article: %1 (%2)</source>
        <translation>مقالة مشروحة: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 documents, %2 annotations. Exported %3.</source>
        <translation>المستندات: %1، الشروح: %2. صُدِّر في %3.</translation>
    </message>
    <message>
        <source>outlet &quot;%1&quot;</source>
        <translation>الوسيلة &quot;%1&quot;</translation>
    </message>
    <message>
        <source>documents coded with &quot;%1&quot;</source>
        <translation>المستندات المرمَّزة بـ&quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen documents</source>
        <translation>
            <numerusform>%n مستند مختار</numerusform>
            <numerusform>مستند مختار واحد</numerusform>
            <numerusform>مستندان مختاران</numerusform>
            <numerusform>%n مستندات مختارة</numerusform>
            <numerusform>%n مستندًا مختارًا</numerusform>
            <numerusform>%n مستند مختار</numerusform>
        </translation>
    </message>
    <message>
        <source>Selection: all documents of the corpus.</source>
        <translation>الاختيار: كل مستندات المدوّنة.</translation>
    </message>
    <message>
        <source>Selection: %1.</source>
        <translation>الاختيار: %1.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقالة</translation>
    </message>
    <message>
        <source>Outlet, date</source>
        <translation>الوسيلة، التاريخ</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <source>(no outlet)</source>
        <translation>(بلا وسيلة)</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>دليل الترميز</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <source>Tags by outlet</source>
        <translation>الوسوم حسب الوسيلة</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>No annotations in this article.</source>
        <translation>لا شروح في هذه المقالة.</translation>
    </message>
    <message>
        <source>Tags: </source>
        <translation>الوسوم: </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>أُلغي التصدير.</translation>
    </message>
    <message>
        <source>Could not start writing the PDF.</source>
        <translation>تعذّر بدء كتابة ملف PDF.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>المذكرة</translation>
    </message>
</context>
<context>
    <name>Marginalia::PdfImporter</name>
    <message>
        <source>is not a PDF file (no %PDF- header)</source>
        <translation>ليس ملف PDF (لا يوجد ترويسة %PDF-)</translation>
    </message>
    <message>
        <source>is a damaged PDF file that cannot be opened</source>
        <translation>ملف PDF تالف يتعذّر فتحه</translation>
    </message>
    <message>
        <source>is an encrypted PDF file (it needs a password); Marginalia cannot read it</source>
        <translation>ملف PDF مشفّر (يحتاج إلى كلمة مرور)؛ لا يستطيع Marginalia قراءته</translation>
    </message>
    <message>
        <source>page %1 cannot be read; skipped</source>
        <translation>تتعذّر قراءة الصفحة %1؛ تم تخطيها</translation>
    </message>
    <message>
        <source>has no text layer (a scanned image?): nothing to read</source>
        <translation>لا يحتوي على طبقة نص (صورة ممسوحة؟): لا شيء للقراءة</translation>
    </message>
</context>
<context>
    <name>Marginalia::PreferencesDialog</name>
    <message>
        <source>&amp;Snap selections to whole words</source>
        <translation>&amp;توسيع التحديد إلى كلمات كاملة</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Your name or initials</source>
        <translation>اسمك أو الأحرف الأولى منه</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ملّي ثانية</translation>
    </message>
    <message>
        <source>Immediately</source>
        <translation>فورًا</translation>
    </message>
    <message>
        <source>Follow the system (light or dark)</source>
        <translation>اتباع النظام (فاتح أو داكن)</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> نقطة</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>&amp;Author of new highlights:</source>
        <translation>&amp;كاتب التظليلات الجديدة:</translation>
    </message>
    <message>
        <source>Save a&amp;utomatically after:</source>
        <translation>الحفظ &amp;تلقائيًا بعد:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;السمة:</translation>
    </message>
    <message>
        <source>Reading &amp;font:</source>
        <translation>&amp;خط القراءة:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <source>A new language takes effect when Marginalia starts again.</source>
        <translation>تسري اللغة الجديدة عند تشغيل Marginalia مرة أخرى.</translation>
    </message>
    <message>
        <source>Marginalia Light</source>
        <translation>Marginalia الفاتح</translation>
    </message>
    <message>
        <source>Marginalia Dark</source>
        <translation>Marginalia الداكن</translation>
    </message>
</context>
<context>
    <name>Marginalia::ReadingView</name>
    <message>
        <source>Article text</source>
        <translation>نص المقالة</translation>
    </message>
</context>
<context>
    <name>Marginalia::RemoveSpanCommand</name>
    <message>
        <source>Remove highlight</source>
        <translation>إزالة التظليل</translation>
    </message>
</context>
<context>
    <name>Marginalia::RemoveTagCommand</name>
    <message>
        <source>Delete tag “%1”</source>
        <translation>حذف الوسم «%1»</translation>
    </message>
</context>
<context>
    <name>Marginalia::SampleCorpus</name>
    <message>
        <source>this build has no bundled sample corpus</source>
        <translation>هذا الإصدار لا يتضمن مدوّنة نموذجية</translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1: تتعذّر الكتابة</translation>
    </message>
</context>
<context>
    <name>Marginalia::SearchPanel</name>
    <message>
        <source>Match &amp;case</source>
        <translation>مطابقة &amp;حالة الأحرف</translation>
    </message>
    <message>
        <source>W&amp;hole words</source>
        <translation>&amp;كلمات كاملة</translation>
    </message>
    <message>
        <source>Re&amp;gular expression</source>
        <translation>تعبير &amp;نمطي</translation>
    </message>
    <message>
        <source>Tag &amp;All Results…</source>
        <translation>وسم &amp;كل النتائج…</translation>
    </message>
    <message>
        <source>Search the corpus (Enter)</source>
        <translation>البحث في المدوّنة (Enter)</translation>
    </message>
    <message>
        <source>Search the corpus</source>
        <translation>البحث في المدوّنة</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>لا تطابقات (%n)</numerusform>
            <numerusform>تطابق واحد (%n)</numerusform>
            <numerusform>تطابقان (%n)</numerusform>
            <numerusform>%n تطابقات</numerusform>
            <numerusform>%n تطابقًا</numerusform>
            <numerusform>%n تطابق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>لا مستندات (%n)</numerusform>
            <numerusform>مستند واحد (%n)</numerusform>
            <numerusform>مستندان (%n)</numerusform>
            <numerusform>%n مستندات</numerusform>
            <numerusform>%n مستندًا</numerusform>
            <numerusform>%n مستند</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::SearchResultModel</name>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>التطابق</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
</context>
<context>
    <name>Marginalia::SetMemoCommand</name>
    <message>
        <source>Delete memo</source>
        <translation>حذف المذكرة</translation>
    </message>
    <message>
        <source>Edit memo</source>
        <translation>تحرير المذكرة</translation>
    </message>
</context>
<context>
    <name>Marginalia::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Reading view and notes</source>
        <translation>عرض القراءة والملاحظات</translation>
    </message>
    <message>
        <source>Tag the selection with the tag of that number</source>
        <translation>وسم التحديد بالوسم صاحب هذا الرقم</translation>
    </message>
    <message>
        <source>1 … 9</source>
        <translation>1 … 9</translation>
    </message>
    <message>
        <source>Save the note being edited</source>
        <translation>حفظ الملاحظة قيد التحرير</translation>
    </message>
</context>
<context>
    <name>Marginalia::SidecarCodec</name>
    <message>
        <source>the file is %1 MB, larger than the %2 MB a sidecar may have</source>
        <translation>حجم الملف %1 ميغابايت، وهو أكبر من %2 ميغابايت المسموح بها لملف التعليقات</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2 (%3)</source>
        <translation>ليس JSON صالحًا: %1 عند البايت %2 (%3)</translation>
    </message>
    <message>
        <source>not a Marginalia sidecar: the top level is not a JSON object</source>
        <translation>ليس ملف تعليقات لـMarginalia: المستوى الأعلى ليس كائن JSON</translation>
    </message>
    <message>
        <source>not a Marginalia sidecar: &quot;format&quot; is not &quot;marginalia&quot;</source>
        <translation>ليس ملف تعليقات لـMarginalia: قيمة «format» ليست «marginalia»</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number of at least 1</source>
        <translation>يجب أن تكون «version» عددًا صحيحًا لا يقل عن 1</translation>
    </message>
    <message>
        <source>written by a newer Marginalia (format version %1; this build reads up to %2)</source>
        <translation>كتبه إصدار أحدث من Marginalia (إصدار الصيغة %1؛ هذا الإصدار يقرأ حتى %2)</translation>
    </message>
    <message>
        <source>unsupported offset unit &quot;%1&quot; (expected &quot;codepoint&quot;)</source>
        <translation>وحدة الإزاحة «%1» غير مدعومة (المتوقع «codepoint»)</translation>
    </message>
    <message>
        <source>&quot;codebook&quot; must be an array</source>
        <translation>يجب أن يكون «codebook» مصفوفة</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>يجب أن يكون كائنًا</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour of the form #rrggbb</source>
        <translation>«%1» ليس لونًا بالصيغة #rrggbb</translation>
    </message>
    <message>
        <source>the tag id &quot;%1&quot; is empty or used twice</source>
        <translation>معرّف الوسم «%1» فارغ أو مستخدم مرتين</translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot; has an empty name</source>
        <translation>اسم الوسم «%1» فارغ</translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot; names a parent &quot;%2&quot; that is not listed before it</source>
        <translation>الوسم «%1» يذكر أصلًا «%2» غير مدرج قبله</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>يجب أن يكون مصفوفة</translation>
    </message>
    <message>
        <source>the document path is empty</source>
        <translation>مسار المستند فارغ</translation>
    </message>
    <message>
        <source>the document &quot;%1&quot; is listed twice</source>
        <translation>المستند «%1» مدرج مرتين</translation>
    </message>
    <message>
        <source>&quot;annotations&quot; must be an array</source>
        <translation>يجب أن يكون «annotations» مصفوفة</translation>
    </message>
    <message>
        <source>&quot;end&quot; (%1) is before &quot;start&quot; (%2)</source>
        <translation>«end» (%1) يسبق «start» (%2)</translation>
    </message>
    <message>
        <source>the annotation id &quot;%1&quot; is empty or used twice</source>
        <translation>معرّف التعليق التوضيحي «%1» فارغ أو مستخدم مرتين</translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot; is not in the codebook</source>
        <translation>الوسم «%1» غير موجود في دليل الترميز</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>السطر %1، العمود %2</translation>
    </message>
    <message>
        <source>the file holds no JSON value</source>
        <translation>لا يحتوي الملف على أي قيمة JSON</translation>
    </message>
    <message>
        <source>more text follows the end of the JSON value</source>
        <translation>يوجد نص إضافي بعد نهاية قيمة JSON</translation>
    </message>
    <message>
        <source>a value is missing or not valid here</source>
        <translation>قيمة مفقودة أو غير صالحة هنا</translation>
    </message>
    <message>
        <source>a member name in double quotes is missing</source>
        <translation>اسم عضو بين علامتي اقتباس مزدوجتين مفقود</translation>
    </message>
    <message>
        <source>a colon is missing after a member name</source>
        <translation>نقطتان رأسيتان مفقودتان بعد اسم عضو</translation>
    </message>
    <message>
        <source>a comma or a closing brace is missing</source>
        <translation>فاصلة أو قوس معقوص للإغلاق مفقود</translation>
    </message>
    <message>
        <source>a comma or a closing bracket is missing</source>
        <translation>فاصلة أو قوس مربع للإغلاق مفقود</translation>
    </message>
    <message>
        <source>a \u escape needs four hexadecimal digits</source>
        <translation>تسلسل الهروب \u يحتاج إلى أربعة أرقام ست عشرية</translation>
    </message>
    <message>
        <source>a \u escape holds half of a UTF-16 surrogate pair</source>
        <translation>تسلسل الهروب \u يحوي نصف زوج بديل من UTF-16 فقط</translation>
    </message>
    <message>
        <source>a control character (U+%1) in a string must be written as an escape</source>
        <translation>يجب كتابة محرف التحكم (U+%1) في السلسلة النصية كتسلسل هروب</translation>
    </message>
    <message>
        <source>an escape sequence in a string is not valid</source>
        <translation>تسلسل هروب في سلسلة نصية غير صالح</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>سلسلة نصية غير مغلقة</translation>
    </message>
    <message>
        <source>a number is too large</source>
        <translation>عدد كبير جدًا</translation>
    </message>
    <message>
        <source>a number has no digits after its decimal point</source>
        <translation>عدد بلا أرقام بعد الفاصلة العشرية</translation>
    </message>
    <message>
        <source>a number has no digits in its exponent</source>
        <translation>عدد بلا أرقام في أسّه</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>خطأ في الصياغة</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>الحقل «%1» مفقود</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a string</source>
        <translation>يجب أن يكون الحقل «%1» سلسلة نصية</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a whole number of at least 0</source>
        <translation>يجب أن يكون الحقل «%1» عددًا صحيحًا لا يقل عن 0</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation>الحقل «%1» ليس تاريخًا ووقتًا بصيغة ISO 8601</translation>
    </message>
    <message>
        <source>a NUL byte</source>
        <translation>بايت NUL</translation>
    </message>
    <message>
        <source>bytes that are not UTF-8</source>
        <translation>بايتات ليست UTF-8</translation>
    </message>
    <message>
        <source>arrays and objects nested more than %1 deep</source>
        <translation>مصفوفات وكائنات متداخلة بعمق يزيد على %1 مستوى</translation>
    </message>
    <message>
        <source>a number is too large or too close to zero</source>
        <translation>عدد كبير جدًا أو قريب جدًا من الصفر</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array</source>
        <translation>يجب أن يكون &quot;%1&quot; مصفوفة</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be an object</source>
        <translation>يجب أن يكون الحقل &quot;%1&quot; كائنًا</translation>
    </message>
    <message>
        <source>the field &quot;date&quot; must be a date YYYY-MM-DD or empty</source>
        <translation>يجب أن يكون الحقل &quot;date&quot; تاريخًا بالصيغة YYYY-MM-DD أو فارغًا</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be true or false</source>
        <translation>يجب أن تكون قيمة الحقل &quot;%1&quot; ‏true أو false</translation>
    </message>
    <message>
        <source>the field &quot;sha256&quot; must be 64 lower-case hexadecimal digits</source>
        <translation>يجب أن يتكوّن الحقل &quot;sha256&quot; من 64 رقمًا ست عشريًا بأحرف صغيرة</translation>
    </message>
    <message>
        <source>the file ends before the JSON value does (it may have been cut short)</source>
        <translation>ينتهي الملف قبل أن تنتهي قيمة JSON (ربما اقتُطع)</translation>
    </message>
</context>
<context>
    <name>Marginalia::SidecarMerge</name>
    <message>
        <source>tag %1 (&quot;%2&quot;) was changed differently on both sides; ours is kept</source>
        <translation>الوسم %1 (&quot;%2&quot;) تغيّر بشكل مختلف في الجانبين؛ احتُفظ بنسختنا</translation>
    </message>
    <message>
        <source>annotation %1 in %2 was changed differently on both sides; both versions are kept, theirs as %3</source>
        <translation>التعليق %1 في %2 تغيّر بشكل مختلف في الجانبين؛ احتُفظ بالنسختين، ونسختهم باسم %3</translation>
    </message>
    <message>
        <source>annotation %1 in %2 was deleted on one side and changed on the other; the changed version is kept</source>
        <translation>التعليق %1 في %2 حُذف في جانب وتغيّر في الآخر؛ احتُفظ بالنسخة المعدّلة</translation>
    </message>
    <message>
        <source>tag %1 (&quot;%2&quot;) was deleted on one side but is still used; it is kept</source>
        <translation>الوسم %1 (&quot;%2&quot;) حُذف في جانب لكنه ما زال مستخدمًا؛ احتُفظ به</translation>
    </message>
    <message>
        <source>the top-level member &quot;%1&quot; was changed differently on both sides; ours is kept</source>
        <translation>العنصر &quot;%1&quot; في المستوى الأعلى تغيّر بشكل مختلف في الجانبين؛ احتُفظ بنسختنا</translation>
    </message>
    <message>
        <source>the manual links between %1 and %2 were changed differently on both sides; ours are kept</source>
        <translation>الروابط اليدوية بين %1 و%2 تغيّرت بشكل مختلف في الجانبين؛ احتُفظ بروابطنا</translation>
    </message>
    <message>
        <source>the memo of %1 was deleted on one side and changed on the other; the changed one is kept</source>
        <translation>حُذفت مذكرة %1 في جانب وعُدّلت في الآخر؛ أُبقي على المعدّلة</translation>
    </message>
    <message>
        <source>the memo of %1 was changed differently on both sides; ours is kept, theirs is in &quot;memoConflict&quot;</source>
        <translation>عُدّلت مذكرة %1 على نحو مختلف في الجانبين؛ أُبقي على مذكرتنا، ومذكرتهم في &quot;memoConflict&quot;</translation>
    </message>
    <message>
        <source>the metadata field &quot;%1&quot; of %2 was corrected differently on both sides; ours is kept</source>
        <translation>صُحِّح حقل البيانات الوصفية &quot;%1&quot; في %2 بشكل مختلف على الجانبين؛ تُحفظ نسختنا</translation>
    </message>
    <message>
        <source>a clutter mark of %1 was changed differently on both sides; ours is kept</source>
        <translation>غُيِّرت علامة حشو في %1 بشكل مختلف على الجانبين؛ تُحفظ نسختنا</translation>
    </message>
</context>
<context>
    <name>Marginalia::SidecarStore</name>
    <message>
        <source>%1: the file is larger than the %2 MB a sidecar may have</source>
        <translation>%1: الملف أكبر من %2 ميغابايت المسموح بها لملف التعليقات</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: تتعذّر القراءة: %2</translation>
    </message>
    <message>
        <source>%1: reading failed: %2</source>
        <translation>%1: فشلت القراءة: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not saved: %2</source>
        <translation>%1: لم يُحفظ: %2</translation>
    </message>
    <message>
        <source>the serialised data did not read back (%1)</source>
        <translation>تعذّرت إعادة قراءة البيانات المتسلسلة (%1)</translation>
    </message>
    <message>
        <source>the file on disk is not one this version can read, so it is left as it is</source>
        <translation>هذا الإصدار لا يستطيع قراءة الملف الموجود على القرص، لذا تُرك كما هو</translation>
    </message>
    <message>
        <source>saved, but the folder could not be synced: %1</source>
        <translation>حُفظ، لكن تعذّرت مزامنة المجلد: %1</translation>
    </message>
    <message>
        <source>the backup folder %1 cannot be created</source>
        <translation>تعذّر إنشاء مجلد النسخ الاحتياطية %1</translation>
    </message>
    <message>
        <source>the backup %1 cannot be written: %2</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية %1: %2</translation>
    </message>
    <message>
        <source>%1: not saved: the file was changed on disk by someone else since it was read</source>
        <translation>%1: لم يُحفظ: غيّر شخص آخر الملف على القرص منذ قراءته</translation>
    </message>
    <message>
        <source>it cannot be renamed</source>
        <translation>تتعذّر إعادة تسميتها</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ليس ملفًا عاديًا</translation>
    </message>
</context>
<context>
    <name>Marginalia::SimilarPanel</name>
    <message>
        <source>Similar articles</source>
        <translation>مقالات مشابهة</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>Similar article</source>
        <translation>مقال مشابه</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>near-duplicate</source>
        <translation>شبه مكرر</translation>
    </message>
    <message>
        <source>wire copy</source>
        <translation>نص وكالة</translation>
    </message>
    <message>
        <source>No two articles cover the same story closely enough.</source>
        <translation>لا يوجد مقالان يغطيان القصة نفسها بقدر كافٍ من التقارب.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of articles on the same story, best first.</source>
        <translation>
            <numerusform>لا أزواج من المقالات عن القصة نفسها.</numerusform>
            <numerusform>زوج واحد من المقالات عن القصة نفسها.</numerusform>
            <numerusform>زوجان من المقالات عن القصة نفسها، الأفضل أولًا.</numerusform>
            <numerusform>%n أزواج من المقالات عن القصة نفسها، الأفضل أولًا.</numerusform>
            <numerusform>%n زوجًا من المقالات عن القصة نفسها، الأفضل أولًا.</numerusform>
            <numerusform>%n زوج من المقالات عن القصة نفسها، الأفضل أولًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Looking for articles on the same story among %n article(s)…</source>
        <translation>
            <numerusform>يجري البحث عن مقالات عن القصة نفسها بين %n مقالة…</numerusform>
            <numerusform>يجري البحث عن مقالات عن القصة نفسها بين مقالة واحدة…</numerusform>
            <numerusform>يجري البحث عن مقالات عن القصة نفسها بين مقالتين…</numerusform>
            <numerusform>يجري البحث عن مقالات عن القصة نفسها بين %n مقالات…</numerusform>
            <numerusform>يجري البحث عن مقالات عن القصة نفسها بين %n مقالةً…</numerusform>
            <numerusform>يجري البحث عن مقالات عن القصة نفسها بين %n مقالة…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::SourceFile</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: تتعذّر القراءة: %2</translation>
    </message>
</context>
<context>
    <name>Marginalia::SourceView</name>
    <message>
        <source>Source of the article file</source>
        <translation>مصدر ملف المقالة</translation>
    </message>
    <message>
        <source>Annotation file of the corpus (read-only)</source>
        <translation>ملف التعليقات التوضيحية للمدوّنة (للقراءة فقط)</translation>
    </message>
    <message>
        <source>Plain view: this build of Marginalia has no syntax highlighting (KF6SyntaxHighlighting was not found when it was built).</source>
        <translation>عرض بسيط: هذا الإصدار من Marginalia لا يتضمن تلوين الصياغة (لم يُعثر على KF6SyntaxHighlighting عند بنائه).</translation>
    </message>
    <message>
        <source>Article File</source>
        <translation>ملف المقالة</translation>
    </message>
    <message>
        <source>Annotation File</source>
        <translation>ملف التعليقات</translation>
    </message>
    <message>
        <source>No article selected.</source>
        <translation>لم تُحدَّد أي مقالة.</translation>
    </message>
    <message numerus="yes">
        <source>[Only the first %n MB are shown.]</source>
        <translation>
            <numerusform>[لا يُعرض شيء (%n ميغابايت).]</numerusform>
            <numerusform>[يُعرض أول ميغابايت فقط (%n).]</numerusform>
            <numerusform>[يُعرض أول ميغابايتين فقط (%n).]</numerusform>
            <numerusform>[تُعرض أول %n ميغابايتات فقط.]</numerusform>
            <numerusform>[يُعرض أول %n ميغابايتًا فقط.]</numerusform>
            <numerusform>[يُعرض أول %n ميغابايت فقط.]</numerusform>
        </translation>
    </message>
    <message>
        <source>No annotation file yet: marginalia.json is written with the first annotation.</source>
        <translation>لا يوجد ملف تعليقات بعد: يُكتب marginalia.json مع أول تعليق توضيحي.</translation>
    </message>
</context>
<context>
    <name>Marginalia::SpanListProxy</name>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>الوسيلة الإعلامية</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>الاقتباس</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>وسم</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>Marginalia::TagPickerDialog</name>
    <message>
        <source>Tag Selection</source>
        <translation>وسم التحديد</translation>
    </message>
    <message>
        <source>Type to filter tags…</source>
        <translation>اكتب لتصفية الوسوم…</translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>تصفية الوسوم</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>ملاحظة (اختيارية)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>&amp;Apply Tag</source>
        <translation>&amp;تطبيق الوسم</translation>
    </message>
    <message>
        <source>&amp;New Tag…</source>
        <translation>وسم &amp;جديد…</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>ملاحظة:</translation>
    </message>
</context>
<context>
    <name>Marginalia::TextDecoder</name>
    <message>
        <source>contains NUL bytes: it looks like a binary file, not text</source>
        <translation>يحتوي على بايتات NUL: يبدو ملفًا ثنائيًا وليس نصًا</translation>
    </message>
    <message>
        <source>is not valid UTF-8 (invalid byte sequence at byte %1): invalid bytes were replaced by U+FFFD</source>
        <translation>ليس UTF-8 صالحًا (تسلسل بايتات غير صالح عند البايت %1): استُبدلت البايتات غير الصالحة بـ U+FFFD</translation>
    </message>
    <message>
        <source>is not valid UTF-8 (invalid byte sequence at byte %1); decoded as %2 (detected)</source>
        <translation>ليس UTF-8 صالحًا (تسلسل بايتات غير صالح عند البايت %1)؛ فُكّ ترميزه كـ %2 (مُكتشف)</translation>
    </message>
    <message>
        <source>has bytes that are invalid in %1; they were replaced by U+FFFD</source>
        <translation>يحتوي على بايتات غير صالحة في %1؛ استُبدلت بـ U+FFFD</translation>
    </message>
    <message>
        <source>has unpaired surrogates in %1; they were replaced by U+FFFD</source>
        <translation>يحتوي على بدائل غير مقترنة في %1؛ استُبدلت بـ U+FFFD</translation>
    </message>
    <message>
        <source>contains many control characters: it looks like a binary file, not text</source>
        <translation>يحتوي على محارف تحكم كثيرة: يبدو ملفًا ثنائيًا وليس نصًا</translation>
    </message>
</context>
<context>
    <name>Marginalia::TextImporter</name>
    <message>
        <source>the article is empty</source>
        <translation>المقالة فارغة</translation>
    </message>
</context>
<context>
    <name>Marginalia::TextStore</name>
    <message>
        <source>no space left</source>
        <translation>لا توجد مساحة متبقية</translation>
    </message>
    <message>
        <source>article texts cannot be written to a file in %1 (%2); they are kept in memory</source>
        <translation>لا يمكن كتابة نصوص المقالات في ملف في %1 (%2)؛ ستبقى في الذاكرة</translation>
    </message>
    <message>
        <source>the file is shorter than written</source>
        <translation>الملف أقصر مما كُتب</translation>
    </message>
    <message>
        <source>an article text cannot be read back from its file in %1 (%2)</source>
        <translation>لا يمكن قراءة نص مقالة من ملفه في %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Marginalia::TriagePanel</name>
    <message>
        <source>&amp;Accept Re-anchored Position</source>
        <translation>&amp;قبول الموضع الجديد</translation>
    </message>
    <message>
        <source>&amp;Re-attach to Selection</source>
        <translation>إعادة الربط بال&amp;تحديد</translation>
    </message>
    <message>
        <source>&amp;Delete Listed Highlight</source>
        <translation>&amp;حذف التظليل المُدرج</translation>
    </message>
    <message>
        <source>Highlights that need attention</source>
        <translation>تظليلات بحاجة إلى مراجعة</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>الاقتباس</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Keep the highlight on the text it was found on (Ctrl+Alt+A)</source>
        <translation>إبقاء التظليل على النص الذي وُجد عليه (Ctrl+Alt+A)</translation>
    </message>
    <message>
        <source>Attach the highlight to the text selected in the article (Ctrl+Alt+R)</source>
        <translation>ربط التظليل بالنص المحدّد في المقالة (Ctrl+Alt+R)</translation>
    </message>
    <message>
        <source>Delete the highlight with its note (Delete in the list); Undo brings it back</source>
        <translation>حذف التظليل مع ملاحظته (Delete في القائمة)؛ التراجع يعيده</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>تقريبي</translation>
    </message>
    <message>
        <source>Found on similar text; accept it there or re-attach it</source>
        <translation>وُجد على نص مشابه؛ اقبله هناك أو أعد ربطه</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>لم يُعثر عليه</translation>
    </message>
    <message>
        <source>Its text is no longer in the article; it is kept with its note</source>
        <translation>لم يعد نصه في المقالة؛ احتُفظ به مع ملاحظته</translation>
    </message>
    <message>
        <source>Document missing</source>
        <translation>المستند مفقود</translation>
    </message>
    <message>
        <source>Its article is not in the corpus; it is kept with its note</source>
        <translation>مقالته ليست في المدوّنة؛ احتُفظ به مع ملاحظته</translation>
    </message>
    <message>
        <source>Beyond the text</source>
        <translation>خارج النص</translation>
    </message>
    <message>
        <source>Its offsets lie beyond the end of the article</source>
        <translation>مواضعه تتجاوز نهاية المقالة</translation>
    </message>
    <message>
        <source>Every highlight is on the text it was made on.</source>
        <translation>كل تظليل على النص الذي أُنشئ عليه.</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) could not be placed exactly after their article changed. Select text in the article and choose Re-attach to Selection to place one there.</source>
        <translation>
            <numerusform>لا تظليلات (%n) تعذّر وضعها بدقة.</numerusform>
            <numerusform>تعذّر وضع تظليل واحد (%n) بدقة بعد تغيّر مقالته. حدّد نصًا في المقالة ثم اختر «إعادة الربط بالتحديد» لوضعه هناك.</numerusform>
            <numerusform>تعذّر وضع تظليلين (%n) بدقة بعد تغيّر مقالتيهما. حدّد نصًا في المقالة ثم اختر «إعادة الربط بالتحديد» لوضع أحدهما هناك.</numerusform>
            <numerusform>تعذّر وضع %n تظليلات بدقة بعد تغيّر مقالاتها. حدّد نصًا في المقالة ثم اختر «إعادة الربط بالتحديد» لوضع أحدها هناك.</numerusform>
            <numerusform>تعذّر وضع %n تظليلًا بدقة بعد تغيّر مقالاتها. حدّد نصًا في المقالة ثم اختر «إعادة الربط بالتحديد» لوضع أحدها هناك.</numerusform>
            <numerusform>تعذّر وضع %n تظليل بدقة بعد تغيّر مقالاتها. حدّد نصًا في المقالة ثم اختر «إعادة الربط بالتحديد» لوضع أحدها هناك.</numerusform>
        </translation>
    </message>
    <message>
        <source>The highlight now belongs to the text it was found on.</source>
        <translation>أصبح التظليل مرتبطًا بالنص الذي وُجد عليه.</translation>
    </message>
    <message>
        <source>Select the text in the article to attach the highlight to, then choose Re-attach to Selection.</source>
        <translation>حدّد في المقالة النص الذي تريد ربط التظليل به، ثم اختر «إعادة الربط بالتحديد».</translation>
    </message>
    <message>
        <source>The highlight was attached to the selected text.</source>
        <translation>رُبط التظليل بالنص المحدّد.</translation>
    </message>
    <message>
        <source>The highlight cannot be attached there.</source>
        <translation>تعذّر ربط التظليل هناك.</translation>
    </message>
    <message>
        <source>Highlight deleted (Undo brings it back).</source>
        <translation>حُذف التظليل (التراجع يعيده).</translation>
    </message>
</context>
<context>
    <name>Marginalia::XmlParts</name>
    <message>
        <source>the part &quot;%1&quot; declares a DTD, which is refused for safety</source>
        <translation>الجزء &quot;%1&quot; يصرّح بـ DTD، وهو مرفوض لأسباب أمنية</translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; is not well-formed XML: %2 (line %3, column %4)</source>
        <translation>الجزء &quot;%1&quot; ليس XML سليم البنية: %2 (السطر %3، العمود %4)</translation>
    </message>
</context>
<context>
    <name>Marginalia::ZipArchive</name>
    <message>
        <source>the part &quot;%1&quot; is missing</source>
        <translation>الجزء &quot;%1&quot; مفقود</translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; is encrypted</source>
        <translation>الجزء &quot;%1&quot; مشفّر</translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; cannot be found in the archive</source>
        <translation>تعذّر العثور على الجزء &quot;%1&quot; في الأرشيف</translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; cannot be opened (damaged archive)</source>
        <translation>يتعذّر فتح الجزء &quot;%1&quot; (أرشيف تالف)</translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; is damaged</source>
        <translation>الجزء &quot;%1&quot; تالف</translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; decompresses to far more than it could hold (a zip bomb?); refused</source>
        <translation>الجزء &quot;%1&quot; يتمدد عند فك الضغط إلى أكثر بكثير مما يمكن أن يحويه (قنبلة zip؟)؛ مرفوض</translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; is damaged (checksum or data error)</source>
        <translation>الجزء &quot;%1&quot; تالف (خطأ في المجموع الاختباري أو البيانات)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Read, code and compare news articles.</source>
        <translation>اقرأ المقالات الإخبارية وصنّفها وقارن بينها.</translation>
    </message>
    <message>
        <source>Corpus folder to open (default: the sample corpus).</source>
        <translation>مجلد المدوّنة المراد فتحه (افتراضيًا: المدوّنة النموذجية).</translation>
    </message>
    <message>
        <source>Show this document (path relative to the corpus).</source>
        <translation>اعرض هذا المستند (المسار نسبةً إلى المدوّنة).</translation>
    </message>
    <message>
        <source>Interface language (en, de, ar); default: the preference, else the system&apos;s.</source>
        <translation>لغة الواجهة (en أو de أو ar)؛ افتراضيًا: التفضيل المحفوظ، وإلا فلغة النظام.</translation>
    </message>
    <message>
        <source>Marginalia</source>
        <translation>Marginalia</translation>
    </message>
</context>
</TS>
