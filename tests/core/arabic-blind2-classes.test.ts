import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/core/index.ts";

/**
 * Capability classes found missing on the second blind Arabic set (Moroccan copy, issue 7), as general
 * rules. Every sentence here was written for these tests; none is copied from an article.
 */
const claimsOf = (article: string) =>
  extractClaims(article, { language: "ar" }).map((c) => ({ speaker: c.speaker, cue: c.cue.text, text: c.text, kind: c.kind, rule: c.rule }));

/** [article, speaker, content] — the article's last claim. */
type Row = [article: string, speaker: string, content: string];

function expectLastClaim([article, speaker, content]: Row): void {
  const last = claimsOf(article).at(-1);
  expect(last?.speaker).toBe(speaker);
  expect(last?.text).toBe(content);
}

describe("a cue verb after its subject or after a fronted phrase (SVO, no comma)", () => {
  it.each<Row>([
    ["الخبير الاقتصادي أشار أن الأسعار سترتفع في الصيف.", "الخبير الاقتصادي", "الأسعار سترتفع في الصيف"],
    ["النقابة الوطنية للتعليم أكدت أن الإضراب سيستمر.", "النقابة الوطنية للتعليم", "الإضراب سيستمر"],
    ["وقال الوزير كمال العلوي إن الأسعار مستقرة. العلوي أضاف في تصريحه أن المخزون كاف.", "كمال العلوي", "المخزون كاف"],
    ["تحدث المدير عن الموسم، الجمعية المهنية أوضحت أن المحصول جيد.", "الجمعية المهنية", "المحصول جيد"],
    ["وفي هذا الإطار يشير الخبير كمال العلوي إلى أن الأسعار سترتفع.", "كمال العلوي", "الأسعار سترتفع"],
    ["وبخصوص الأجور أكد رئيس الحكومة عزمه رفع الحد الأدنى.", "رئيس الحكومة", "عزمه رفع الحد الأدنى"],
    ["وقالت الباحثة سلمى الراشدي إن الدراسة انتهت، وخلال سؤالها عن النتائج أشارت أن العينة كانت صغيرة.", "سلمى الراشدي", "العينة كانت صغيرة"],
  ])("%s", (...row) => expectLastClaim(row));

  it.each(["قال المحتجون إنهم سئموا الانتظار، فيما أعلنوا أنهم سيواصلون الاعتصام.", "وقالت الشرطة إن الطريق مغلق، فيما ذكرت مصادر طبية أن المصابين بخير."])(
    "'%s': a conjunction before the verb is no subject",
    (article) => {
      expect(claimsOf(article).map((c) => c.speaker)).not.toContain("فيما");
    },
  );

  it("a clause with a resumptive pronoun before an adjective is not a fronted phrase", () => {
    expect(claimsOf("ارتفعت الأسعار، في وقت تنتظر فيه الأسر إشارات أوضح قبل العودة إلى الأسواق.")).toEqual([]);
  });

  it("a place after a participle of residence is part of the description, not a name", () => {
    expect(claimsOf("وأشار الناشط المغربي المقيم بفرنسا إلى أن القانون يحتاج تعديلا.")[0]?.speaker).toBe("الناشط المغربي المقيم بفرنسا");
  });
});

describe("cue lexicon and spelling of scraped copy (سأل، أظهر، و أوضحت)", () => {
  it.each<Row>([
    ['وسأل رئيس الجامعة "هل الطالب حر فعلا في اختيار تخصصه؟"', "رئيس الجامعة", "هل الطالب حر فعلا في اختيار تخصصه؟"],
    ["أظهرت الخبيرة في المياه أن الآبار تحتاج صيانة عاجلة.", "الخبيرة في المياه", "الآبار تحتاج صيانة عاجلة"],
    ["و أوضحت الطبيبة أنها فحصت المريض مرتين.", "الطبيبة", "فحصت المريض مرتين"],
    ["و أوضحت الطبيبة على موقع إخباري، أنها فحصت المريض مرتين.", "الطبيبة", "فحصت المريض مرتين"],
    ["و قال المدرب إن الفريق جاهز للمباراة.", "المدرب", "الفريق جاهز للمباراة"],
  ])("%s", (...row) => expectLastClaim(row));

  it("the present 'يظهر أن' (it appears) is not a cue", () => {
    expect(claimsOf("ويظهر أن الحكومة تتجه إلى التهدئة.")).toEqual([]);
  });
});

