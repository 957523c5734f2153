/**
 * English speaker words, one entry a line: the data behind en-speaker-words.ts. Word lists give one
 * lower-case matching key a line; records give `key | value` (an empty value after "|" is ""). Read by
 * parseLexicon / parseWordList (lexicon/parse-lexicon.ts).
 */

/** Subject pronouns and what they can refer to. */
export const EN_PRONOUNS_LEXICON = String.raw`
he | m
she | f
they | plural
it | thing
`;

/** Honorifics and titles written before a name; they stay inside the speaker name ("Sen. Elizabeth Warren"). Gender where the word gives it. */
export const EN_HONORIFICS_LEXICON = String.raw`
mr | m
mr. | m
sir | m
lord | m
king | m
prince | m
sheikh | m
father | m
brother | m
mrs | f
mrs. | f
ms | f
ms. | f
miss | f
madam | f
dame | f
lady | f
queen | f
princess | f
sister | f
dr |
prof |
sen |
rep |
gov |
lt |
col |
gen |
maj |
capt |
sgt |
adm |
cmdr |
brig |
rev |
hon |
pres |
supt |
insp |
amb |
atty |
fr |
president |
senator |
representative |
governor |
mayor |
judge |
justice |
pope |
chancellor |
premier |
secretary |
minister |
ambassador |
general |
colonel |
lieutenant |
commander |
admiral |
captain |
sergeant |
officer |
detective |
professor |
doctor |
chief |
director |
chairman | m
chairwoman | f
chair |
speaker |
deputy |
vice |
prime |
foreign |
defense |
defence |
interior |
finance |
health |
attorney |
state |
acting |
former |
rabbi |
imam |
bishop |
cardinal |
archbishop |
`;

/**
 * Nouns that name a role; a later "the minister"/"the spokeswoman" resolves to the earlier speaker
 * described with the same noun. Gender where the word gives it.
 */
export const EN_ROLE_NOUNS_LEXICON = String.raw`
spokesman | m
spokeswoman | f
spokesperson |
spokespeople |
chairman | m
chairwoman | f
chair |
congressman | m
congresswoman | f
businessman | m
businesswoman | f
councilman | m
councilwoman | f
assemblyman | m
assemblywoman | f
actor |
actress | f
king | m
queen | f
prince | m
princess | f
husband | m
wife | f
father | m
mother | f
son | m
daughter | f
brother | m
sister | f
man | m
woman | f
boy | m
girl | f
widow | f
minister |
president |
senator |
lawmaker |
legislator |
representative |
governor |
mayor |
official |
diplomat |
ambassador |
envoy |
secretary |
director |
chief |
executive |
ceo |
founder |
analyst |
expert |
economist |
researcher |
scientist |
professor |
doctor |
physician |
nurse |
lawyer |
attorney |
prosecutor |
judge |
commander |
general |
officer |
colonel |
captain |
sheriff |
chancellor |
premier |
leader |
head |
adviser |
advisor |
aide |
candidate |
activist |
witness |
resident |
owner |
manager |
coach |
player |
teacher |
student |
author |
historian |
strategist |
consultant |
negotiator |
mediator |
monitor |
correspondent |
commissioner |
inspector |
marshal |
mp |
member |
regulator |
banker |
investor |
trader |
farmer |
# public figures described by their trade ("the singer said", "the striker told reporters")
singer |
rapper |
musician |
artist |
star |
comedian |
presenter |
novelist |
writer |
poet |
designer |
engineer |
pilot |
striker |
midfielder |
defender |
goalkeeper |
footballer |
athlete |
boxer |
driver |
cyclist |
editor |
journalist |
producer |
# sources in wire and BBC copy: markets, local politics, emergency services, the street
chef |
dealer |
broker |
councillor |
councilor |
surgeon |
paramedic |
firefighter |
policeman | m
policewoman | f
detective |
constable |
superintendent |
sergeant |
soldier |
campaigner |
protester |
organiser |
organizer |
boss |
headteacher |
headmaster | m
headmistress | f
neighbour |
neighbor |
passenger |
fan |
commentator |
pundit |
columnist |
veteran |
survivor |
victim |
# "the Frenchman said", "the Briton told reporters": sports copy refers back by nationality nouns
# (EN_ATTRIBUTE_NOUNS below)
frenchman | m
englishman | m
welshman | m
irishman | m
scotsman | m
dutchman | m
spaniard |
briton |
scot |
# "the 45-year-old said": nounKey maps "45-year-old" to this key
year-old |
`;

