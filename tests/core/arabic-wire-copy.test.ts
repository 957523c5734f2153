import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/core/index.ts";

const claimsOf = (article: string) => extractClaims(article, { language: "ar" }).map((c) => ({ speaker: c.speaker, text: c.text }));

/**
 * Habits of Maghreb wire copy, each with sentences written for this test: "وفق ما أعلن عنه X",
 * "نفس المصدر", dates written out between the speaker and أن, "يذكر أنه", "هذا الأخير", and the
 * object of a verb standing where a subject could ("وجدد التأكيد على أن", "وفسرت هذا التراجع بـ").
 */
describe("Arabic wire-copy habits (sentences written for these tests)", () => {
  it("'وفق ما أعلن عنه X': the pronoun after the verb is not the source", () => {
    const [claim] = claimsOf("ولم تتجاوز نسبة البطالة 15 بالمائة، وفق ما أعلن عنه المعهد الوطني للإحصاء.");
    expect(claim?.speaker).toBe("المعهد الوطني للإحصاء");
  });

  it("'نفس المصدر' and 'ذات المصدر' point back to the source just quoted", () => {
    const claims = claimsOf("وأعلنت الوزارة أن الصادرات ارتفعت. وأشار نفس المصدر إلى أن الواردات تراجعت. وأوضح ذات المصدر أن العجز تقلص.");
    expect(claims.map((c) => c.speaker)).toEqual(["الوزارة", "الوزارة", "الوزارة"]);
  });

  it("a date written out between the speaker and أن is not the content", () => {
    const [claim] = claimsOf("وأكد المدير في برنامج إذاعي اليوم الإثنين 30 جانفي 2017 أن الوضع صعب.");
    expect(claim?.text).toBe("الوضع صعب");
  });

  it.each(["يذكر انه تم إيقاف المشتبه به الشهر الماضي.", "ويشار إلى أنها المرة الثانية التي يغلق فيها المعبر."])(
    "the journalist's aside '%s' is no claim",
    (article) => {
      expect(claimsOf(article)).toEqual([]);
    },
  );

  it("'هذا الأخير' / 'هذه الأخيرة' is the latest speaker of that gender", () => {
    const claims = claimsOf("وقالت المحامية ليلى الجلاصي إن الحكم قاس. وقال القاضي إن الإجراءات سليمة. وأكدت هذه الأخيرة أنها ستطعن فيه.");
    expect(claims.at(-1)?.speaker).toContain("ليلى الجلاصي");
  });

  it("'وجدد التأكيد على أن': the verbal noun is the object; the speaker is carried", () => {
    const claims = claimsOf("وقال رئيس الجمعية سمير العلوي إن الموسم جيد. وجدد التأكيد على أن الأسعار ستنخفض.");
    expect(claims.at(-1)).toEqual({ speaker: "سمير العلوي", text: "الأسعار ستنخفض" });
  });

  it("'وفسرت هذا التراجع بـ…': a demonstrative phrase after the verb is its object", () => {
    const claims = claimsOf("وقالت الوزارة إن الإنتاج تراجع. وفسرت هذا التراجع بقلة الأمطار.");
    expect(claims.at(-1)).toEqual({ speaker: "الوزارة", text: "هذا التراجع بقلة الأمطار" });
  });

  it("a demonstrative before a title is still the subject", () => {
    const [claim] = claimsOf("وقال هذا المسؤول إن التحقيق مستمر.");
    expect(claim?.speaker).toContain("المسؤول");
  });

  it("'أكد على أهمية …': the verb's preposition ends the speaker and opens the content", () => {
    const [claim] = claimsOf("وأكدت وزارة الداخلية على أهمية التثبت من الأخبار قبل نشرها.");
    expect(claim).toEqual({ speaker: "وزارة الداخلية", text: "أهمية التثبت من الأخبار قبل نشرها" });
  });

  it("the name Ali (علي) inside a speaker's name is not the preposition على", () => {
    const [claim] = claimsOf("وأكد المدير العام محمد علي بن صالح أن الموسم ناجح.");
    expect(claim?.speaker).toContain("محمد علي بن صالح");
  });

  it("a long title chain keeps the name at its end", () => {
    const claims = claimsOf(
      "وقال رئيس غرفة الصناعات الغذائية ونائب رئيس الاتحاد الجهوي للصناعة والتجارة والصناعات التقليدية بالمهدية رياض بن علي إن القطاع يعاني. وأكد بن علي أن الحلول ممكنة.",
    );
    expect(claims.map((c) => c.speaker)).toEqual(["رياض بن علي", "رياض بن علي"]);
  });

  it("'Name، مديرة مكتب X في Y،': the apposition describes the name before it", () => {
    const [claim] = claimsOf("وقالت سلمى الورفلي، مديرة مكتب منظمة العفو الدولية في تونس، إن المحاكمة غير عادلة.");
    expect(claim?.speaker).toBe("سلمى الورفلي");
  });

  it("an adverb after the verb (أيضا، بالمناسبة) is not the speaker", () => {
    const claims = claimsOf("وقالت الوزارة إن التلاقيح متوفرة. كما أشارت أيضا إلى أن الحملة متواصلة.");
    expect(claims.map((c) => c.speaker)).toEqual(["الوزارة", "الوزارة"]);
  });
});