describe("words that are not speech cues (بين… وبين، a belief verb in a relative clause)", () => {
  it("'بينه وبين' is 'between', and 'التي تعتقد' describes the group", () => {
    const claims = claimsOf("وقال الباحث إن الحوار لا يصنع فرقا كبيرا بينه وبين الجماعات المتطرفة التي تعتقد أن العنف مشروع.");
    expect(claims.map((c) => [c.speaker, c.cue])).toEqual([["الباحث", "وقال"]]);
  });

  it("'بين' after a fronted phrase is 'between'", () => {
    const claims = claimsOf("وبخصوص وجود علاقة بين نواب ومنتمين إلى الحزب برجل أعمال، أكدت النائبة أن الحزب بريء.");
    expect(claims.map((c) => [c.speaker, c.text])).toEqual([["النائبة", "الحزب بريء"]]);
  });

  it("a belief verb outside a relative clause still reports", () => {
    expect(claimsOf("ويعتقد الخبير أن الأزمة ستنتهي قريبا.")[0]?.speaker).toBe("الخبير");
  });
});

describe("according to X with a resumptive فقد/فإن and no comma", () => {
  it.each<Row>([
    ["وبحسب وزير الصحة فقد تجاوز عدد الإصابات ألف حالة، إذ سجلت أغلبها في العاصمة.", "وزير الصحة", "تجاوز عدد الإصابات ألف حالة، إذ سجلت أغلبها في العاصمة"],
    ["ووفقا لمدير المرصد فإن الحرارة ستنخفض غدا.", "مدير المرصد", "الحرارة ستنخفض غدا"],
  ])("%s", (...row) => expectLastClaim(row));
});

describe("a claim ends where the next attribution of the sentence begins", () => {
  it.each([
    ["أوضح طبيب آخر أن الوضع الصحي للمريضة مستقر، مع التأكيد أن العلاج ممكن بعد أسابيع.", "مع التأكيد", "العلاج ممكن بعد أسابيع"],
    ["وقال الوزير إن الميزانية جاهزة، في إشارة إلى أن الحكومة لن تقترض.", "في إشارة", "الحكومة لن تقترض"],
    ["وأشار المهندس أن الخطوة الأولى هي فحص الجسر، قبل أن يوضح بأن حالة الأعمدة تثير القلق.", "يوضح", "حالة الأعمدة تثير القلق"],
  ])("%s", (article, cue, content) => {
    const claims = claimsOf(article);
    expect(claims).toHaveLength(2);
    expect(claims[1]).toMatchObject({ speaker: claims[0]!.speaker, cue, text: content });
    expect(claims[0]!.text).not.toContain(content);
  });

  it("'قبل أن' + a verb that is not a cue stays inside the claim", () => {
    expect(claimsOf("وقال المدير إن التلاميذ غادروا قبل أن يصل الحريق إلى القاعة.").map((c) => c.text)).toEqual([
      "التلاميذ غادروا قبل أن يصل الحريق إلى القاعة",
    ]);
  });

  it("a verbal noun of speech with nobody quoted before is the journalist's", () => {
    expect(claimsOf("وافتتح المعرض أمس مع التأكيد أن الزوار كثيرون.")).toEqual([]);
  });
});

