// Word lists of contact events in English news: what a meeting is called, who may hold one, and the words that set
// its time. One entry per line; the rules in src/extract/events/ build their patterns from these lists.

import { wordSet } from './words.js';

/** Legislatures one speaks before ("In Parliament yesterday, Anwar explained"). */
export const LEGISLATURES = wordSet(`
parliament
senate
congress
national assembly
house of commons
house of representatives
knesset
duma
bundestag
dewan rakyat
lok sabha
rajya sabha
Diet
`);

/** Verbs of signing an agreement, each form ("signed seven agreements", "inks a deal"). */
export const SIGNING_VERBS = wordSet(`
signed
signs
sign
signing
inked
inks
ink
`);

/** Verbs of a visit paid, each form ("visited Beijing", "tours the region"). */
export const VISITING_VERBS = wordSet(`
visited
visits
visit
visiting
toured
tours
`);

/** Verbs of travel to a place ("travelled to Kyiv", "flew to Paris", "heads to Moscow"). */
export const TRAVEL_VERBS = wordSet(`
travelled
traveled
travels
travel
travelling
traveling
flew
flies
fly
heads
headed
head
`);

/**
 * Travel on the way to somewhere, told of a trip to a gathering ("heading to Brussels for the summit"), but no visit
 * of its own ("arrive in Geneva … before heading to Oman's mission").
 */
export const ON_THE_WAY_VERBS = wordSet(`
heading
flying
`);

/** Verbs of going, each form ("went to Seoul"). */
export const GOING_VERBS = wordSet(`
went
goes
go
`);

/** Verbs of a call paid in passing, each form, said with "by" ("stopped by the embassy"). */
export const CALLING_BY_VERBS = wordSet(`
stopped
stops
stop
dropped
drops
drop
`);

/** Verbs of arrival, each form, said with "in" ("arrived in Hanoi", "landed in Tokyo"). */
export const ARRIVING_VERBS = wordSet(`
arrived
arrives
arrive
arriving
lands
landed
land
landing
`);

/** Verbs of inviting, each form ("invited the president to come", "invites her to attend"). */
export const INVITING_VERBS = wordSet(`
invited
invites
inviting
`);

/** Verbs of a go-between, who sets up a meeting of others ("brokered a meeting with Peña Nieto"), not a party to it. */
export const BROKER_VERBS = wordSet(`
brokered
brokers
broker
brokering
arranged
arranges
arrange
arranging
facilitated
facilitates
facilitate
mediated
mediates
organised
organized
`);

/** Verbs of who convenes a gathering, before "by" ("a meeting of the National Security Council called by …"). */
export const CONVENING_VERBS = wordSet(`
called
convened
chaired
hosted
organised
organized
`);

/** Adverbs that follow "met" without being the party met ("met again", "met privately"). */
export const NOT_PARTY_ADVERBS = wordSet(`
again
later
soon
often
once
twice
together
today
tomorrow
tonight
yesterday
there
here
regularly
frequently
privately
briefly
separately
jointly
directly
personally
publicly
secretly
recently
previously
virtually
within
next
this
on
in
at
for
during
after
before
over
`);

/** Reporting verbs after a name that make it the teller of the event rather than a party ("…, Wi said"). */
export const TELLING_VERBS = wordSet(`
said
says
told
tells
added
noted
explained
stated
announced
confirmed
reported
reports
wrote
replied
responded
answered
insisted
argued
stressed
`);

/** Verbs that show someone spoke before a legislature, making their presence there a meeting with it. */
export const SPEAKING_VERBS = wordSet(`
said
says
told
explained
argued
announced
tabled
presented
delivered
addressed
testified
spoke
asked
answered
insisted
warned
defended
`);

