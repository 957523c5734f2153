import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/core/index.ts";

/** [article, expected claims: speaker, kind, start of content, end of content] — one row a construction. */
type Expected = { speaker: string; kind: "direct" | "indirect" | "mixed"; text: string };
const rows: Array<[name: string, article: string, expected: Expected[]]> = [
  [
    "a verb before its titled speaker, with إن",
    "وقال وزير الصحة المصري خالد عبد الغفار إن الوزارة ستفتتح عشرة مستشفيات جديدة.",
    [{ speaker: "خالد عبد الغفار", kind: "indirect", text: "الوزارة ستفتتح عشرة مستشفيات جديدة" }],
  ],
  [
    "a feminine organisation with أن",
    "وأكدت وزارة الخارجية القطرية أن المفاوضات ما زالت مستمرة.",
    [{ speaker: "وزارة الخارجية القطرية", kind: "indirect", text: "المفاوضات ما زالت مستمرة" }],
  ],
  [
    "a colon and guillemets make a direct quote",
    "وقال المتحدث باسم الحكومة محمد الحسن في مؤتمر صحفي: «لن نقبل بأي تدخل خارجي».",
    [{ speaker: "محمد الحسن", kind: "direct", text: "لن نقبل بأي تدخل خارجي" }],
  ],
  [
    "a subject-less وأضاف continues the previous speaker",
    "وقال الوزير سامي العلي إن الموازنة متوازنة.\nوأضاف: «لن نرفع الضرائب هذا العام».",
    [
      { speaker: "سامي العلي", kind: "indirect", text: "الموازنة متوازنة" },
      { speaker: "سامي العلي", kind: "direct", text: "لن نرفع الضرائب هذا العام" },
    ],
  ],
  [
    "a feminine pro-drop verb skips a masculine speaker for the feminine one",
    "وقالت الوزيرة ليلى حداد إن الخطة جاهزة. وقال النائب عمر سعيد إن الخطة متأخرة.\nوأضافت: «سنبدأ التنفيذ الشهر المقبل».",
    [
      { speaker: "ليلى حداد", kind: "indirect", text: "الخطة جاهزة" },
      { speaker: "عمر سعيد", kind: "indirect", text: "الخطة متأخرة" },
      { speaker: "ليلى حداد", kind: "direct", text: "سنبدأ التنفيذ الشهر المقبل" },
    ],
  ],
  [
    "the subject before the verb after كانت",
    "وكانت هيئة الأرصاد الجوية أعلنت أن موجة الحر ستستمر حتى نهاية الأسبوع.",
    [{ speaker: "هيئة الأرصاد الجوية", kind: "indirect", text: "موجة الحر ستستمر حتى نهاية الأسبوع" }],
  ],
  [
    "a pluperfect with قد",
    "وكان رئيس الوزراء قد صرح بأن الحكومة لن تستقيل.",
    [{ speaker: "رئيس الوزراء", kind: "indirect", text: "الحكومة لن تستقيل" }],
  ],
  [
    "a ḥāl participle is a second claim by the same speaker",
    "وأكد المدير العام للشركة أحمد فوزي أن الأرباح تضاعفت، مشيرًا إلى أن الشركة ستوسع أعمالها في الخليج.",
    [
      { speaker: "أحمد فوزي", kind: "indirect", text: "الأرباح تضاعفت" },
      { speaker: "أحمد فوزي", kind: "indirect", text: "الشركة ستوسع أعمالها في الخليج" },
    ],
  ],
  [
    "a later title-only mention resolves to the full name",
    "وقال وزير المالية يوسف خليل إن العجز تراجع.\nوأوضح وزير المالية أن الإيرادات ارتفعت بنسبة عشرة في المئة.",
    [
      { speaker: "يوسف خليل", kind: "indirect", text: "العجز تراجع" },
      { speaker: "يوسف خليل", kind: "indirect", text: "الإيرادات ارتفعت بنسبة عشرة في المئة" },
    ],
  ],
  [
    "a denial with نفى",
    "ونفى الجيش اللبناني أن تكون قواته قد عبرت الحدود.",
    [{ speaker: "الجيش اللبناني", kind: "indirect", text: "تكون قواته قد عبرت الحدود" }],
  ],
  [
    "a call with دعا إلى",
    "ودعا الأمين العام للأمم المتحدة إلى وقف فوري لإطلاق النار في المنطقة.",
    [{ speaker: "الأمين العام للأمم المتحدة", kind: "indirect", text: "وقف فوري لإطلاق النار في المنطقة" }],
  ],
  [
    "a warning with حذر من أن",
    "وحذر البنك الدولي من أن النمو سيتباطأ في العام المقبل.",
    [{ speaker: "البنك الدولي", kind: "indirect", text: "النمو سيتباطأ في العام المقبل" }],
  ],
  [
    "a relayed quote names the official, not the agency",
    "ونقلت وكالة رويترز عن مسؤول أمني قوله إن الهجوم أسفر عن ثلاثة قتلى.",
    [{ speaker: "مسؤول أمني", kind: "indirect", text: "الهجوم أسفر عن ثلاثة قتلى" }],
  ],
  [
    "a leading بحسب attributes the rest of the sentence",
    "وبحسب وزارة الصحة، فإن عدد الإصابات بلغ ألفي حالة.",
    [{ speaker: "وزارة الصحة", kind: "indirect", text: "عدد الإصابات بلغ ألفي حالة" }],
  ],
  [
    "a trailing وفقًا لـ attributes what comes before it",
    "وارتفع عدد النازحين إلى مليون شخص، وفقًا للأمم المتحدة.",
    [{ speaker: "الأمم المتحدة", kind: "indirect", text: "وارتفع عدد النازحين إلى مليون شخص" }],
  ],
  [
    "a statement speaks for the body that issued it",
    "وأفادت الرئاسة التونسية بأن الرئيس استقبل الوفد.\nوجاء في بيان لها: «ناقش الجانبان سبل التعاون».\nوأوضح البيان أن الزيارة تستمر يومين.",
    [
      { speaker: "الرئاسة التونسية", kind: "indirect", text: "الرئيس استقبل الوفد" },
      { speaker: "الرئاسة التونسية", kind: "direct", text: "ناقش الجانبان سبل التعاون" },
      { speaker: "الرئاسة التونسية", kind: "indirect", text: "الزيارة تستمر يومين" },
    ],
  ],
  [
    "a quoted fragment inside reported speech is mixed",
    "وانتقد زعيم المعارضة ما وصفه بـ«سياسة التجويع الممنهجة» التي تتبعها الحكومة.",
    [{ speaker: "زعيم المعارضة", kind: "mixed", text: "ما وصفه بـ«سياسة التجويع الممنهجة» التي تتبعها الحكومة" }],
  ],
  [
    "a quote followed by its cue",
    "«سنعيد بناء كل ما تهدم»، قال رئيس البلدية مازن نجار.",
    [{ speaker: "مازن نجار", kind: "direct", text: "سنعيد بناء كل ما تهدم" }],
  ],
  [
    "an unnamed source with a feminine plural verb",
    "وقالت مصادر دبلوماسية إن الاجتماع تأجل إلى الأسبوع المقبل.",
    [{ speaker: "مصادر دبلوماسية", kind: "indirect", text: "الاجتماع تأجل إلى الأسبوع المقبل" }],
  ],
  [
    "an aside between commas between speaker and complementiser",
    "وقال الرئيس الفرنسي، الذي كان يتحدث في باريس، إن بلاده ستدعم الاتفاق.",
    [{ speaker: "الرئيس الفرنسي", kind: "indirect", text: "بلاده ستدعم الاتفاق" }],
  ],
  [
    "text as it arrives: tatweel, diacritics and non-breaking spaces",
    "وقـــال الوزيرُ\u00A0كريم ناصر إنّ الأسعار ستنخفض.",
    [{ speaker: "كريم ناصر", kind: "indirect", text: "الأسعار ستنخفض" }],
  ],
];