describe("the quotation first, its attribution after it", () => {
  it.each<[article: string, speaker: string, content: string, rule: string]>([
    ["«الأسعار لن تنخفض قبل نهاية السنة» يعلق أحد التجار الغاضبين من القرار.", "أحد التجار الغاضبين", "الأسعار لن تنخفض قبل نهاية السنة", "ar.quote-then-cue"],
    ['"الخطر حقيقي وسيتفاقم"، قال وزير الصحة سمير الأحمد.', "سمير الأحمد", "الخطر حقيقي وسيتفاقم", "ar.quote-then-cue"],
    [
      "وقال المدير إن العمل مستمر. «هي خطوة أولى في مسار طويل من الإصلاحات» ، كانت تلك عبارة وزير التربية، سعيد الناصري، في ختام اللقاء.",
      "سعيد الناصري",
      "هي خطوة أولى في مسار طويل من الإصلاحات",
      "ar.quote-then-cue.words-of",
    ],
  ])("%s", (article, speaker, content, rule) => {
    expect(claimsOf(article).at(-1)).toMatchObject({ speaker, text: content, kind: "direct", rule });
  });

  it("a source after a set-off quotation speaks for the quotation, and the claim before ends there", () => {
    const claims = claimsOf(
      "وأصدرت الهيئة الوطنية للانتخابات تقريرها. وقالت الهيئة إن القرار كان سياسيا بالأساس، «ومعلوم أن الحكومة كانت تبحث عن الاستقرار» وفق ما جاء في التقرير.",
    );
    expect(claims.map((c) => [c.text, c.kind])).toEqual([
      ["القرار كان سياسيا بالأساس", "indirect"],
      ["ومعلوم أن الحكومة كانت تبحث عن الاستقرار", "direct"],
    ]);
    expect(claims[1]!.rule).toBe("ar.according-to.after-quote");
  });

  it("with no other attribution in the sentence, the source after a quotation speaks for the whole sentence", () => {
    const claims = claimsOf('ويستهلك السكان كميات كبيرة من الماء صيفا، "إذ ترتفع الحرارة إلى مستويات قياسية" حسب نفس المصدر.');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.text.startsWith("ويستهلك السكان")).toBe(true);
  });

  it("'«…»، على حد قوله' stays inside the claim around it", () => {
    const claims = claimsOf("وقال الخبير كريم العلي إن الحر سيستمر أسبوعا، «ما يعني أن خطر الحرائق سيبقى مرتفعا»، على حد قوله.");
    expect(claims).toHaveLength(1);
    expect(claims[0]!.kind).toBe("mixed");
  });
});

describe("a document or a statement speaks for its issuer; a bare body noun for the body named before", () => {
  it("'أصدر X بيانا … أكد فيه' and 'وشدد البيان' speak for X, past an aside between dashes", () => {
    const claims = claimsOf(
      'وأصدر المجلس الوطني للصحافة بيانا، نشره على موقعه، أكد فيه -- تعليقا على ما نشر في بعض المواقع -- أن الحرية مصونة. وشدد البيان على أن "الصحفيين لن يتراجعوا عن حقهم".',
    );
    expect(claims.map((c) => [c.speaker, c.text])).toEqual([
      ["المجلس الوطني للصحافة", "الحرية مصونة"],
      ["المجلس الوطني للصحافة", "الصحفيين لن يتراجعوا عن حقهم"],
    ]);
  });

  it("an accusative of purpose after the verb ('ردا على') is never the speaker", () => {
    const claims = claimsOf("وأصدرت النقابة بيانا أكدت فيه-- ردا على الاتهامات-- أن الإضراب قانوني.");
    expect(claims.map((c) => [c.speaker, c.text])).toEqual([["النقابة", "الإضراب قانوني"]]);
  });

  it("a bare 'المجلس' is the council named in an earlier speaker's title", () => {
    const claims = claimsOf("وقال الأمين العام للمجلس الوطني للثقافة، سعيد الناصري، إن البرنامج جاهز. وعليه اعتبر المجلس أن «الدعم سيستمر طوال السنة».");
    expect(claims.map((c) => c.speaker)).toEqual(["سعيد الناصري", "المجلس الوطني للثقافة"]);
  });

  it("a document opening the sentence speaks through the participle that agrees with it", () => {
    const claims = claimsOf(
      "وقال الأمين العام للمجلس الوطني للثقافة، سعيد الناصري، إن البرنامج جاهز. الوثيقة أعادت تعريف الدعم، وقد عرضت أمثلة كثيرة، مشيرة أن الدعم كان موجها للشباب.",
    );
    expect(claims.at(-1)).toMatchObject({ speaker: "المجلس الوطني للثقافة", text: "الدعم كان موجها للشباب" });
  });

  it("the document of a source after its quotation is its issuer's", () => {
    const claims = claimsOf(
      "وقال الأمين العام للمجلس الوطني للثقافة، سعيد الناصري، إن البرنامج جاهز، «والدعم سيشمل كل الجهات دون استثناء» وفق ما جاء في الوثيقة.",
    );
    expect(claims.at(-1)).toMatchObject({ speaker: "المجلس الوطني للثقافة", kind: "direct" });
  });
});

