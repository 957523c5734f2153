import { describe, expect, it } from "vitest";
import { arabicClaimsOf, expectLastClaim, type LastClaimRow } from "../helpers/arabic-last-claim.ts";

/**
 * Capability classes found missing on the sixth blind Arabic set (eleven outlets), built as general rules.
 * Every sentence here was written for these tests; none is copied from an article.
 */
const claimsOf = arabicClaimsOf;
type Row = LastClaimRow;

describe("فند and دحض (refuted) take what they refute as their object, like نفى", () => {
  it.each<Row>([
    ["فندت هيئة الأرصاد في بيان لها اليوم الأحد الأنباء المتداولة عن عاصفة قادمة.", "هيئة الأرصاد", "indirect", "الأنباء المتداولة", "ar.verb.vso.object"],
    ["وفند الوزير الشائعات المتداولة عن إغلاق المصنع.", "الوزير", "indirect", "الشائعات المتداولة", "ar.verb.vso.object"],
    ["ودحضت الشركة الاتهامات الموجهة إليها بالتلاعب في الأسعار.", "الشركة", "indirect", "الاتهامات الموجهة", "ar.verb.vso.object"],
    ["وفند رئيس البلدية أن تكون المياه ملوثة.", "رئيس البلدية", "indirect", "تكون المياه ملوثة", "ar.verb.vso.that"],
  ])("%s", (...row) => expectLastClaim(row));

  it.each([
    ["the verbal noun after في", "نجح المحامي في دحض الأدلة المقدمة ضد موكله."],
    ["the verbal noun after إلى", "وتهدف الحملة إلى دحض الأكاذيب المنتشرة."],
    ["a negated refutation (nobody refuted)", "لم يفند أحد هذه الرواية حتى الآن."],
  ])("no claim from %s", (_name, article) => {
    expect(claimsOf(article)).toEqual([]);
  });

  it("a refutation promised inside reported words is part of them, not a claim of its own", () => {
    expect(claimsOf("وقالت الوزارة إنها ستفند الشائعات في مؤتمر لاحق.").map((c) => c.cue)).toEqual(["وقالت"]);
  });
});

describe("a statement's words from a part of it, or from a statement dated but not signed", () => {
  const before = "أصدرت وزارة النقل بيانا اليوم حول تأخر الرحلات.\n\n";
  it.each<Row>([
    [`${before}وجاء في نص البيان أن الرحلات ستعود إلى مواعيدها.`, "وزارة النقل", "indirect", "الرحلات ستعود", "ar.statement.that"],
    [`${before}وجاء في جانب من البيان: إن التأخير سببه الأحوال الجوية.`, "وزارة النقل", "indirect", "إن التأخير", "ar.statement.colon"],
    [`${before}وجاء في ختام البيان: «نعتذر للمسافرين عن الإزعاج».`, "وزارة النقل", "direct", "نعتذر للمسافرين", "ar.statement.colon"],
    [`${before}وجاء في جزء من البلاغ أن التعويضات ستصرف قريبا.`, "وزارة النقل", "indirect", "التعويضات ستصرف", "ar.statement.that"],
    [`${before}وجاء في البيان الصادر اليوم الأحد: إن الرحلات ستعود.`, "وزارة النقل", "indirect", "إن الرحلات ستعود", "ar.statement.colon"],
    [`${before}وجاء في البيان الصادر أمس أن الرحلات ستعود.`, "وزارة النقل", "indirect", "الرحلات ستعود", "ar.statement.that"],
    [`${before}وجاء في البيان الصادر اليوم عن الوزارة أن الرحلات ستعود.`, "وزارة النقل", "indirect", "الرحلات ستعود", "ar.statement.that"],
  ])("%s", (...row) => expectLastClaim(row));

  it.each([
    ["a part of a meeting, which is not a statement", `${before}وجاء في جانب من الاجتماع أن الرحلات ستعود.`],
    ["a part of a decision, which is not a statement", `${before}وجاء في نص القرار أن الرحلات ستعود.`],
    ["the text of a statement without جاء", `${before}وقرأ المذيع نص البيان على الهواء.`],
  ])("no statement claim from %s", (_name, article) => {
    expect(claimsOf(article).filter((c) => c.rule.startsWith("ar.statement"))).toEqual([]);
  });

  it("an according-to phrase opening the statement's words stays inside them", () => {
    const claims = claimsOf(`${before}وجاء في جانب من البيان الصادر اليوم: وفقا للتقارير الأخيرة، فإن الرحلات ستعود.`);
    expect(claims.at(-1)?.rule).toBe("ar.statement.colon");
    expect(claims.filter((c) => c.rule.startsWith("ar.according-to"))).toEqual([]);
  });
});

