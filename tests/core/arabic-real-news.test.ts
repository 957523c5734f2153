import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/core/index.ts";

const claimsOf = (article: string) => extractClaims(article, { language: "ar" }).map((c) => ({ speaker: c.speaker, text: c.text, rule: c.rule }));

/** [article, speaker, opening of the content] — the article's last claim, by capability. */
type Row = [article: string, speaker: string, content: string];

/**
 * Habits of Arab outlets beyond the development articles (Gulf, Egyptian, Levantine and Maghrebi wire
 * styles), each row a sentence written for this test. The speaker must be the name (or source phrase)
 * exactly, so a title or an adverb left in it fails.
 */
function expectLastClaim([article, speaker, content]: Row): void {
  const last = claimsOf(article).at(-1);
  expect(last?.speaker).toBe(speaker);
  expect(last?.text.startsWith(content), `content: ${last?.text}`).toBe(true);
}

describe("Arabic abbreviated titles do not end the sentence (sentences written for these tests)", () => {
  it.each<Row>([
    ["وقال د. أحمد الشامي إن البحث العلمي طريق التقدم.", "أحمد الشامي", "البحث العلمي طريق التقدم"],
    ["وأكد م. خالد العتيبي أن المشروع يسير وفق الجدول.", "خالد العتيبي", "المشروع يسير وفق الجدول"],
    ["وقال الخبير الاقتصادي د. محمد العمري إن التضخم تحت السيطرة.", "محمد العمري", "التضخم تحت السيطرة"],
    ["وقال أ.د. سالم الشهري إن البحث مستمر.", "سالم الشهري", "البحث مستمر"],
    ["وقال رئيس الجامعة أ. د. خالد المحمد إن التسجيل مفتوح.", "خالد المحمد", "التسجيل مفتوح"],
    ["وقال ر.م.ع الشركة محمد الطرابلسي إن الأرباح ارتفعت.", "محمد الطرابلسي", "الأرباح ارتفعت"],
  ])("%s", (...row) => expectLastClaim(row));

  it("a year's era letter fused to the number still ends the sentence", () => {
    const claims = claimsOf("افتتح المعرض عام 2024م. وقال المدير إن الزوار كثيرون.");
    expect(claims.map((c) => c.text)).toEqual(["الزوار كثيرون"]);
  });
});

describe("Arabic adverbials and pronouns are never speakers (sentences written for these tests)", () => {
  it.each<Row>([
    ["وقال الرئيس بصورة خاصة إن الأوضاع تحسنت.", "الرئيس", "الأوضاع تحسنت"],
    ["وقال وزير النقل كريم الحسن إن الطرق سالكة. وأكد بشكل واضح أن الحكومة لن تتراجع.", "كريم الحسن", "الحكومة لن تتراجع"],
    ["وقال وزير النقل كريم الحسن إن الطرق سالكة. وقال هو الآخر إن الوضع مقلق.", "كريم الحسن", "الوضع مقلق"],
    ["وقالت النائبة هدى العلي إن الميزانية ناقصة. وأكدت هي الأخرى أن المشروع متعثر.", "هدى العلي", "المشروع متعثر"],
    ["وأكد بدوره رئيس الاتحاد أن البطولة ستقام في موعدها.", "رئيس الاتحاد", "البطولة ستقام في موعدها"],
    ["وقال آنذاك مدير الميناء إن الحاويات وصلت.", "مدير الميناء", "الحاويات وصلت"],
  ])("%s", (...row) => expectLastClaim(row));

  it.each(["وقال حينها إن الإصلاحات ضرورية.", "وقال بوضوح إن الإصلاحات ضرورية.", "وقال عموما إن الإصلاحات ضرورية.", "وقال خاصة إن الإصلاحات ضرورية."])(
    "'%s' with nobody quoted before has an empty speaker, not the adverb",
    (article) => {
      const [claim] = extractClaims(article, { language: "ar" });
      expect(claim?.speaker).toBe("");
      expect(claim?.text).toBe("الإصلاحات ضرورية");
    },
  );

  it("'مجددا' right after the verb is 'again', not a second cue", () => {
    const claims = claimsOf("وقال الوزير سالم الكعبي إن الخطة جاهزة. وقال مجددا إن التمويل متوفر.");
    expect(claims.map((c) => [c.speaker, c.text])).toEqual([
      ["سالم الكعبي", "الخطة جاهزة"],
      ["سالم الكعبي", "التمويل متوفر"],
    ]);
  });

  it("a quantity of people with من is one source: 'عدد من أهالي القرية'", () => {
    const [claim] = claimsOf("وقال عدد من أهالي القرية إن المياه مقطوعة منذ أسبوع.");
    expect(claim?.speaker).toBe("عدد من أهالي القرية");
  });
});

