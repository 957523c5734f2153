/**
 * Arabic reporting verbs as they appear in news, undiacritised (compared after matchKey, so أكد matches
 * اكد and أكّد). One verb a line, fields separated by "|":
 *
 *   gloss | past: he / she / they | present: he / she / they | ḥāl participle (or -) | takes
 *
 * Several forms in one cell are separated by spaces (duals go with the plural). The proclitics و/ف are
 * allowed before every form by the matcher; كما، قد، ثم stand as words before it. A participle gets its
 * feminine (-ة) and plural (-ين) forms from the masculine; a participle starting with بال ("بالقول",
 * "by saying") is taken as written.
 *
 * takes (space-separated):
 *   (nothing) — a complementiser (أن، إن، بأن، على أن، إلى أن، من أن) or a colon
 *   np        — also a bare noun phrase: "أعلن مقتل…", "أكد وجود…", "نفى الاتهامات"
 *   +PREP     — also a prepositional object that is the content: أعلن عن، دعا إلى، طالب بـ، حذر من
 *   obj       — takes a person object, as a word ("دعا الحكومة إلى") or a suffix ("اعتبره", "وصفها")
 *   ambiguous — the verb has common non-speech senses (أضاف "added an item", تابع "followed", أشار
 *               "pointed", رأى "saw", كشف "uncovered", بين "between", عبر "via", طالب "student"), so
 *               it counts only in a verb position and never with a bare noun phrase
 *   particle  — the bare form is far more often a preposition (بين "between", عبر "via"): it never counts
 *               after a fronted phrase without a comma, nor as the second half of "بين X وبين Y"
 *   belief    — a verb of belief: in the present inside a relative clause ("الجماعات التي تعتقد أن…") it
 *               describes the noun before it and reports nobody
 *   passive   — an agentless form ("قيل", "أفيد"): its speaker is empty, never carried from before
 *   deem      — takes an object and a second accusative, what the object is deemed: "اعتبر ذلك انتهاكا",
 *               "معتبرا هذا العمل «عدوانا»", "واعتبرته خطوة"; with a demonstrative or a suffixed object
 *               the two make the content
 *   stance    — a verb of opinion or expectation: negated ("لم يستبعد أن", "لا يعتقد أن", "لا يتوقع أن")
 *               it still states a view and keeps its claim; any other negated verb ("لم يكشف عن",
 *               "لا تذكر") reports nothing
 *   saying    — the plain verb of saying: its participle (قائلا، بالقول) only ever introduces words, so it
 *               opens a clause of its own anywhere, is a second cue right after another verb ("وتابع
 *               قائلًا:"), and before a colon or a quotation extends the cue ("أوضح قائلا: «…»")
 *
 * A cell of "-" means the verb has no such form.
 */