/**
 * Role nouns that describe a person rather than their job: "the Frenchman", "the 45-year-old" may refer back
 * to someone already described by another role ("Arsenal manager Arsene Wenger").
 */
export const EN_ATTRIBUTE_NOUNS_LEXICON = String.raw`
frenchman
englishman
welshman
irishman
scotsman
dutchman
spaniard
briton
scot
year-old
`;

/** Organisation nouns that mean a business, and are organisation nouns too ("the company", "the lender"). */
export const EN_BUSINESS_NOUNS_LEXICON = String.raw`
company
firm
group
bank
airline
carrier
operator
retailer
automaker
carmaker
insurer
lender
maker
manufacturer
producer
supplier
developer
utility
# what business copy calls a company the second time ("the supermarket said", "the miner said")
supermarket
grocer
chain
brewer
miner
drugmaker
chipmaker
exporter
housebuilder
builder
publisher
# a record company or a film studio, the second time ("the label said", "the studio said")
label
studio
`;

/** Heads of organisation names: they speak too ("the ministry said"), and are never "he" or "she". */
export const EN_ORG_NOUNS_LEXICON = String.raw`
ministry
department
agency
government
organization
organisation
party
army
military
police
court
council
commission
committee
office
campaign
union
board
administration
embassy
university
hospital
network
newspaper
broadcaster
alliance
coalition
movement
authority
authorities
service
center
centre
institute
foundation
association
federation
team
club
league
regulator
watchdog
airport
district
city
county
house
kremlin
pentagon
corps
corp
inc
ltd
co
llc
plc
fund
programme
program
# last words of company names ("Kestrel Holdings", "Norvik Energy")
holdings
industries
partners
capital
systems
technologies
energy
oil
petroleum
motors
airways
airlines
pharma
pharmaceuticals
foods
enterprises
ventures
telecom
resources
mining
# entertainment companies ("Acme Records", "Northwind Productions", "Pinewood Studios")
records
productions
studios
pictures
entertainment
publishing
communications
# en-speaker-words.ts adds the business nouns (EN_BUSINESS_NOUNS_LEXICON) after these
`;

/** Heads of plural or unnamed sources ("officials said", "a source familiar with the matter said"). */
export const EN_GROUP_NOUNS_LEXICON = String.raw`
officials
sources
source
people
person
residents
witnesses
analysts
experts
economists
diplomats
lawmakers
legislators
authorities
police
investigators
prosecutors
critics
supporters
activists
organizers
organisers
scientists
researchers
doctors
medics
protesters
demonstrators
leaders
members
workers
employees
executives
spokespeople
aides
advisers
observers
studies
reports
# people by community, trade or situation: "indigenous elders say", "local fishermen said"
elders
villagers
locals
families
relatives
parents
teachers
students
farmers
fishermen
traders
bankers
investors
engineers
nurses
lawyers
campaigners
opponents
passengers
survivors
victims
soldiers
officers
rebels
militants
insiders
voters
shoppers
consumers
customers
owners
landlords
tenants
scholars
historians
academics
clerics
politicians
ministers
polls
surveys
# plurals nounKey cannot make singular, and market and street sources
men
women
children
dealers
brokers
fans
pupils
staff
troops
guards
neighbours
neighbors
onlookers
bystanders
commentators
councillors
spokesmen
spokeswomen
firefighters
paramedics
rescuers
mourners
`;

/** Documents whose "said" resolves to whoever issued them earlier ("the statement said"). */
export const EN_DOCUMENT_NOUNS_LEXICON = String.raw`
statement
report
letter
filing
document
memo
release
post
tweet
study
complaint
indictment
lawsuit
notice
communique
communiqué
announcement
message
# published numbers speak for whoever published them ("figures published by the university")
figures
data
statistics
estimates
`;

