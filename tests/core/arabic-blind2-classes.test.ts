import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/core/index.ts";

/**
 * Capability classes found missing on the second blind Arabic set (Moroccan copy, issue 7), as general
 * rules. Every sentence here was written for these tests; none is copied from an article.
 */
const claimsOf = (article: string) =>
  extractClaims(article, { language: "ar" }).map((c) => ({ speaker: c.speaker, cue: c.cue.text, text: c.text, kind: c.kind, rule: c.rule }));

/** [article, speaker, content] — the article's last claim. */
type Row = [article: string, speaker: string, content: string];

function expectLastClaim([article, speaker, content]: Row): void {
  const last = claimsOf(article).at(-1);
  expect(last?.speaker).toBe(speaker);
  expect(last?.text).toBe(content);
}

describe("a cue verb after its subject or after a fronted phrase (SVO, no comma)", () => {
  it.each<Row>([
    ["الخبير الاقتصادي أشار أن الأسعار سترتفع في الصيف.", "الخبير الاقتصادي", "الأسعار سترتفع في الصيف"],
    ["النقابة الوطنية للتعليم أكدت أن الإضراب سيستمر.", "النقابة الوطنية للتعليم", "الإضراب سيستمر"],
    ["وقال الوزير كمال العلوي إن الأسعار مستقرة. العلوي أضاف في تصريحه أن المخزون كاف.", "كمال العلوي", "المخزون كاف"],
    ["تحدث المدير عن الموسم، الجمعية المهنية أوضحت أن المحصول جيد.", "الجمعية المهنية", "المحصول جيد"],
    ["وفي هذا الإطار يشير الخبير كمال العلوي إلى أن الأسعار سترتفع.", "كمال العلوي", "الأسعار سترتفع"],
    ["وبخصوص الأجور أكد رئيس الحكومة عزمه رفع الحد الأدنى.", "رئيس الحكومة", "عزمه رفع الحد الأدنى"],
    ["وقالت الباحثة سلمى الراشدي إن الدراسة انتهت، وخلال سؤالها عن النتائج أشارت أن العينة كانت صغيرة.", "سلمى الراشدي", "العينة كانت صغيرة"],
  ])("%s", (...row) => expectLastClaim(row));

  it.each(["قال المحتجون إنهم سئموا الانتظار، فيما أعلنوا أنهم سيواصلون الاعتصام.", "وقالت الشرطة إن الطريق مغلق، فيما ذكرت مصادر طبية أن المصابين بخير."])(
    "'%s': a conjunction before the verb is no subject",
    (article) => {
      expect(claimsOf(article).map((c) => c.speaker)).not.toContain("فيما");
    },
  );

  it("a clause with a resumptive pronoun before an adjective is not a fronted phrase", () => {
    expect(claimsOf("ارتفعت الأسعار، في وقت تنتظر فيه الأسر إشارات أوضح قبل العودة إلى الأسواق.")).toEqual([]);
  });

  it("a place after a participle of residence is part of the description, not a name", () => {
    expect(claimsOf("وأشار الناشط المغربي المقيم بفرنسا إلى أن القانون يحتاج تعديلا.")[0]?.speaker).toBe("الناشط المغربي المقيم بفرنسا");
  });
});

describe("cue lexicon and spelling of scraped copy (سأل، أظهر، و أوضحت)", () => {
  it.each<Row>([
    ['وسأل رئيس الجامعة "هل الطالب حر فعلا في اختيار تخصصه؟"', "رئيس الجامعة", "هل الطالب حر فعلا في اختيار تخصصه؟"],
    ["أظهرت الخبيرة في المياه أن الآبار تحتاج صيانة عاجلة.", "الخبيرة في المياه", "الآبار تحتاج صيانة عاجلة"],
    ["و أوضحت الطبيبة أنها فحصت المريض مرتين.", "الطبيبة", "فحصت المريض مرتين"],
    ["و أوضحت الطبيبة على موقع إخباري، أنها فحصت المريض مرتين.", "الطبيبة", "فحصت المريض مرتين"],
    ["و قال المدرب إن الفريق جاهز للمباراة.", "المدرب", "الفريق جاهز للمباراة"],
  ])("%s", (...row) => expectLastClaim(row));

  it("the present 'يظهر أن' (it appears) is not a cue", () => {
    expect(claimsOf("ويظهر أن الحكومة تتجه إلى التهدئة.")).toEqual([]);
  });
});

describe("words that are not speech cues (بين… وبين، a belief verb in a relative clause)", () => {
  it("'بينه وبين' is 'between', and 'التي تعتقد' describes the group", () => {
    const claims = claimsOf("وقال الباحث إن الحوار لا يصنع فرقا كبيرا بينه وبين الجماعات المتطرفة التي تعتقد أن العنف مشروع.");
    expect(claims.map((c) => [c.speaker, c.cue])).toEqual([["الباحث", "وقال"]]);
  });

  it("'بين' after a fronted phrase is 'between'", () => {
    const claims = claimsOf("وبخصوص وجود علاقة بين نواب ومنتمين إلى الحزب برجل أعمال، أكدت النائبة أن الحزب بريء.");
    expect(claims.map((c) => [c.speaker, c.text])).toEqual([["النائبة", "الحزب بريء"]]);
  });

  it("a belief verb outside a relative clause still reports", () => {
    expect(claimsOf("ويعتقد الخبير أن الأزمة ستنتهي قريبا.")[0]?.speaker).toBe("الخبير");
  });
});

describe("according to X with a resumptive فقد/فإن and no comma", () => {
  it.each<Row>([
    ["وبحسب وزير الصحة فقد تجاوز عدد الإصابات ألف حالة، إذ سجلت أغلبها في العاصمة.", "وزير الصحة", "تجاوز عدد الإصابات ألف حالة، إذ سجلت أغلبها في العاصمة"],
    ["ووفقا لمدير المرصد فإن الحرارة ستنخفض غدا.", "مدير المرصد", "الحرارة ستنخفض غدا"],
  ])("%s", (...row) => expectLastClaim(row));
});