describe("Arabic agentless and closing cues (sentences written for these tests)", () => {
  it.each<[string, string]>([
    ["وقال الوزير فهد السالم إن الطريق مغلق. وأفيد بأن عشرة أشخاص أصيبوا في الحادث.", "عشرة أشخاص أصيبوا في الحادث"],
    ["وقال الوزير فهد السالم إن الطريق مغلق. وقيل إن السائق فر من المكان.", "السائق فر من المكان"],
    ["وقال الوزير فهد السالم إن الطريق مغلق. وأُعلن أن المهرجان سيقام في موعده.", "المهرجان سيقام في موعده"],
  ])("'%s': a passive names nobody, so the speaker is empty, not the minister", (article, content) => {
    const claim = extractClaims(article, { language: "ar" }).at(-1);
    expect(claim?.text).toBe(content);
    expect(claim?.speaker).toBe("");
    expect(claim?.rule).toMatch(/^ar\.verb\.passive\./);
  });

  it("'وختم:' and 'واستطرد قائلا:' continue the speaker's quotation over paragraphs", () => {
    const claims = claimsOf(
      "وقال المحافظ أحمد راشد: «سيتم افتتاح المشروع قبل نهاية العام».\n\nواستطرد قائلا: «الدولة لا تتأخر عن دعم المحافظة».\n\nوختم: «أشكر جميع العاملين على جهودهم».",
    );
    expect(claims.map((c) => c.speaker)).toEqual(["أحمد راشد", "أحمد راشد", "أحمد راشد"]);
    expect(claims.at(-1)?.text).toBe("أشكر جميع العاملين على جهودهم");
  });

  it.each<Row>([
    ["ولفتت الوزارة إلى ضرورة الالتزام بالإجراءات الاحترازية.", "الوزارة", "ضرورة الالتزام بالإجراءات الاحترازية"],
    ["ونوه الوزير بجهود الفرق الطبية في مواجهة الوباء.", "الوزير", "بجهود الفرق الطبية"],
    ["وقال رئيس الجمعية إن القرية معزولة. وقد عبر عدد من الأهالي عن غضبهم، داعين إلى فتح الطريق.", "عدد من الأهالي", "فتح الطريق"],
  ])("%s", (...row) => expectLastClaim(row));
});

