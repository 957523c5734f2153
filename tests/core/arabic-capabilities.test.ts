import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/core/index.ts";

const claimsOf = (article: string) => extractClaims(article, { language: "ar" }).map((c) => ({ speaker: c.speaker, text: c.text, rule: c.rule }));

/** [article, speaker, opening of the content] — one claim expected, by capability. */
type Row = [article: string, speaker: string, content: string];

const calls: Row[] = [
  ["ودعا البيان كل الأطراف السياسية في البلاد إلى ضبط النفس.", "البيان", "كل الأطراف السياسية في البلاد إلى ضبط النفس"],
  ["وناشدت منظمة الهلال الأحمر المانحين إلى تقديم مساعدات عاجلة.", "منظمة الهلال الأحمر", "المانحين إلى تقديم مساعدات عاجلة"],
  ["وطالب اتحاد الشغل الحكومة بمراجعة قانون المالية.", "اتحاد الشغل", "الحكومة بمراجعة قانون المالية"],
];

const expression: Row[] = [
  ["ولاحظ المدير العام للديوان نبيل السعيدي أن الطلب على الأعلاف تراجع.", "نبيل السعيدي", "الطلب على الأعلاف تراجع"],
  ["وعبر رئيس البلدية كمال الزين عن رفضه إزاء قرار إغلاق السوق.", "كمال الزين", "رفضه إزاء قرار إغلاق السوق"],
  ["وعزا الخبير الاقتصادي سمير العلوي، ارتفاع الأسعار إلى شح الأمطار.", "سمير العلوي", "ارتفاع الأسعار إلى شح الأمطار"],
  ["وأقرت الوزيرة هالة بن عمر بصعوبة الوضع المالي للمستشفيات.", "هالة بن عمر", "بصعوبة الوضع المالي للمستشفيات"],
  ["ونبه الحزب، في بيان نشره مساء أمس، إلى خطورة التصعيد على الحدود.", "الحزب", "خطورة التصعيد على الحدود"],
];

const participles: Row[] = [["وقالت النائبة سعاد الهمامي إن المشروع متعثر، مبينة أن التمويل لم يصل بعد.", "سعاد الهمامي", "المشروع متعثر"]];

const sources: Row[] = [
  ["وخصص للموسم الحالي، حسب المندوب الجهوي للفلاحة كريم السالمي، نحو ألف هكتار من الأراضي السقوية.", "كريم السالمي", "نحو ألف هكتار من الأراضي السقوية"],
  ["وارتفع عدد الإصابات إلى عشرين حالة، وذلك حسب تصريح المدير الجهوي للصحة علي الورغي.", "علي الورغي", "وارتفع عدد الإصابات إلى عشرين حالة"],
  ["ووفقا لصحيفة الصباح، فإن الحكومة ستعلن التعديل الوزاري الأسبوع المقبل.", "صحيفة الصباح", "الحكومة ستعلن التعديل الوزاري الأسبوع المقبل"],
  ["وأغلقت المعابر الحدودية مساء الجمعة، بحسب ما كشفت وكالة الأنباء الرسمية.", "وكالة الأنباء الرسمية", "وأغلقت المعابر الحدودية مساء الجمعة"],
];

const speakers: Row[] = [
  ["وأعلن حزب حركة الأمل المستقبلية أنه سيقاطع الانتخابات البلدية.", "حزب حركة الأمل المستقبلية", "سيقاطع الانتخابات البلدية"],
  [
    "وكان منير الحداد، رئيس جمعية التجار بالمدينة والناطق الرسمي باسم الغرفة الجهوية للتجارة والصناعة، أفاد بأن الأسواق مزودة بالكامل.",
    "منير الحداد",
    "الأسواق مزودة بالكامل",
  ],
  ["وكانت الطبيبة ليلى المنصوري، التي تشرف على القسم منذ سنوات، قد أكدت أن الأسرة غير كافية.", "ليلى المنصوري", "الأسرة غير كافية"],
  ["وأوضح له الموظف أن الملف ناقص.", "الموظف", "الملف ناقص"],
];

