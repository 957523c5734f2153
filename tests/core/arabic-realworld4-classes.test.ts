import { describe, expect, it } from "vitest";
import { arabicClaimsOf, expectLastClaim, type LastClaimRow } from "../helpers/arabic-last-claim.ts";

/**
 * Capability classes found missing on the fourth blind Arabic set (thirteen outlets, issue 7), built as
 * general rules. Every sentence here was written for these tests; none is copied from an article.
 */
const claimsOf = arabicClaimsOf;
type Row = LastClaimRow;

describe("a surname in quotation marks as the subject, then the occasion (Egyptian house style)", () => {
  it.each<Row>([
    ['وأوضح "الشناوي" خلال لقاء تلفزيوني مساء أمس، أن المحصول سيكون وفيرا.', "الشناوي", "indirect", "المحصول سيكون وفيرا", "ar.verb.vso.that"],
    ['وقالت "عبد الحميد"، في كلمتها أمام اللجنة: "لن نقبل بأي زيادة في الرسوم".', "عبد الحميد", "direct", "لن نقبل بأي زيادة", "ar.verb.vso.colon"],
    ['وأكد "رضوان" عبر صفحته الرسمية، اليوم الخميس، أنه لم يتلق أي استدعاء.', "رضوان", "indirect", "لم يتلق أي استدعاء", "ar.verb.vso.that"],
    ['وأشار "أبو العينين" لبرنامج "على مسؤوليتي" إلى أن الموسم تأخر.', "أبو العينين", "indirect", "الموسم تأخر", "ar.verb.vso.that"],
    ['ولفت "حمدي"، أمس، إلى أن الأسعار لن ترتفع.', "حمدي", "indirect", "الأسعار لن ترتفع", "ar.verb.vso.that"],
  ])("%s", (...row) => expectLastClaim(row));

  it("the quoted name keeps both its marks in the mention", () => {
    expect(claimsOf('وأضاف "الشناوي" خلال المؤتمر أن الموسم جيد.')[0]?.mention).toBe('"الشناوي"');
  });

  it("a quoted name after a description is not the subject", () => {
    expect(claimsOf('وأشار والد "الطفلة المعجزة" إلى أنه سيعالجها في الخارج.')[0]?.speaker).toBe('والد "الطفلة المعجزة"');
  });

  it("a quoted title read as an object, with no reported clause after it, names nobody", () => {
    expect(claimsOf('وانتقد "مشروع القانون" خلال الجلسة بشدة.').map((c) => c.speaker)).not.toContain("مشروع القانون");
  });
});

describe("an aside between dashes after the speaker, and a title after the name", () => {
  it.each<Row>([
    ["وقال الوزير - ردا على سؤال عن الأسعار - إن الحكومة ستتدخل.", "الوزير", "indirect", "الحكومة ستتدخل", "ar.verb.vso.that"],
    ["وقالت المديرة سعاد الكبيسي- تعليقا على ما نشر، وهو كثير- إن المستشفى يعمل.", "سعاد الكبيسي", "indirect", "المستشفى يعمل", "ar.verb.vso.that"],
    ["أكد اللواء سامي الحربي – في رده على الصحفيين – أن الحدود آمنة.", "سامي الحربي", "indirect", "الحدود آمنة", "ar.verb.vso.that"],
    ["وأوضح الدكتور هاني الجمل المتحدث الرسمي لوزارة الصحة أن اللقاحات متوفرة.", "هاني الجمل", "indirect", "اللقاحات متوفرة", "ar.verb.vso.that"],
    ["وأكدت الناطقة الرسمية باسم المحكمة الإدارية بصفاقس ليلى الحداد أن الجلسة تأجلت.", "ليلى الحداد", "indirect", "الجلسة تأجلت", "ar.verb.vso.that"],
  ])("%s", (...row) => expectLastClaim(row));

  it.each([
    ["وقال عبد الله الأمير إن الوضع هادئ.", "عبد الله الأمير"],
    ["وقال محمد عبد الستار السيد إن الوضع هادئ.", "محمد عبد الستار السيد"],
    ["وقال رئيس الحزب بنكيران إن الانتخابات نزيهة.", "بنكيران"],
  ])("'%s': a surname that is also a title stays in the name", (article, speaker) => {
    expect(claimsOf(article)[0]?.speaker).toBe(speaker);
  });
});

