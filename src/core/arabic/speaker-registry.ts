import type { Token } from "../text/tokens.ts";
import type { GenderNumber, SourceEntity } from "../types.ts";
import { canonicalTitle, FORCE_KEYS, HUMAN_PLURAL_KEYS, inSet, isDefinite, kinshipOf, ORGANISATION_KEYS, TITLE_KEYS } from "./lexicon-index.ts";
import type { SpeakerParts } from "./split-speaker.ts";

/** Someone (or some body) the article quotes, with every way it has been named so far. */
export interface Entity extends SourceEntity<GenderNumber> {
  /** Every title phrase used for it, as keys without the article (ال/لل), each once. */
  titleKeys: string[][];
  kind: SpeakerParts["kind"];
}

const MINISTRY = "وزاره";

/** Titles that, standing alone, mean "the one speaking": المتحدث, المتحدثة (without "باسم …"). */
const ROLE_ANAPHORS = new Set(["المتحدث", "المتحدثه"]);

/**
 * How many speakers the registry remembers, most recent first. A news article names a few dozen; hostile
 * text can name thousands ("قال مسؤولون…" in every paragraph, each a source of its own), and every lookup
 * walks the list: a bound keeps extraction linear in the text.
 */
export const MAX_REMEMBERED_SPEAKERS = 200;

/** Who speaks when nobody can be named: an empty speaker rather than a guess. */
export const UNRESOLVED: Entity = Object.freeze({ display: "", nameKeys: [], titleKeys: [], kind: "unnamed" }) as Entity;

const words = (tokens: readonly Token[]) => tokens.map((t) => t.raw).join(" ");
const keys = (tokens: readonly Token[]) => tokens.map((t) => t.key);
const bare = (key: string) => key.replace(/^(ال|لل|ل)/, "");

/**
 * The article's speakers in order of mention, for coreference: a surname or a title-only mention
 * ("الوزير", "مدير المركز") resolves to the person first named in full; a pro-drop verb ("وأضاف:")
 * resolves to the most recent speaker of its gender. One registry per article; nothing is shared.
 */
export class SpeakerRegistry {
  private readonly recent: Entity[] = [];

  /** Resolves (or registers) the speaker a phrase names. */
  mention(parts: SpeakerParts, phraseText: string, gender: GenderNumber | undefined): Entity {
    const found =
      parts.name.length > 0
        ? (this.byName(parts.name) ?? this.unnamedWithTitle(parts.title))
        : parts.kind === "unnamed"
          ? this.byDefiniteDescription(parts.title)
          : (this.byTitle(parts.title) ??
            this.bySurnameAfterTitle(parts.title) ??
            this.byFamilyNameTitle(parts.title) ??
            this.byKinship(parts.title) ??
            this.byRoleAnaphor(parts.title, gender));
    if (found === UNRESOLVED) return UNRESOLVED; // "وقال المتحدث" with nobody of that gender before: shared, never mutated
    const entity = found ?? this.create(parts, phraseText);
    if (parts.name.length > 0 && entity.nameKeys.length < parts.name.length && found) {
      entity.kind = "person";
      entity.display = words(parts.name);
      entity.nameKeys = keys(parts.name);
    }
    // "المهندس … وزير التجارة": each title in the chain can point back on its own ("الوزير", "المهندس").
    parts.title.forEach((word, i) => {
      if (i === 0 || inSet(TITLE_KEYS, word.key)) addTitle(entity, canonicalTitle(keys(parts.title.slice(i)).map(bare)));
    });
    if (isPlural(parts))
      entity.gender = "p"; // "وقال المحتجون…": a VSO verb stays singular before a plural subject
    else if (gender && !entity.gender) entity.gender = gender;
    this.touch(entity);
    this.rememberBodyInTitle(parts.title);
    return entity;
  }

