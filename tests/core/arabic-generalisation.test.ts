import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/core/index.ts";

/**
 * Capabilities found missing on unseen Saudi-press articles (issue 7), as general rules. Every sentence
 * here was written for these tests; none is copied from an article.
 */
const claimsOf = (article: string) =>
  extractClaims(article, { language: "ar" }).map((c) => ({ speaker: c.speaker, cue: c.cue.text, text: c.text, kind: c.kind, rule: c.rule }));

describe("an unnamed source described by a prepositional phrase (مصدر قريب من…)", () => {
  const rows: [article: string, speaker: string, content: string][] = [
    ["وقال مصدر قريب من الحكومة إن الاجتماع تأجل إلى الأسبوع المقبل.", "مصدر قريب من الحكومة", "الاجتماع تأجل إلى الأسبوع المقبل"],
    ["وقال مسؤول قريب من الرئاسة لوكالة رويترز إن الوفد سيصل غدا.", "مسؤول قريب من الرئاسة", "الوفد سيصل غدا"],
    ["وذكرت مصادر قريبة من رئيس الوزراء أن التعديل الوزاري بات وشيكا.", "مصادر قريبة من رئيس الوزراء", "التعديل الوزاري بات وشيكا"],
    ["وأكد مصدر عسكري قريب من قيادة الجيش أن القوات انسحبت من البلدة.", "مصدر عسكري قريب من قيادة الجيش", "القوات انسحبت من البلدة"],
    ["وقال مصدر مطلع على سير المفاوضات إن الطرفين اتفقا على هدنة.", "مصدر مطلع على سير المفاوضات", "الطرفين اتفقا على هدنة"],
  ];
  it.each(rows)("%s", (article, speaker, content) => {
    const [first] = claimsOf(article);
    expect(first?.speaker).toBe(speaker);
    expect(first?.text).toBe(content);
  });

  it("the source named again as «المصدر» is the same source", () => {
    const claims = claimsOf(
      "وقال مصدر قريب من أسرة اللاعب إن العملية نجحت. وأضاف المصدر أن اللاعب سيغادر المستشفى قريبا. وأشار المصدر إلى أن العودة للملاعب تحتاج شهرين.",
    );
    expect(claims.map((c) => c.speaker)).toEqual(["مصدر قريب من أسرة اللاعب", "مصدر قريب من أسرة اللاعب", "مصدر قريب من أسرة اللاعب"]);
  });
});

describe("a contrast marker with a new subject opens a new claim (، لكن / ولكن / غير أن / بينما … قال)", () => {
  const rows: [article: string, speakers: string[], firstContent: string][] = [
    ["وأضاف الوزير أن الوضع مستقر، لكن المتحدث باسم الجيش العقيد سامي الحربي قال إن الاشتباكات مستمرة.", ["الوزير", "سامي الحربي"], "الوضع مستقر"],
    ["وقال رئيس البلدية إن الطريق سيفتح غدا، ولكن الشركة المنفذة قالت إن الأشغال تحتاج أسبوعا.", ["رئيس البلدية", "الشركة المنفذة"], "الطريق سيفتح غدا"],
    ["وأعلنت الوزارة أن الامتحانات ستجري في موعدها، غير أن النقابة أكدت أن الإضراب قائم.", ["الوزارة", "النقابة"], "الامتحانات ستجري في موعدها"],
    ["وقال المدرب إن الفريق جاهز للمباراة، بينما الطبيب أوضح أن ثلاثة لاعبين مصابون.", ["المدرب", "الطبيب"], "الفريق جاهز للمباراة"],
  ];
  it.each(rows)("%s", (article, speakers, firstContent) => {
    const claims = claimsOf(article);
    expect(claims.map((c) => c.speaker)).toEqual(speakers);
    expect(claims[0]!.text).toBe(firstContent);
  });

  it("without a comma, «لكن» and what follows stay inside the reported content", () => {
    const claims = claimsOf("وقال الوزير إن الخطة طموحة لكن الحكومة أكدت قدرتها على تنفيذها.");
    expect(claims.map((c) => c.text)).toEqual(["الخطة طموحة لكن الحكومة أكدت قدرتها على تنفيذها"]);
  });
});