describe("names the speaker phrase must not lose: a glued عبدالله, a quoted name inside an aside", () => {
  it.each<Row>([
    ["وقال النائب عبدالله الزامل إنه تلقى دعوة من الوزير.", "عبدالله الزامل", "indirect", "تلقى دعوة من الوزير", "ar.verb.vso.that"],
    ["وأكد الشيخ نصرالله الحسيني أن المسجد سيفتح غدا.", "نصرالله الحسيني", "indirect", "المسجد سيفتح غدا", "ar.verb.vso.that"],
    ["وقالت الوزيرة، في لقاء بثه «تلفزيون الشرق الجديد»، إن الميزانية جاهزة.", "الوزيرة", "indirect", "الميزانية جاهزة", "ar.verb.vso.that"],
    [
      'وقال المحافظ، في الندوة الشهرية، والتي نقلها "راديو المدينة الأول"، إن "الطرق ستفتح قريبا".',
      "المحافظ",
      "direct",
      "الطرق ستفتح قريبا",
      "ar.verb.vso.that",
    ],
  ])("%s", (...row) => expectLastClaim(row));
});

describe("a verb joined by و inside reported words, agreeing with their subject and not with the speaker", () => {
  /** [article, speaker of the only claim, its content] */
  it.each<[string, string, string]>([
    ["وأشار الوزير إلى أن الحكومة رفضت العرض وطالبت من الشركة تعويضا كاملا.", "الوزير", "الحكومة رفضت العرض وطالبت من الشركة تعويضا كاملا"],
    ["وقالت المديرة إن المدير رفض الطلب وأكد أنه لن يتراجع.", "المديرة", "المدير رفض الطلب وأكد أنه لن يتراجع"],
    ["وأوضح المحتجون أن الشرطة منعتهم ونفت وجود أي اعتداء.", "المحتجون", "الشرطة منعتهم ونفت وجود أي اعتداء"],
    ["وأكدت النقابة أن الوزير وعد بالزيادة وتعهد بصرفها قريبا.", "النقابة", "الوزير وعد بالزيادة وتعهد بصرفها قريبا"],
  ])("%s", (article, speaker, content) => {
    const claims = claimsOf(article);
    expect(claims.map((c) => [c.speaker, c.text])).toEqual([[speaker, content]]);
  });

  it.each([
    ["وقال الوزير إن الموسم جيد وأضاف أن الأسعار ستنخفض.", "الوزير"],
    ["وقال الوزير إن الموسم جيد وأكدت الوزارة أن الأسعار ستنخفض.", "الوزارة"],
    ["وقال الوزير إن الموسم جيد، وأكدت أن الأسعار ستنخفض.", ""],
  ])("'%s': a verb that agrees, has its own subject or follows a comma is a new claim", (article, speaker) => {
    const claims = claimsOf(article);
    expect(claims).toHaveLength(2);
    expect(claims[1]?.speaker).toBe(speaker);
  });
});

describe("a speech act renewed or closed with, named by its verbal noun (تأكيدها على، دعوته إلى، بيانه بمناشدة)", () => {
  it.each<Row>([
    ["وجددت الجمعية تأكيدها على حق العمال في الإضراب.", "الجمعية", "indirect", "حق العمال في الإضراب", "ar.verb.vso.preposition"],
    ["وجدد الرئيس دعوته إلى وقف إطلاق النار فورا.", "الرئيس", "indirect", "وقف إطلاق النار فورا", "ar.verb.vso.preposition"],
    ["كما جددوا مطالبتهم بالإفراج عن المعتقلين.", "", "indirect", "بالإفراج عن المعتقلين", "ar.verb.implicit.preposition"],
    ["واختتمت الهيئة بيانها بمناشدة السكان الابتعاد عن مجاري السيول.", "الهيئة", "indirect", "السكان الابتعاد عن مجاري السيول", "ar.verb.vso.preposition"],
    ["وختم المحافظ كلمته بالدعوة إلى التبرع بالدم.", "المحافظ", "indirect", "التبرع بالدم", "ar.verb.vso.preposition"],
    ["واختتم الاتحاد بيانه بالتحذير من التلاعب بالأسعار.", "الاتحاد", "indirect", "التلاعب بالأسعار", "ar.verb.vso.preposition"],
  ])("%s", (...row) => expectLastClaim(row));

  it.each(["واختتم الوزير زيارته بلقاء المحافظ.", "وجدد النادي عقد المدرب لموسمين."])(
    "'%s': closing a visit or renewing a contract reports nothing",
    (article) => {
      expect(claimsOf(article)).toEqual([]);
    },
  );
});