describe("عن أن after a verb of revealing or expressing is a complementiser, like إلى أن", () => {
  it.each<Row>([
    ["كشف المدير عن أن الشركة ستغلق فرعين.", "المدير", "indirect", "الشركة ستغلق فرعين", "ar.verb.vso.that"],
    ["وأعربت النقابة عن أن «الاتفاق لا يلبي مطالب العمال».", "النقابة", "direct", "الاتفاق لا يلبي", "ar.verb.vso.that"],
    ["وكشفت مصادر أمنية عن أن المشتبه به غادر البلاد.", "مصادر أمنية", "indirect", "المشتبه به غادر", "ar.verb.vso.that"],
  ])("%s", (...row) => expectLastClaim(row));

  it.each<Row>([
    ["وكشفت الشرطة عن هوية المشتبه به.", "الشرطة", "indirect", "هوية المشتبه به", "ar.verb.vso.preposition"],
    ["وأعرب الوزير عن أمله في أن تنتهي الأزمة قريبا.", "الوزير", "indirect", "أمله في أن", "ar.verb.vso.preposition"],
  ])("a noun after عن stays the object: %s", (...row) => expectLastClaim(row));
});

describe("مساعد (assistant) heads a title, and لشئون is the Egyptian spelling of لشؤون", () => {
  it.each<Row>([
    ["قال العميد هشام فوزي، مساعد مدير الأمن، إن الطريق أعيد فتحه.", "هشام فوزي", "indirect", "الطريق أعيد فتحه", "ar.verb.vso.that"],
    ["وقال مساعد وزير الخارجية إن المفاوضات مستمرة.", "مساعد وزير الخارجية", "indirect", "المفاوضات مستمرة", "ar.verb.vso.that"],
    ["قال العميد هشام فوزي، مساعد الوزير لشئون الإعلام، إن الطريق أعيد فتحه.", "هشام فوزي", "indirect", "الطريق أعيد فتحه", "ar.verb.vso.that"],
    ["وأكد وزير الدولة لشئون البرلمان أن الجلسة تأجلت.", "وزير الدولة لشئون البرلمان", "indirect", "الجلسة تأجلت", "ar.verb.vso.that"],
  ])("%s", (...row) => expectLastClaim(row));

  it("the noun مساعدات (aid) inside the content is no speaker", () => {
    expect(claimsOf("وقال الوزير إن المساعدات ستصل غدا.").map((c) => c.speaker)).toEqual(["الوزير"]);
  });
});

describe("a title or a department, then في and a body in the construct state, is one source", () => {
  it.each<Row>([
    ["وأكدت إدارة الإعلام في وزارة الزراعة أن المحصول وفير.", "إدارة الإعلام في وزارة الزراعة", "indirect", "المحصول وفير", "ar.verb.vso.that"],
    ["وقال مدير العلاقات العامة في هيئة الطيران إن الرحلات منتظمة.", "مدير العلاقات العامة في هيئة الطيران", "indirect", "الرحلات منتظمة", "ar.verb.vso.that"],
  ])("%s", (...row) => expectLastClaim(row));

  it.each<Row>([
    ["وقال الوزير في البرلمان إن الوضع مستقر.", "الوزير", "indirect", "الوضع مستقر", "ar.verb.vso.that"],
    ["وقال المدير في بيان إن الوضع مستقر.", "المدير", "indirect", "الوضع مستقر", "ar.verb.vso.that"],
  ])("a definite place or a speech event after في ends the source: %s", (...row) => expectLastClaim(row));
});