/** Subjects that "find" and "show" as a source does: studies, surveys, inquiries and published numbers. */
export const EN_FINDING_SOURCES_LEXICON = String.raw`
report
study
survey
poll
review
inquiry
audit
analysis
research
investigation
census
assessment
evaluation
trial
paper
figures
data
statistics
estimates
numbers
records
documents
# those who carry out a study: "Researchers at Oxford University found that …" (nounKey makes them singular)
researcher
researchers
scientist
scientists
team
investigator
auditor
inspector
`;

/** Participles between a document and its issuer: "figures published by the university", "a letter sent by …". */
export const EN_ISSUING_PARTICIPLES_LEXICON = String.raw`
published
released
issued
compiled
provided
produced
sent
signed
posted
filed
shared
`;

/**
 * Documents a party issues about itself, so that with no issuer named ("according to a news release",
 * "a statement said") they speak for the party that last spoke. Reports and studies are left out:
 * a bare "a report" is as often a third party's.
 */
export const EN_SELF_ISSUED_DOCUMENTS_LEXICON = String.raw`
statement
release
announcement
communique
communiqué
`;

/** Modifiers that leave a document bare: "a news release", "a brief written statement". */
export const EN_DOCUMENT_MODIFIERS_LEXICON = String.raw`
news
press
written
emailed
e-mailed
joint
brief
short
separate
later
earlier
new
official
formal
public
prepared
terse
`;

/** Listeners after "told": "told reporters", "told Reuters" — the channel, never the speaker. */
export const EN_AUDIENCE_NOUNS_LEXICON = String.raw`
# hearings and gatherings one testifies or speaks to ("told the inquest he was calm", "told a rally …")
inquest
tribunal
hearing
inquiry
summit
rally
gathering
meeting
assembly
session
forum
delegates
shareholders
investors
mourners
worshippers
congregation
attendees
students
reporters
journalists
lawmakers
parliament
congress
senators
members
supporters
jurors
jury
crowd
audience
viewers
listeners
readers
committee
panel
court
jury
judge
newspaper
paper
magazine
broadcaster
station
channel
network
agency
outlet
conference
briefing
interviewer
me
us
him
her
them
colleagues
staff
employees
investors
analysts
delegates
students
residents
voters
parliamentarians
police
officers
detectives
investigators
prosecutors
officials
doctors
mps
`;

/**
 * Words after the cue that open an adjunct, not the reported clause ("said on Tuesday that",
 * "said in a statement the…"). With a following "that" the adjunct is skipped whatever it holds.
 */
export const EN_ADJUNCT_PREPOSITIONS_LEXICON = String.raw`
on
in
at
during
after
before
late
early
earlier
later
last
this
yesterday
today
tonight
recently
previously
separately
also
again
then
via
through
over
from
while
when
publicly
privately
repeatedly
once
monday
tuesday
wednesday
thursday
friday
saturday
sunday
to
`;

/** Time words that may trail a subject or an adjunct ("Biden on Tuesday said"). */
export const EN_TIME_WORDS_LEXICON = String.raw`
monday
tuesday
wednesday
thursday
friday
saturday
sunday
today
yesterday
tonight
morning
afternoon
evening
night
week
month
year
weekend
day
january
february
march
april
may
june
july
august
september
october
november
december
# en-speaker-words.ts adds the month abbreviations (en-abbreviations.lexicon.ts) after these
`;

/** Words that open a sentence without being part of the subject ("But officials said"). */
export const EN_LEADING_FILLERS_LEXICON = String.raw`
but
and
or
so
yet
still
meanwhile
however
instead
later
earlier
separately
also
now
then
thus
indeed
moreover
furthermore
nonetheless
nevertheless
previously
since
as
while
though
although
because
when
if
`;

/** Words between subject and cue that belong to neither ("Smith also said", "she has repeatedly said"). */
export const EN_PRE_CUE_FILLERS_LEXICON = String.raw`
also
later
earlier
previously
then
has
have
had
again
once
repeatedly
publicly
privately
separately
recently
already
first
initially
further
reportedly
subsequently
flatly
strongly
firmly
quickly
immediately
simply
only
just
often
frequently
long
would
will
could
might
may
can
should
must
did
does
do
is
was
were
are
be
been
reportedly
# hedges and manner between the subject and the cue ("allegedly told", "angrily denied")
allegedly
apparently
purportedly
supposedly
angrily
openly
bluntly
sharply
quietly
# "has always maintained", "had consistently denied", "has publicly said": adverbs between the auxiliary and the cue
always
consistently
continually
constantly
persistently
openly
angrily
vehemently
categorically
emphatically
insistently
now
still
herself
himself
themselves
itself
`;

