/**
 * English reporting verbs (cues), one a line: `lemma | forms as they appear in news copy | flags`.
 * Sources: textacy REPORTING_VERBS["en"], the GenderGapTracker quote-verb list, and the cue inventory
 * in the project's attribution notes. Read by parseLexicon (lexicon/parse-lexicon.ts).
 *
 * Flags:
 *   thatless  the verb takes a reported clause without "that" ("said the talks would resume",
 *             "admitted the scheme had failed"); past say/tell the clause must show a finite verb early,
 *             because these verbs also take plain noun objects ("denied the allegations").
 *   link=W…   the verb reports through an object and a linking word instead of a clause ("urged
 *             residents to stay", "described the offer as "an insult"", "branded him a "liar""); the
 *             content is the object and what follows. `"` as a link: an opening quotation mark.
 */
export const EN_REPORTING_VERBS_LEXICON = String.raw`
# the core: say and tell carry most attributions
say | say, says, said, saying | thatless
tell | tell, tells, told, telling | thatless
add | add, adds, added, adding | thatless
write | write, writes, wrote, writing | thatless
tweet | tweeted, tweeting
post | posted

# assertion and emphasis
state | states, stated, stating
stress | stresses, stressed, stressing | thatless
emphasize | emphasize, emphasizes, emphasized, emphasizing, emphasise, emphasises, emphasised, emphasising | thatless
insist | insist, insists, insisted, insisting | thatless
assert | asserts, asserted, asserting | thatless
declare | declares, declared, declaring | thatless
maintain | maintains, maintained, maintaining | thatless
reiterate | reiterates, reiterated, reiterating
repeat | repeated
affirm | affirms, affirmed, reaffirmed
contend | contend, contends, contended | thatless
argue | argue, argues, argued, arguing | thatless
claim | claim, claims, claimed, claiming | thatless
allege | allege, alleges, alleged, alleging | thatless
charge | charged
boast | boasted | thatless

# announcing and informing
announce | announces, announced, announcing | thatless
report | reported, reporting
inform | informed
reveal | reveals, revealed, revealing | thatless
disclose | disclosed
confirm | confirms, confirmed, confirming | thatless
testify | testified | thatless
predict | predicts, predicted, projected | thatless
estimate | estimated | thatless
forecast | forecast

# explaining and commenting
explain | explains, explained, explaining | thatless
note | note, notes, noted, noting
observe | observed
remark | remarked
comment | commented
point out | points out, pointed out, pointing out
continue | continued
recall | recalls, recalled, recalling | thatless
suggest | suggest, suggests, suggested, suggesting | thatless
indicate | indicated
concede | concedes, conceded, conceding | thatless
acknowledge | acknowledges, acknowledged, acknowledging | thatless
admit | admits, admitted, admitting | thatless
agree | agreed
concur | concurred

# describing someone or something as X: the object and its description are the content
describe | describes, described, describing | link=as
brand | brands, branded, branding | link=a an as "
label | labelled, labeled | link=a an as "
dismiss | dismissed | link=as

# passive frames whose subject is the quoted source, not the speaker ("was quoted as saying")
quote | quoted as saying | thatless

# opinion
believe | believes, believed | thatless
think | thinks | thatless
feel | feels
fear | feared
hope | hoped
conclude | concluded

# warning, demanding, urging, promising
warn | warn, warns, warned, warning | thatless link=to
caution | cautioned
threaten | threatened
urge | urges, urged, urging | link=to
instruct | instructed, instructs | link=to
call on | called on, calls on, calling on | link=to
demand | demanded
promise | promised, pledged, vowed, vows, pledges | thatless
assure | assured

# denial and objection
deny | deny, denies, denied, denying | thatless
dispute | disputed
accuse | accuses, accused, accusing | link=of
# "rejected" is left out: "rejected that offer" reads "that" as a complementiser far more often than it is one.
complain | complained, complains | thatless
protest | protested
object | objected
counter | countered
retort | retorted
reply | replied, replies
respond | responded
criticize | criticized, criticised

# questions and manner of speaking (quote-adjacent only in practice)
ask | asks, asked
wonder | wondered
shout | shouted, yelled, screamed, cried, chanted
joke | joked, quipped, laughed
whisper | whispered, muttered, sighed
recount | recounted
exclaim | exclaimed

# telling how something happened: the clause after "how" is the content ("has described how her
# daughter was …"); as a bare verb "describe" reports through an object instead (link=as above)
describe how | described how, describes how, describing how | thatless
recount how | recounted how, recounts how, recounting how | thatless
explain how | explained how, explains how, explaining how | thatless

# an appeal, plea or call issued for or to someone: like "urged", the object and what follows "to" are
# the content ("issued a plea for people to stay away from the pills"); without "to" it is no claim
# ("made a plea for calm")
appeal | issued a plea for, issued an appeal for, issued a call for, made a plea for, made an appeal for, issued a plea to, issued an appeal to, issued a call to, made a plea to, made an appeal to, launched an appeal for, launched an appeal to | link=to
# "issued a warning that …" reports a clause; "issued a warning to parents to …" an object and its link
warn | issued a warning, issued a stark warning | thatless
warn | issued a warning to, issued a stark warning to | link=to

# telling what had been kept back
divulge | divulged, divulges | thatless
`;