describe("Arabic objects after the speaker: accusations, blame, calls and demands (sentences written for these tests)", () => {
  it.each<Row>([
    ["واتهم الرئيس الفنزويلي أوروبا بالتقاعس عن تنفيذ التزاماتها.", "الرئيس الفنزويلي", "أوروبا بالتقاعس"],
    ["واتهم وزير الخارجية إيران بدعم الجماعات المسلحة.", "وزير الخارجية", "إيران بدعم الجماعات المسلحة"],
    ["واتهم الرئيس الأمريكي جون سميث الصين بالتلاعب بالعملة.", "جون سميث", "الصين بالتلاعب بالعملة"],
    ["واتهمت المعارضة الحكومة بتزوير نتائج الاقتراع.", "المعارضة", "الحكومة بتزوير نتائج الاقتراع"],
    ["وحمّل الوزير الحكومة السابقة مسؤولية تدهور الاقتصاد.", "الوزير", "الحكومة السابقة مسؤولية"],
    ["وحمّلت الحركة الاحتلال المسؤولية الكاملة عن حياة المعتقلين.", "الحركة", "الاحتلال المسؤولية الكاملة"],
    ["ودعا الأمين العام للأمم المتحدة المجتمع الدولي للتحرك فورا.", "الأمين العام للأمم المتحدة", "المجتمع الدولي للتحرك فورا"],
    ["ودعت الجامعة العربية لوقف فوري لإطلاق النار.", "الجامعة العربية", "لوقف فوري لإطلاق النار"],
    ["ودعا المجلس البلدي الحكومة للإسراع في صرف التعويضات.", "المجلس البلدي", "الحكومة للإسراع"],
    ["وطالب رئيس الحزب الحكومة بالاستقالة الفورية.", "رئيس الحزب", "الحكومة بالاستقالة"],
    ["ودعت الوزارة إلى توخي الحذر أثناء القيادة.", "الوزارة", "توخي الحذر"],
    ["وكذّب المتحدث باسم الوزارة الأخبار المتداولة حول إلغاء الامتحانات.", "المتحدث باسم الوزارة", "الأخبار المتداولة"],
    ["ونفت وزارة الخارجية الأنباء عن إغلاق السفارة.", "وزارة الخارجية", "الأنباء عن إغلاق السفارة"],
    ["وعزت الشركة الانقطاع إلى عطل فني في المحطة.", "الشركة", "الانقطاع إلى عطل فني"],
    ["ووصف الرئيس الاتفاق بأنه تاريخي.", "الرئيس", "الاتفاق بأنه تاريخي"],
    ["وانتقد النائب سامي الحربي قرار الحكومة، واصفا إياه بأنه ارتجالي.", "سامي الحربي", "إياه بأنه ارتجالي"],
    ["وأدان المجمع الهجوم الإرهابي، مؤكدا أن الدين بريء من هذه الأفعال.", "المجمع", "الدين بريء"],
  ])("%s", (...row) => expectLastClaim(row));

  it.each<Row>([
    ["وقال وزير الداخلية إن المحتجين يحاولون قطع الطرق. واتهمت قوات الدعم السريع الجيش بقصف المدنيين.", "قوات الدعم السريع", "الجيش بقصف المدنيين"],
    ["وأكد مصرف ليبيا المركزي أن الاحتياطي كاف.", "مصرف ليبيا المركزي", "الاحتياطي كاف"],
    ["وأعلنت حركة نداء تونس أنها ستقاطع الجلسة.", "حركة نداء تونس", "ستقاطع الجلسة"],
  ])("a place or verbal noun inside a body's name stays in the speaker: %s", (...row) => expectLastClaim(row));

  it("'ودعا السكان إلى…' after a quoted official: the residents are called on, the official calls", () => {
    const claims = claimsOf("وقال رئيس البلدية إن المشروع سيكتمل قريبا. ودعا السكان إلى التعاون مع فرق العمل.");
    expect(claims.at(-1)).toMatchObject({ speaker: "رئيس البلدية", text: "السكان إلى التعاون مع فرق العمل" });
  });

  it("'ودعا الحكومة إلى…': a masculine verb does not take a feminine body as its subject", () => {
    const [claim] = claimsOf("ودعا الحكومة إلى مراجعة الأسعار.");
    expect(claim).toMatchObject({ speaker: "", text: "الحكومة إلى مراجعة الأسعار" });
  });
});