/** Words that, right before a cue, show it is not an attribution ("declined to say", "did not say"). */
export const EN_CUE_BLOCKERS_LEXICON = String.raw`
not
n't
never
to
declined
refused
without
who
which
`;

/**
 * Words before an infinitive cue that make it no attribution: refusal, intent, expectation, ability,
 * request ("declined to say", "wanted to say", "is expected to say", "asked him to say", "in order to say").
 */
export const EN_INFINITIVE_BLOCKERS_LEXICON = String.raw`
declined
refused
wanted
hoped
planned
expected
failed
hesitated
tried
attempted
seemed
appeared
asked
decided
intended
wished
chose
preferred
needed
used
forced
allowed
encouraged
invited
prepared
scheduled
set
due
going
able
unable
likely
unlikely
yet
order
want
wants
plans
declines
refuses
afraid
reluctant
ready
willing
unwilling
eager
free
cleared
meant
supposed
pressed
urged
`;

/** Nouns naming a speaker's stance: "reiterated the UK's position that …" reports the clause after "that". */
export const EN_STANCE_NOUNS_LEXICON = String.raw`
position
view
stance
belief
assessment
conclusion
contention
assertion
conviction
`;

/**
 * Nouns naming someone else's claim: after a verb of denial or dismissal ("denied the allegation that …",
 * "rejected the notion that …", "dismissed reports that …") the clause after "that" is what is disputed.
 */
export const EN_DISPUTED_NOUNS_LEXICON = String.raw`
claim
claims
notion
idea
suggestion
suggestions
allegation
allegations
accusation
accusations
report
reports
assertion
assertions
charge
charges
speculation
rumour
rumours
rumor
rumors
characterization
characterisation
`;

/** Determiners and possessives: a word after them is a noun ("the claims"), not a cue. */
export const EN_DETERMINERS_LEXICON = String.raw`
the
a
an
this
that
these
those
his
her
its
their
our
my
your
such
no
any
some
every
each
new
false
unfounded
recent
similar
other
another
one
two
three
four
five
several
many
most
few
both
all
`;

/** Auxiliaries and modals: their presence early in a that-less complement marks it as a clause. */
export const EN_FINITE_MARKERS_LEXICON = String.raw`
is
are
was
were
has
have
had
will
would
could
can
should
shall
must
may
might
did
does
do
won't
wouldn't
can't
couldn't
didn't
doesn't
don't
isn't
wasn't
aren't
weren't
hasn't
haven't
hadn't
shouldn't
needs
plans
wants
remains
intends
expects
hopes
`;

/** Male first names for EN_FIRST_NAMES: first names with a clear gender, for pronoun resolution when no honorific or role noun says it. */
export const EN_MALE_FIRST_NAMES_LEXICON = String.raw`
john
james
robert
michael
william
david
richard
joseph
thomas
charles
christopher
daniel
matthew
anthony
mark
donald
steven
paul
andrew
joshua
kenneth
kevin
brian
george
timothy
ronald
edward
jason
jeffrey
ryan
jacob
gary
nicholas
eric
jonathan
stephen
larry
justin
scott
brandon
benjamin
samuel
gregory
alexander
frank
patrick
raymond
jack
dennis
jerry
tyler
aaron
jose
adam
nathan
henry
douglas
zachary
peter
kyle
noah
ethan
jeremy
walter
christian
keith
roger
terry
austin
sean
gerald
carl
harold
dylan
arthur
lawrence
jordan
jesse
bryan
billy
bruce
gabriel
joe
logan
alan
juan
albert
willie
elijah
wayne
randy
vincent
mason
roy
ralph
bobby
russell
bradley
philip
eugene
tom
tim
mike
bill
jim
bob
chuck
ted
rick
nick
ben
sam
dan
matt
steve
chris
tony
greg
jeff
ahmed
mohammed
muhammad
mohamed
ali
omar
hassan
hussein
ibrahim
khalid
vladimir
sergei
sergey
dmitry
alexei
emmanuel
olaf
rishi
boris
keir
xi
narendra
recep
benjamin
volodymyr
antony
lloyd
jake
mitch
chuck
kevin
pedro
carlos
luis
miguel
jorge
francois
pierre
hans
klaus
giorgio
`;

