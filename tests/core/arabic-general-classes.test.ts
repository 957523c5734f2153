import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/core/index.ts";

/**
 * General Arabic constructions of news copy, one class a block, each with sentences written for these
 * tests (invented names, no sentence taken from any corpus or fixture).
 */
const claimsOf = (article: string) => extractClaims(article, { language: "ar" }).map((c) => ({ speaker: c.speaker, text: c.text, kind: c.kind, rule: c.rule }));

/** One test a row: the article's speakers, in order. */
function itFindsSpeakers(rows: [article: string, speakers: string[]][]): void {
  it.each(rows)("%s", (article, speakers) => {
    expect(claimsOf(article).map((c) => c.speaker)).toEqual(speakers);
  });
}

/** One test a row: the article's only claim, as its speaker and its content. */
function itFindsOneClaim(rows: [article: string, speaker: string, content: string][]): void {
  it.each(rows)("%s", (article, speaker, content) => {
    expect(claimsOf(article).map((c) => [c.speaker, c.text])).toEqual([[speaker, content]]);
  });
}

describe("a channel named between the speaker and the words (وفق بيان، بحسب صحيفة) never takes over a later «وأضاف»", () => {
  const rows: [article: string, speakers: string[]][] = [
    ["وقال رئيس الوزراء نبيل حداد، وفق بيان صادر عن مكتبه، إن الحكومة ستدعم المزارعين.\n\nوأضاف أن الدعم سيشمل الأسمدة.", ["نبيل حداد", "نبيل حداد"]],
    ["وقال الوزير عماد سالم، بحسب صحيفة الأيام، إن المشروع تأخر.\n\nوتابع: «سننجزه قبل الصيف».", ["عماد سالم", "عماد سالم"]],
    ["وقالت النائبة ريم العلي، حسب ما نقلت وكالة الأنباء الرسمية، إن الجلسة أُجلت. وأوضحت أن النصاب لم يكتمل.", ["ريم العلي", "ريم العلي"]],
    ["وقال المدير سامي الحسن، وفقا لبيان الشركة: «الأرباح تضاعفت». وأشار إلى أن الفروع الجديدة ستفتح في الربيع.", ["سامي الحسن", "سامي الحسن"]],
  ];
  itFindsSpeakers(rows);

  it("a source named after the words still speaks for the next «وأضاف» (it told the story)", () => {
    const claims = claimsOf("وقال لهم الإمام: «اصبروا على البلاء»، بحسب أحد المصلين. وأضاف: «غادرنا المسجد غاضبين».");
    expect(claims.map((c) => c.speaker)).toEqual(["الإمام", "أحد المصلين"]);
  });
});

describe("verbs of urging, proposing, advising and reassuring report what they call for (ar.verb.*)", () => {
  const rows: [article: string, speaker: string, content: string][] = [
    ["وحث وزير الصحة المواطنين على تلقي اللقاح قبل الشتاء.", "وزير الصحة", "المواطنين على تلقي اللقاح قبل الشتاء"],
    ["وحثت المنظمة الأطراف على العودة إلى الحوار.", "المنظمة", "الأطراف على العودة إلى الحوار"],
    ["واقترح رئيس البرلمان تشكيل لجنة مستقلة للتحقيق.", "رئيس البرلمان", "تشكيل لجنة مستقلة للتحقيق"],
    ["وأوصى التقرير بزيادة الإنفاق على التعليم.", "التقرير", "بزيادة الإنفاق على التعليم"],
    ["ونصح الخبير المستثمرين بعدم التسرع في البيع.", "الخبير", "المستثمرين بعدم التسرع في البيع"],
    ["وجزم رئيس الحزب بأن الائتلاف لن ينهار.", "رئيس الحزب", "الائتلاف لن ينهار"],
    ["وطمأن محافظ البنك المركزي المودعين بأن أموالهم في أمان.", "محافظ البنك المركزي", "أموالهم في أمان"],
    ["وتوعد قائد الشرطة بملاحقة المتورطين.", "قائد الشرطة", "بملاحقة المتورطين"],
    ["وأرجعت الشركة التأخير إلى نقص قطع الغيار.", "الشركة", "التأخير إلى نقص قطع الغيار"],
    ["وكرر الوزير أن بلاده لن تقبل أي تسوية.", "الوزير", "بلاده لن تقبل أي تسوية"],
  ];
  itFindsOneClaim(rows);

  it("the speaker of a call carries to a later pronoun cue", () => {
    const claims = claimsOf("وحثت الوزيرة سلمى النوري على تطعيم الأطفال قبل بدء الدراسة. وأضافت أن الحملة تستمر شهرا.");
    expect(claims.map((c) => c.speaker)).toEqual(["سلمى النوري", "سلمى النوري"]);
  });

  const notSpeech: string[] = [
    "وكرر الفريق المحاولة في الشوط الثاني دون جدوى.",
    "وواصلت القوات تقدمها نحو المدينة.",
    "وأكمل العمال بناء الجسر قبل موعده.",
    "وأرجع المسؤول الوثائق إلى الأرشيف.",
  ];
  it.each(notSpeech)("no claim when the verb acts rather than speaks: %s", (article) => {
    expect(claimsOf(article)).toEqual([]);
  });
});

