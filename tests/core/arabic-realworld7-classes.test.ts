import { describe, expect, it } from "vitest";
import { arabicClaimsOf, expectLastClaim, type LastClaimRow } from "../helpers/arabic-last-claim.ts";

/**
 * Capability classes found missing on the seventh blind Arabic set (twelve outlets), built as general
 * rules. Every sentence here was written for these tests; none is copied from an article.
 */
const claimsOf = arabicClaimsOf;
type Row = LastClaimRow;

describe("a verb right after a dateline closed by a dash opens its clause", () => {
  it.each<Row>([
    [
      "الرباط – ماب – نفت وزارة الداخلية ما تداولته مواقع إخبارية عن إقالة عدد من الولاة.",
      "وزارة الداخلية",
      "indirect",
      "ما تداولته مواقع",
      "ar.verb.vso.object",
    ],
    ["دمشق – أعلن الجيش سيطرته على البلدة.", "الجيش", "indirect", "سيطرته على البلدة", "ar.verb.vso.object"],
    [
      "صحيفة المساء- سعيد الحمدي - نفت الشركة الوطنية للكهرباء انقطاع التيار عن الأحياء الشمالية.",
      "الشركة الوطنية للكهرباء",
      "indirect",
      "انقطاع التيار",
      "ar.verb.vso.object",
    ],
  ])("%s", (...row) => expectLastClaim(row));

  it.each([["تبدو الصورة اليوم - بعد أسابيع من الغموض - أوضح من قبل."], ["وقدمت اللجنة صورة أوضح عن الوضع الاقتصادي في البلاد."]])(
    "'%s': a comparative adjective, with or without a dash before it, is no cue",
    (article) => {
      expect(claimsOf(article)).toEqual([]);
    },
  );
});

describe("a statement issued, then a verb with «in it» and a noun object (ar.verb.implicit.object)", () => {
  it.each<Row>([
    [
      "أصدرت وزارة التربية، صباح اليوم، توضيحا نفت فيه ما يتم تداوله بشأن تأجيل الامتحانات.",
      "وزارة التربية",
      "indirect",
      "ما يتم تداوله",
      "ar.verb.implicit.object",
    ],
    ["أصدرت النقابة بيانا نفت فيه قطعيا ما نسب إلى أمينها العام من تصريحات.", "النقابة", "indirect", "ما نسب إلى أمينها", "ar.verb.implicit.object"],
  ])("%s", (...row) => expectLastClaim(row));

  it("the body named in full speaks again under its short name", () => {
    const claims = claimsOf("أصدرت وزارة التربية، صباح اليوم، توضيحا نفت فيه ما يتم تداوله بشأن تأجيل الامتحانات. وأكدت الوزارة أن المواعيد ثابتة.");
    expect(claims.map((c) => c.speaker)).toEqual(["وزارة التربية", "وزارة التربية"]);
  });

  it("a statement issued with nothing said in it is no claim", () => {
    expect(claimsOf("أصدرت الوزارة توضيحا بشأن مواعيد الامتحانات.")).toEqual([]);
  });
});

describe("whom a body's appeal addresses is not part of the body", () => {
  it.each<Row>([
    ["ودعت الوزارة الرأي العام إلى عدم تصديق الشائعات.", "الوزارة", "indirect", "الرأي العام إلى", "ar.verb.vso.preposition"],
    ["وحثت البلدية الرأي العام على ترشيد استهلاك المياه.", "البلدية", "indirect", "الرأي العام على ترشيد", "ar.verb.vso.preposition"],
  ])("%s", (...row) => expectLastClaim(row));

  it("a newspaper named الرأي stays in its editor's title", () => {
    expect(claimsOf("وقال رئيس تحرير صحيفة الرأي إن الطبعة الورقية مستمرة.")[0]?.speaker).toBe("رئيس تحرير صحيفة الرأي");
  });
});

describe("units (قوات، وحدات) before an organisation word head the body that speaks", () => {
  it.each<Row>([
    ["أعلنت قوات الدفاع المدني أنها أخمدت الحريق بالكامل.", "قوات الدفاع المدني", "indirect", "أخمدت الحريق", "ar.verb.vso.that"],
    ["وقالت وحدات الدفاع المدني إن الحريق أخمد.", "وحدات الدفاع المدني", "indirect", "الحريق أخمد", "ar.verb.vso.that"],
  ])("%s", (...row) => expectLastClaim(row));

  it("a commander of the forces is a person with a title", () => {
    expect(claimsOf("وقال قائد القوات البحرية إن السفينة غادرت الميناء.")[0]?.speaker).toBe("قائد القوات البحرية");
  });

  it("forces sent somewhere say nothing", () => {
    expect(claimsOf("وأرسلت الحكومة قوات إلى الحدود الشرقية.")).toEqual([]);
  });
});

