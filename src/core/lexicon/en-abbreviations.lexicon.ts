/**
 * English abbreviations whose full stop does not end a sentence, one a line, matched lower-case without
 * their last dot ("Sen." → sen, "U.S." → u.s). Titles and honorifics come first because they precede
 * names: "Sen. Warren said" is one sentence. Read by parseLexicon (lexicon/parse-lexicon.ts).
 *
 * Flags (second field):
 *   month   a month as news abbreviates it ("Jan.", "Sept."): a time word too (en-speaker-words.ts)
 *   final   also a word or a name ending, so it often ends a sentence ("voted no.", "Acme Inc.", "Tom
 *           Hale Jr."): before a word that opens a sentence (EN_SENTENCE_OPENERS_LEXICON) its stop ends it
 */
export const EN_ABBREVIATIONS_LEXICON = String.raw`
# honorifics and titles
mr
mrs
ms
dr
prof
sen
rep
gov
lt
col
gen
maj
capt
cpt
sgt
adm
cmdr
brig
rev
fr
sr     | final
jr     | final
st
hon
pres
supt
insp
amb
atty
# organisations and places
inc    | final
corp   | final
co     | final
ltd    | final
dept
univ
assn
mt
ft
ave
blvd
# months and dates
jan    | month
feb    | month
mar    | month
apr    | month
jun    | month
jul    | month
aug    | month
sep    | month
sept   | month
oct    | month
nov    | month
dec    | month
# latin and reference
vs
etc    | final
e.g
i.e
approx
no     | final
nos
vol
p
pp
fig
est
a.m
p.m
# countries written with dots ("U.S." ends a sentence only before a capitalised new sentence; see text/sentences.ts)
u.s
u.k
u.n
e.u
`;

/** Words that open a new sentence after a "final" abbreviation (as after "U.S." in text/sentences.ts), as written. */
export const EN_SENTENCE_OPENERS_LEXICON = String.raw`
The
He
She
It
They
We
I
But
In
A
An
On
This
That
His
Her
Its
Their
`;