describe("Arabic definite descriptions point back to the named source (sentences written for these tests)", () => {
  it.each<[string, string]>([
    ["التقى وزير الخارجية فيصل الحربي نظيره الفرنسي في جدة. وقال الوزير إن المحادثات كانت بناءة.", "فيصل الحربي"],
    ["واستقبل الرئيس عبد المجيد العربي السفير الإيطالي. وأكد الرئيس أن العلاقات متينة.", "عبد المجيد العربي"],
    ["وقال وزير المالية خالد العلي إن العجز تراجع. وأوضح الوزير أن الإيرادات ارتفعت.", "خالد العلي"],
    ["وقال المتحدث باسم الجيش العميد يحيى رسول إن القوات تقدمت. وأضاف المتحدث أن العملية مستمرة.", "يحيى رسول"],
    ['وذكرت صحيفة "الوطن" أن البلدية أغلقت عشرين محلا. وأضافت الصحيفة أن الحملة مستمرة.', 'صحيفة "الوطن"'],
    ["وقالت وكالة الأنباء الكويتية (كونا) إن الأمير استقبل الوفد. وأضافت الوكالة أن اللقاء تناول التعاون.", "وكالة الأنباء الكويتية (كونا)"],
    ["وأكد رئيس الوزراء أن الحكومة ملتزمة. وقال وزير الخارجية إن المفاوضات مستمرة. وأضاف رئيس الوزراء أن الانتخابات في موعدها.", "رئيس الوزراء"],
  ])("%s", (article, speaker) => {
    expect(claimsOf(article).at(-1)?.speaker).toBe(speaker);
  });

  it("a participle after a non-reporting verb speaks for that verb's subject", () => {
    const [claim] = claimsOf("وأصدرت الجمعية بيانا، داعية السلطات إلى فتح تحقيق عاجل.");
    expect(claim).toMatchObject({ speaker: "الجمعية", text: "السلطات إلى فتح تحقيق عاجل" });
  });

  it("a man met outside a cue is not the antecedent of a feminine verb", () => {
    const claims = claimsOf("وقالت الوزيرة سعاد الكبير إن الخطة جاهزة. وزار المدير المستشفى. وأضافت أن التمويل متوفر.");
    expect(claims.at(-1)?.speaker).toBe("سعاد الكبير");
  });
});

describe("Arabic source phrases anywhere in the sentence (sentences written for these tests)", () => {
  it.each<Row>([
    ["وتعتزم الحكومة، وفق وزير الاقتصاد سامر الخليل، رفع الدعم تدريجيا.", "سامر الخليل", "رفع الدعم تدريجيا"],
    ["ارتفعت أسعار الذهب، حسب تجار في السوق، بنحو عشرة بالمائة.", "تجار في السوق", "بنحو عشرة بالمائة"],
    ["والحكومة، بحسب المتحدث باسمها، لن تتراجع عن قرارها.", "المتحدث باسمها", "لن تتراجع عن قرارها"],
    [
      "وتراجعت مبيعات السيارات الجديدة في الربع الأخير، بحسب بيانات الاتحاد، بنسبة عشرين بالمائة.",
      "الاتحاد",
      "وتراجعت مبيعات السيارات الجديدة في الربع الأخير",
    ],
    ["وارتفعت الأسعار في الأسواق الشعبية خلال الشهر الماضي، بحسب التجار.", "التجار", "وارتفعت الأسعار في الأسواق الشعبية"],
  ])("%s", (...row) => expectLastClaim(row));

  it("a wrapped claim keeps its words after the source; a new clause after it does not belong to the claim", () => {
    const [wrapped] = claimsOf("وتراجعت مبيعات السيارات الجديدة في الربع الأخير، بحسب بيانات الاتحاد، بنسبة عشرين بالمائة.");
    expect(wrapped?.rule).toBe("ar.according-to.wrapped");
    expect(wrapped?.text.endsWith("بنسبة عشرين بالمائة")).toBe(true);
    const [clause] = claimsOf("ولم تنخفض أسعار الشحن في الموانئ الكبرى، بحسب محللين، إذ تشترط الشركات ضمانات طويلة.");
    expect(clause?.text).toBe("ولم تنخفض أسعار الشحن في الموانئ الكبرى");
  });
});