  /**
   * "الأمين العام للمجلس العلمي الأعلى، فلان": the body in a person's title is remembered behind every
   * speaker, so a bare "المجلس" later points to it rather than to the person or to nobody.
   */
  private rememberBodyInTitle(title: readonly Token[]): void {
    const at = title.findIndex((w, i) => i > 0 && /^لل/.test(w.key) && inSet(ORGANISATION_KEYS, `ال${w.key.slice(2)}`));
    if (at < 0) return;
    const body = title.slice(at);
    const full = keys(body).map(bare);
    if (this.recent.some((e) => e.titleKeys.some((t) => startsWith(t, full)))) return;
    const display = [`ال${body[0]!.raw.replace(/^لل/, "")}`, ...body.slice(1).map((w) => w.raw)].join(" ");
    // A body met so far only as "المجلس" is the one now named in full.
    const shorter = this.recent.find((e) => e.kind === "organisation" && e.nameKeys.length === 0 && e.titleKeys.some((t) => startsWith(full, t)));
    if (shorter) {
      shorter.display = display;
      addTitle(shorter, full);
      return;
    }
    this.recent.push({ display, nameKeys: [], titleKeys: [full], kind: "organisation" });
    this.forgetOldest();
  }

  /**
   * The most recent speaker agreeing in gender and number with a subject-less verb, or undefined: a
   * feminine "وأضافت" never falls back to a man, a plural "وعبروا" never to one person.
   */
  implicit(gender: GenderNumber | undefined): Entity | undefined {
    const entity = this.recent.find((e) => gender === undefined || e.gender === undefined || e.gender === gender);
    if (entity) this.touch(entity);
    return entity;
  }

  /**
   * "وقال فلان، وفق بيان صادر عن مكتبه، إن… وأضاف أن…": whoever spoke last in a sentence is the most
   * recent speaker, however many sources (a channel, a statement, an outlet) were named after it.
   */
  spoke(entity: Entity): void {
    if (this.recent.includes(entity)) this.touch(entity);
  }

  /** Whether a speaker agreeing with the gender was met, without making it the most recent. */
  hasSpeaker(gender: GenderNumber | undefined): boolean {
    return this.recent.some((e) => gender === undefined || e.gender === undefined || e.gender === gender);
  }

  /** "…وفق بيان صادر عن مكتبه الإعلامي": the issuer of the statement last named, which "البيان" then means. */
  issuedStatement(issuer: Entity): void {
    this.lastIssuer = issuer;
  }

  private lastIssuer: Entity | undefined;

  /** "أصدر الأزهر بيانا … أكد فيه أن…": the issuer of the statement last named, if any (no fallback). */
  lastStatementIssuer(): Entity | undefined {
    if (this.lastIssuer) this.touch(this.lastIssuer);
    return this.lastIssuer;
  }

  /** Who stands behind "البيان" / "the statement": the issuer of the last statement named, else the most recent organisation. */
  statementIssuer(): Entity | undefined {
    const issuer = this.lastIssuer ?? this.recent.find((e) => e.kind === "organisation");
    if (issuer) this.touch(issuer);
    return issuer;
  }

  /** How many leading words of a phrase are the name of a speaker already met (0 when none). */
  knownNameLength(words: readonly string[]): number {
    let best = 0;
    for (const entity of this.recent) {
      let n = 0;
      while (n < words.length && entity.nameKeys.includes(words[n]!)) n++;
      best = Math.max(best, n);
    }
    return best;
  }

  /**
   * "وقال المتحدث باسم الجيش إن… وأضاف المتحدث باسم الجيش العميد فلان أن…": a person known so far only
   * by this title (two words or more, so "الوزير" alone never merges) is the one now named.
   */
  private unnamedWithTitle(title: readonly Token[]): Entity | undefined {
    const wanted = canonicalTitle(keys(title).map(bare));
    if (wanted.length < 2) return undefined;
    return this.recent.find((e) => e.kind === "person" && e.nameKeys.length === 0 && e.titleKeys.some((t) => t.length >= 2 && startsWith(wanted, t)));
  }

