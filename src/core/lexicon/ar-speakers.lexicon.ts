/**
 * Words that shape an Arabic speaker phrase, undiacritised, compared after matchKey. Arabic has no
 * capitals: a speaker is found by titles, organisation nouns and position. One list a template
 * string, one entry a line; "#" starts a comment (see parse-lexicon.ts). Read by ar-speakers.ts.
 */

/** Titles and roles that head a person's description (definite and construct forms both listed). */
export const AR_TITLES_LEXICON = String.raw`
الرئيس
رئيس
الرئيسة
رئيسة
نائب
النائب
نائبة
# a member of parliament by the adjective ("وأكدت البرلمانية"); see the title synonyms below
برلماني
البرلماني
برلمانية
البرلمانية
وزير
الوزير
وزيرة
الوزيرة
المتحدث
متحدث
المتحدثة
متحدثة
الناطق
ناطق
الناطقة
مستشار
المستشار
مستشارة
# assistant ("مساعد وزير الداخلية", "المساعد الأول"); the feminine مساعدة is far more often the noun "help", so left out
مساعد
المساعد
السفير
سفير
السفيرة
الأمين
أمين
المدير
مدير
المديرة
مديرة
قائد
القائد
اللواء
العميد
العقيد
الفريق
المشير
الجنرال
العقيد
المقدم
الرائد
النقيب
عضو
العضو
محافظ
المحافظ
عمدة
العمدة
المبعوث
مبعوث
المنسق
منسق
المفوض
مفوض
القاضي
المدعي
النائب
المحامي
محامي
المحامية
الدكتور
الدكتورة
د
البروفيسور
الأستاذ
الأستاذة
الخبير
خبير
الخبيرة
المحلل
محلل
المحللة
الباحث
باحث
الباحثة
أستاذ
الملك
ملك
الأمير
أمير
الأميرة
ولي
الشيخ
الشيخة
السلطان
المفتي
البطريرك
البابا
مسؤول
المسؤول
مسؤولة
المسؤولة
مسؤولون
المسؤولون
مصدر
المصدر
مصادر
المصادر
شاهد
مراسل
المراسل
مراسلة
السيد
السيدة
زعيم
الزعيم
رئيسا
قائدا
المرشد
الممثل
ممثل
ممثلة
الممثلة
الأمينة
المندوب
مندوب
المندوبة
الكاتب
الصحفي
الناشط
الناشطة
المتحدثون
الوزراء
القادة
قادة
رؤساء
المسؤولين
# people described by what they do, before their name: "المتطوع في غرفة الطوارئ محمد آدم"
المتطوع
المتطوعة
الناشط
الطبيب
الطبيبة
المهندس
المزارع
التاجر
المواطن
المواطنة
المعلم
المعلمة
الصحفية
الأكاديمي
الأكاديمية
الكاتبة
الروائي
الفنان
الفنانة
اللاعب
المدرب
الحارس
# honorifics before a name or title: "سعادة المهندس حمد المهيري"
سعادة
معالي
فخامة
سمو
صاحب
سماحة
الشيخ
# Maghreb titles: كاهية مدير (deputy director), والي (governor), معتمد (delegate), كاتب عام (secretary-general)
كاهية
الكاهية
والي
الوالي
معتمد
المعتمد
كاتب
إمام
الإمام
الأستاذ
رئيسة
المفوضة
نقيب
النقيب
عميد
وكيل
الوكيل
رئيس
المنسقة
منسقة
مديرة
الممرضة
الممرض
المحاضر
الاقتصادي
الخبير
`;

