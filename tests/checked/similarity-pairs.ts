/**
 * Sentence pairs for the "already checked" matcher, written for these tests (not taken from the
 * corpus). Paraphrases must match; different claims about the same story must not.
 */
export type Pair = [name: string, language: "ar" | "en", a: string, b: string];

export const PARAPHRASES: Pair[] = [
  ["ar: one adjective changed", "ar", "كازاخستان ستواجه صعوبة بالغة في الحد من النفوذ الروسي", "كازاخستان ستواجه صعوبة كبيرة في الحد من النفوذ الروسي"],
  ["ar: verb-first and subject-first", "ar", "تعرضت ألما آتا وحدها للهجوم من قبل عشرين ألف مسلح", "ألما آتا وحدها تعرضت لهجوم عشرين ألف مسلح"],
  ["ar: clitics and a possessive", "ar", "الحكومة سترسل القوات إلى المدينة الشمالية", "وسترسل الحكومة قواتها الى المدينة الشمالية"],
  ["ar: diacritics, tatweel and hamza forms", "ar", "إنّ المُتظاهرين اقتحموا مبنى البلديــة في ألما آتا", "ان المتظاهرين اقتحموا مبني البلدية في الما اتا"],
  [
    "ar: reported speech of a quote",
    "ar",
    "أعطيت الأمر لأجهزة إنفاذ القانون بإطلاق النار دون سابق إنذار",
    "أعطى الأمر لأجهزة إنفاذ القانون بإطلاق النار دون إنذار",
  ],
  ["ar: same figure, words around it moved", "ar", "هبوط 9 طائرات عسكرية روسية في مطار ألما آتا", "هبطت في مطار ألما آتا ٩ طائرات عسكرية روسية"],
  ["en: tense and modal changed", "en", "the bridge over the Nile would reopen in the spring", "The Nile bridge will reopen in the spring"],
  ["en: words reordered, a verb swapped", "en", "Unemployment fell to 4 percent last year", "Last year unemployment dropped to 4 percent"],
  ["en: an aside added", "en", "the new vaccine protects children against measles", "the new vaccine, approved last month, protects children against measles"],
  ["en: plural and tense", "en", "Protesters stormed the city hall in Almaty", "a protester storms the city hall of Almaty"],
  ["en: a figure left out", "en", "the ministry will hire 5,000 new teachers before September", "the ministry will hire new teachers before September"],
];

export const DIFFERENT_CLAIMS: Pair[] = [
  ["ar: a different number", "ar", "هبوط 9 طائرات عسكرية روسية في مطار ألما آتا", "هبوط 90 طائرة عسكرية روسية في مطار ألما آتا"],
  ["ar: negated", "ar", "الحكومة سترسل القوات إلى المدينة الشمالية", "الحكومة لن ترسل القوات إلى المدينة الشمالية"],
  ["ar: negated with ليس", "ar", "الوضع في العاصمة تحت السيطرة الكاملة", "الوضع في العاصمة ليس تحت السيطرة الكاملة"],
  ["ar: same story, opposite event", "ar", "وصول قوات روسية ضمن بعثة حفظ السلام", "انسحاب قوات حفظ السلام الروسية من كازاخستان"],
  ["ar: same speaker's other claim", "ar", "العملية ضد الإرهاب في كازاخستان ستستمر حتى القضاء على المسلحين", "الإرهابيين في كازاخستان تلقوا تدريبا في الخارج"],
  ["en: a different number", "en", "9 military planes landed at Almaty airport", "90 military planes landed at Almaty airport"],
  ["en: negated", "en", "The minister will attend the summit in Geneva", "The minister will not attend the summit in Geneva"],
  ["en: negated with n't", "en", "the company paid its taxes last year", "the company didn't pay its taxes last year"],
  ["en: same story, other claim", "en", "Russian troops arrived in Almaty on Thursday", "Russian troops will leave Almaty within two weeks"],
  ["en: same topic, other figure", "en", "unemployment fell to 4 percent last year", "unemployment rose to 7 percent last year"],
  ["en: too short to match", "en", "he denied it", "she denied it"],
];