describe("Arabic names introduced by a description or an honorific (sentences written for these tests)", () => {
  it.each<Row>([
    ["وقال أحد السكان ويدعى أبو محمد إن المياه انقطعت منذ أسبوع.", "أبو محمد", "المياه انقطعت"],
    ["وقالت سيدة تدعى أم خالد إن أطفالها مرضى.", "أم خالد", "أطفالها مرضى"],
    ["وقال معالي وزير الدولة لشؤون مجلس الوزراء إن القرار نهائي.", "معالي وزير الدولة لشؤون مجلس الوزراء", "القرار نهائي"],
    ["وأكد سعادة السفير الدكتور علي بن سعيد أن العلاقات متينة.", "علي بن سعيد", "العلاقات متينة"],
    ["وقال صاحب السمو الملكي الأمير محمد بن سلطان إن المملكة ماضية في خطتها.", "محمد بن سلطان", "المملكة ماضية"],
    ["وأوضح مدير إدارة المرور بالمنطقة العقيد خالد القحطاني أن الحملة مستمرة.", "خالد القحطاني", "الحملة مستمرة"],
  ])("%s", (...row) => expectLastClaim(row));
});

describe("Arabic cues that list items: 'ذكر من ضمن…', 'وذكر منها…' (sentences written for these tests)", () => {
  it.each<Row>([
    ["وقال المدير فؤاد الحمد إن المشروع صعب. كما ذكر من ضمن الأسباب ضعف التمويل وغياب التنسيق.", "فؤاد الحمد", "من ضمن الأسباب ضعف التمويل"],
    ["وقال المدير فؤاد الحمد إن المعايير كثيرة. وذكر منها على وجه الخصوص الجودة والسعر.", "فؤاد الحمد", "على وجه الخصوص الجودة والسعر"],
    ["وقال المدير فؤاد الحمد إن العوائق عديدة. وذكر من بين العوائق نقص العمال.", "فؤاد الحمد", "من بين العوائق نقص العمال"],
  ])("%s", (...row) => expectLastClaim(row));

  it("'من جهته' after the speaker is no list", () => {
    expect(claimsOf("وقال الوزير من جهته إن الأسعار مستقرة.")).toEqual([{ speaker: "الوزير", text: "الأسعار مستقرة", rule: "ar.verb.vso.that" }]);
  });
});

describe("Arabic quotation marks as real copy writes them (sentences written for these tests)", () => {
  it.each<Row>([
    ['وقال المواطن "لم نعد نحتمل هذا الوضع»، مضيفا أن الأسعار تضاعفت.', "المواطن", "الأسعار تضاعفت"],
    ['وقالت الناشطة: «نطالب بالإفراج عن المعتقلين فورا"، مشيرة إلى أن عددهم كبير.', "الناشطة", "عددهم كبير"],
    ["وقال العامل »نحن ننتظر منذ شهور ولم يصلنا شيء».", "العامل", "نحن ننتظر منذ شهور"],
    ["وقال الرئيس: “لن نسمح بتكرار ما حدث في المستقبل”.", "الرئيس", "لن نسمح بتكرار ما حدث"],
  ])("%s", (...row) => expectLastClaim(row));

  it("a quotation closed by a mark of another kind ends there, not at the paragraph end", () => {
    const [quote] = claimsOf('وقال المواطن "لم نعد نحتمل هذا الوضع»، مضيفا أن الأسعار تضاعفت.');
    expect(quote?.text).toBe("لم نعد نحتمل هذا الوضع");
  });

  it("an unclosed quotation stops at its paragraph; the next paragraph is someone else's", () => {
    const claims = claimsOf("وقال المدير: «لن نغلق المصنع.\n\nوقالت الوزارة في بيان إن الأشغال انتهت.");
    expect(claims.map((c) => [c.speaker, c.text])).toEqual([
      ["المدير", "لن نغلق المصنع"],
      ["الوزارة", "الأشغال انتهت"],
    ]);
  });

  it("a quotation over two paragraphs, the second opening with a mark, stays with its speaker", () => {
    const claims = claimsOf('وقال المحافظ سعيد الراشد: "لقد عملنا بجد طوال السنوات الماضية.\n\n"ونحن مستمرون في هذا النهج حتى تحقيق أهدافنا".');
    expect(claims.map((c) => c.speaker)).toEqual(["سعيد الراشد", "سعيد الراشد"]);
  });
});

