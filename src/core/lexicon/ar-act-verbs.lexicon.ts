/**
 * Arabic verbs of a public act or stance that are not themselves reporting verbs, but after which news
 * gives the actor's words in ḥāl participles: "استنكر علماء المحافظة الجريمة، مؤكدين أن…", "واستقبل
 * الوزير الوفد، مشيرا إلى أن…". The participle speaks for the subject of such a verb. One verb a line,
 * as its masculine past form (undiacritised; the feminine -ت and plural -وا forms are derived).
 */
export const AR_ACT_VERBS_LEXICON = String.raw`
# condemning and rejecting
استنكر
شجب
استهجن
رفض
احتج
# meeting, receiving, visiting
استقبل
التقى
اجتمع
زار
# presiding, opening, taking part
ترأس
افتتح
شارك
نظم
عقد
# making statements: "أدلى الوزير بتصريحات قال فيها إن…" (the verb after the statement speaks for its subject)
أدلى
# writing, sending, signing
وقع
أصدر
وجه
بعث
أرسل
# congratulating, mourning
هنأ
عزى
نعى
احتفل
# closing one's own statement or speech: "وختمت الوزارة بيانها بالتأكيد على أن…"
ختم
`;