const none: Array<[name: string, article: string]> = [
  ["a headline with a colon", "وزير الخارجية: لن نسمح بتكرار ما حدث"],
  ["the journalist's aside يذكر أن", "يذكر أن الاتفاق وقع عام 2015 بعد مفاوضات طويلة."],
  ["أن after قبل is not reported speech", "وصلت القوات قبل أن تبدأ الاحتجاجات في العاصمة."],
  ["a quoted channel name is not a claim", "وبثت قناة «الجزيرة» تقريرًا عن الأوضاع في المدينة."],
  ["أضاف meaning added an item", "وأضاف الطاهي الملح إلى الطبق قبل تقديمه."],
  ["a photo caption", "صورة أرشيفية لوزير الخارجية"],
];

describe("extractClaims on Arabic sentences", () => {
  it.each(rows)("%s", (_name, article, expected) => {
    const claims = extractClaims(article, { language: "ar" });
    expect(claims.map((c) => ({ speaker: c.speaker, kind: c.kind, text: c.text }))).toEqual(expected);
    for (const claim of claims) expect(article.slice(claim.start, claim.end)).toBe(claim.text);
  });

  it.each(none)("finds no claim in %s", (_name, article) => {
    expect(extractClaims(article, { language: "ar" })).toEqual([]);
  });
});
