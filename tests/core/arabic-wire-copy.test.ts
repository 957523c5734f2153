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

  it("an honorific (سعادة، سماحة) before the speaker is not a verbal-noun object", () => {
    const [claim] = claimsOf("وقال سعادة السفير خالد المري إن العلاقات متينة.");
    expect(claim?.speaker).toContain("خالد المري");
    expect(claim?.text).toBe("العلاقات متينة");
  });

  it("'في بيان صحفي أصدره أمس' after a name is the occasion, not more of the name", () => {
    const claims = claimsOf("وقال الوزير كمال الزين إن الطريق مغلق. وبين الوزير الزين في بيان صحفي أصدره أمس أن الأشغال ستنتهي قريبا.");
    expect(claims.map((c) => c.speaker)).toEqual(["كمال الزين", "كمال الزين"]);
  });

  it("'وقالت مرارا إنها…': an adverb after the verb; the speaker is carried", () => {
    const claims = claimsOf("وأعلنت الحكومة أنها ستدعم المزارعين. وقالت مرارا إنها لن ترفع الأسعار.");
    expect(claims.map((c) => c.speaker)).toEqual(["الحكومة", "الحكومة"]);
  });

  it("'أشار فيها إلى أن…': a pronoun after the verb is not the content", () => {
    const claims = claimsOf("وقال الرئيس سليم العمري إن الوضع مستقر. ووجه رسالة إلى المشاركين، أشار فيها إلى أن الخطر قائم.");
    expect(claims.at(-1)?.text).toBe("الخطر قائم");
  });

  it("a subject-less present-tense verb inside reported content is no new claim", () => {
    const claims = claimsOf("وأضاف المدير أن ارتفاع الصادرات، يؤكد تزايد الطلب على المنتجات المحلية.");
    expect(claims).toHaveLength(1);
  });
});