describe("a name already met opens the sentence before the occasion of the words", () => {
  it("ends the subject at the known name", () => {
    const claims = claimsOf('وقال الدكتور سمير النعيمي إن المختبر جاهز. النعيمي وفي حديث إذاعي، أضاف: أن "النتائج ستعلن قريبا".');
    expect(claims.map((c) => c.speaker)).toEqual(["سمير النعيمي", "سمير النعيمي"]);
  });

  it("an unknown first word is not made a speaker by the occasion after it", () => {
    const speakers = claimsOf('العملية وفي مرحلتها الثانية، أضافت: أن "الأسعار ستنخفض".').map((c) => c.speaker);
    expect(speakers.some((s) => s.includes("وفي"))).toBe(false);
  });
});

describe("closing one's own statement «by stressing that…» (بالتأكيد، بالإشارة، بالتشديد as cues)", () => {
  it.each<Row>([
    ["وختمت الوزارة بيانها بالتأكيد على أن الحقائق ستتضح قريبا.", "الوزارة", "indirect", "الحقائق ستتضح", "ar.participle.that"],
    ["وختمت الوزيرة كلمتها بالقول إن الإصلاح مستمر.", "الوزيرة", "indirect", "الإصلاح مستمر", "ar.participle.that"],
    ["واختتم الوزير زيارته بالتأكيد على أن العلاقات قوية.", "الوزير", "indirect", "العلاقات قوية", "ar.participle.that"],
    ["وختم المركز بيانه بالإشارة إلى أن التحقيق مستمر.", "المركز", "indirect", "التحقيق مستمر", "ar.participle.that"],
  ])("%s", (...row) => expectLastClaim(row));

  it.each([["وختم الطالب دراسته بتفوق."], ["بالتأكيد سيعود اللاعب إلى التدريبات الأسبوع المقبل."]])(
    "'%s': closing something else, or «certainly» as an adverb, is no claim",
    (article) => {
      expect(claimsOf(article)).toEqual([]);
    },
  );

  it("«certainly» inside reported words is no second cue", () => {
    expect(claimsOf("وقال المدرب إن الفريق سيفوز بالتأكيد في المباراة المقبلة.").map((c) => c.cue)).toEqual(["وقال"]);
  });
});

describe("a participle whose object opens with an abstract noun in -ية (ar.participle.object)", () => {
  it.each<Row>([
    ["وقال القائد إن القوات ردت على النيران، مؤكدا جاهزية القوات للرد.", "القائد", "indirect", "جاهزية القوات", "ar.participle.object"],
    ["وأعلنت الهيئة نتائج التحقيق، مؤكدة مسؤولية الشركة عن الحادث.", "الهيئة", "indirect", "مسؤولية الشركة", "ar.participle.object"],
  ])("%s", (...row) => expectLastClaim(row));

  it.each([
    ["وأعلنت الشركة أرباحا قياسية، مضيفة شرعية جديدة لإدارتها.", ["وأعلنت"]],
    ["وقال الوزير إن الموسم جيد، مؤكدا الوطنية في كل قراراته.", ["وقال"]],
  ])("'%s': an ambiguous participle, or a definite adjective-shaped word, opens no object", (article, cues) => {
    expect(claimsOf(article).map((c) => c.cue)).toEqual(cues);
  });
});

describe("a body named again by its head and some of its words is the same body", () => {
  it.each([
    ["نفت المديرية العامة للأمن الوطني ما نشر عن السرقات. وأوضحت مديرية الأمن أن الدوريات مستمرة.", "المديرية العامة للأمن الوطني"],
    ["أعلنت قوات الحرس الوطني أنها صدت هجوما. وقال بيان صادر عن الحرس الوطني إن الوضع هادئ.", "قوات الحرس الوطني"],
  ])("'%s'", (article, speaker) => {
    expect(claimsOf(article).map((c) => c.speaker)).toEqual([speaker, speaker]);
  });

  it("another body with the same head but other words stays another body", () => {
    const claims = claimsOf("وقالت مديرية الأمن العام إن الطرق مفتوحة. وقالت مديرية الأمن الوطني إن الحدود مغلقة.");
    expect(claims.map((c) => c.speaker)).toEqual(["مديرية الأمن العام", "مديرية الأمن الوطني"]);
  });
});

describe("«without (doing)» after a closed quotation is the journalist's narration, not the quoted words", () => {
  it.each([
    ['وأكد الوزير أن "الحكومة لن تتراجع عن الإصلاحات"، دون أن يحدد موعدا لذلك.', "الحكومة لن تتراجع عن الإصلاحات", "direct"],
    ['ونوهت الشركة بأن "الأسعار ستبقى ثابتة"، من دون أن تذكر السبب.', "الأسعار ستبقى ثابتة", "direct"],
    ["وأكد الوزير أن الحكومة ستمضي في الإصلاح، دون أن تتخلى عن دعم الفقراء.", "الحكومة ستمضي في الإصلاح، دون أن تتخلى عن دعم الفقراء", "indirect"],
  ])("'%s'", (article, text, kind) => {
    const last = claimsOf(article).at(-1);
    expect([last?.text, last?.kind]).toEqual([text, kind]);
  });
});
