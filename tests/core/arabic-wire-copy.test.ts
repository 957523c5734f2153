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
});