/** Organisation heads: a phrase starting with one of these names a body, not a person. */
export const AR_ORGANISATIONS_LEXICON = String.raw`
وزارة
الوزارة
منظمة
المنظمة
هيئة
الهيئة
مركز
المركز
مجلس
المجلس
جامعة
الجامعة
شركة
الشركة
حركة
الحركة
حزب
الحزب
وكالة
الوكالة
الحكومة
حكومة
الرئاسة
رئاسة
الخدمة
خدمة
المكتب
مكتب
الجيش
جيش
الشرطة
شرطة
البيت
الكرملين
الأمم
الاتحاد
اتحاد
لجنة
اللجنة
السفارة
سفارة
المفوضية
مفوضية
البرلمان
برلمان
الكنيست
القيادة
قيادة
الإدارة
إدارة
المحكمة
محكمة
النيابة
نيابة
الأمانة
أمانة
دائرة
الدائرة
مديرية
المديرية
صحيفة
الصحيفة
قناة
القناة
موقع
الموقع
تحالف
التحالف
جبهة
الجبهة
بعثة
البعثة
السلطات
السلطة
سلطات
# "the opposition": a body, though its word is also the verbal noun "opposing"
المعارضة
الداخلية
الخارجية
الدفاع
الصحة
البنك
بنك
صندوق
الصندوق
المرصد
مرصد
الائتلاف
ائتلاف
المعهد
معهد
الأكاديمية
مؤسسة
المؤسسة
جمعية
الجمعية
نقابة
النقابة
الديوان
ديوان
الحرس
الدولة
بلدية
البلدية
مدينة
# regions head an office's place ("مدير عام التعليم بمنطقة مكة المكرمة فلان")
منطقة
المنطقة
محافظة
المحافظة
ولاية
الولاية
مستشفى
المستشفى
كلية
الكلية
غرفة
الغرفة
`;

/** Nouns that name a document or statement: "وأوضح البيان أن…" speaks for whoever issued it. */
export const AR_STATEMENT_NOUNS_LEXICON = String.raw`
البيان
بيان
التقرير
تقرير
الرسالة
رسالة
البلاغ
بلاغ
الوثيقة
وثيقة
الإعلان
التصريح
المذكرة
`;

/**
 * Nouns naming a part of a statement, before it ("وجاء في نص البيان", "وجاء في جانب من البيان"): the words that
 * came in the part are still the issuer's. من after the noun is allowed by the matcher.
 */
export const AR_STATEMENT_PARTS_LEXICON = String.raw`
نص
جانب
جزء
مقتطف
مقتطفات
ختام
مستهل
مطلع
متن
سياق
`;

/** Nouns before a short quotation that make it a name, not a claim: قناة «الجزيرة»، طراز "إل-76". */
export const AR_NAME_CATEGORY_NOUNS_LEXICON = String.raw`
قناة
القناة
صحيفة
الصحيفة
جريدة
وكالة
موقع
منصة
حركة
عملية
برنامج
كتاب
فيلم
مسلسل
مبادرة
مؤتمر
شركة
طراز
مركز
حملة
مشروع
تطبيق
حساب
وسم
هاشتاغ
مجلة
إذاعة
تلفزيون
منظمة
جماعة
تنظيم
مجموعة
قمة
منتدى
خطة
صفقة
اتفاق
اتفاقية
رواية
أغنية
ألبوم
عنوان
بعنوان
اسم
دار
شعار
وسم
معرض
مهرجان
جائزة
سفينة
طائرة
صاروخ
لواء
كتيبة
فرقة
# broadcasters named in quotation marks: محطة "كي بي سي"، شبكة «سي إن إن»
محطة
المحطة
شبكة
الشبكة
`;

/** Nouns of a speech event: after "في حديث" or "في مؤتمر" an indefinite word is still its adjective ("مؤتمر صحفي"). */
export const AR_SPEECH_EVENT_NOUNS_LEXICON = String.raw`
حديث
تصريح
تصريحات
مقابلة
كلمة
بيان
مؤتمر
لقاء
اتصال
خطاب
رسالة
تغريدة
منشور
ندوة
جلسة
اجتماع
وقت
مداخلة
حوار
إفادة
تقرير
برنامج
منشورات
تدوينة
بث
`;