describe("Gulf and Egyptian wire habits (sentences written for these tests)", () => {
  it.each<Row>([
    ["وصرح الدكتور خالد عبد الرؤوف وزير الصحة والسكان، بأن الوزارة رفعت درجة الاستعداد.", "خالد عبد الرؤوف", "الوزارة رفعت درجة الاستعداد"],
    ["وقال المهندس أحمد سمير وزير التجارة والصناعة إن الصادرات ارتفعت.", "أحمد سمير", "الصادرات ارتفعت"],
    ["وقال مصدر مسؤول بوزارة البترول إن الأسعار لن تتغير.", "مصدر مسؤول بوزارة البترول", "الأسعار لن تتغير"],
    ['وقال مدير عام التعليم بمنطقة مكة المكرمة أحمد الزهراني لـ"عكاظ" إن الدراسة ستستأنف الأحد.', "أحمد الزهراني", "الدراسة ستستأنف الأحد"],
    ["وكانت وزارة الصحة قد أعلنت في وقت سابق تسجيل أول حالة.", "وزارة الصحة", "تسجيل أول حالة"],
    ['"الوضع تحت السيطرة تماما"، هكذا علق المتحدث باسم الجيش على الأحداث.', "المتحدث باسم الجيش", "الوضع تحت السيطرة تماما"],
    ["وقالت وزارة الصحة إن الحالات تراجعت. وجاء في البيان أن المستشفيات جاهزة.", "وزارة الصحة", "المستشفيات جاهزة"],
    ["وأكدت مصادر مطلعة لـ«المصري اليوم» أن التعديل الوزاري بات وشيكا.", "مصادر مطلعة", "التعديل الوزاري بات وشيكا"],
    ["ونقلت وكالة الأنباء الرسمية عن وزير الداخلية قوله إن الأمن مستتب.", "وزير الداخلية", "الأمن مستتب"],
    ["وذكرت وكالة الأنباء السعودية (واس) أن المساعدات وصلت.", "وكالة الأنباء السعودية (واس)", "المساعدات وصلت"],
    ['وصرح المتحدث باسم شرطة المنطقة لـ"عكاظ" بأن الجهات الأمنية أوقفت المتهمين.', "المتحدث باسم شرطة المنطقة", "الجهات الأمنية أوقفت المتهمين"],
  ])("%s", (...row) => expectLastClaim(row));

  it("'وجاء في البيان' with no body met before is still a claim, with an empty speaker", () => {
    expect(claimsOf("وجاء في البيان أن الحادث وقع ليلا في المصنع.")).toEqual([{ speaker: "", text: "الحادث وقع ليلا في المصنع", rule: "ar.statement.that" }]);
  });

  it("the title after an Egyptian name is remembered, so 'الوزير' later is that man", () => {
    const claims = claimsOf("وقال المهندس أحمد سمير وزير التجارة والصناعة إن الصادرات ارتفعت. وأكد الوزير أن الواردات تراجعت.");
    expect(claims.map((c) => c.speaker)).toEqual(["أحمد سمير", "أحمد سمير"]);
  });
});