describe("a verb of deeming with a demonstrative or suffixed object (اعتبر ذلك انتهاكا، معتبرا هذه الخطوة…، واعتبرته…)", () => {
  const rows: [article: string, speakers: string[], lastContent: string][] = [
    ["واعتبر الوزير ذلك خطوة مهمة نحو الاستقرار.", ["الوزير"], "ذلك خطوة مهمة نحو الاستقرار"],
    ["واعتبرت الحكومة ذلك تدخلا في شؤونها الداخلية.", ["الحكومة"], "ذلك تدخلا في شؤونها الداخلية"],
    ["وقال المدير إن الاتفاق جاهز، معتبرا هذه الخطوة بداية مرحلة جديدة.", ["المدير", "المدير"], "هذه الخطوة بداية مرحلة جديدة"],
    ["وانتقدت النقابة قرار الإدارة، واعتبرته تراجعا عن الوعود السابقة.", ["النقابة", "النقابة"], "تراجعا عن الوعود السابقة"],
    ["واعتبر الوزير القرار خطوة مهمة نحو الإصلاح.", ["الوزير"], "القرار خطوة مهمة نحو الإصلاح"],
    ["واعتبر وزير الخارجية سامي العلي الزيارة ناجحة بكل المقاييس.", ["سامي العلي"], "الزيارة ناجحة بكل المقاييس"],
    ["واعتبرته النقابات العمالية تهديدا صريحا لاستقلال الشركة.", ["النقابات العمالية"], "تهديدا صريحا لاستقلال الشركة"],
  ];
  it.each(rows)("%s", (article, speakers, lastContent) => {
    const claims = claimsOf(article);
    expect(claims.map((c) => c.speaker)).toEqual(speakers);
    expect(claims.at(-1)?.text).toBe(lastContent);
  });

  const journalistsVoice: string[] = ["ويعتبر هذا المشروع الأكبر في المنطقة.", "وتعتبر هذه الخطوة الأولى من نوعها في البلاد."];
  it.each(journalistsVoice)("the present «يعتبر/تعتبر» with a demonstrative is the passive «is considered», no claim: %s", (article) => {
    expect(claimsOf(article)).toEqual([]);
  });
});

describe("a demonstrative time phrase (هذا الأسبوع، هذه المرة) after the speaker is neither speaker nor content", () => {
  const rows: [article: string, speaker: string, content: string][] = [
    ["وقال وزير الخارجية هذا الأسبوع إن المفاوضات ستستأنف.", "وزير الخارجية", "المفاوضات ستستأنف"],
    ["وأكدت الوزارة هذا الصباح أن المدارس ستفتح أبوابها.", "الوزارة", "المدارس ستفتح أبوابها"],
    ["وقالت النقابة هذه المرة إن الإضراب مفتوح.", "النقابة", "الإضراب مفتوح"],
    ["وأعلنت الشركة هذا العام أرباحا غير مسبوقة.", "الشركة", "أرباحا غير مسبوقة"],
  ];
  itFindsOneClaim(rows);
});

describe("a speech event made by someone, then «قال فيها» (كلمة ألقاها فلان…، قال فيها إن…) speaks for its author", () => {
  const rows: [article: string, speakers: string[]][] = [
    ["وجاء ذلك في كلمة ألقاها الرئيس أمام البرلمان، قال فيها إن الإصلاحات ستستمر.", ["الرئيس"]],
    ["ويأتي ذلك بعد تصريحات أدلى بها وزير الخارجية سالم العمر، قال فيها إن الحوار متعثر.", ["سالم العمر"]],
    ["وفي تدوينة نشرها النائب سامي الكردي على حسابه، كتب فيها أن الجلسة ألغيت.", ["سامي الكردي"]],
    ["ويأتي رد المتحدث بعد اتهامات وجهتها السفيرة ليلى حمدان، قالت فيها إن هناك أدلة دامغة، واعتبرت ذلك انتهاكا للقرار الدولي.", ["ليلى حمدان", "ليلى حمدان"]],
  ];
  itFindsSpeakers(rows);

  it("whoever conducted an interview is not its speaker (مقابلة أجرتها معه قناة…)", () => {
    const claims = claimsOf("وفي مقابلة أجرتها معه قناة محلية، قال فيها إن الحكومة مستقرة.");
    expect(claims.map((c) => c.speaker)).not.toContain("قناة محلية");
  });
});