/** Words after which a speaker phrase ends: time words, relative pronouns, supplements. */
export const AR_TIME_WORDS_LEXICON = String.raw`
# months as Tunisia, Algeria and Morocco write them, then as the Levant and the Gulf do
جانفي
فيفري
مارس
أفريل
ماي
جوان
جويلية
أوت
يناير
فبراير
أبريل
مايو
يونيو
يوليو
أغسطس
سبتمبر
أكتوبر
نوفمبر
ديسمبر
الجاري
المنقضي
الماضي
المقبل
# "الأسبوع الماضي", "الشهر المقبل" (not العام, which is also "general": المدير العام)
الأسبوع
الشهر
# adverbs that stand between a verb and its subject or object
بالمناسبة
خاصة
بالخصوص
بالتوازي
بوضوح
عموما
إجمالا
مجددا
حينها
آنذاك
وقتها
# personal pronouns: "وقال هو الآخر إن…", "وأكدت هي الأخرى أن…" (the subject is the one already quoted)
هو
هي
هم
هما
أيضا
كذلك
مرارا
تكرارا
صراحة
بدوره
بدورها
بدورهم
خصوصا
تحديدا
اليوم
أمس
الأحد
الاثنين
الإثنين
الثلاثاء
الأربعاء
الخميس
الجمعة
السبت
صباح
مساء
# "أعلن الوزير فلان فجر السبت…": dawn, before a day (the name Fajr is rare among news speakers)
فجر
الليلة
ليلة
مؤخرا
سابقا
لاحقا
حاليا
غداة
عشية
الثلاثاء
يوم
صباحا
مساء
`;

/** Prepositions that open a supplement after the speaker ("في مؤتمر صحفي", "خلال كلمة", "لوكالة…"). */
export const AR_SUPPLEMENT_PREPOSITIONS_LEXICON = String.raw`
# manner adverbials: "بصورة خاصة", "بشكل واضح" (never the speaker)
بصورة
بشكل
في
خلال
عبر
على
امام
أمام
لدى
اثناء
أثناء
عقب
بعد
قبل
ضمن
من
إلى
حول
بشأن
`;

/** Words opening an aside that runs to the next comma: relative pronouns, and "وهو/وهي" (", who was …,"). */
export const AR_RELATIVE_PRONOUNS_LEXICON = String.raw`
الذي
التي
الذين
اللذان
اللتان
اللواتي
اللاتي
وهو
وهي
وهم
وهما
`;

/** The journalist's own voice, not an attribution: يذكر أن، يشار إلى أن، تجدر الإشارة… */
export const AR_JOURNALIST_ASIDES_LEXICON = String.raw`
يذكر أن
ويذكر أن
يشار إلى أن
ويشار إلى أن
تجدر الإشارة
وتجدر الإشارة
الجدير بالذكر
والجدير بالذكر
من الجدير بالذكر
الجدير ذكره
من المقرر أن
ومن المقرر أن
من المتوقع أن
ومن المتوقع أن
يشار الى
`;

/** Addressees and outlets after لـ that end a speaker phrase: "قال للصحفيين", "صرح لقناة…". */
export const AR_AUDIENCE_NOUNS_LEXICON = String.raw`
الصحفيين
الصحافيين
الصحافة
الصحفيون
المراسلين
الصحيفة
صحيفة
جريدة
الجريدة
القناة
قناة
الوكالة
وكالة
موقع
الموقع
التلفزيون
تلفزيون
الإذاعة
إذاعة
شبكة
الشبكة
مجلة
المجلة
الحاضرين
المشاركين
أنصاره
مؤيديه
النواب
الطلاب
الشعب
المواطنين
الجمهور
الحضور
# "قال لمحطة «…» التلفزيونية": a broadcaster told
محطة
المحطة
`;

/** Unnamed sources beyond the source heads below (which are unnamed sources too): "مراقبون", "سكان". */
export const AR_UNNAMED_SOURCES_LEXICON = String.raw`
مراقبون
محللون
خبراء
ناشطون
سكان
وسائل
# people named by their trade or place: "قال تجار في السوق إن…", "أكد أهالي القرية أن…"
تجار
مواطنون
عمال
مزارعون
فلاحون
أطباء
أهالي
أهالٍ
# "قال طالب في كلية الطب إن…" (طالب is also the verb "demanded"; see PERSON_NOUNS_LIKE_VERBS)
طالب
طلاب
# quantities of people: "عدد من أهالي القرية", "بعض التجار", "مجموعة من الناشطين"
عدد
بعض
مجموعة
العديد
`;

/** Unnamed sources described by adjectives only: after "مصادر طبية" a noun ("مقتل…") starts the content. */
export const AR_SOURCE_HEADS_LEXICON = String.raw`
مصدر
مصادر
مسؤول
مسؤولون
مسؤولين
مسؤولة
شاهد
شهود
`;