describe("quotation marks that are not the speaker's quotation do not make a claim mixed", () => {
  it("a party's name in quotation marks leaves the claim indirect, and 'تصدر' opens the object", () => {
    const [claim] = claimsOf('أعلن وزير الداخلية محمد الناصري تصدر حزب النهضة للنتائج، يليه غريمه "الأصالة والمعاصرة" بثمانين مقعدا.');
    expect(claim).toMatchObject({ speaker: "محمد الناصري", kind: "indirect" });
  });

  it.each(['وقال الوزير إن النتائج "جد إيجابية" هذا العام.', "واتهمت النقابة الوزارة بـ«التنصل» من الاتفاق.", "وقال المحتجون إنهم سئموا «الوعود المتكررة»."])(
    "'%s': quoted words stay mixed",
    (article) => {
      expect(claimsOf(article)[0]?.kind).toBe("mixed");
    },
  );

  it("'قائلا :«…»' extends the cue: the quotation alone is the content, direct", () => {
    expect(claimsOf("وأوضح الرئيس قائلا :«لقد اطلع المجلس على الرسالة بعناية كبيرة».")).toEqual([
      expect.objectContaining({ speaker: "الرئيس", kind: "direct", text: "لقد اطلع المجلس على الرسالة بعناية كبيرة" }),
    ]);
  });
});

describe("a time word after a speaker's name is not part of it", () => {
  it("'فجر السبت'", () => {
    expect(claimsOf("أعلن وزير الداخلية محمد الناصري فجر السبت فوز حزب النهضة بالانتخابات.")[0]?.speaker).toBe("محمد الناصري");
  });
});

describe("a verb with an object before 'بـ': the object is content, the subject the speaker", () => {
  it("'أنه وصف X، التي …، بال«…»، فإنه نبه': the pronoun's referent speaks both claims", () => {
    const claims = claimsOf(
      "وقال رئيس اللجنة إدريس العلوي إن الانتخابات مرت بسلام. هذا بالرغم من أنه وصف الأجواء، التي طبعت الحملة، بال«شديدة التنافسية»، فإنه نبه إلى أن «الكثير من الأمور يجب إصلاحها».",
    );
    expect(claims.map((c) => [c.speaker, c.cue, c.text])).toEqual([
      ["إدريس العلوي", "وقال", "الانتخابات مرت بسلام"],
      ["إدريس العلوي", "وصف", "الأجواء، التي طبعت الحملة، بال«شديدة التنافسية»"],
      ["إدريس العلوي", "نبه", "الكثير من الأمور يجب إصلاحها"],
    ]);
  });
});

describe("a body's field after لـ stays in its name", () => {
  it.each<Row>([
    ["اعتبر المجلس الوطني لحقوق الإنسان أن الانتخابات جرت في ظروف عادية.", "المجلس الوطني لحقوق الإنسان", "الانتخابات جرت في ظروف عادية"],
    ["وأكدت الهيئة العليا للاتصال السمعي البصري أن القناة خالفت القانون.", "الهيئة العليا للاتصال السمعي البصري", "القناة خالفت القانون"],
  ])("%s", (...row) => expectLastClaim(row));
});