  /** "المصدر", "المسؤول الحكومي": a definite description points back (an indefinite "مصدر" is someone new). */
  private byDefiniteDescription(title: readonly Token[]): Entity | undefined {
    if (!/^ال/.test(title[0]?.key ?? "")) return undefined;
    return this.byTitle(title) ?? this.recent.find((e) => e.kind === "person" || e.kind === "unnamed");
  }

  /** "وبين الوزير السقا": a title then a definite surname already met ("سليم السقا") is that person. */
  private bySurnameAfterTitle(title: readonly Token[]): Entity | undefined {
    if (title.length < 2) return undefined;
    const surname = title.at(-1)!.key;
    return this.recent.find((e) => e.kind === "person" && e.nameKeys.length > 1 && e.nameKeys.slice(1).includes(surname));
  }

  /** "وقال السيد" after "محمد عبد الستار السيد": a title word that is the family name of someone already named is that person. */
  private byFamilyNameTitle(title: readonly Token[]): Entity | undefined {
    if (title.length !== 1) return undefined;
    return this.recent.find((e) => e.kind === "person" && e.nameKeys.length > 1 && e.nameKeys.at(-1) === title[0]!.key);
  }

  /** "الأب", "الأم", "شقيقه": the most recent speaker named by the same kinship relation ("والد الضحية فلان"). */
  private byKinship(title: readonly Token[]): Entity | undefined {
    const relations = title.length === 1 ? kinshipOf(title[0]!.key) : [];
    if (relations.length === 0) return undefined;
    const sameRelation = (key: string) => [...kinshipOf(key), ...kinshipOf(`ال${key}`)].some((r) => relations.includes(r));
    return this.recent.find((e) => e.titleKeys.some((t) => sameRelation(t[0]!)));
  }

  /**
   * "وأضاف المتحدث" with no "باسم": "the speaker", the most recent person of that gender; an empty
   * speaker when none agrees.
   */
  private byRoleAnaphor(title: readonly Token[], gender: GenderNumber | undefined): Entity | undefined {
    if (title.length !== 1 || !ROLE_ANAPHORS.has(title[0]!.key)) return undefined;
    const wanted = /ه$/.test(title[0]!.key) ? "f" : (gender ?? "m");
    return this.recent.find((e) => e.kind === "person" && e.gender === wanted) ?? UNRESOLVED;
  }

  /** "الأخير", "الأخيرة": the latter, the most recent speaker of that gender (a body too: "الوزارة … الأخيرة"). */
  latter(key: string): Entity {
    const wanted: GenderNumber = /ه$/.test(key) ? "f" : /(ان|ين|ون)$/.test(key) ? "p" : "m";
    const entity = this.recent.find((e) => e.gender === wanted) ?? UNRESOLVED;
    if (entity !== UNRESOLVED) this.touch(entity);
    return entity;
  }

  private byName(name: readonly Token[]): Entity | undefined {
    const wanted = keys(name);
    return this.recent.find((e) => e.nameKeys.length > 0 && (wanted.every((k) => e.nameKeys.includes(k)) || e.nameKeys.every((k) => wanted.includes(k))));
  }

  private byTitle(title: readonly Token[]): Entity | undefined {
    const wanted = canonicalTitle(keys(title).map(bare));
    if (wanted.length === 0) return undefined;
    // "وزارة الدفاع" or "الوزير" refers back to "وزارة الدفاع الروسية" or "وزير الخارجية…", never the reverse;
    // "الخارجية الروسية", "الداخلية": a ministry is named by its portfolio alone.
    return (
      this.recent.find((e) => e.titleKeys.some((t) => startsWith(t, wanted) || (t[0] === MINISTRY && startsWith(t.slice(1), wanted)))) ??
      this.byShortenedName(wanted)
    );
  }

