/**
 * Words that start the object of a verb right after its speaker, where Arabic marks no boundary:
 * "اتهم الرئيس الإيراني أوروبا بالتقاعس", "حمّل الوزير الحكومة مسؤولية…", "كذب المتحدث باسم الوزارة
 * الأخبار المتداولة". A speaker phrase never goes on with one of these once its title is complete
 * (see splitAtObject). One entry a line, undiacritised, compared after matchKey.
 */

/**
 * Countries, capitals and regions, as news names them when they are accused, called on or blamed.
 * Names that are also feminine adjectives (السعودية "Saudi") are left out: "الخارجية السعودية" is a speaker.
 */
export const AR_PLACES_LEXICON = String.raw`
# countries
إسرائيل
إيران
روسيا
أوكرانيا
تركيا
أمريكا
أميركا
الولايات
أوروبا
بريطانيا
فرنسا
ألمانيا
إيطاليا
إسبانيا
الصين
الهند
باكستان
أفغانستان
اليابان
كوريا
مصر
سوريا
سورية
لبنان
الأردن
العراق
اليمن
ليبيا
تونس
الجزائر
المغرب
موريتانيا
السودان
الصومال
إثيوبيا
قطر
الكويت
البحرين
عمان
الإمارات
فلسطين
# capitals that stand for their governments
واشنطن
موسكو
طهران
بكين
لندن
باريس
برلين
أنقرة
دمشق
بغداد
القاهرة
الرياض
أبوظبي
الدوحة
كييف
بروكسل
تل
`;

/**
 * Nouns that are objects of denial, condemnation or warning, not speakers: "نفى المتحدث الأنباء",
 * "انتقد النائب قرار الحكومة" (each also matches without its article).
 */
export const AR_OBJECT_NOUNS_LEXICON = String.raw`
الأخبار
الأنباء
الاتهامات
الشائعات
الإشاعات
التقارير
المعلومات
المزاعم
الادعاءات
التصريحات
الانتباه
الأنظار
المسؤولية
الاعتداء
الهجمات
الجريمة
الحادث
القرار
القصف
الهجوم
الاعتداءات
التفجير
الانسحاب
# counterparts met or received: "التقى الوزير نظيره الفرنسي"
نظيره
نظيرته
نظيرها
نظيرتها
نظراءه
نظرائه
# addressees of calls and blame (see also AR_ADDRESSEES)
المجتمع
الاحتلال
المعارضة
النظام
`;