describe("Arabic sources named inside someone else's words (sentences written for these tests)", () => {
  it("'…بناء على ما صرحت به فلانة، حيث تطرقت إلى «…»': the later feminine verbs speak for her, not for the man quoted", () => {
    const claims = claimsOf(
      'وأوضح المدعي العام كريم الفاسي أن النيابة فتحت تحقيقا بناء على ما صرحت به النائبة هند الزين في برنامج إذاعي، حيث تطرقت إلى "معطيات خطيرة تخص أمن الدولة"، مبينة أن المعطيات "تتعلق برجل أعمال موقوف".',
    );
    expect(claims.map((c) => [c.speaker, c.rule])).toEqual([
      ["كريم الفاسي", "ar.verb.vso.that"],
      ["هند الزين", "ar.verb.implicit.preposition"],
      ["هند الزين", "ar.participle.that"],
    ]);
    expect(claims[0]!.text.endsWith("في برنامج إذاعي")).toBe(true);
    const kinds = extractClaims('وأوضح المدعي العام كريم الفاسي أن النيابة فتحت تحقيقا، حيث تطرقت النائبة هند الزين إلى "معطيات خطيرة تخص أمن الدولة".', {
      language: "ar",
    }).map((c) => c.kind);
    expect(kinds).toEqual(["indirect", "direct"]); // a wholly quoted object of إلى is a direct claim
  });

  it("a name mentioned inside reported words does not take over the speaker being quoted", () => {
    const claims = claimsOf("وقال الوزير سامي الحداد إن ما قاله النائب فؤاد العلي غير دقيق. وأضاف أن الأرقام منشورة.");
    expect(claims.map((c) => c.speaker)).toEqual(["سامي الحداد", "سامي الحداد"]);
  });
});

describe("Arabic semicolons in Gulf copy (sentences written for these tests)", () => {
  it("a semicolon before a reason or a purpose does not end the claim", () => {
    const [claim] = claimsOf("وأوضح المصدر أن الشركة أوقفت الإنتاج؛ من أجل صيانة الخطوط القديمة.");
    expect(claim?.text).toBe("الشركة أوقفت الإنتاج؛ من أجل صيانة الخطوط القديمة");
  });

  it("a semicolon before a new statement still ends it", () => {
    const [claim] = claimsOf("وأوضح المصدر أن الشركة أوقفت الإنتاج؛ وتراجعت أسهمها في السوق.");
    expect(claim?.text).toBe("الشركة أوقفت الإنتاج");
  });
});

describe("Arabic statements and contrasts (sentences written for these tests)", () => {
  it("'البيان' means the statement last named, spoken by its issuer", () => {
    const claims = claimsOf(
      "وقالت هيئة الأرصاد إن الحرارة سترتفع. وفي العاصمة، وجّه رئيس الوزراء بتشكيل خلية أزمة، وفق بيان صادر عن مكتبه الإعلامي. وقال البيان إن الحكومة ماضية في خطتها.",
    );
    expect(claims.at(-1)).toMatchObject({ speaker: "مكتبه الإعلامي", text: "الحكومة ماضية في خطتها" });
  });

  it("'…، إلا أنه طالب …' is the same speaker's next claim, and ends the one before", () => {
    const claims = claimsOf("وقال نقيب المزارعين سعيد النجار إن الموسم جيد، إلا أنه طالب الحكومة بإعلان سعر القمح مبكرا.");
    expect(claims.map((c) => [c.speaker, c.text])).toEqual([
      ["سعيد النجار", "الموسم جيد"],
      ["سعيد النجار", "الحكومة بإعلان سعر القمح مبكرا"],
    ]);
  });

  it("a verb after a leading place phrase ('وفي مجلس النواب، وجهت النائبة …') gives its subject to the participle", () => {
    const [claim] = claimsOf("وفي مجلس النواب، وجهت النائبة عن حزب الأمل، ليلى الشريف، سؤالا إلى الوزير، معتبرة أن الحكومة تخلت عن المزارعين.");
    expect(claim).toMatchObject({ speaker: "ليلى الشريف", text: "الحكومة تخلت عن المزارعين" });
  });
});