describe("reporting verbs and participles beyond the core (واصل، تابع، خاطب، استنكر، شجب، استهجن)", () => {
  it.each<Row>([
    ['وقال المدير إن المصنع سيفتح، مواصلا في السياق ذاته "لن نسرح أي عامل".', "المدير", "direct", "لن نسرح أي عامل", "ar.participle.quote"],
    ["وقالت الوزيرة إن الخطة جاهزة، متابعة: «سنبدأ التنفيذ الشهر المقبل».", "الوزيرة", "direct", "سنبدأ التنفيذ الشهر المقبل", "ar.participle.colon"],
    ['وأكد الوزير أن الأمن مستتب، مخاطبا النواب: "لن نسمح بالفوضى".', "الوزير", "direct", "لن نسمح بالفوضى", "ar.participle.colon"],
    ['وقال الحكم إن القرار صحيح، موجها حديثه إلى المدرب فلان: "راجع اللقطة بهدوء".', "الحكم", "direct", "راجع اللقطة بهدوء", "ar.participle.colon"],
    ["واستنكر الحزب أن تمنع الشرطة المتظاهرين السلميين.", "الحزب", "indirect", "تمنع الشرطة المتظاهرين", "ar.verb.vso.that"],
    ["وشجبت النقابة، في بيان، أن يفصل العمال بلا تعويض.", "النقابة", "indirect", "يفصل العمال بلا تعويض", "ar.verb.vso.that"],
    ["كما استهجن النواب: «كيف تتأخر الرواتب ثلاثة أشهر؟»", "النواب", "direct", "كيف تتأخر الرواتب", "ar.verb.vso.colon"],
    ["وأستنكرت الرابطة أن يمنع الصحفيون من التغطية.", "الرابطة", "indirect", "يمنع الصحفيون من التغطية", "ar.verb.vso.that"],
    ["وقال الوزير إن الطرق مغلقة، مستنكرا: «كيف نترك المواطنين بلا حلول؟»", "الوزير", "direct", "كيف نترك المواطنين", "ar.participle.colon"],
  ])("%s", (...row) => expectLastClaim(row));

  it.each([
    ["واستنكر الحزب الاعتداء على المتظاهرين السلميين.", []],
    ["وشجبت الجامعة الهجوم، معتبرة أنه انتهاك للقانون.", ["الجامعة"]],
  ])("'%s': denouncing a bare object is an act, and its participles speak for its subject", (article, speakers) => {
    expect(claimsOf(article).map((c) => c.speaker)).toEqual(speakers);
  });

  it.each(["وقال المدرب إن الفريق جاهز، مواصلا عمله اليومي مع اللاعبين.", "وأكد الطبيب أن الحالة مستقرة، متابعا وضع المريض عن قرب."])(
    "'%s': going on with a task or following a case is no second claim",
    (article) => {
      expect(claimsOf(article)).toHaveLength(1);
    },
  );

  it("a chain of plural participles keeps the speaker of the verb before them", () => {
    const claims = claimsOf("وقال أعيان المدينة إن الهجوم على السوق جبان، مؤكدين أن الجناة معروفون، مشيرين إلى أن الشرطة تأخرت.");
    expect(claims.map((c) => c.speaker)).toEqual(["أعيان المدينة", "أعيان المدينة", "أعيان المدينة"]);
  });
});

