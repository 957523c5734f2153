/**
 * Words that help find and resolve who is speaking in English news copy.
 * All entries are lower-case matching keys (see text/normalize.ts `matchKey`).
 */

/** Subject pronouns and what they can refer to. */
export const EN_PRONOUNS: Readonly<Record<string, "m" | "f" | "plural" | "thing">> = {
  he: "m",
  she: "f",
  they: "plural",
  it: "thing",
};

/** Honorifics and titles written before a name; they stay inside the speaker name ("Sen. Elizabeth Warren"). Gender where the word gives it. */
export const EN_HONORIFICS: Readonly<Record<string, "m" | "f" | "">> = {
  mr: "m", "mr.": "m", sir: "m", lord: "m", king: "m", prince: "m", sheikh: "m", father: "m", brother: "m",
  mrs: "f", "mrs.": "f", ms: "f", "ms.": "f", miss: "f", madam: "f", dame: "f", lady: "f", queen: "f", princess: "f", sister: "f",
  dr: "", prof: "", sen: "", rep: "", gov: "", lt: "", col: "", gen: "", maj: "", capt: "", sgt: "", adm: "",
  cmdr: "", brig: "", rev: "", hon: "", pres: "", supt: "", insp: "", amb: "", atty: "", fr: "",
  president: "", senator: "", representative: "", governor: "", mayor: "", judge: "", justice: "", pope: "",
  chancellor: "", premier: "", secretary: "", minister: "", ambassador: "", general: "", colonel: "",
  lieutenant: "", commander: "", admiral: "", captain: "", sergeant: "", officer: "", detective: "",
  professor: "", doctor: "", chief: "", director: "", chairman: "m", chairwoman: "f", chair: "", speaker: "",
  deputy: "", vice: "", prime: "", foreign: "", defense: "", defence: "", interior: "", finance: "", health: "",
  attorney: "", state: "", acting: "", former: "", rabbi: "", imam: "", bishop: "", cardinal: "", archbishop: "",
};

/**
 * Nouns that name a role; a later "the minister"/"the spokeswoman" resolves to the earlier speaker
 * described with the same noun. Gender where the word gives it.
 */
export const EN_ROLE_NOUNS: Readonly<Record<string, "m" | "f" | "">> = {
  spokesman: "m", spokeswoman: "f", spokesperson: "", spokespeople: "",
  chairman: "m", chairwoman: "f", chair: "", congressman: "m", congresswoman: "f", businessman: "m", businesswoman: "f",
  councilman: "m", councilwoman: "f", assemblyman: "m", assemblywoman: "f", actor: "", actress: "f",
  king: "m", queen: "f", prince: "m", princess: "f", husband: "m", wife: "f", father: "m", mother: "f",
  son: "m", daughter: "f", brother: "m", sister: "f", man: "m", woman: "f", boy: "m", girl: "f", widow: "f",
  minister: "", president: "", senator: "", lawmaker: "", legislator: "", representative: "", governor: "",
  mayor: "", official: "", diplomat: "", ambassador: "", envoy: "", secretary: "", director: "", chief: "",
  executive: "", ceo: "", founder: "", analyst: "", expert: "", economist: "", researcher: "", scientist: "",
  professor: "", doctor: "", physician: "", nurse: "", lawyer: "", attorney: "", prosecutor: "", judge: "",
  commander: "", general: "", officer: "", colonel: "", captain: "", sheriff: "", chancellor: "", premier: "",
  leader: "", head: "", adviser: "", advisor: "", aide: "", candidate: "", activist: "", witness: "",
  resident: "", owner: "", manager: "", coach: "", player: "", teacher: "", student: "", author: "",
  historian: "", strategist: "", consultant: "", negotiator: "", mediator: "", monitor: "", correspondent: "",
  commissioner: "", inspector: "", marshal: "", mp: "", member: "", regulator: "", banker: "", investor: "", trader: "", farmer: "",
  // public figures described by their trade ("the singer said", "the striker told reporters")
  singer: "", rapper: "", musician: "", artist: "", star: "", comedian: "", presenter: "", novelist: "", writer: "", poet: "",
  designer: "", engineer: "", pilot: "", striker: "", midfielder: "", defender: "", goalkeeper: "", footballer: "",
  athlete: "", boxer: "", driver: "", cyclist: "", editor: "", journalist: "", producer: "",
};