  /**
   * "مديرية الأمن" after "المديرية العامة للأمن الوطني", "الحرس الوطني" after "قوات الحرس الوطني": a body
   * named again by its head and some of its words, in order (its units, قوات/وحدات, may be left out).
   */
  private byShortenedName(wanted: readonly string[]): Entity | undefined {
    if (wanted.length < 2) return undefined;
    const shortens = (t: readonly string[]) => isSubsequence(wanted, t) || (inSet(FORCE_KEYS, t[0] ?? "") && isSubsequence(wanted, t.slice(1)));
    return this.recent.find((e) => e.kind === "organisation" && e.titleKeys.some(shortens));
  }

  private create(parts: SpeakerParts, phraseText: string): Entity {
    const named = parts.name.length > 0;
    return { display: named ? words(parts.name) : phraseText, nameKeys: named ? keys(parts.name) : [], titleKeys: [], kind: parts.kind };
  }

  /**
   * Runs `resolve` for a mention inside someone else's words ("…بناء على ما صرحت به فلانة"): the
   * source is remembered as the least recent one, so it never displaces the speaker being quoted but
   * a later verb of its gender ("حيث تطرقت…") can still point back to it.
   */
  inBackground<T>(resolve: () => T): T {
    this.background = true;
    try {
      return resolve();
    } finally {
      this.background = false;
    }
  }

  private background = false;

  private touch(entity: Entity): void {
    const at = this.recent.indexOf(entity);
    if (this.background) {
      if (at < 0) this.recent.push(entity);
    } else {
      if (at >= 0) this.recent.splice(at, 1);
      this.recent.unshift(entity);
    }
    this.forgetOldest();
  }

  /** Drops the least recent speakers beyond MAX_REMEMBERED_SPEAKERS. */
  private forgetOldest(): void {
    if (this.recent.length > MAX_REMEMBERED_SPEAKERS) this.recent.length = MAX_REMEMBERED_SPEAKERS;
  }

  /** How many speakers are remembered (for tests of the bound). */
  get size(): number {
    return this.recent.length;
  }
}

function addTitle(entity: Entity, title: string[]): void {
  if (!entity.titleKeys.some((t) => t.length === title.length && startsWith(t, title))) entity.titleKeys.push(title);
}

/** Whether `part` opens with `whole`'s first word and its other words follow in `whole` in order. */
function isSubsequence(part: readonly string[], whole: readonly string[]): boolean {
  if (part[0] !== whole[0]) return false;
  let i = 1;
  for (let k = 1; k < whole.length && i < part.length; k++) if (whole[k] === part[i]) i++;
  return i === part.length;
}

function startsWith(whole: readonly string[], part: readonly string[]): boolean {
  return part.length <= whole.length && part.every((k, i) => whole[i] === k);
}

/**
 * A human plural head, which a plural verb ("وأضافوا") can point back to: masculine sound plurals
 * (المحتجون، مسؤولون، المسؤولين) and the broken plurals of people (النواب، شهود). Plurals in -ات
 * (المعلومات، السلطات) and of sources (مصادر) agree with a feminine singular verb instead.
 */
function isPlural(parts: SpeakerParts): boolean {
  const head = (parts.title[0] ?? parts.name[0])?.key ?? "";
  // "النواب المستقلون", "سكان المنطقة": a plural head with definite words after it describes people; it is no personal name.
  const unnamed = parts.name.length === 0 || (parts.title.length === 0 && parts.name.every((w, i) => i === 0 || isDefinite(w)));
  const bare = head.replace(/^ال/, "");
  const dual = /ان$/.test(head) && inSet(TITLE_KEYS, head.slice(0, -2)); // "الوزيران", "المتحدثان": "وأكدا" points back
  return unnamed && (dual || /^ال.{3,}(ون|ين)$/.test(head) || /^.{4,}ون$/.test(bare) || bare === "مسؤولين" || HUMAN_PLURAL_KEYS.has(bare));
}