describe("a place and a date between the speaker and a bare object (نفت الوزارة في المدينة اليوم الأحد الأنباء…)", () => {
  const rows: [article: string, speaker: string, content: string][] = [
    ["ونفت وزارة الصحة في عمان اليوم الأحد الأنباء المتداولة عن انتشار الوباء.", "وزارة الصحة", "الأنباء المتداولة عن انتشار الوباء"],
    ["ونفى الجيش في بيان صباح اليوم الاتهامات الموجهة إليه.", "الجيش", "الاتهامات الموجهة إليه"],
    ["وأكدت الهيئة في القاهرة أمس الخميس التزامها بموعد الانتخابات.", "الهيئة", "التزامها بموعد الانتخابات"],
  ];
  itFindsOneClaim(rows);

  it("a definite word after a date but after another word too stays in the occasion (في ندوة عقدها أمس لتقديم التقرير…)", () => {
    const claims = claimsOf("وأكد رئيس الهيئة، في ندوة عقدها أمس الأحد لتقديم التقرير السنوي، قائلا: «الانتخابات جرت بنزاهة».");
    expect(claims.map((c) => c.text)).toEqual(["الانتخابات جرت بنزاهة"]);
  });
});

describe("an aside in brackets between the speaker and the words (فلان (45 عاما)، وهو تاجر، إن…)", () => {
  const rows: [article: string, speaker: string, content: string][] = [
    ["وقال أحمد سليم (45 عاما)، وهو صاحب متجر في السوق، إن الأسعار تضاعفت.", "أحمد سليم", "الأسعار تضاعفت"],
    ["وقالت سلمى (30 عاما) إن المياه انقطعت منذ أسبوع.", "سلمى", "المياه انقطعت منذ أسبوع"],
    ["وقال الطبيب (طلب عدم ذكر اسمه) إن المستشفى ممتلئ بالجرحى.", "الطبيب", "المستشفى ممتلئ بالجرحى"],
  ];
  itFindsOneClaim(rows);
});

describe("a call whose purpose is a derived verbal noun with لـ (دعا … لاستخدام، لإنهاء، لتوفير، لمواجهة)", () => {
  const rows: [article: string, speaker: string, content: string][] = [
    ["ودعت الوزارة المواطنين لاستخدام وسائل النقل العام.", "الوزارة", "المواطنين لاستخدام وسائل النقل العام"],
    ["ودعت النقابة الحكومة لتوفير الحماية للعمال.", "النقابة", "الحكومة لتوفير الحماية للعمال"],
    ["ودعا المجتمع الدولي لإنهاء الحرب فورا.", "المجتمع الدولي", "لإنهاء الحرب فورا"],
    ["ودعت الجمعية لمواجهة الغلاء بإجراءات عاجلة.", "الجمعية", "لمواجهة الغلاء بإجراءات عاجلة"],
    ["ودعا البيان المواطنين للانخراط في العمل التطوعي.", "البيان", "المواطنين للانخراط في العمل التطوعي"],
  ];
  itFindsOneClaim(rows);
});

describe("the occasion of the words (خلال لقائه نظيره…، لدى استقباله وفدا…، للجزيرة نت) is neither speaker nor content", () => {
  const rows: [article: string, speaker: string, content: string][] = [
    ["وأكد الوزير خلال لقائه نظيره الفرنسي أن العلاقات متينة.", "الوزير", "العلاقات متينة"],
    ["وقالت الوزيرة خلال لقائها نظيرتها الألمانية إن التعاون مستمر.", "الوزيرة", "التعاون مستمر"],
    ["وأكد رئيس الوزراء خلال استقباله وفدا من رجال الأعمال أن الحكومة تدعم الاستثمار.", "رئيس الوزراء", "الحكومة تدعم الاستثمار"],
    ["وقال المزارع حسن علي للجزيرة نت إن المحصول تضرر.", "حسن علي", "المحصول تضرر"],
    ["وقالت مصادر محلية للجزيرة إن الاشتباكات اندلعت مساء.", "مصادر محلية", "الاشتباكات اندلعت مساء"],
  ];
  itFindsOneClaim(rows);

  it("a verb relaying its source with «نقلا عن» gives one claim, not a second one for the sentence before the marker", () => {
    const claims = claimsOf("وأفادت وكالة الأنباء الفرنسية نقلا عن مصدر أمني بأن الهجوم أسفر عن قتيلين.");
    expect(claims.map((c) => [c.speaker, c.text])).toEqual([["مصدر أمني", "الهجوم أسفر عن قتيلين"]]);
  });
});

