import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/core/index.ts";

const speakersOf = (article: string) => extractClaims(article, { language: "ar" }).map((c) => c.speaker);

/** [article, the speakers of its claims in order] — sentences written for these tests. */
type Row = [article: string, speakers: string[]];

const kinship: Row[] = [
  ["وقال والد الضحية عمر السويسي إن ابنه كان بريئا. وأكد الأب أن العائلة ستلجأ إلى القضاء.", ["عمر السويسي", "عمر السويسي"]],
  ["وأفادت والدة التلميذ بأن ابنها تعرض للعنف. وأضافت الأم أن الإدارة لم تتحرك.", ["والدة التلميذ", "والدة التلميذ"]],
  ["وقال شقيق الموقوف نبيل الجلاصي إن الملف فارغ. وأضاف شقيقه أن المحامي سيطعن في الحكم.", ["نبيل الجلاصي", "نبيل الجلاصي"]],
];

const roles: Row[] = [
  ["وقال محمد العلي، رئيس جمعية المستهلك، إن الأسعار ارتفعت. وأضاف المتحدث أن الرقابة غائبة.", ["محمد العلي", "محمد العلي"]],
  [
    "وقالت الطبيبة منى الحاج إن القسم مكتظ. وأكد الوزير فوزي مهدي أن التعزيزات قادمة. وأضافت المتحدثة أن الإطار الطبي منهك.",
    ["منى الحاج", "فوزي مهدي", "منى الحاج"],
  ],
  ["وقال المدير سامي الكافي إن المصنع سيغلق. وأكدت الأخيرة أن العمال سيعوضون.", ["سامي الكافي", ""]],
  [
    "وقالت المحامية سلوى العياري إن الحكم جائر. وقال القاضي رضا الجمل إن الإجراءات سليمة. وأكدت الأخيرة أنها ستستأنف الحكم.",
    ["سلوى العياري", "رضا الجمل", "سلوى العياري"],
  ],
];

const bodies: Row[] = [
  ['ونشرت صحيفة "الشروق" تقريرا عن الحادثة. وقال الطبيب كريم بلحاج إن الجرحى بخير. وأضافت الصحيفة أن التحقيق متواصل.', ["كريم بلحاج", 'صحيفة "الشروق"']],
  [
    "وأعلنت وزارة الصحة أن اللقاحات وصلت. وقال الوزير فوزي مهدي إن التوزيع يبدأ غدا. وأوضحت الوزارة أن الأولوية لكبار السن.",
    ["وزارة الصحة", "فوزي مهدي", "وزارة الصحة"],
  ],
];

describe("Arabic typed coreference (sentences written for these tests)", () => {
  it.each([...kinship, ...roles, ...bodies])("%s", (article, speakers) => {
    expect(speakersOf(article)).toEqual(speakers);
  });

  it("a clause opening with the occasion of the words has its own verb, after a comma", () => {
    const claims = extractClaims('وأشار المدير علي الكافي إلى أن الملف أحيل على القضاء، وفي تصريح لإذاعة "موزاييك" قال إنه لن يستقيل.', { language: "ar" });
    expect(claims.map((c) => [c.speaker, c.text])).toEqual([
      ["علي الكافي", "الملف أحيل على القضاء"],
      ["علي الكافي", "لن يستقيل"],
    ]);
  });

  it("في حين opens a new attribution inside the sentence", () => {
    const claims = extractClaims("وقال الوزير إن الميزانية كافية، في حين ذكرت النقابة أن الأجور مجمدة.", { language: "ar" });
    expect(claims.map((c) => c.speaker)).toEqual(["الوزير", "النقابة"]);
  });

  it("the verb's own preposition after a kinship title with a quoted name opens the content", () => {
    const [claim] = extractClaims('وأشار والد "بطل الحي" إلى أنه فخور بابنه.', { language: "ar" });
    expect(claim?.text).toBe("فخور بابنه");
  });

  it("a relayed speaker ends where a verbal noun object starts", () => {
    const claims = extractClaims("ونقلت الإذاعة عن المدرب سمير الجلاصي شعوره بالفخر. وقال الجلاصي إن الفريق جاهز.", { language: "ar" });
    expect(claims.at(-1)?.speaker).toBe("سمير الجلاصي");
  });

  it("'الصحيفة' points back to the outlet that relayed the last report, told apart by its quoted name", () => {
    const claims = extractClaims(
      'وذكرت صحيفة "الشرق" أن المشروع تعطل. ونقلت صحيفة "المساء" عن مصدر في الوزارة قوله إن التمويل نقص. ولفتت الصحيفة إلى أن الأشغال ستستأنف.',
      { language: "ar" },
    );
    expect(claims.map((c) => c.speaker)).toEqual(['صحيفة "الشرق"', "مصدر في الوزارة", 'صحيفة "المساء"']);
  });

  it("a source named after a title and its place keeps a surname written with ال", () => {
    const [claim] = extractClaims("وارتفعت الأسعار بشكل كبير، وذلك حسب تصريح الخبير السابق في البنك المركزي هشام الطرابلسي.", { language: "ar" });
    expect(claim?.speaker).toBe("هشام الطرابلسي");
  });
});
