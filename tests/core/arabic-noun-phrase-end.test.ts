import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/core/index.ts";

const claimsOf = (article: string) => extractClaims(article, { language: "ar" }).map((c) => ({ speaker: c.speaker, text: c.text, rule: c.rule }));

/** [sentence, a speaker the claim must name, opening of the content, words the speaker must not hold] */
type Row = [article: string, speaker: string, content: string, notInSpeaker: string];

/** A speaker phrase with no complementiser or colon after it ends where a verbal noun opens the object. */
const undelimited: Row[] = [
  ["أكد المدير الجهوي للفلاحة بنابل كمال الورتاني تسجيل تراجع في إنتاج القوارص.", "كمال الورتاني", "تسجيل تراجع في إنتاج القوارص", "تسجيل"],
  ["وأكدت وزيرة الصحة هالة الزواري ضرورة الالتزام بالإجراءات الوقائية.", "هالة الزواري", "ضرورة الالتزام بالإجراءات", "ضرورة"],
  ["وأوضح رئيس النقابة الأساسية للأطباء عماد الشابي استمرار الإضراب إلى نهاية الأسبوع.", "عماد الشابي", "استمرار الإضراب", "استمرار"],
  ["ونفى المتحدث باسم الحرس الوطني حسام الجبابلي وجود أي إصابات في صفوف الأعوان.", "حسام الجبابلي", "وجود أي إصابات", "وجود"],
  ["وأكد الكاتب العام للنقابة الجهوية عدم التوصل إلى اتفاق مع سلطة الإشراف.", "الكاتب العام للنقابة الجهوية", "عدم التوصل إلى اتفاق", "عدم"],
];

/** A بـ-place after an office with its لـ-complement belongs to the title, not to the name. */
const placeOfOffice: Row[] = [
  ["وأفاد المدير الجهوي للتجارة بسوسة منير الفرشيشي بأن الأسعار مستقرة.", "منير الفرشيشي", "الأسعار مستقرة", "بسوسة منير"],
  ["وقال المندوب الجهوي للتربية بقفصة علي الماجري إن الامتحانات تجري في ظروف طيبة.", "علي الماجري", "الامتحانات تجري", "بقفصة علي"],
];

/** A short quotation in the subject's place, followed by a complementiser or a colon, is a name. */
const quotedSubjects: Row[] = [
  ['وتوقع "سامي الحداد" أن ترتفع الأسعار في الأسابيع القادمة.', "سامي الحداد", "ترتفع الأسعار", "@"],
  ['وقال المنتج الفرنسي "جان بيار مولان"، إن الفيلم سيعرض في الخريف.', "جان بيار مولان", "الفيلم سيعرض في الخريف", "@"],
  ["وأكدت «سلمى العياري» أن الجمعية لن تتخلى عن المشروع.", "سلمى العياري", "الجمعية لن تتخلى", "@"],
];

/** Participles of expression with a verbal-noun object speak for the sentence's subject. */
const participleObjects: Row[] = [
  ["وقال الوزير إن الأشغال متواصلة، مؤكدا حرصه على استكمالها قبل الصيف.", "الوزير", "حرصه على استكمالها", "@"],
  ["وأعلنت الهيئة تأجيل الموعد، مؤكدة التزامها بالشفافية.", "الهيئة", "التزامها بالشفافية", "@"],
];

/** فسر and برر: the explanation after بـ (or أن) is the content. */
const explanations: Row[] = [
  ["وفسر الوزير تأخر المشروع بنقص الاعتمادات المرصودة.", "الوزير", "تأخر المشروع بنقص الاعتمادات", "@"],
  ["وبررت الشركة قرارها بارتفاع كلفة النقل.", "الشركة", "قرارها بارتفاع كلفة النقل", "@"],
];

describe("where an Arabic speaker phrase ends (sentences written for these tests)", () => {
  it.each([...undelimited, ...placeOfOffice, ...quotedSubjects, ...participleObjects, ...explanations])("%s", (article, speaker, content, notInSpeaker) => {
    const claims = claimsOf(article);
    const claim = claims.find((c) => c.text.startsWith(content));
    expect(claim, JSON.stringify(claims)).toBeDefined();
    expect(claim!.speaker).toContain(speaker);
    expect(claim!.speaker).not.toContain(notInSpeaker);
  });

  it("a verbal noun that completes a title stays in the speaker phrase", () => {
    const [claim] = claimsOf("وقال مدير تطوير المنتجات بالشركة إن الطلب ارتفع.");
    expect(claim?.speaker).toContain("مدير تطوير المنتجات");
    expect(claim?.text.startsWith("الطلب ارتفع")).toBe(true);
  });

  it("a first name starting with ب after an office is not read as a place", () => {
    const [claim] = claimsOf("وقال المدير الجهوي للصحة بشير الزواوي إن الوضع مستقر.");
    expect(claim?.speaker).toContain("بشير الزواوي");
  });

  it("a long quotation after the verb is speech, not a name", () => {
    const [claim] = claimsOf('وقال الوزير "نحن لن نتراجع عن هذا القرار مهما كانت الضغوط" في ختام الجلسة.');
    expect(claim?.text.startsWith("نحن لن نتراجع")).toBe(true);
  });

  it("a participle with a plain noun object is not a claim", () => {
    const claims = claimsOf("وقال الوزير إن الأشغال متواصلة، مؤكدا الخبر.");
    expect(claims).toHaveLength(1);
  });
});