export const AR_REPORTING_VERBS_LEXICON = String.raw`
# The core of news reporting (PADT frequencies: قال، أكد، أعلن، أضاف، ذكر، أوضح، اعتبر)
say                   | قال / قالت / قالوا قالا قالتا | يقول / تقول / يقولون | قائلا بالقول | saying
affirm, stress        | أكد / أكدت / أكدوا أكدا أكدتا | يؤكد / تؤكد / يؤكدون | مؤكدا بالتأكيد | np +على
announce              | أعلن / أعلنت / أعلنوا أعلنا | يعلن / تعلن / يعلنون | معلنا | np +عن
add                   | أضاف / أضافت / أضافوا أضافا | يضيف / تضيف / يضيفون | مضيفا | ambiguous
clarify               | أوضح / أوضحت / أوضحوا | يوضح / توضح / يوضحون | موضحا | np
# أشار إلى + noun is also "referred to"; as a participle after a claim ("، مشيرًا إلى توقيع عقد") it reports
point out             | أشار / أشارت / أشاروا | يشير / تشير / يشيرون | مشيرا بالإشارة | +إلى ambiguous
# لفت إلى + noun reports like أشار إلى; "لفت الانتباه/الأنظار" is the idiom (its noun is an object, not a subject)
draw attention        | لفت / لفتت / لفتوا | يلفت / تلفت / يلفتون | لافتا | +إلى ambiguous
deny                  | نفى / نفت / نفوا | ينفي / تنفي / ينفون | نافيا | np
declare               | صرح / صرحت / صرحوا | يصرح / تصرح / يصرحون | مصرحا |
# ذكر is also the noun "mention", and "يذكر أن" is the journalist's aside (see AR_JOURNALIST_ASIDES)
mention, report       | ذكر / ذكرت / ذكروا | يذكر / تذكر / يذكرون | ذاكرا | ambiguous
report, inform        | أفاد / أفادت / أفادوا | يفيد / تفيد / يفيدون | مفيدا |
insist                | شدد / شددت / شددوا | يشدد / تشدد / يشددون | مشددا بالتشديد | +على
# "اعتبر ذلك انتهاكا", "معتبرا هذا العمل عدوانا", "واعتبرته خطوة": what is deemed, and what it is deemed, are the content
consider              | اعتبر / اعتبرت / اعتبروا | يعتبر / تعتبر / يعتبرون | معتبرا | obj stance deem
# رأى without أن is "saw"
opine                 | رأى / رأت / رأوا | يرى / ترى / يرون | - | ambiguous stance belief
warn                  | حذر / حذرت / حذروا | يحذر / تحذر / يحذرون | محذرا | +من obj
reveal                | كشف / كشفت / كشفوا | يكشف / تكشف / يكشفون | كاشفا | +عن ambiguous
# متابعا "following up (a file)" takes an object, which an ambiguous participle never reports: only "، متابعا: «…»" or أن
go on (speaking)      | تابع / تابعت / تابعوا | يتابع / تتابع / يتابعون | متابعا | ambiguous
claim (doubtful)      | زعم / زعمت / زعموا | يزعم / تزعم / يزعمون | زاعما |
allege                | ادعى / ادعت / ادعوا | يدعي / تدعي / يدعون | مدعيا |
show, clarify         | بين / بينت / بينوا | يبين / تبين / يبينون | مبينا | ambiguous particle
# نوه بـ "praised" (an attitude, optional in the guidelines) as well as نوه إلى أن "noted that"
note                  | نوه / نوهت / نوهوا | ينوه / تنوه / ينوهون | منوها | +ب
go on to say          | أردف / أردفت / أردفوا | يردف / تردف / يردفون | مردفا |
digress, add          | استطرد / استطردت / استطردوا | يستطرد / تستطرد / يستطردون | مستطردا |
add a caveat          | استدرك / استدركت / استدركوا | يستدرك / تستدرك / يستدركون | مستدركا |
conclude              | اختتم / اختتمت / اختتموا | يختتم / تختتم / يختتمون | مختتما | ambiguous
# أبلغ/أخبر take whom they tell before أن: "أبلغ مسؤول وكالة فرانس برس أن…"
tell, inform          | أبلغ / أبلغت / أبلغوا | يبلغ / تبلغ / يبلغون | مبلغا | obj ambiguous
tell                  | أخبر / أخبرت / أخبروا | يخبر / تخبر / يخبرون | - | obj ambiguous
express               | أعرب / أعربت / أعربوا | يعرب / تعرب / يعربون | معربا | +عن
call for              | دعا / دعت / دعوا | يدعو / تدعو / يدعون | داعيا | +الى obj
# طالب is also the noun "student": with بـ or أن only
demand                | طالب / طالبت / طالبوا | يطالب / تطالب / يطالبون | مطالبا | +ب obj ambiguous
expect                | توقع / توقعت / توقعوا | يتوقع / تتوقع / يتوقعون | متوقعا | stance
deem likely           | رجح / رجحت / رجحوا | يرجح / ترجح / يرجحون | مرجحا | stance
rule out              | استبعد / استبعدت / استبعدوا | يستبعد / تستبعد / يستبعدون | مستبعدا | np stance
admit                 | اعترف / اعترفت / اعترفوا | يعترف / تعترف / يعترفون | معترفا |
acknowledge           | أقر / أقرت / أقروا | يقر / تقر / يقرون | مقرا | +ب ambiguous
criticise             | انتقد / انتقدت / انتقدوا | ينتقد / تنتقد / ينتقدون | منتقدا | np
# اتهم X بـ…: "متهما جهات خارجية بدعم المسلحين" (whom, then what of)
accuse                | اتهم / اتهمت / اتهموا | يتهم / تتهم / يتهمون | متهما | np +ب obj
describe (as)         | وصف / وصفت / وصفوا | يصف / تصف / يصفون | واصفا | +ب obj ambiguous
condemn               | أدان ندد / أدانت نددت / أدانوا نددوا | يدين يندد / تدين تندد / يدينون ينددون | مدينا منددا | np +ب
# استنكر/شجب/استهجن "denounced": a claim only with أن, a colon or a quotation ("واستنكر النائب أن تُرفع الأسعار…",
# "مستنكرا: «…»"); a bare object ("استنكر الأهالي الاعتداء") ends the subject (np) but is no content (ambiguous): it is an
# act whose participles speak (see ar-act-verbs)
denounce              | استنكر شجب استهجن / استنكرت شجبت استهجنت / استنكروا شجبوا استهجنوا | يستنكر يشجب يستهجن / تستنكر تشجب تستهجن / يستنكرون يشجبون يستهجنون | مستنكرا شاجبا مستهجنا | np ambiguous
pledge                | تعهد وعد / تعهدت وعدت / تعهدوا وعدوا | يتعهد / تتعهد / يتعهدون | متعهدا | +ب
# لوح بـ "brandished (a threat)"; لوح is also the noun "board", so only in a verb position
threaten              | هدد لوح توعد / هددت لوحت توعدت / هددوا لوحوا توعدوا | يهدد يلوح يتوعد / تهدد تلوح تتوعد / يهددون يلوحون يتوعدون | مهددا ملوحا متوعدا | +ب ambiguous
hint                  | ألمح لمح / ألمحت لمحت / ألمحوا | يلمح / تلمح / يلمحون | ملمحا |
wonder, ask           | تساءل / تساءلت / تساءلوا | يتساءل / تتساءل / يتساءلون | متسائلا | +عن stance
# سأل asks a question that is quoted or follows a colon ("وسأل الوزير: «…»"); its object (whom) is not the content
ask                   | سأل / سألت / سألوا | يسأل / تسأل / يسألون | سائلا | ambiguous
answer                | أجاب رد / أجابت ردت / أجابوا ردوا | يجيب / تجيب / يجيبون | مجيبا | ambiguous
comment               | علق / علقت / علقوا | يعلق / تعلق / يعلقون | معلقا | ambiguous
write, tweet          | كتب غرد / كتبت غردت / كتبوا غردوا | يكتب يغرد / تكتب تغرد / يكتبون يغردون | كاتبا | ambiguous
# نشر is also "published (a report)" or "deployed": only with a colon, a quotation or أن
post                  | نشر / نشرت / نشروا | ينشر / تنشر / ينشرون | - | ambiguous
report, narrate       | أورد روى / أوردت روت / أوردوا رووا | يورد يروي / تورد تروي / يوردون يروون | - | ambiguous
# أمل "hoped" (a wish, optional in the guidelines): with أن only, since أمل is also the noun "hope" and a first name
hope                  | أمل / أملت / أملوا | يأمل / تأمل / يأملون | آملا | ambiguous stance
believe, insist       | اعتقد أصر / اعتقدت أصرت / اعتقدوا أصروا | يعتقد يصر / تعتقد تصر / يعتقدون يصرون | معتقدا مصرا | stance belief
renew (affirmation)   | جدد / جددت / جددوا | يجدد / تجدد / يجددون | مجددا | ambiguous
# أظهر "showed" reports with أن only ("أظهرت الخبيرة أن…"); the present "يظهر أن" is the impersonal "it appears"
show (that)           | أظهر / أظهرت / أظهروا | - / - / - | - | ambiguous
confirm, assert       | أفصح / أفصحت / أفصحوا | يفصح / تفصح / يفصحون | - | +عن ambiguous
# أمر is also the noun "matter": counted only with أن or a colon
order                 | أمر / أمرت / أمروا | يأمر / تأمر / يأمرون | - | ambiguous
stress, emphasise     | نبه / نبهت / نبهوا | ينبه / تنبه / ينبهون | منبها | +الى
welcome               | رحب / رحبت / رحبوا | يرحب / ترحب / يرحبون | مرحبا | +ب ambiguous
# أشاد بـ "praised": an attitude, optional in the guidelines like رحب
praise                | أشاد / أشادت / أشادوا | يشيد / تشيد / يشيدون | مشيدا | +ب
# أبدى "showed, expressed" takes a verbal noun with its pronoun: "أبدى استعداده للحوار"
show, express         | أبدى / أبدت / أبدوا | يبدي / تبدي / يبدون | مبديا | np
# Verbs of observation, appeal, request and attribution seen in real news beyond the core
observe, note          | لاحظ / لاحظت / لاحظوا | يلاحظ / تلاحظ / يلاحظون | ملاحظا |
appeal to              | ناشد / ناشدت / ناشدوا | يناشد / تناشد / يناشدون | مناشدا | +الى +ب obj
# طلب is also the noun "request": only with من + أن, a colon or a quotation
request                | طلب / طلبت / طلبوا | يطلب / تطلب / يطلبون | - | +من ambiguous
# عبر is also "via", which never takes عن: the verb counts with عن (its own preposition), أن or a colon
express                | عبر / عبرت / عبروا | يعبر / تعبر / يعبرون | معبرا | +عن ambiguous particle
# أرجع X إلى "put X down to" in the past only: the present يرجع is mostly "goes back, is due to" (the journalist's voice)
attribute to           | عزا أرجع / عزت أرجعت / عزوا أرجعوا | يعزو / تعزو / يعزون | عازيا مرجعا | +الى
touch on               | تطرق / تطرقت / تطرقوا | يتطرق / تتطرق / يتطرقون | متطرقا | +الى ambiguous
# كذب is also the noun "lie": only a verb reading counts (see the verb-position rule)
# فسر/برر X بـ…: the explanation is the content ("وفسر الوزير التأخير بنقص…", "فسرها المترجم بمراعاة…")
explain                | فسر / فسرت / فسروا | يفسر / تفسر / يفسرون | مفسرا | +ب obj
justify                | برر / بررت / برروا | يبرر / تبرر / يبررون | مبررا | +ب obj
# أبرز "highlighted" and استعرض "reviewed" take a verbal noun: "وأبرز المدير أهمية…"
highlight              | أبرز / أبرزت / أبرزوا | يبرز / تبرز / يبرزون | مبرزا | np ambiguous
deny (belie)           | كذب / كذبت / كذبوا | يكذب / تكذب / يكذبون | مكذبا | np
# فند "refuted" takes what it refutes as its object ("فندت الوزارة الشائعات"), like نفى; دحض likewise, but it is
# also its own verbal noun ("في دحض الشائعات"), which the verb-position rule leaves out
refute                 | فند / فندت / فندوا | يفند / تفند / يفندون | مفندا | np
refute (rebut)         | دحض / دحضت / دحضوا | يدحض / تدحض / يدحضون | داحضا | np
# حمّل X مسؤولية… "held X responsible for…"; حمل is also "carried", so only with مسؤولية after the object
hold responsible       | حمل / حملت / حملوا | يحمل / تحمل / يحملون | محملا | +مسؤولية +المسؤولية obj ambiguous
# Calls, proposals and advice beyond دعا/طالب/ناشد: "حث الوزير المواطنين على…", "أوصى التقرير بزيادة…"
urge                   | حث / حثت / حثوا | يحث / تحث / يحثون | حاثا | +على obj
# the present يقترح is also "offers" ("يقترح المهرجان برمجة غنية"): the past only
propose                | اقترح / اقترحت / اقترحوا | - / - / - | - | np
recommend              | أوصى / أوصت / أوصوا | يوصي / توصي / يوصون | موصيا | +ب obj
advise                 | نصح / نصحت / نصحوا | ينصح / تنصح / ينصحون | ناصحا | +ب obj
assert                 | جزم / جزمت / جزموا | يجزم / تجزم / يجزمون | جازما |
reassure               | طمأن / طمأنت / طمأنوا | يطمئن / تطمئن / يطمئنون | مطمئنا | obj
# كرر "repeated (an attempt)", أكمل/واصل "went on (with a task)": only with أن, a colon or a quotation
repeat                 | كرر / كررت / كرروا | يكرر / تكرر / يكررون | - | ambiguous
# مواصلا "going on (with a task)" likewise: "، مواصلا في هذا الصدد «…»" reports, "مواصلا عمله" does not
go on (speaking)       | أكمل واصل / أكملت واصلت / أكملوا واصلوا | - / - / - | مواصلا | ambiguous
# خاطب "addressed": whom, then a colon or أن ("مخاطبا الحضور: «…»"); the participle موجها too ("موجها كلامه للوزير: «…»"),
# not the verb وجه, which mostly directs criticism or accusations ("الانتقادات التي وجهتها الصحيفة") and is also the noun "face"
address                | خاطب / خاطبت / خاطبوا | يخاطب / تخاطب / يخاطبون | مخاطبا موجها | obj ambiguous
# Agentless verbs: "قيل إن", "أفيد بأن", "يشاع أن" name nobody, so their speaker stays empty (never the last one quoted)
# تردد أن "it was rumoured" (تردد في "hesitated" takes no أن)
it was said (passive)  | قيل أفيد أشيع تردد / - / - | يقال يفاد يشاع يتردد / - / - | - | passive
# ختم is also "stamped, sealed": with a colon, a quotation, أن or "بقوله" only
conclude (short form)  | ختم / ختمت / ختموا | يختم / تختم / يختمون | - | ambiguous
# أتم is also "completed" (أتم المشروع): like ختم, only before a colon, a quotation or أن; its present يتم is
# the passive "is done", so it has none
conclude (completed)   | أتم / أتمت / أتموا | - / - / - | - | ambiguous
deny, disown           | أنكر / أنكرت / أنكروا | ينكر / تنكر / ينكرون | منكرا | np
`;