/** Words of a clause that put its event in the future. */
export const FUTURE_MARKERS = wordSet(`
will
'll
’ll
shall
is to
are to
plans to
plan to
planning to
planned
intends to
intend to
is expected
are expected
expected to
scheduled
is due
are due
is set to
are set to
upcoming
forthcoming
going to
would travel
would visit
next week
next month
next year
later on
later today
later tonight
later this
is headed
are headed
is heading
are heading
was due
were due
was expected to
were expected to
was scheduled
was set to
was to be
were to be
`);

/** Words of wish or possibility before an event word: the event is sought, not held ("called for a meeting with"). */
export const INTENT_WORDS = wordSet(`
have yet to
has yet to
could
may
might
wants to
want to
wanted to
hopes to
hope to
desire to
called for
calls for
proposed
offered to
an offer
offer by
as soon as
hoping to
willing to
ready to
open to
would like to
sought
seeks
seeking
requested
request for
asked for
pushing for
push for
`);

/** Words that call an event off. */
export const CANCELLED_WORDS = wordSet(`
canceled
cancelled
cancels
cancel
called off
calls off
call off
postponed
postpones
scrapped
suspended
suspend
`);

/** Words that say an event is going on as the story is written. */
export const UNDER_WAY_WORDS = wordSet(`
underway
under way
ongoing
in progress
is holding
are holding
was holding
were holding
are meeting
were meeting
is taking place
was taking place
is on a
is on an
are on a
is on his
is on her
are on their
is making a
is making an
are making a
is paying a
is paying an
are paying a
`);

/** Words that set a sentence at another time than the sentence before it ("two months after Xi made his first trip"). */
export const OTHER_TIME_WORDS = wordSet(`
after
before
since
ago
previously
earlier
recent
recently
formerly
once
first
months
years
decades
spring
summer
autumn
winter
`);

/**
 * Nouns that a name may qualify without acting itself: "Kremlin aide Yuri Ushakov told …", "Some U.S. reporters were
 * excluded from the meeting", "The earlier KCNA report announcing … talks", "the Lee administration". No word that is
 * also a verb after a subject ("plan", "head", "report"s).
 */
export const QUALIFIED_NOUNS = wordSet(`
aide
aides
spokesman
spokeswoman
spokesperson
envoy
envoys
ambassador
diplomats
negotiators
minister
ministry
president
leader
leaders
premier
chancellor
counterpart
counterparts
forces
troops
military
report
statement
adviser
advisers
advisor
advisors
reporter
reporters
journalist
journalists
correspondent
correspondents
press
media
news
newspaper
newspapers
broadcaster
television
radio
agency
citizens
residents
voters
supporters
critics
lawmakers
officials
administration
government
campaign
team
delegation
camp
`);

/** Members of a legislature told something as a group ("assured lawmakers", "told his caucus"). */
export const LEGISLATORS = wordSet(`
lawmakers
legislators
senators
caucus
congressmen
MPs
`);

/** Groups met beside the people named ("met Modi and senior officials"), in the plural. */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
	...wordSet(`
officials
leaders
ministers
executives
members
diplomats
delegates
representatives
aides
advisers
advisors
staff
staffers
officers
`),
	...LEGISLATORS,
]);

/** Things one meets that are no one: "meet those needs", "met the deadline", "meets our standards". */
export const THINGS_MET = wordSet(`
need
needs
demand
demands
requirement
requirements
goal
goals
target
targets
standard
standards
expectation
expectations
deadline
deadlines
criteria
obligation
obligations
cost
costs
challenge
challenges
threshold
quota
end
ends
`);

/** People a trip goes to see without naming them: "visiting U.S. troops at Fort Bragg", "a condolence visit to the families". */
export const VISITED_GROUPS = wordSet(`
troops
soldiers
families
victims
survivors
workers
employees
students
patients
residents
refugees
veterans
`);

/** Topics that take "with" themselves, so that "discussed the war with Russia" is no talks with Russia. */
export const WITH_TOPICS = wordSet(`
war
wars
ties
relations
cooperation
trade
deal
deals
agreement
conflict
dispute
disputes
talks
`);