/** Female first names for EN_FIRST_NAMES: first names with a clear gender, for pronoun resolution when no honorific or role noun says it. */
export const EN_FEMALE_FIRST_NAMES_LEXICON = String.raw`
mary
patricia
jennifer
linda
elizabeth
barbara
susan
jessica
sarah
karen
lisa
nancy
betty
margaret
sandra
ashley
kimberly
emily
donna
michelle
carol
amanda
dorothy
melissa
deborah
stephanie
rebecca
sharon
laura
cynthia
kathleen
amy
angela
shirley
anna
brenda
pamela
emma
nicole
helen
samantha
katherine
christine
debra
rachel
carolyn
janet
catherine
maria
heather
diane
ruth
julie
olivia
joyce
virginia
victoria
kelly
lauren
christina
joan
evelyn
judith
megan
andrea
cheryl
hannah
jacqueline
martha
gloria
teresa
ann
sara
madison
frances
kathryn
janice
jean
abigail
alice
julia
judy
sophia
grace
denise
amber
doris
marilyn
danielle
beverly
isabella
theresa
diana
natalie
brittany
charlotte
marie
kayla
alexis
lori
jane
kate
kamala
hillary
nancy
ursula
angela
theresa
liz
jacinda
giorgia
fatima
aisha
layla
mariam
maryam
yulia
olga
natalia
svetlana
anne
claire
sophie
ana
carmen
lucia
ingrid
greta
annalena
kristalina
christine
janet
karine
jen
gina
marjorie
alexandria
elise
nikki
kristi
gretchen
jill
`;

/** Nouns that end an adjunct after the cue ("said in a statement", "told reporters at a news conference"). */
export const EN_ADJUNCT_HEADS_LEXICON = String.raw`
statement
statements
interview
conference
briefing
speech
address
post
posts
tweet
call
hearing
meeting
release
letter
email
e-mail
message
remarks
session
event
rally
summit
forum
appearance
broadcast
podcast
video
filing
testimony
media
website
x
twitter
facebook
instagram
telegram
truth
social
platform
network
television
radio
tv
phone
telephone
visit
trip
ceremony
parliament
congress
court
chamber
senate
house
podium
reporters
journalists
`;

/** Phrases after "according to" that are not sources ("according to plan"). */
export const EN_NOT_SOURCES_LEXICON = String.raw`
plan
plans
schedule
tradition
custom
form
protocol
script
`;

/** Irregular past tenses: with the auxiliaries they mark a that-less complement as a clause ("denied he knew"). */
export const EN_IRREGULAR_PAST_LEXICON = String.raw`
sent
made
took
gave
came
went
found
thought
knew
got
held
left
kept
lost
paid
met
ran
saw
told
won
began
fell
rose
grew
led
brought
bought
built
spent
understood
stood
struck
meant
felt
said
sold
broke
chose
drove
ate
flew
forgot
hid
hit
hurt
let
put
set
shut
cut
cost
read
sat
slept
spoke
stole
swore
taught
threw
wore
wrote
became
did
sank
sang
swam
fought
caught
sought
wept
fled
fed
shot
spread
hung
dug
woke
bent
lent
dealt
burnt
rode
shook
froze
stuck
drew
blew
beat
slid
lit
withdrew
overtook
undertook
arose
bore
tore
forgave
foresaw
overcame
sped
sprang
stung
swung
bound
ground
dove
strove
upheld
withheld
mistook
misled
outgrew
rebuilt
`;

/** Fixed objects of "say": "said nothing", "said a prayer" — no reported clause follows. */
export const EN_SAY_OBJECTS_LEXICON = String.raw`
nothing
something
anything
little
much
so
yes
no
goodbye
hello
sorry
thanks
grace
prayers
same
following
otherwise
more
less
too
only
why
what
how
whether
if
when
where
who
which
`;