describe("Maghreb and wire habits, second round (sentences written for these tests)", () => {
  it.each<Row>([
    ["وقال الوزير سالم الحاج إن الوضع مستقر. وأورد المصدر ذاته أن السلطات المحلية تدخلت.", "سالم الحاج", "السلطات المحلية تدخلت"],
    ["وقال الوزير سالم الحاج إن الوضع مستقر. وأضاف المتحدث ذاته أن الحكومة مطالبة بالتدخل.", "سالم الحاج", "الحكومة مطالبة بالتدخل"],
    ["وأبلغ مسؤول أمني وكالة فرانس برس أن الهجوم أوقع قتلى.", "مسؤول أمني", "الهجوم أوقع قتلى"],
    ["وقال فلاحون في المنطقة إن المحصول تضرر بسبب الجفاف.", "فلاحون في المنطقة", "المحصول تضرر بسبب الجفاف"],
    [
      "أفاد المندوب الجهوي للفلاحة بالقصرين، محمد الصالح العمري، في تصريح لـ(وات)، بأن صابة الزيتون قدرت بـ80 ألف طن.",
      "محمد الصالح العمري",
      "صابة الزيتون قدرت",
    ],
    ['وحسب ما أفاد به والي الجهة لـ"وات"، فإن التعزيزات وصلت إلى المنطقة.', "والي الجهة", "التعزيزات وصلت إلى المنطقة"],
    ["وأفاد بلاغ صادر عن رئاسة الحكومة بأن المجلس صادق على المشروع.", "رئاسة الحكومة", "المجلس صادق على المشروع"],
  ])("%s", (...row) => expectLastClaim(row));

  it("a participle without a comma is a predicate, not a second cue: 'الحكومة مطالبة بالتدخل'", () => {
    const claims = claimsOf("وقال الوزير سالم الحاج إن الحكومة مطالبة بالتدخل العاجل.");
    expect(claims.map((c) => c.text)).toEqual(["الحكومة مطالبة بالتدخل العاجل"]);
  });

  it("a participle without a comma still reports before أن: '…لموسمين مشيرا إلى أن…'", () => {
    const claims = claimsOf("وقال المدير سالم الحاج إن المخزون كاف لشهرين مشيرا إلى أن البلاد لم تعرف أزمة.");
    expect(claims.map((c) => c.text)).toEqual(["المخزون كاف لشهرين", "البلاد لم تعرف أزمة"]);
  });
});

describe("Arabic sources named only later (sentences written for these tests)", () => {
  it("a title quoted first and named later gives the name to both claims", () => {
    const claims = extractClaims("وقال المتحدث باسم الجيش إن القوات تقدمت. وأضاف المتحدث باسم الجيش العميد يحيى سالم أن العملية مستمرة.", {
      language: "ar",
    });
    expect(claims.map((c) => c.speaker)).toEqual(["يحيى سالم", "يحيى سالم"]);
    expect(claims[0]!.speakerMention.text).toBe("المتحدث باسم الجيش"); // the words at the cue stay as written
  });

  it("a bare title ('الوزير') is not merged with a later, more specific minister", () => {
    const claims = claimsOf("وقال الوزير إن الطريق مغلق. وقال وزير الخارجية خالد الفهد إن المفاوضات مستمرة.");
    expect(claims.map((c) => c.speaker)).toEqual(["الوزير", "خالد الفهد"]);
  });
});

describe("Arabic accusation objects, second round (sentences written for these tests)", () => {
  it.each<Row>([
    ["واتهمت الحكومة الليبية المسلحين الموالين للجنرال بقصف المطار.", "الحكومة الليبية", "المسلحين الموالين للجنرال بقصف المطار"],
    ["وقال قائد الفصيل إن رجاله انسحبوا. واتهم روسيا بشن غارات على المدنيين.", "قائد الفصيل", "روسيا بشن غارات"],
    ["وقال عدد من سكان القريتين المجاورتين إن المياه ملوثة.", "عدد من سكان القريتين المجاورتين", "المياه ملوثة"],
  ])("%s", (...row) => expectLastClaim(row));

  it("a verbal noun with بـ is never a speaker: 'واتهم بشن غارات…' has none", () => {
    expect(claimsOf("واتهم بشن غارات على المدنيين.").every((c) => !c.speaker.startsWith("ب"))).toBe(true);
  });
});