describe("a name set off by «أحد/إحدى …» (one of the residents, one of the survivors) keeps the name as the speaker", () => {
  const rows: [article: string, speakers: string[]][] = [
    ["وقال أبو محمد، أحد سكان الحي، إن المياه انقطعت منذ أسبوع.", ["أبو محمد"]],
    ["وقالت سلمى الخطيب، إحدى الناجيات، إن القارب غرق قرب الشاطئ.", ["سلمى الخطيب"]],
    ["وقال سامر، أحد المتظاهرين، إن الشرطة فرقتهم بالقوة. وأضاف أن الاعتصام سيستمر.", ["سامر", "سامر"]],
    ["وقال أحد سكان الحي إن المياه انقطعت منذ أسبوع.", ["أحد سكان الحي"]],
  ];
  itFindsSpeakers(rows);
});

describe("short names of bodies and groups: a ministry by its portfolio (الخارجية، الصحة), a group by whom it belongs to (عائلات المعتقلين)", () => {
  const rows: [article: string, speakers: string[]][] = [
    ["قالت وزارة الخارجية الروسية إن موسكو سترد.\n\nوأضافت الخارجية الروسية أن العقوبات غير شرعية.", ["وزارة الخارجية الروسية", "وزارة الخارجية الروسية"]],
    ["قالت وزارة الصحة إن الإصابات تراجعت. وأوضحت الصحة أن اللقاحات متوفرة في كل المراكز.", ["وزارة الصحة", "وزارة الصحة"]],
    ["وطالبت عائلات المعتقلين بالإفراج عن أبنائها.", ["عائلات المعتقلين"]],
    ["ودعا أهالي المفقودين إلى كشف مصير أبنائهم.", ["أهالي المفقودين"]],
    ["ودعت منظمة العفو الدولية السلطات إلى الإفراج عن المعتقلين.", ["منظمة العفو الدولية"]],
  ];
  itFindsSpeakers(rows);
});

describe("a relative clause inside the occasion of the words (في الندوة التي نظمتها الجامعة «…») ends at the quotation", () => {
  const rows: [article: string, speakers: string[], firstContent: string][] = [
    ["وقال الوزير في الندوة التي نظمتها الجامعة «الإصلاح مستمر ولن يتوقف».", ["الوزير"], "الإصلاح مستمر ولن يتوقف"],
    [
      "وتابع الرئيس في كلمة مساء اليوم بمناسبة مرور عام على الحرب التي تقودها قوات الخصم «لن نسمح بأي اعتداء على حدودنا» مضيفا «سننتصر في النهاية».",
      ["الرئيس", "الرئيس"],
      "لن نسمح بأي اعتداء على حدودنا",
    ],
    ["وقال المدير، الذي تحدث في مؤتمر «الاستثمار والتنمية» بالقاهرة، إن الشركة ستتوسع.", ["المدير"], "الشركة ستتوسع"],
  ];
  it.each(rows)("%s", (article, speakers, firstContent) => {
    const claims = claimsOf(article);
    expect(claims.map((c) => c.speaker)).toEqual(speakers);
    expect(claims[0]?.text).toBe(firstContent);
  });
});

describe("a title word closing a full name is the family name (السيد، الشيخ، القاضي), and alone it points back to that person", () => {
  const rows: [article: string, speakers: string[]][] = [
    ["وقال المحامي، خالد محمود القاضي، إن المحكمة أجلت الجلسة.\n\nوأضاف القاضي أن الدفاع سيطعن في الحكم.", ["خالد محمود القاضي", "خالد محمود القاضي"]],
    ["وأكد رئيس الجمعية سعيد عبد الرحمن الشيخ أن الحملة نجحت. وأوضح الشيخ أن التبرعات تضاعفت.", ["سعيد عبد الرحمن الشيخ", "سعيد عبد الرحمن الشيخ"]],
    ["أعلن الوزير، حسن عبد الكريم السيد، أن الموازنة أقرت. وقال السيد إن العجز سيتراجع.", ["حسن عبد الكريم السيد", "حسن عبد الكريم السيد"]],
    ["وقال الشيخ محمد إن الصلاة أقيمت في موعدها. وأضاف الشيخ أن المسجد امتلأ.", ["محمد", "محمد"]],
  ];
  itFindsSpeakers(rows);
});