/** Words that open a subordinate clause after an attribution ("…, officials said, as winds rose"). */
export const EN_SUBORDINATORS_LEXICON = String.raw`
as
while
after
before
because
since
although
though
who
which
where
when
but
and
with
without
amid
despite
citing
asking
speaking
adding
saying
`;

/** Words that open a sentence with a subordinate clause ("Although …, ", "When President X arrived, she said …"). */
export const EN_FRONTED_SUBORDINATORS_LEXICON = String.raw`
although
though
while
whereas
when
as
because
since
if
after
before
once
until
unless
`;

/**
 * Words that make a capitalised run a place or a storm, not a person, when they open it ("San Jose",
 * "St. Louis", "Hurricane Maria") or close it ("Jackson County", "Baker Street"); a given name inside
 * such a run ("Jose", "Maria") says nothing about a gender.
 */
export const EN_PLACE_OPENERS_LEXICON = String.raw`
san
santa
santo
sao
são
st
st.
saint
ste.
fort
ft.
lake
mount
mt.
port
cape
los
las
el
new
north
south
east
west
upper
lower
hurricane
storm
typhoon
cyclone
tropical
camp
glen
palm
`;

/** Words that close a place name ("Jackson County", "Baker Street"): see EN_PLACE_OPENERS_LEXICON. */
export const EN_PLACE_CLOSERS_LEXICON = String.raw`
city
county
town
village
street
st.
road
rd.
avenue
ave.
boulevard
blvd.
lane
square
park
river
lake
bay
beach
island
islands
valley
hills
heights
springs
falls
harbor
harbour
airport
station
bridge
hall
center
centre
stadium
arena
`;

/** Verbs that accuse someone by name ("accused X of", "blamed X for", "sued X over"), every form written out. */
export const EN_ACCUSING_VERBS_LEXICON = String.raw`
accused
accusing
accuses
accuse
blamed
blaming
blames
sued
suing
sues
`;

/** Verbs that deny an accusation ("denied the allegations", "rejected the charges"), every form written out. */
export const EN_DENYING_VERBS_LEXICON = String.raw`
denied
denies
deny
rejected
rejects
dismissed
dismisses
refuted
disputed
disputes
`;

/** What a denial can deny when it answers an accusation: "denied the allegations", "rejected the charge". */
export const EN_ALLEGATION_NOUNS_LEXICON = String.raw`
allegation
allegations
accusation
accusations
claim
claims
charge
charges
`;

/**
 * Words right before "a/an (modifier) statement" that make its subject the document's issuer: "issued a
 * statement", "sent a letter", "filed a lawsuit", "put out a release" ("out", its verb the word before).
 */
export const EN_DOCUMENT_ISSUING_VERBS_LEXICON = String.raw`
issued
issues
released
releases
published
posted
posts
shared
sent
out
made
filed
wrote
`;

/** Words that open a quantity without a digit ("said nearly two dozen boats sank"): an approximation before a number. */
export const EN_APPROXIMATORS_LEXICON = String.raw`
nearly
almost
about
around
roughly
some
over
under
approximately
just
only
`;

/** Number words and vague quantities that can head a that-less clause's subject ("said thousands of people fled"). */
export const EN_QUANTITY_WORDS_LEXICON = String.raw`
two
three
four
five
six
seven
eight
nine
ten
dozens
hundreds
thousands
millions
half
most
many
several
`;

/**
 * Units after a number that make it a measure of a rise or a fall ("added 2 percent", "added 15 points",
 * "added 40 cents"): after "add" such a quantity is what was added, not a reported clause's subject.
 */
export const EN_MEASURE_UNITS_LEXICON = String.raw`
percent
per
percentage
point
points
cent
cents
pence
basis
`;

/**
 * Nouns for a transaction or an act, never a source: a short phrase headed by one of them ("a deal
 * announced Monday", "the move, announced last week") is what was announced, not who spoke. Documents
 * that can speak ("the agreement states", "the plan says", "the ruling said") are left out. Singular forms;
 * plurals are matched through the noun key.
 */
export const EN_ACT_NOUNS_LEXICON = String.raw`
deal
merger
acquisition
takeover
buyout
sale
purchase
transaction
investment
move
step
cut
hike
increase
launch
closure
layoff
shake-up
`;
