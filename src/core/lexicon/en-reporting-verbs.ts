/**
 * English reporting verbs (cues), lemma → inflected forms as they appear in news copy.
 * Sources: textacy REPORTING_VERBS["en"], the GenderGapTracker quote-verb list, and the
 * cue inventory in the project's attribution notes (section 5, "English cue inventory").
 *
 * `thatless` marks verbs that often take a reported clause with "that" omitted
 * ("said the talks would resume"); the others need "that", a colon or an adjacent quote,
 * because they also take plain noun objects ("denied the allegations", "announced a plan").
 */
export interface ReportingVerb {
  lemma: string;
  forms: readonly string[];
  thatless?: boolean;
  /**
   * The verb reports through an object and a linking word instead of a clause: "urged residents to
   * stay indoors", "accused the council of ignoring them". The content is the object and what follows.
   */
  objectLink?: string;
}

export const EN_REPORTING_VERBS: readonly ReportingVerb[] = [
  // the core: say and tell carry most attributions
  { lemma: "say", forms: ["say", "says", "said", "saying"], thatless: true },
  { lemma: "tell", forms: ["tell", "tells", "told", "telling"], thatless: true },
  { lemma: "add", forms: ["add", "adds", "added", "adding"], thatless: true },
  { lemma: "write", forms: ["write", "writes", "wrote", "writing"], thatless: true },
  { lemma: "tweet", forms: ["tweeted", "tweeting"] },
  { lemma: "post", forms: ["posted"] },
  // assertion and emphasis
  { lemma: "state", forms: ["states", "stated", "stating"] },
  { lemma: "stress", forms: ["stresses", "stressed", "stressing"] },
  { lemma: "emphasize", forms: ["emphasize", "emphasizes", "emphasized", "emphasizing", "emphasise", "emphasises", "emphasised", "emphasising"] },
  { lemma: "insist", forms: ["insist", "insists", "insisted", "insisting"], thatless: true },
  { lemma: "assert", forms: ["asserts", "asserted", "asserting"] },
  { lemma: "declare", forms: ["declares", "declared", "declaring"] },
  { lemma: "maintain", forms: ["maintains", "maintained", "maintaining"] },
  { lemma: "reiterate", forms: ["reiterates", "reiterated", "reiterating"] },
  { lemma: "repeat", forms: ["repeated"] },
  { lemma: "affirm", forms: ["affirms", "affirmed", "reaffirmed"] },
  { lemma: "contend", forms: ["contend", "contends", "contended"], thatless: true },
  { lemma: "argue", forms: ["argue", "argues", "argued", "arguing"], thatless: true },
  { lemma: "claim", forms: ["claim", "claims", "claimed", "claiming"], thatless: true },
  { lemma: "allege", forms: ["allege", "alleges", "alleged", "alleging"] },
  { lemma: "charge", forms: ["charged"] },
  { lemma: "boast", forms: ["boasted"] },
  // announcing and informing
  { lemma: "announce", forms: ["announces", "announced", "announcing"] },
  { lemma: "report", forms: ["reported", "reporting"] },
  { lemma: "inform", forms: ["informed"] },
  { lemma: "reveal", forms: ["reveals", "revealed", "revealing"] },
  { lemma: "disclose", forms: ["disclosed"] },
  { lemma: "confirm", forms: ["confirms", "confirmed", "confirming"] },
  { lemma: "testify", forms: ["testified"] },
  { lemma: "predict", forms: ["predicts", "predicted"], thatless: true },
  { lemma: "estimate", forms: ["estimated"] },
  { lemma: "forecast", forms: ["forecast"] },
  // explaining and commenting
  { lemma: "explain", forms: ["explains", "explained", "explaining"] },
  { lemma: "note", forms: ["note", "notes", "noted", "noting"] },
  { lemma: "observe", forms: ["observed"] },
  { lemma: "remark", forms: ["remarked"] },
  { lemma: "comment", forms: ["commented"] },
  { lemma: "point out", forms: ["points out", "pointed out", "pointing out"] },
  { lemma: "continue", forms: ["continued"] },
  { lemma: "recall", forms: ["recalls", "recalled", "recalling"] },
  { lemma: "describe", forms: ["described"] },
  { lemma: "suggest", forms: ["suggests", "suggested", "suggesting"] },
  { lemma: "indicate", forms: ["indicated"] },
  { lemma: "concede", forms: ["concedes", "conceded", "conceding"] },
  { lemma: "acknowledge", forms: ["acknowledges", "acknowledged", "acknowledging"] },
  { lemma: "admit", forms: ["admits", "admitted", "admitting"] },
  { lemma: "agree", forms: ["agreed"] },
  { lemma: "concur", forms: ["concurred"] },
  // passive frames whose subject is the quoted source, not the speaker ("was quoted as saying")
  { lemma: "quote", forms: ["quoted as saying"] },
  // opinion
  { lemma: "believe", forms: ["believes", "believed"], thatless: true },
  { lemma: "think", forms: ["thinks"], thatless: true },
  { lemma: "feel", forms: ["feels"] },
  { lemma: "fear", forms: ["feared"] },
  { lemma: "hope", forms: ["hoped"] },
  { lemma: "conclude", forms: ["concluded"] },
  // warning, demanding, urging
  { lemma: "warn", forms: ["warn", "warns", "warned", "warning"], thatless: true },
  { lemma: "caution", forms: ["cautioned"] },
  { lemma: "threaten", forms: ["threatened"] },
  { lemma: "urge", forms: ["urges", "urged", "urging"], objectLink: "to" },
  { lemma: "call on", forms: ["called on", "calls on", "calling on"], objectLink: "to" },
  { lemma: "demand", forms: ["demanded"] },
  { lemma: "promise", forms: ["promised", "pledged", "vowed", "vows", "pledges"] },
  { lemma: "assure", forms: ["assured"] },
  { lemma: "predict", forms: ["projected"] },
  // denial and objection
  { lemma: "deny", forms: ["deny", "denies", "denied", "denying"] },
  { lemma: "dispute", forms: ["disputed"] },
  { lemma: "accuse", forms: ["accuses", "accused", "accusing"], objectLink: "of" },
  // "rejected" is left out: "rejected that offer" reads "that" as a complementiser far more often than it is one.
  { lemma: "complain", forms: ["complained", "complains"] },
  { lemma: "protest", forms: ["protested"] },
  { lemma: "object", forms: ["objected"] },
  { lemma: "counter", forms: ["countered"] },
  { lemma: "retort", forms: ["retorted"] },
  { lemma: "reply", forms: ["replied", "replies"] },
  { lemma: "respond", forms: ["responded"] },
  { lemma: "criticize", forms: ["criticized", "criticised"] },
  // questions and manner of speaking (quote-adjacent only in practice)
  { lemma: "ask", forms: ["asks", "asked"] },
  { lemma: "wonder", forms: ["wondered"] },
  { lemma: "shout", forms: ["shouted", "yelled", "screamed", "cried", "chanted"] },
  { lemma: "joke", forms: ["joked", "quipped", "laughed"] },
  { lemma: "whisper", forms: ["whispered", "muttered", "sighed"] },
  { lemma: "recount", forms: ["recounted"] },
  { lemma: "exclaim", forms: ["exclaimed"] },
];