describe("a negated verb of saying reports nothing (لم يكشف، لا يقول), a negated verb of opinion still does", () => {
  const rows: [article: string, speakers: string[]][] = [
    ["ولم يكشف الجيش عن عدد القتلى، لكن البيت الأبيض أكد في وقت لاحق أن ثلاثة جنود قتلوا.", ["البيت الأبيض"]],
    ["ولم يعلن الوزير موعد الانتخابات المقبلة.", []],
    ["ولا تذكر الشركة في تقريرها أسباب الخسارة.", []],
    ["ولم يستبعد الوزير أن تستمر الاشتباكات أياما أخرى.", ["الوزير"]],
    ["ولا يتوقع المحللون أن تنخفض الأسعار قبل الصيف.", ["المحللون"]],
    ["ولا يعتقد الخبير أن الأزمة ستنتهي قريبا.", ["الخبير"]],
    ["ولا يرجح المراقبون أن تجري الانتخابات في موعدها.", ["المراقبون"]],
    ["ولا يرى الوزير أن الحل قريب.", ["الوزير"]],
    ["ولا يعتبر الخبراء أن الخطة ناجحة.", ["الخبراء"]],
    ["ولا يصر المدرب على أن الفريق جاهز.", ["المدرب"]],
    ["ولا يؤكد الوزير أن الحل قريب.", []],
    ["ولم يقل الوزير إن الحل قريب.", []],
  ];
  it.each(rows)("%s", (article, speakers) => {
    expect(claimsOf(article).map((c) => c.speaker)).toEqual(speakers);
  });
});

describe("«بقوله» (by saying) belongs to the cue, never to the speaker", () => {
  const rows: [article: string, speakers: string[], lastContent: string][] = [
    ["وقال الوزير إن الوضع مستقر. واستطرد بقوله: «لن نقبل بأي تدخل في شؤوننا».", ["الوزير", "الوزير"], "لن نقبل بأي تدخل في شؤوننا"],
    ["ورد رئيس النادي بقوله: «لم نتلق أي عرض رسمي للاعب».", ["رئيس النادي"], "لم نتلق أي عرض رسمي للاعب"],
    ["وأكد المحافظ بقوله إن المشروع سيكتمل قبل نهاية العام.", ["المحافظ"], "المشروع سيكتمل قبل نهاية العام"],
    ["وقالت الوزيرة إن الحكومة لن تتراجع. وختمت بقولها: «نحن ماضون في الإصلاح حتى النهاية».", ["الوزيرة", "الوزيرة"], "نحن ماضون في الإصلاح حتى النهاية"],
  ];
  it.each(rows)("%s", (article, speakers, lastContent) => {
    const claims = claimsOf(article);
    expect(claims.map((c) => c.speaker)).toEqual(speakers);
    expect(claims.at(-1)!.text).toBe(lastContent);
  });

  it("«ختم» with an object and no speech is no claim", () => {
    expect(claimsOf("وختم الموظف الوثيقة بختم الإدارة.")).toEqual([]);
  });
});

describe("a leading source with فإن and no comma (ووفقا لـX فإن…، بحسب X فإن…)", () => {
  const rows: [article: string, speaker: string, content: string][] = [
    ["ووفقا للشرطة فإن المشتبه به فر من المكان قبل وصول الدورية.", "الشرطة", "المشتبه به فر من المكان قبل وصول الدورية"],
    ["وبحسب وزارة الصحة فإن عدد الإصابات ارتفع إلى عشرين حالة.", "وزارة الصحة", "عدد الإصابات ارتفع إلى عشرين حالة"],
    [
      "ووفقا للمتحدث باسم الجامعة فإن معظم الطلاب قلقون مما حدث، وأنهم لن يحضروا الدروس غدا.",
      "المتحدث باسم الجامعة",
      "معظم الطلاب قلقون مما حدث، وأنهم لن يحضروا الدروس غدا",
    ],
    ['ووفقا لمحطة "كي بي سي" المحلية فإن الحريق اندلع في الطابق الثالث.', "محطة كي بي سي المحلية", "الحريق اندلع في الطابق الثالث"],
    ["ووفقا لشبكة «سي إن إن» فإن المفاوضات ستستأنف الأسبوع المقبل.", "شبكة سي إن إن", "المفاوضات ستستأنف الأسبوع المقبل"],
  ];
  it.each(rows)("%s", (article, speaker, content) => {
    const claims = claimsOf(article);
    expect(claims.map((c) => [c.speaker, c.text])).toEqual([[speaker, content]]);
  });
});