/** Heads of organisation names: they speak too ("the ministry said"), and are never "he" or "she". */
export const EN_ORG_NOUNS: readonly string[] = [
  "ministry", "department", "agency", "government", "company", "firm", "group", "organization",
  "organisation", "party", "army", "military", "police", "court", "council", "commission", "committee",
  "office", "campaign", "union", "bank", "board", "administration", "embassy", "university", "hospital",
  "network", "newspaper", "broadcaster", "alliance", "coalition", "movement", "authority", "authorities",
  "service", "center", "centre", "institute", "foundation", "association", "federation", "team", "club",
  "league",
  "airline", "carrier", "operator", "retailer", "automaker", "carmaker", "insurer", "lender", "regulator", "watchdog",
  "maker", "manufacturer", "producer", "supplier", "developer", "airport", "utility", "district", "city", "county",
  "house", "kremlin", "pentagon", "corps", "corp", "inc", "ltd", "co", "llc", "plc", "group", "fund", "programme", "program",
  // last words of company names ("Kestrel Holdings", "Norvik Energy")
  "holdings", "industries", "partners", "capital", "systems", "technologies", "energy", "oil", "petroleum", "motors",
  "airways", "airlines", "pharma", "pharmaceuticals", "foods", "enterprises", "ventures", "telecom", "resources", "mining",
];

/** Organisation nouns that mean a business: "the company" may refer back to a named source not known as an organisation ("Rosneft"). */
export const EN_COMPANY_NOUNS: readonly string[] = [
  "company", "firm", "group", "bank", "airline", "carrier", "operator", "retailer", "automaker", "carmaker", "insurer",
  "lender", "maker", "manufacturer", "producer", "supplier", "developer", "utility", "corporation", "business", "conglomerate",
];

/** Heads of plural or unnamed sources ("officials said", "a source familiar with the matter said"). */
export const EN_GROUP_NOUNS: readonly string[] = [
  "officials", "sources", "source", "people", "person", "residents", "witnesses", "analysts", "experts",
  "economists", "diplomats", "lawmakers", "legislators", "authorities", "police", "investigators",
  "prosecutors", "critics", "supporters", "activists", "organizers", "organisers", "scientists",
  "researchers", "doctors", "medics", "protesters", "demonstrators", "leaders", "members", "workers",
  "employees", "executives", "spokespeople", "aides", "advisers", "observers", "studies", "reports",
];

/** Documents whose "said" resolves to whoever issued them earlier ("the statement said"). */
export const EN_DOCUMENT_NOUNS: readonly string[] = [
  "statement", "report", "letter", "filing", "document", "memo", "release", "post", "tweet", "study",
  "complaint", "indictment", "lawsuit", "notice", "communique", "communiqué", "announcement", "message",
  // published numbers speak for whoever published them ("figures published by the university")
  "figures", "data", "statistics", "estimates",
];

/** Participles between a document and its issuer: "figures published by the university", "a letter sent by …". */
export const EN_ISSUING_PARTICIPLES: readonly string[] = [
  "published", "released", "issued", "compiled", "provided", "produced", "sent", "signed", "posted", "filed", "shared",
];

/**
 * Documents a party issues about itself, so that with no issuer named ("according to a news release",
 * "a statement said") they speak for the party that last spoke. Reports and studies are left out:
 * a bare "a report" is as often a third party's.
 */
export const EN_SELF_ISSUED_DOCUMENTS: readonly string[] = ["statement", "release", "announcement", "communique", "communiqué"];

/** Modifiers that leave a document bare: "a news release", "a brief written statement". */
export const EN_DOCUMENT_MODIFIERS: readonly string[] = [
  "news", "press", "written", "emailed", "e-mailed", "joint", "brief", "short", "separate", "later", "earlier",
  "new", "official", "formal", "public", "prepared", "terse",
];

/** Listeners after "told": "told reporters", "told Reuters" — the channel, never the speaker. */
export const EN_AUDIENCE_NOUNS: readonly string[] = [
  "reporters", "journalists", "lawmakers", "parliament", "congress", "senators", "members", "supporters",
  "jurors", "jury", "crowd", "audience", "viewers", "listeners", "readers", "committee", "panel", "court", "jury", "judge",
  "newspaper", "paper", "magazine", "broadcaster", "station", "channel", "network", "agency", "outlet",
  "conference", "briefing", "interviewer", "me", "us", "him", "her", "them", "colleagues", "staff",
  "employees", "investors", "analysts", "delegates", "students", "residents", "voters", "parliamentarians",
];