/** The people states send to meet ("U.S. and Chinese officials met"). */
export const DELEGATION_NOUNS = wordSet(`
officials
delegations
delegates
teams
diplomats
`);

/** Light verbs that hold talks or a meeting: "held talks with", "had a discussion with". */
export const HOLDING_VERBS = wordSet(`
held
holds
hold
holding
had
has
have
`);

/** Other verbs one holds talks with, as a party to them: "conducted talks with", "carried on negotiations with". */
export const CONDUCTING_VERBS = wordSet(`
conduct
conducts
conducted
conducting
carry on
carries on
carried on
carrying on
`);

/** Verbs that set talks going, whose subjects talked: "began talks", "resumed discussions". */
export const OPENING_VERBS = wordSet(`
began
begin
begins
opened
resumed
resume
resumes
started
`);

/** Meals shared as a meeting: "had lunch with", "hosted a state banquet for". */
export const MEAL_NOUNS = wordSet(`
breakfast
lunch
luncheon
dinner
banquet
`);

/** Verbs of staying away from an event on purpose: "boycotted the Commonwealth summit", "snubbed the talks". */
export const BOYCOTT_VERBS = wordSet(`
boycotted
boycotts
boycotting
skipped
skips
snubbed
snubs
shunned
shuns
`);

/** Verbs of keeping someone from an event, before "from": "is blocking the CDC Director from testifying". */
export const PREVENTING_VERBS = wordSet(`
blocked
blocking
blocks
barred
barring
bars
prevented
preventing
prevents
kept
keeping
`);

/** Nouns of what one wants to do, after "his" or "her": "reiterated his desire to meet Putin". */
export const WISH_NOUNS = wordSet(`
desire
wish
willingness
readiness
intention
plan
plans
hope
hopes
offer
proposal
request
`);

/** Verbs of what a call is for, after "to": "called Trump on Tuesday to congratulate him". */
export const CALL_PURPOSE_VERBS = wordSet(`
discuss
congratulate
express
offer
convey
thank
urge
brief
wish
say
tell
ask
`);

/** Whom a state sends to a gathering it does not attend itself ("will not send delegates to the meeting of"). */
export const SENT_TO_GATHERINGS = wordSet(`
delegates
a delegation
representatives
envoys
`);

/** The last word of a body one addresses by name ("addressed the UN General Assembly", "a speech to Congress"). */
export const ADDRESSED_BODY_ENDS = wordSet(`
assembly
congress
parliament
senate
council
union
conference
convention
summit
forum
`);

/** A gathering one addresses ("addressed the delegates"). */
export const AUDIENCE_NOUNS = wordSet(`
delegates
crowd
audience
gathering
convention
lawmakers
legislators
parliament
congress
`);

/** Verbs of a wish only, right before "to" and the event word: "yearn to visit". */
export const WISH_VERBS = wordSet(`
yearn
yearns
yearned
longed
dream
dreams
dreamed
`);

/** Verbs of a request, before "to" and the event word, with whom it asks between: "asked to meet", "requested the vessels to visit". */
export const REQUEST_VERBS = wordSet(`
ask
asks
asked
asking
request
requests
requested
requesting
beg
begs
begged
begging
`);

/** Words that may follow a venue's noun and end its name: a preposition, a conjunction, a time word ("in his office on Monday"). */
export const AFTER_VENUE_WORDS = wordSet(`
with
in
on
at
near
and
to
for
of
where
when
before
after
during
as
by
from
this
last
next
today
earlier
later
`);

/** Function words, none of which is part of a role before a name ("visited security guard Guy Hooper"). */
export const NOT_ROLE_WORDS = wordSet(`
the
a
an
his
her
its
their
this
that
with
to
in
on
at
for
by
of
from
and
`);

/** Verbs that end an event named after them ("will wrap up his four-day visit on Sunday"), so its day is its last. */
export const ENDING_VERBS = wordSet(`
end
ends
ended
ending
conclude
concludes
concluded
concluding
wrap
wraps
wrapped
wrapping
`);