describe("a relayed statement as a verbal noun with the speaker's pronoun (نقلت X عن Y نفيه/تأكيده/تحذيره)", () => {
  const rows: [article: string, speaker: string, content: string][] = [
    ["ونقلت وكالة رويترز عن الوزير نفيه وجود أي اتصالات مع المعارضة.", "الوزير", "وجود أي اتصالات مع المعارضة"],
    ["ونقلت الصحيفة عن مسؤول في الوزارة تأكيده أن الاتفاق سيوقع الشهر المقبل.", "مسؤول في الوزارة", "الاتفاق سيوقع الشهر المقبل"],
    ["ونقلت الوكالة عن الوزيرة تحذيرها من عواقب التصعيد على الحدود.", "الوزيرة", "عواقب التصعيد على الحدود"],
    ["ونقل التلفزيون الرسمي عن رئيس الوزراء دعوته إلى الهدوء وضبط النفس.", "رئيس الوزراء", "الهدوء وضبط النفس"],
    ["ونقلت وكالة الأنباء عن سامي الحربي وهو أحد قادة المعارضة نفيه الهجوم على مقر الحزب.", "سامي الحربي", "الهجوم على مقر الحزب"],
    ["ونقلت رويترز عن سامي الحربي الذي يعرف بأنه «أبو المعارضة» قوله إنه يسعى إلى المصالحة.", "سامي الحربي", "يسعى إلى المصالحة"],
  ];
  it.each(rows)("%s", (article, speaker, content) => {
    const claims = claimsOf(article);
    expect(claims.map((c) => [c.speaker, c.text, c.rule])).toEqual([[speaker, content, "ar.relayed"]]);
  });
});

describe("a participle after an act verb speaks for that verb's subject (استنكر X الجريمة، مؤكدين أن…)", () => {
  const rows: [article: string, speakers: string[]][] = [
    ["استنكر أهالي البلدة الاعتداء على المسجد، مؤكدين أن الجريمة لن تفرق بينهم، مشيرين إلى أن الأمن مسؤولية الجميع.", ["أهالي البلدة", "أهالي البلدة"]],
    ["واستنكر سكان حي الروضة الحادث، مؤكدين أن الوحدة الوطنية راسخة.", ["سكان حي الروضة"]],
    ["واستقبل وزير الخارجية سامي الحربي الوفد الأوروبي، مؤكدا أن العلاقات متينة.", ["سامي الحربي"]],
    ["وشجبت الجامعة العربية الهجوم، معتبرة أنه انتهاك للقانون الدولي.", ["الجامعة العربية"]],
    ["وافتتح الأمين العام للأمم المتحدة المؤتمر، مشيرا إلى أن التحديات كبيرة.", ["الأمين العام للأمم المتحدة"]],
  ];
  it.each(rows)("%s", (article, speakers) => {
    expect(claimsOf(article).map((c) => c.speaker)).toEqual(speakers);
  });

  it("a participle whose gender disagrees with the act verb does not take its subject", () => {
    const claims = claimsOf("وقالت المديرة هند القاسمي إن الخطة جاهزة. واستقبل الوزير الوفد، مؤكدة أن التنفيذ سيبدأ قريبا.");
    expect(claims.map((c) => c.speaker)).toEqual(["هند القاسمي", "هند القاسمي"]);
  });
});

describe("«على لسان X»: the body speaks through X, who is the speaker", () => {
  it("the person after «على لسان» speaks, and a later subject-less masculine verb points back to him", () => {
    const claims = claimsOf(
      "وقال الطالب سعد العتيبي إن الجميع خائفون. وعبرت الجامعة على لسان رئيسها جون باردو عن حزنها الشديد لمقتل الطالب، وأضاف أن الجامعة ستتعاون مع الشرطة.",
    );
    expect(claims.slice(1).map((c) => c.speaker)).toEqual(["جون باردو", "جون باردو"]);
    expect(claims[1]!.text).toBe("حزنها الشديد لمقتل الطالب");
  });

  const rows: [article: string, speaker: string, content: string][] = [
    ["وأكدت الوزارة على لسان المتحدث باسمها سامي الحربي أن الامتحانات ستجري في موعدها.", "سامي الحربي", "الامتحانات ستجري في موعدها"],
    ["وجاء على لسان المتحدث باسم الوزارة أن الامتحانات ستجري في موعدها.", "المتحدث باسم الوزارة", "الامتحانات ستجري في موعدها"],
    ["وأعلن النادي على لسان مدربه كريم الشابي أن اللاعب سيغيب شهرا.", "كريم الشابي", "اللاعب سيغيب شهرا"],
  ];
  it.each(rows)("%s", (article, speaker, content) => {
    expect(claimsOf(article).map((c) => [c.speaker, c.text])).toEqual([[speaker, content]]);
  });

  it("«المتحدث باسمها فلان»: the pronoun-suffixed «باسمها» completes the title, the name is the speaker", () => {
    expect(claimsOf("وقال المتحدث باسمها سامي الحربي إن الامتحانات ستجري في موعدها.")[0]?.speaker).toBe("سامي الحربي");
  });
});

