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
 *   agent     the passive with a "by" agent attributes too: "The claim was denied by the ministry"
 *             (the agent speaks; the content is the clause without the agent), "She was told by
 *             doctors that …" (the content is the clause after "that"). Verbs whose passive reports a
 *             decision or an act rather than words ("rejected", "criticised", "announced") are left out.
 *   to        the content may be an infinitive right after the verb ("pledged to cut taxes",
 *             "threatened to sue"): the words after "to".
 *   object    the content may be a noun phrase right after the verb ("called for an inquiry",
 *             "demanded the minister's resignation"): a demand names what it demands.
 *   document  a cue only when its subject is a study, report, survey or published figures ("The
 *             survey found that …", "Figures showed …"): "Police found a body" and "he showed them
 *             the door" are not attributions.
 */
export const EN_REPORTING_VERBS_LEXICON = String.raw`
# the core: say and tell carry most attributions
say | say, says, said, saying | thatless
tell | tell, tells, told, telling | thatless agent
add | add, adds, added, adding | thatless
write | write, writes, wrote, writing | thatless
tweet | tweeted, tweeting
post | posted

# assertion and emphasis
state | states, stated, stating
stress | stress, stresses, stressed, stressing | thatless
emphasize | emphasize, emphasizes, emphasized, emphasizing, emphasise, emphasises, emphasised, emphasising | thatless
insist | insist, insists, insisted, insisting | thatless
assert | assert, asserts, asserted, asserting | thatless
declare | declares, declared, declaring | thatless
maintain | maintain, maintains, maintained, maintaining | thatless
reiterate | reiterate, reiterates, reiterated, reiterating | thatless
repeat | repeated
affirm | affirms, affirmed, reaffirmed
contend | contend, contends, contended | thatless
argue | argue, argues, argued, arguing | thatless
claim | claim, claims, claimed, claiming | thatless agent
allege | allege, alleges, alleged, alleging | thatless agent
charge | charged
boast | boasted | thatless

# announcing and informing
announce | announce, announces, announced, announcing | thatless
report | reported, reporting, reports | thatless agent
inform | informed | agent
reveal | reveal, reveals, revealed, revealing | thatless
disclose | disclosed
confirm | confirm, confirms, confirmed, confirming | thatless agent
testify | testified | thatless
predict | predict, predicts, predicted, predicting, projected | thatless agent
estimate | estimate, estimates, estimated | thatless agent
forecast | forecast

# what studies, surveys and figures find: only with such a subject (flag document)
find | find, found, finds | thatless document
show | show, showed, shows, shown | thatless document
# what a written text says: "…," the statement read. / The letter reads: "…" (only with such a subject)
read | read, reads | document

# explaining and commenting
explain | explain, explains, explained, explaining | thatless
note | note, notes, noted, noting
observe | observed
remark | remarked
comment | commented
point out | points out, pointed out, pointing out | thatless
continue | continued
go on to say | went on to say, goes on to say, going on to say | thatless
recall | recall, recalls, recalled, recalling | thatless
suggest | suggest, suggests, suggested, suggesting | thatless
hint | hints, hinted, hinting | thatless
indicate | indicated
concede | concede, concedes, conceded, conceding | thatless
acknowledge | acknowledge, acknowledges, acknowledged, acknowledging | thatless
admit | admits, admitted, admitting | thatless
agree | agreed
concur | concurred

# describing someone or something as X: the object and its description are the content
describe | describes, described, describing | link=as agent
brand | brands, branded, branding | link=a an as " agent
label | labelled, labeled | link=a an as " agent
dismiss | dismissed | link=as agent
# attacking or praising someone or something as X: only with "as" and its description ("slammed the door" is no claim)
assail | assailed, assails, assailing | link=as
slam | slammed, slams, slamming | link=as
blast | blasted, blasts, blasting | link=as
lambast | lambasted, lambastes, lambasts, lambasting | link=as
denounce | denounced, denounces, denouncing | link=as
decry | decried, decries, decrying | link=as
condemn | condemned, condemns, condemning | link=as
hail | hailed, hails, hailing | link=as
praise | praised, praises, praising | link=as
portray | portrayed, portrays, portraying | link=as
characterize | characterized, characterizes, characterizing, characterised, characterises, characterising | link=as
tout | touted, touts, touting | link=as
laud | lauded, lauds, lauding | link=as
herald | heralded, heralds, heralding | link=as
trumpet | trumpeted, trumpets, trumpeting | link=as
deride | derided, derides, deriding | link=as
mock | mocked, mocks, mocking | link=as
ridicule | ridiculed, ridicules, ridiculing | link=as
depict | depicted, depicts, depicting | link=as
pitch | pitched, pitches, pitching | link=as
# "called the ruling "an outrageous act"": only with a quoted description ("called the police" is no claim)
call | called, calls, calling | link="

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
warn | warn, warns, warned, warning | thatless link=to agent
caution | cautioned
# "warned of "grave consequences"": what the warning is of is the content
warn of | warned of, warns of, warning of, warn of | object
threaten | threatened, threatens | to
# "urged an "end to the violence"": with no "to" link, only a quoted object is the content ("urged restraint" is no claim)
urge | urge, urges, urged, urging | link=to object
# pleas: the one pleaded with and what they are to do are the content ("pleaded with the court to delay …")
plead | pleaded with, pleads with, pleading with, pled with | link=to
beg | begged, begs, begging | link=to
implore | implored, implores, imploring | link=to
appeal to | appealed to, appeals to, appealing to | link=to
instruct | instructed, instructs | link=to
call on | called on, calls on, calling on | link=to
demand | demanded | object
call for | called for, calls for, calling for | object
promise | promised, pledged, vowed, vows, pledges | thatless to
# advice with "that" and a subjunctive ("recommends that everyone get a booster"); without "that" it is
# an object ("recommended the book") and no claim
recommend | recommend, recommends, recommended, recommending
assure | assured | agent

# denial and objection
deny | deny, denies, denied, denying | thatless agent
dispute | dispute, disputes, disputed | agent
# a denial of a named claim: "rejected the notion that …" (the clause after the noun's "that"), "rejected the
# charges as "absurd"" (an object and its description); a bare "rejected that offer" is a determiner, no claim
reject | rejected, rejects, rejecting | link=as
refute | refuted, refutes, refuting | link=as
accuse | accuse, accuses, accused, accusing | link=of agent
complain | complain, complained, complains | thatless
protest | protested
object | objected
counter | countered
retort | retorted
reply | replied, replies
respond | responded
criticize | criticized, criticised, criticizes, criticises, criticizing, criticising | link=as

# questions and manner of speaking (quote-adjacent only in practice)
# "asked residents to report leaks": a request reports through its object, like "urged"
ask | asks, asked | link=to
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