describe("no speaker from words that name nobody (ما يدعو، وفق ما التزم به، أكد عليه)", () => {
  it("a verb whose subject is the relative ما quotes nobody, and a later pro-drop verb keeps the source", () => {
    const claims = claimsOf('أعرب مصدر أمني عن قلقه من التصعيد. وليس هناك ما يدعو لأن يتوتر أي طرف او يعتبر نفسه مستهدفا. وقال: "الأمور تحت السيطرة".');
    expect(claims.map((c) => c.speaker)).toEqual(["مصدر أمني", "مصدر أمني"]);
  });

  it("'in line with what X committed to' names no source, and a verb with its own preposition as a pronoun has no content", () => {
    const claims = claimsOf(
      "وأمل الوزير أن يصدر القرار قريبا، وفق ما التزم به الرئيس وأكد عليه البيان الحكومي، والذي صدر أمس. وأضاف أن الجلسة ستعقد الثلاثاء.",
    );
    expect(claims.map((c) => [c.speaker, c.text])).toEqual([
      ["الوزير", "يصدر القرار قريبا"],
      ["الوزير", "الجلسة ستعقد الثلاثاء"],
    ]);
  });

  it.each<Row>([
    ["ويأمل المزارعون أن تتحسن الأسعار في الموسم المقبل.", "المزارعون", "indirect", "تتحسن الأسعار", "ar.verb.vso.that"],
    ["وقال المدير إن العمل مستمر، آملا أن تنتهي الصيانة قبل الصيف.", "المدير", "indirect", "تنتهي الصيانة", "ar.participle.that"],
    ["وبحسب ما أفاد التجار، ارتفعت أسعار الخضر.", "التجار", "indirect", "ارتفعت أسعار الخضر", "ar.according-to.leading"],
  ])("%s", (...row) => expectLastClaim(row));

  it.each(["وأعرب الوزير عن أمل كبير في نجاح المفاوضات.", "وقالت أمل الزين إن العرض سيستمر."])("'%s': the noun and the name أمل are no cue", (article) => {
    expect(claimsOf(article).map((c) => c.cue)).not.toContain("أمل");
  });
});

describe("a relative clause speaks for the titled name before it (…الشيخ فلان، الذي قال إن…)", () => {
  it.each<Row>([
    [
      "وجرت جلسة استجواب رئيس الحكومة الشيخ سالم العبدالله، الذي قال إن الاستجواب غير دستوري.",
      "سالم العبدالله",
      "indirect",
      "الاستجواب غير دستوري",
      "ar.verb.svo.that",
    ],
    ["واستقبل الرئيس السفيرة الكندية ماري دوبوا، التي أكدت أن بلادها تدعم الحوار.", "ماري دوبوا", "indirect", "بلادها تدعم الحوار", "ar.verb.svo.that"],
    [
      "وتلقى المجلس رسالة من هيئة الدواء الوطنية، والتي نفت أن يكون الدواء مغشوشا.",
      "هيئة الدواء الوطنية",
      "indirect",
      "يكون الدواء مغشوشا",
      "ar.verb.svo.that",
    ],
    ["وحضر اللقاء مستشار الوزير الدكتور نبيل حداد، والذي أوضح أن المشروع سيكتمل العام المقبل.", "نبيل حداد", "indirect", "المشروع سيكتمل", "ar.verb.svo.that"],
  ])("%s", (...row) => expectLastClaim(row));

  it("a title before the one the relative agrees with is someone else", () => {
    const claims = claimsOf("وقالت الوزيرة إن الرئيس استقبل السفيرة سلمى الراشد، التي أكدت أن بلادها تدعم الحوار.");
    expect(claims.map((c) => c.speaker)).toEqual(["الوزيرة", "سلمى الراشد"]);
  });
});

describe("a noun spelt like a verb inside reported words names no source for later coreference", () => {
  it("'طلب' (request) after a plain word is a noun: 'الوزارة' later is the ministry, not the words after the noun", () => {
    const claims = claimsOf("وقالت الصحيفة إن عدد النواب الذين يساندون طلب عدم التعاون مع الوزارة ارتفع إلى 20. ونفت الوزارة استقالة عدد من الموظفين.");
    expect(claims.map((c) => c.speaker)).toEqual(["الصحيفة", "الوزارة"]);
  });

  it("a resignation is the object of a denial, not part of its subject", () => {
    expect(claimsOf("ونفت الحكومة استقالة أي وزير.").map((c) => [c.speaker, c.text])).toEqual([["الحكومة", "استقالة أي وزير"]]);
  });
});