describe("Arabic cues beyond قال (sentences written for these tests)", () => {
  it.each([...calls, ...expression, ...participles, ...sources, ...speakers])("%s", (article, speaker, content) => {
    const [first] = claimsOf(article);
    expect(first?.speaker).toContain(speaker); // a title may stay with the name ("النائبة سعاد الهمامي")
    expect(first?.text.startsWith(content)).toBe(true);
  });

  it("a statement speaks for the party that issued it", () => {
    const claims = claimsOf("وأعلن حزب التجديد الوطني أنه يرفض الميزانية. ودعا البيان النواب إلى التصويت ضدها.");
    expect(claims.map((c) => c.speaker)).toEqual(["حزب التجديد الوطني", "حزب التجديد الوطني"]);
  });

  it("a feminine participle after a man's claim speaks for the woman quoted before", () => {
    const claims = claimsOf("وقالت الوزيرة سلوى الباجي إن الخطة جاهزة. وأفاد المدير أحمد الكافي بأن التمويل متوفر، مؤكدة أن التنفيذ سيبدأ قريبا.");
    expect(claims.map((c) => c.speaker)).toEqual(["سلوى الباجي", "أحمد الكافي", "سلوى الباجي"]);
  });

  it("'وفق قوله' and 'حسب نفس المصدر' point back to the speaker just quoted", () => {
    const claims = claimsOf("وقال المدير رضا القاسمي إن المخزون كاف. وستصل شحنة جديدة الأسبوع المقبل، وفق قوله. والأسعار مستقرة» حسب نفس المصدر.");
    expect(claims.map((c) => c.speaker)).toEqual(["رضا القاسمي", "رضا القاسمي", "رضا القاسمي"]);
  });

  it("a trailing source is remembered for the next subject-less verb", () => {
    const claims = claimsOf("وقال لهم: «لن أتدخل»، بحسب أحد الجيران. وأضاف: «كان المكان مغلقا منذ شهور».");
    expect(claims.at(-1)?.speaker).toBe("أحد الجيران");
  });
});

describe("Arabic speakers are names or sources, never guesses", () => {
  it("a feminine verb with no woman quoted before gets an empty speaker, not the last man", () => {
    const claims = extractClaims("وقال الوزير كمال العياري إن الطريق مغلق. وأضافت أن الأشغال ستنتهي قريبا.", { language: "ar" });
    expect(claims.map((c) => c.speaker)).toEqual(["كمال العياري", ""]);
    expect(claims[1]!.speakerMention.text).toBe("");
  });

  it("a plural verb points back to a plural source", () => {
    const claims = claimsOf("وقال المحتجون إن مطالبهم واضحة، فيما أعلنوا أنهم سيواصلون الاعتصام.");
    expect(claims.map((c) => c.speaker)).toEqual(["المحتجون", "المحتجون"]);
  });
});

describe("Arabic nouns are not verbs", () => {
  it.each([
    ["بين as 'between'", "وتوجد علاقة بين التجار أن الأسعار مرتفعة في الأسواق."],
    ["طالب as 'student'", "وتحدث طالب في الجامعة عن تجربته في السكن."],
    ["عبر as 'via'", "وتم بث الحوار عبر الإذاعة الوطنية مساء أمس."],
    ["أوضح as the adjective 'clearer'", "وتنتظر الشركات إشارات أوضح قبل العودة إلى الطريق الأقصر."],
    ["وصفه after ما", "وهذا ما وصفه بالحملة الممنهجة."],
  ])("finds no claim with %s", (_name, article) => {
    expect(extractClaims(article, { language: "ar" })).toEqual([]);
  });
});

describe("Arabic extraction on adversarial input (structure, not time: speed is npm run bench)", () => {
  it("one sentence repeated 1,000 times gives its two claims 1,000 times", () => {
    const sentence = "وقال الوزير سامي العلي إن الموازنة متوازنة، مضيفا أن العجز تراجع. ";
    const claims = extractClaims(sentence.repeat(1000), { language: "ar" });
    expect(claims).toHaveLength(2000);
    expect(new Set(claims.map((c) => c.speaker))).toEqual(new Set(["سامي العلي"]));
  });

  it("20,000 cues in one paragraph without a stop give no claim and never throw", () => {
    expect(extractClaims("وقال ".repeat(20000), { language: "ar" })).toEqual([]);
  });

  it("a 100,000-word quotation is one direct claim", () => {
    const claims = extractClaims(`وقال الوزير: «${"كلمة ".repeat(100000)}».`, { language: "ar" });
    expect(claims).toHaveLength(1);
    expect(claims[0]!.kind).toBe("direct");
  });
});
