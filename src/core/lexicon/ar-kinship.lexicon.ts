/**
 * Kinship nouns that name a speaker in news ("وقال والد الضحية…", "وأكدت الأم…", "وأضاف شقيقه…").
 * One relation a line: its name, then every form (construct, definite, with a pronoun suffix)
 * separated by spaces, compared after matchKey. A later mention of the same relation ("الأب" after
 * "والد الضحية فلان") points back to the most recent speaker named by it. Bare أب، أم، أخ، عم، خال،
 * قريب are left out: they are also a name particle, "or", "free of" and "near".
 */
export const AR_KINSHIP_LEXICON = String.raw`
father   | والد الوالد الأب والده والدها والدهم
mother   | والدة الوالدة الأم والدته والدتها والدتهم
brother  | شقيق الشقيق الأخ شقيقه شقيقها شقيقهم أخوه
sister   | شقيقة الشقيقة أخت الأخت شقيقته شقيقتها أخته أختها
son      | نجل النجل ابنه ابنها نجله نجلها
daughter | ابنة الابنة ابنته ابنتها كريمته
husband  | زوج الزوج زوجها
wife     | زوجة الزوجة زوجته أرملة الأرملة أرملته
uncle    | العم الخال عمه خاله
aunt     | عمة العمة خالة الخالة عمته خالته
relative | أقارب قريبه أقاربه أقاربها
`;