describe("a speech verb inside a relative clause (…الهجمات التي قال إنها…) nests, it does not cut the outer claim", () => {
  it("keeps the outer claim whole and adds the nested one for the same speaker", () => {
    const claims = claimsOf("وقال المتحدث باسم الجيش سامي الحربي إن القوات تشعر بالقلق من تصاعد الهجمات التي قال إنها أوقعت خمسة قتلى في يومين.");
    expect(claims.map((c) => [c.speaker, c.text])).toEqual([
      ["سامي الحربي", "القوات تشعر بالقلق من تصاعد الهجمات التي قال إنها أوقعت خمسة قتلى في يومين"],
      ["سامي الحربي", "أوقعت خمسة قتلى في يومين"],
    ]);
  });

  it("a relative clause whose antecedent is a body is that body's own claim, and still ends the one before", () => {
    const claims = claimsOf("وأوضح المركز أنه تواصل مع وزارة النقل، التي أكدت أن الطريق سيفتح غدا.");
    expect(claims.map((c) => c.speaker)).toEqual(["المركز", "وزارة النقل"]);
  });
});

describe("content after a verb's preposition that opens with a quotation keeps the quote whole (إلى «…»، من «…»)", () => {
  const rows: [article: string, kind: string, content: string][] = [
    ["ودعا زعيم الحزب، في خطاب أمام أنصاره، إلى «وحدة الصف» في الحزب.", "mixed", "«وحدة الصف» في الحزب"],
    ["وحذر الوزير من «كارثة إنسانية وشيكة» في المنطقة.", "mixed", "«كارثة إنسانية وشيكة» في المنطقة"],
    ["وحذر الوزير من «كارثة إنسانية وشيكة في المنطقة».", "direct", "كارثة إنسانية وشيكة في المنطقة"],
    ["وحذر الوزير من كارثة إنسانية وشيكة في المنطقة.", "indirect", "كارثة إنسانية وشيكة في المنطقة"],
  ];
  it.each(rows)("%s", (article, kind, content) => {
    expect(claimsOf(article).map((c) => [c.kind, c.text])).toEqual([[kind, content]]);
  });
});

describe("things that cannot speak are no speakers (نبأ وفاته، موجة العنف هذه)", () => {
  const none = [
    "وظل الأمر سرا إلى أن أعلن نبأ وفاته يوم الجمعة الماضي.",
    "وأعلن موعد الانتخابات البلدية في بيان رسمي.",
    "وتؤكد موجة العنف هذه الأوضاع الأمنية الصعبة التي تعيشها البلاد، رغم الهدنة المعلنة.",
    "ويؤكد المشهد هذا حجم الأزمة التي يمر بها القطاع.",
  ];
  it.each(none)("%s", (article) => {
    expect(claimsOf(article)).toEqual([]);
  });

  const still: [article: string, speaker: string][] = [
    ["وأكد هذا المسؤول أن الميناء سيفتح غدا.", "المسؤول"],
    ["وأعلن الخبير الاقتصادي سمير العلوي أن الأسعار ستنخفض.", "سمير العلوي"],
  ];
  it.each(still)("%s", (article, speaker) => {
    expect(claimsOf(article)[0]?.speaker).toContain(speaker);
  });
});

describe("a short verbal-noun object after نفى/أنكر (ونفى المسلحون مهاجمة قوات حكومية)", () => {
  const rows: [article: string, speaker: string, content: string][] = [
    ["ونفى المسلحون مهاجمة قوات حكومية.", "المسلحون", "مهاجمة قوات حكومية"],
    ["ونفت الجماعة استهداف المدنيين.", "الجماعة", "استهداف المدنيين"],
    ["وأنكر المتهمون اختطاف الرهائن.", "المتهمون", "اختطاف الرهائن"],
  ];
  it.each(rows)("%s", (article, speaker, content) => {
    expect(claimsOf(article).map((c) => [c.speaker, c.text])).toEqual([[speaker, content]]);
  });
});