describe("a clause closed by «على حد تعبير/قول X» or «على حد قوله» is X's claim (ar.in-the-words-of.trailing)", () => {
  it("a named speaker after the phrase", () => {
    const claims = claimsOf("الاقتصاد سيتعافى العام المقبل، على حد تعبير وزير المالية.");
    expect(claims.map((c) => [c.speaker, c.text, c.rule])).toEqual([["وزير المالية", "الاقتصاد سيتعافى العام المقبل", "ar.in-the-words-of.trailing"]]);
  });

  it("a pronoun points back to the last speaker of its gender", () => {
    const claims = claimsOf("قالت الوزيرة منى الحسن إن الخطة جاهزة. والتمويل متوفر بالكامل، على حد قولها.");
    expect(claims.map((c) => c.speaker)).toEqual(["منى الحسن", "منى الحسن"]);
    expect(claims[1]!.text).toBe("والتمويل متوفر بالكامل");
  });

  it("inside a claim already cued by a verb it adds no second claim", () => {
    expect(claimsOf("وقال الوزير إن الاقتصاد سيتعافى، على حد تعبيره.").map((c) => c.speaker)).toEqual(["الوزير"]);
  });

  it("with nobody quoted before, a pronoun gives no claim", () => {
    expect(claimsOf("الأسعار ستنخفض قريبا، على حد قوله.")).toEqual([]);
  });
});

describe("guards found on 420 unseen Tunisian news articles (ANT corpus), each with a sentence written for it", () => {
  it("a verbal noun after a subject-less verb is its object, not its speaker (كما أعلن أيضا إلغاء…)", () => {
    const claims = claimsOf("قال الوزير إن الوضع مستقر.\n\nكما أعلن أيضا إلغاء الرحلات الليلية.");
    expect(claims.map((c) => [c.speaker, c.text])).toEqual([
      ["الوزير", "الوضع مستقر"],
      ["الوزير", "إلغاء الرحلات الليلية"],
    ]);
  });

  it("a plural of people with the same shape still speaks (طالب أعضاء النقابة…)", () => {
    const claims = claimsOf("وطالب أعضاء النقابة بإغلاق المصنع الملوث.");
    expect(claims.map((c) => c.text)).toEqual(["بإغلاق المصنع الملوث"]);
    expect(claims[0]?.speaker).toMatch(/^أعضاء/);
  });

  it("a description after a name is no family name (فلان الخبير في…)", () => {
    const [claim] = claimsOf("وأكد فؤاد سالم الخبير في السياحة أن الموسم واعد.");
    expect(claim?.speaker).not.toContain("الخبير");
  });

  it("a definite adjective after the subject is no deemed object (واعتبر الخبير الاقتصادي فلان، في تعليقه…)", () => {
    const claims = claimsOf("واعتبر الخبير الاقتصادي سامي عز الدين، في تعليقه على صفحته، الوضع خطيرا.");
    expect(claims.map((c) => c.text)).not.toContainEqual(expect.stringMatching(/^الاقتصادي/));
  });

  it("the present «يقترح» is also 'offers': no claim", () => {
    expect(claimsOf("ويقترح المهرجان برمجة غنية تجمع نجوم الموسيقى العربية.")).toEqual([]);
  });

  it("a time noun that takes a genitive keeps it (برنامج صباح الخير), the content starts after أن", () => {
    const [claim] = claimsOf("وأكد رئيس النقابة في تصريح لإذاعة محلية في برنامج صباح الخير اليوم أن الإضراب قائم.");
    expect(claim?.text).toBe("الإضراب قائم");
  });

  it("«على حد قولها» inside the sentence leaves the claim whole", () => {
    const claims = claimsOf("قالت الوزيرة ريم سالم إن التعديل الأول جاهز. أما التعديل الثاني فيتعلق، على حد قولها، بإعادة توزيع القروض.");
    expect(claims.at(-1)).toMatchObject({ speaker: "ريم سالم", text: "أما التعديل الثاني فيتعلق، على حد قولها، بإعادة توزيع القروض" });
  });
});
