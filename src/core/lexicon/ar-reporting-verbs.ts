/**
 * Arabic reporting verbs as they appear in news, undiacritised (they are compared after matchKey, so
 * أكد matches اكد and أكّد). One row a verb:
 *   past "he | she | they", present "he | she | they", ḥāl participle, and how the verb takes its content.
 * The proclitics و/ف are allowed before every form by the matcher; كما، قد، ثم stand as words before it.
 *
 * content:
 *   that   — a complementiser (أن، إن، بأن، على أن، إلى أن، من أن) or a colon
 *   np     — also a bare noun phrase: "أعلن مقتل…", "أكد وجود…", "نفى الاتهامات"
 *   preps  — also a prepositional object that is the content: أعلن عن، دعا إلى، طالب بـ، حذر من
 * ambiguous: the verb has common non-speech senses (أضاف "added an item", تابع "followed",
 *   أشار "pointed", رأى "saw", كشف "uncovered", بين "between", عبر "via") so it counts only with a
 *   complementiser, a colon or an adjacent quotation.
 */
export interface ArabicVerbRow {
  gloss: string;
  past: string;
  present: string;
  participle?: string;
  np?: boolean;
  preps?: readonly string[];
  ambiguous?: boolean;
}

export const AR_REPORTING_VERBS: readonly ArabicVerbRow[] = [
  // The core of news reporting (PADT frequencies: قال، أكد، أعلن، أضاف، ذكر، أوضح، اعتبر)
  { gloss: "say", past: "قال | قالت | قالوا قالا قالتا", present: "يقول | تقول | يقولون", participle: "قائلا" },
  { gloss: "affirm, stress", past: "أكد | أكدت | أكدوا أكدا أكدتا", present: "يؤكد | تؤكد | يؤكدون", participle: "مؤكدا", np: true },
  { gloss: "announce", past: "أعلن | أعلنت | أعلنوا أعلنا", present: "يعلن | تعلن | يعلنون", participle: "معلنا", np: true, preps: ["عن"] },
  { gloss: "add", past: "أضاف | أضافت | أضافوا أضافا", present: "يضيف | تضيف | يضيفون", participle: "مضيفا", ambiguous: true },
  { gloss: "clarify", past: "أوضح | أوضحت | أوضحوا", present: "يوضح | توضح | يوضحون", participle: "موضحا" },
  // أشار إلى + noun is also "referred to"; as a participle after a claim ("، مشيرًا إلى توقيع عقد") it reports
  { gloss: "point out", past: "أشار | أشارت | أشاروا", present: "يشير | تشير | يشيرون", participle: "مشيرا", preps: ["إلى"], ambiguous: true },
  { gloss: "draw attention", past: "لفت | لفتت | لفتوا", present: "يلفت | تلفت | يلفتون", participle: "لافتا", ambiguous: true },
  { gloss: "deny", past: "نفى | نفت | نفوا", present: "ينفي | تنفي | ينفون", participle: "نافيا", np: true },
  { gloss: "declare", past: "صرح | صرحت | صرحوا", present: "يصرح | تصرح | يصرحون", participle: "مصرحا" },
  // ذكر is also the noun "mention", and "يذكر أن" is the journalist's aside (see AR_JOURNALIST_ASIDES)
  { gloss: "mention, report", past: "ذكر | ذكرت | ذكروا", present: "يذكر | تذكر | يذكرون", participle: "ذاكرا", ambiguous: true },
  { gloss: "report, inform", past: "أفاد | أفادت | أفادوا", present: "يفيد | تفيد | يفيدون", participle: "مفيدا" },
  { gloss: "insist", past: "شدد | شددت | شددوا", present: "يشدد | تشدد | يشددون", participle: "مشددا", preps: ["على"] },
  { gloss: "consider", past: "اعتبر | اعتبرت | اعتبروا", present: "يعتبر | تعتبر | يعتبرون", participle: "معتبرا" },
  // رأى without أن is "saw"
  { gloss: "opine", past: "رأى | رأت | رأوا", present: "يرى | ترى | يرون", ambiguous: true },
  { gloss: "warn", past: "حذر | حذرت | حذروا", present: "يحذر | تحذر | يحذرون", participle: "محذرا", preps: ["من"] },
  { gloss: "reveal", past: "كشف | كشفت | كشفوا", present: "يكشف | تكشف | يكشفون", participle: "كاشفا", preps: ["عن"], ambiguous: true },
  { gloss: "go on (speaking)", past: "تابع | تابعت | تابعوا", present: "يتابع | تتابع | يتابعون", ambiguous: true },
  { gloss: "claim (doubtful)", past: "زعم | زعمت | زعموا", present: "يزعم | تزعم | يزعمون", participle: "زاعما" },
  { gloss: "allege", past: "ادعى | ادعت | ادعوا", present: "يدعي | تدعي | يدعون", participle: "مدعيا" },
  { gloss: "show, clarify", past: "بين | بينت | بينوا", present: "يبين | تبين | يبينون", participle: "مبينا", ambiguous: true },
  { gloss: "note", past: "نوه | نوهت | نوهوا", present: "ينوه | تنوه | ينوهون", participle: "منوها" },
  { gloss: "go on to say", past: "أردف | أردفت | أردفوا", present: "يردف | تردف | يردفون", participle: "مردفا" },
  { gloss: "digress, add", past: "استطرد | استطردت | استطردوا", present: "يستطرد | تستطرد | يستطردون", participle: "مستطردا" },
  { gloss: "add a caveat", past: "استدرك | استدركت | استدركوا", present: "يستدرك | تستدرك | يستدركون", participle: "مستدركا" },
  { gloss: "conclude", past: "اختتم | اختتمت | اختتموا", present: "يختتم | تختتم | يختتمون", participle: "مختتما", ambiguous: true },
  { gloss: "tell, inform", past: "أبلغ | أبلغت | أبلغوا", present: "يبلغ | تبلغ | يبلغون", participle: "مبلغا", ambiguous: true },
  { gloss: "tell", past: "أخبر | أخبرت | أخبروا", present: "يخبر | تخبر | يخبرون", ambiguous: true },
  { gloss: "express", past: "أعرب | أعربت | أعربوا", present: "يعرب | تعرب | يعربون", participle: "معربا", preps: ["عن"] },
  { gloss: "call for", past: "دعا | دعت | دعوا", present: "يدعو | تدعو | يدعون", participle: "داعيا", preps: ["الى"] },
  // طالب is also the noun "student": with بـ or أن only
  { gloss: "demand", past: "طالب | طالبت | طالبوا", present: "يطالب | تطالب | يطالبون", participle: "مطالبا", preps: ["ب"], ambiguous: true },
  { gloss: "expect", past: "توقع | توقعت | توقعوا", present: "يتوقع | تتوقع | يتوقعون", participle: "متوقعا" },
  { gloss: "deem likely", past: "رجح | رجحت | رجحوا", present: "يرجح | ترجح | يرجحون", participle: "مرجحا" },
  { gloss: "rule out", past: "استبعد | استبعدت | استبعدوا", present: "يستبعد | تستبعد | يستبعدون", participle: "مستبعدا", np: true },
  { gloss: "admit", past: "اعترف | اعترفت | اعترفوا", present: "يعترف | تعترف | يعترفون", participle: "معترفا" },
  { gloss: "acknowledge", past: "أقر | أقرت | أقروا", present: "يقر | تقر | يقرون", participle: "مقرا", ambiguous: true },
  { gloss: "criticise", past: "انتقد | انتقدت | انتقدوا", present: "ينتقد | تنتقد | ينتقدون", participle: "منتقدا", np: true },
  { gloss: "accuse", past: "اتهم | اتهمت | اتهموا", present: "يتهم | تتهم | يتهمون", participle: "متهما", np: true },
  { gloss: "describe (as)", past: "وصف | وصفت | وصفوا", present: "يصف | تصف | يصفون", participle: "واصفا", ambiguous: true },
  { gloss: "condemn", past: "أدان ندد | أدانت نددت | أدانوا نددوا", present: "يدين يندد | تدين تندد | يدينون ينددون", participle: "مدينا منددا", np: true, preps: ["ب"] },
  { gloss: "pledge", past: "تعهد وعد | تعهدت وعدت | تعهدوا وعدوا", present: "يتعهد | تتعهد | يتعهدون", participle: "متعهدا", preps: ["ب"] },
  { gloss: "threaten", past: "هدد | هددت | هددوا", present: "يهدد | تهدد | يهددون", participle: "مهددا", preps: ["ب"], ambiguous: true },
  { gloss: "hint", past: "ألمح لمح | ألمحت لمحت | ألمحوا", present: "يلمح | تلمح | يلمحون", participle: "ملمحا" },
  { gloss: "wonder, ask", past: "تساءل | تساءلت | تساءلوا", present: "يتساءل | تتساءل | يتساءلون", participle: "متسائلا" },
  { gloss: "answer", past: "أجاب رد | أجابت ردت | أجابوا ردوا", present: "يجيب | تجيب | يجيبون", participle: "مجيبا", ambiguous: true },
  { gloss: "comment", past: "علق | علقت | علقوا", present: "يعلق | تعلق | يعلقون", participle: "معلقا", ambiguous: true },
  { gloss: "write, tweet", past: "كتب غرد | كتبت غردت | كتبوا غردوا", present: "يكتب يغرد | تكتب تغرد | يكتبون يغردون", participle: "كاتبا", ambiguous: true },
  // نشر is also "published (a report)" or "deployed": only with a colon, a quotation or أن
  { gloss: "post", past: "نشر | نشرت | نشروا", present: "ينشر | تنشر | ينشرون", ambiguous: true },
  { gloss: "report, narrate", past: "أورد روى | أوردت روت | أوردوا رووا", present: "يورد يروي | تورد تروي | يوردون يروون", ambiguous: true },
  { gloss: "believe, insist", past: "اعتقد أصر | اعتقدت أصرت | اعتقدوا أصروا", present: "يعتقد يصر | تعتقد تصر | يعتقدون يصرون", participle: "معتقدا مصرا" },
  { gloss: "renew (affirmation)", past: "جدد | جددت | جددوا", present: "يجدد | تجدد | يجددون", participle: "مجددا", ambiguous: true },
  { gloss: "confirm, assert", past: "أفصح | أفصحت | أفصحوا", present: "يفصح | تفصح | يفصحون", preps: ["عن"], ambiguous: true },
  // أمر is also the noun "matter": counted only with أن or a colon
  { gloss: "order", past: "أمر | أمرت | أمروا", present: "يأمر | تأمر | يأمرون", ambiguous: true },
  { gloss: "stress, emphasise", past: "نبه | نبهت | نبهوا", present: "ينبه | تنبه | ينبهون", participle: "منبها", preps: ["الى"] },
  { gloss: "welcome", past: "رحب | رحبت | رحبوا", present: "يرحب | ترحب | يرحبون", participle: "مرحبا", preps: ["ب"], ambiguous: true },
];

/** Nouns of speech after which a pronoun-suffixed "قوله إن" reports words: نقلت الوكالة عن مسؤول قوله إن… */
export const AR_QUOTED_SAYING: readonly string[] = ["قوله", "قولها", "قولهم", "قولهما"];