/**
 * Words after the cue that open an adjunct, not the reported clause ("said on Tuesday that",
 * "said in a statement the…"). With a following "that" the adjunct is skipped whatever it holds.
 */
export const EN_ADJUNCT_PREPOSITIONS: readonly string[] = [
  "on", "in", "at", "during", "after", "before", "late", "early", "earlier", "later", "last", "this",
  "yesterday", "today", "tonight", "recently", "previously", "separately", "also", "again", "then",
  "via", "through", "over", "from", "while", "when", "publicly", "privately", "repeatedly", "once",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "to",
];

/** Time words that may trail a subject or an adjunct ("Biden on Tuesday said"). */
export const EN_TIME_WORDS: readonly string[] = [
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
  "tonight", "morning", "afternoon", "evening", "night", "week", "month", "year", "weekend", "day",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/** Words that open a sentence without being part of the subject ("But officials said"). */
export const EN_LEADING_FILLERS: readonly string[] = [
  "but", "and", "or", "so", "yet", "still", "meanwhile", "however", "instead", "later", "earlier",
  "separately", "also", "now", "then", "thus", "indeed", "moreover", "furthermore", "nonetheless",
  "nevertheless", "previously", "since", "as", "while", "though", "although", "because", "when", "if",
];

/** Words between subject and cue that belong to neither ("Smith also said", "she has repeatedly said"). */
export const EN_PRE_CUE_FILLERS: readonly string[] = [
  "also", "later", "earlier", "previously", "then", "has", "have", "had", "again", "once", "repeatedly",
  "publicly", "privately", "separately", "recently", "already", "first", "initially", "further", "reportedly",
  "subsequently", "flatly", "strongly", "firmly", "quickly", "immediately", "simply", "only", "just", "often",
  "frequently", "long", "would", "will", "could", "might", "may", "can", "should", "must", "did", "does",
  "do", "is", "was", "were", "are", "be", "been", "reportedly", "herself", "himself", "themselves", "itself",
];

/** Words that, right before a cue, show it is not an attribution ("declined to say", "did not say"). */
export const EN_CUE_BLOCKERS: readonly string[] = [
  "not", "n't", "never", "to", "declined", "refused", "without", "who", "which",
];

/** Determiners and possessives: a word after them is a noun ("the claims"), not a cue. */
export const EN_DETERMINERS: readonly string[] = [
  "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
  "such", "no", "any", "some", "every", "each", "new", "false", "unfounded", "recent", "similar", "other",
  "another", "one", "two", "three", "four", "five", "several", "many", "most", "few", "both", "all",
];

/** Auxiliaries and modals: their presence early in a that-less complement marks it as a clause. */
export const EN_FINITE_MARKERS: readonly string[] = [
  "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "should", "shall",
  "must", "may", "might", "did", "does", "do", "won't", "wouldn't", "can't", "couldn't", "didn't",
  "doesn't", "don't", "isn't", "wasn't", "aren't", "weren't", "hasn't", "haven't", "hadn't", "shouldn't",
  "needs", "plans", "wants", "remains", "intends", "expects", "hopes",
];

/** First names with a clear gender, for pronoun resolution when no honorific or role noun says it. */
export const EN_FIRST_NAMES: Readonly<Record<string, "m" | "f">> = Object.fromEntries([
  ...[
    "john", "james", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
    "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua",
    "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan",
    "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon",
    "benjamin", "samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack", "dennis", "jerry",
    "tyler", "aaron", "jose", "adam", "nathan", "henry", "douglas", "zachary", "peter", "kyle", "noah",
    "ethan", "jeremy", "walter", "christian", "keith", "roger", "terry", "austin", "sean", "gerald", "carl",
    "harold", "dylan", "arthur", "lawrence", "jordan", "jesse", "bryan", "billy", "bruce", "gabriel", "joe",
    "logan", "alan", "juan", "albert", "willie", "elijah", "wayne", "randy", "vincent", "mason", "roy",
    "ralph", "bobby", "russell", "bradley", "philip", "eugene", "tom", "tim", "mike", "bill", "jim", "bob",
    "chuck", "ted", "rick", "nick", "ben", "sam", "dan", "matt", "steve", "chris", "tony", "greg", "jeff",
    "ahmed", "mohammed", "muhammad", "mohamed", "ali", "omar", "hassan", "hussein", "ibrahim", "khalid",
    "vladimir", "sergei", "sergey", "dmitry", "alexei", "emmanuel", "olaf", "rishi", "boris", "keir",
    "xi", "narendra", "recep", "benjamin", "volodymyr", "antony", "lloyd", "jake", "mitch", "chuck", "kevin",
    "pedro", "carlos", "luis", "miguel", "jorge", "francois", "pierre", "hans", "klaus", "giorgio",
  ].map((n) => [n, "m" as const]),
  ...[
    "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen",
    "lisa", "nancy", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle",
    "carol", "amanda", "dorothy", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia",
    "kathleen", "amy", "angela", "shirley", "anna", "brenda", "pamela", "emma", "nicole", "helen",
    "samantha", "katherine", "christine", "debra", "rachel", "carolyn", "janet", "catherine", "maria",
    "heather", "diane", "ruth", "julie", "olivia", "joyce", "virginia", "victoria", "kelly", "lauren",
    "christina", "joan", "evelyn", "judith", "megan", "andrea", "cheryl", "hannah", "jacqueline", "martha",
    "gloria", "teresa", "ann", "sara", "madison", "frances", "kathryn", "janice", "jean", "abigail", "alice",
    "julia", "judy", "sophia", "grace", "denise", "amber", "doris", "marilyn", "danielle", "beverly",
    "isabella", "theresa", "diana", "natalie", "brittany", "charlotte", "marie", "kayla", "alexis", "lori",
    "jane", "kate", "kamala", "hillary", "nancy", "ursula", "angela", "theresa", "liz", "jacinda", "giorgia",
    "fatima", "aisha", "layla", "mariam", "maryam", "yulia", "olga", "natalia", "svetlana", "anne", "claire",
    "sophie", "ana", "carmen", "lucia", "ingrid", "greta", "annalena", "kristalina", "christine", "janet",
    "karine", "jen", "gina", "marjorie", "alexandria", "elise", "nikki", "kristi", "gretchen", "jill",
  ].map((n) => [n, "f" as const]),
]);

/** Nouns that end an adjunct after the cue ("said in a statement", "told reporters at a news conference"). */
export const EN_ADJUNCT_HEADS: readonly string[] = [
  "statement", "statements", "interview", "conference", "briefing", "speech", "address", "post", "posts",
  "tweet", "call", "hearing", "meeting", "release", "letter", "email", "e-mail", "message", "remarks",
  "session", "event", "rally", "summit", "forum", "appearance", "broadcast", "podcast", "video", "filing",
  "testimony", "media", "website", "x", "twitter", "facebook", "instagram", "telegram", "truth", "social",
  "platform", "network", "television", "radio", "tv", "phone", "telephone", "visit", "trip", "ceremony",
  "parliament", "congress", "court", "chamber", "senate", "house", "podium", "reporters", "journalists",
];

/** Phrases after "according to" that are not sources ("according to plan"). */
export const EN_NOT_SOURCES: readonly string[] = ["plan", "plans", "schedule", "tradition", "custom", "form", "protocol", "script"];

/** Irregular past tenses: with the auxiliaries they mark a that-less complement as a clause ("denied he knew"). */
export const EN_IRREGULAR_PAST: readonly string[] = [
  "sent", "made", "took", "gave", "came", "went", "found", "thought", "knew", "got", "held", "left", "kept",
  "lost", "paid", "met", "ran", "saw", "told", "won", "began", "fell", "rose", "grew", "led", "brought",
  "bought", "built", "spent", "understood", "stood", "struck", "meant", "felt", "said", "sold", "broke",
  "chose", "drove", "ate", "flew", "forgot", "hid", "hit", "hurt", "let", "put", "set", "shut", "cut", "cost",
  "read", "sat", "slept", "spoke", "stole", "swore", "taught", "threw", "wore", "wrote", "became", "did",
];

/** Fixed objects of "say": "said nothing", "said a prayer" — no reported clause follows. */
export const EN_SAY_OBJECTS: readonly string[] = [
  "nothing", "something", "anything", "little", "much", "so", "yes", "no", "goodbye", "hello", "sorry",
  "thanks", "grace", "prayers", "same", "following", "otherwise", "more", "less", "too", "only", "why", "what",
  "how", "whether", "if", "when", "where", "who", "which",
];

/** Words that open a subordinate clause after an attribution ("…, officials said, as winds rose"). */
export const EN_SUBORDINATORS: readonly string[] = [
  "as", "while", "after", "before", "because", "since", "although", "though", "who", "which", "where", "when",
  "but", "and", "with", "without", "amid", "despite", "citing", "asking", "speaking", "adding", "saying",
];