describe("a quotation left open ends where a participle gives the narrator's voice back", () => {
  it.each([
    [
      "وقال المدرب إن الفريق جاهز. وأضاف: «اللاعبون يعرفون ما عليهم، ولن نغير الخطة، مشيرا إلى أن الجمهور سيحضر بكثافة.",
      ["اللاعبون يعرفون ما عليهم، ولن نغير الخطة", "الجمهور سيحضر بكثافة"],
    ],
    ["وقالت الوزيرة: “سنفتح المدارس في موعدها، مؤكدة أن الحافلات جاهزة.", ["سنفتح المدارس في موعدها", "الحافلات جاهزة"]],
    ['وتابع النائب: "الملف لم يغلق بعد، مضيفا بأن اللجنة ستجتمع غدا.', ["الملف لم يغلق بعد", "اللجنة ستجتمع غدا"]],
  ])("%s", (article, contents) => {
    expect(
      claimsOf(article)
        .slice(-2)
        .map((c) => c.text),
    ).toEqual(contents);
    expect(claimsOf(article).at(-2)?.kind).toBe("direct");
  });

  it("a closed quotation keeps a participle inside it as quoted words", () => {
    const claims = claimsOf("وقال المدير: «سنواصل العمل، مؤكدين أن الجودة أولا».");
    expect(claims.map((c) => c.text)).toEqual(["سنواصل العمل، مؤكدين أن الجودة أولا"]);
  });
});

describe("'بعد' closing a clause (yet) governs nothing after its comma", () => {
  it.each<Row>([["وقال النائب إن الملف لم يغلق بعد، مؤكدا أن اللجنة ستجتمع غدا.", "النائب", "indirect", "اللجنة ستجتمع غدا", "ar.participle.that"]])(
    "%s",
    (...row) => expectLastClaim(row),
  );

  it("'بعد' right before the form still makes it a noun", () => {
    expect(claimsOf("وغادر الوزير بعد تأكيد أن الجلسة انتهت.")).toEqual([]);
  });
});

describe("an envoy's title with لدى (to a country or a body) before the name", () => {
  it.each<Row>([
    ["وقال سفير الأردن لدى مصر أمجد العضايلة إن العلاقات متينة.", "أمجد العضايلة", "indirect", "العلاقات متينة", "ar.verb.vso.that"],
    ["وقال المندوب الدائم للمملكة لدى الأمم المتحدة عبد الله المعلمي إن الوضع خطير.", "عبد الله المعلمي", "indirect", "الوضع خطير", "ar.verb.vso.that"],
    ["وأكدت سفيرة فرنسا لدى لبنان ماري غريو أن المساعدات ستصل.", "ماري غريو", "indirect", "المساعدات ستصل", "ar.verb.vso.that"],
  ])("%s", (...row) => expectLastClaim(row));
});

describe("a later description by another name of the same office points back to the named source", () => {
  it.each([
    ["قال رئيس الوزراء سالم الدباغ إن الاقتصاد ينمو. وأشار رئيس الحكومة إلى أن التضخم تراجع.", "سالم الدباغ"],
    ["قال رئيس مجلس الوزراء سالم الدباغ إن الوضع صعب. وأضاف رئيس الحكومة أن الحل قريب.", "سالم الدباغ"],
    ["قالت النائبة هدى الزين إن القانون ظالم. وأكدت البرلمانية أن التصويت سيؤجل.", "هدى الزين"],
    ["قال المتحدث باسم الجيش العقيد سامي الحربي إن الهجوم أحبط. وأكد الناطق باسم الجيش أن الحدود آمنة.", "سامي الحربي"],
    ["قال الناطق باسم الوزارة كمال عيسى إن الرحلات مستمرة. وأوضح المتحدث باسم الوزارة أن المطار مفتوح.", "كمال عيسى"],
  ])("%s", (article, speaker) => {
    expect(claimsOf(article).map((c) => c.speaker)).toEqual([speaker, speaker]);
  });

  it("a different office is someone else", () => {
    const claims = claimsOf("قال رئيس الوزراء سالم الدباغ إن الاقتصاد ينمو. وأشار رئيس البرلمان إلى أن الجلسة مفتوحة.");
    expect(claims.map((c) => c.speaker)).toEqual(["سالم الدباغ", "رئيس البرلمان"]);
  });
});