/** Adjectives of a source that are not nisba forms (those, -ي/-ية/-يون, are recognised by their ending). */
export const AR_SOURCE_ADJECTIVES_LEXICON = String.raw`
مطلع
مطلعة
مطلعون
مطلعين
رفيع
رفيعة
مسؤول
مسؤولة
مسؤولون
مقرب
مقربة
مقربون
موثوق
موثوقة
عيان
بارز
كبير
# "مصدر قريب من العائلة", "مصادر مقربة من الحكومة": close to, then the من-phrase stays in the source
قريب
قريبة
قريبون
قريبين
مقربين
وثيق
`;

/** Name particles after which a definite word is still the name: عبد الله، أبو الغيط، بن سلمان، آل ثاني. */
export const AR_NAME_PARTICLES_LEXICON = String.raw`
عبد
أبو
أبي
بن
ابن
بنت
آل
ولد
أم
`;

/** "ذاته", "نفسه": "the same (speaker)", a phrase that points back to the last one. */
export const AR_SAME_LEXICON = String.raw`
ذاته
ذاتها
نفسه
نفسها
ذاتهم
أنفسهم
`;

/** News agencies and channels often named after لـ without a category noun ("قال لرويترز"). */
export const AR_OUTLETS_LEXICON = String.raw`
رويترز
فرانس
اسوشيتد
الأناضول
سبوتنيك
بي
سي
الجزيرة
العربية
سكاي
الشرق
الحياة
الأهرام
نوفوستي
تاس
إرنا
واس
وام
كونا
بترا
سانا
شينخوا
يونهاب
أكسيوس
بوليتيكو
`;

/** Whom calls and demands are addressed to: after the speaker of دعا/طالب they start the content ("ودعت المنظمة السلطات إلى…"). */
export const AR_ADDRESSEES_LEXICON = String.raw`
السلطات
الحكومة
الحكومات
المجتمع
الاطراف
الطرفين
المواطنين
السكان
الدول
الجميع
الادارة
البرلمان
الشركات
الاسرة
`;

/** Masculine singular heads: a feminine verb does not take them as its subject ("واتهمت الجيش…" has a pro-drop subject). */
export const AR_MASCULINE_HEADS_LEXICON = String.raw`
الرئيس
الوزير
المتحدث
الناطق
المدير
الأمين
السفير
النائب
الجيش
الحزب
المجلس
المكتب
المركز
البنك
الاتحاد
البرلمان
الكرملين
الصندوق
المعهد
التحالف
المسؤول
المصدر
الملك
الأمير
`;

/**
 * Broken plurals of people: a pro-drop verb after them is plural ("وقال النواب إن… وأضافوا أن…").
 * Sound plurals (-ون) are recognised by their ending. Plurals of things and of sources (مصادر،
 * تقارير، وسائل، السلطات) agree with a feminine singular verb instead ("وقالت مصادر… وأضافت…").
 */
export const AR_HUMAN_PLURALS_LEXICON = String.raw`
نواب
خبراء
شهود
سكان
أهالي
تجار
عمال
طلاب
أطباء
وزراء
قادة
زعماء
أعضاء
نشطاء
علماء
رؤساء
سفراء
جنود
ضباط
محامون
# notables, clergy and elders who sign joint statements ("استنكر أعيان المدينة…"); أعيان has the shape of the verbal noun إفعال
أعيان
وجهاء
شيوخ
مشايخ
أئمة
خطباء
فقهاء
حكماء
أساتذة
أدباء
شعراء
أمناء
مدراء
رجال
أولياء
أقارب
`;

/**
 * The same office under another name, "variant | canonical": a later mention by either name points back
 * to whoever was named with the other ("وأشار رئيس الحكومة" after "قال رئيس الوزراء فلان", "وأكدت
 * البرلمانية" after "قالت النائبة فلانة"). Titles are compared without their article.
 */
export const AR_TITLE_SYNONYMS_LEXICON = String.raw`
الناطق | المتحدث
الناطقة | المتحدثة
ناطق | متحدث
ناطقة | متحدثة
رئيس الحكومة | رئيس الوزراء
رئيسة الحكومة | رئيسة الوزراء
رئيس مجلس الوزراء | رئيس الوزراء
البرلماني | النائب
البرلمانية | النائبة
عضو البرلمان | النائب
عضوة البرلمان | النائبة
عضو مجلس النواب | النائب
عضوة مجلس النواب | النائبة
`;
