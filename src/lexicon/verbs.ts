import { table, wordSet } from './words.js';

// Verbs of saying, one form a line, with what each form does in a sentence:
//   reports      a verb of saying or writing that attribution looks for ("said", "told", "according")
//   clause       may introduce an indirect statement ("X said (that) …", "…, X noted")
//   speech-act   makes its subject a speaker even without a reported clause ("Mr Moeketsi further accused the chiefs")
//   inverts      may come before its subject ("said Lavrov"); after "told" comes the listener, not the speaker
//   object       takes its listener before the clause ("told reporters that …")
//   bare-clause  reports a clause without "that" ("said Moscow was …"); the others need it ("announced that …")
//   names        gives a thing a name, its subject the one who spoke ("It has labeled the conditions a “…”")
//   answers      answers what someone asked, its subject not the one who asked ('"…?" he asked. "…," she countered')
//   thought      tells a thought, which no one hears: words quoted in another's report of it are the teller's

export type VerbFlag = 'reports' | 'clause' | 'speech-act' | 'inverts' | 'object' | 'bare-clause' | 'names' | 'answers' | 'thought';
export const VERB_FLAGS: readonly VerbFlag[] = ['reports', 'clause', 'speech-act', 'inverts', 'object', 'bare-clause', 'names', 'answers', 'thought'];

const VERB_TABLE = `
said           reports clause speech-act inverts bare-clause
says           reports clause speech-act inverts bare-clause
say            reports
saying         reports clause bare-clause
told           reports clause speech-act object
tells          reports clause speech-act object
tell           reports
telling        reports
added          reports clause speech-act inverts bare-clause
adds           reports clause speech-act inverts bare-clause
adding         reports clause bare-clause
continued      reports speech-act inverts
continues      reports
continuing     reports
began          reports inverts
begins         reports
concluded      reports clause speech-act inverts
concludes      reports clause
conclude       reports clause
stated         reports clause speech-act inverts bare-clause
states         reports clause
stating        reports clause bare-clause
noted          reports clause speech-act inverts
notes          reports clause
noting         reports clause bare-clause
explained      reports clause speech-act inverts
explains       reports clause
explaining     reports clause
argued         reports clause speech-act inverts bare-clause
argues         reports clause bare-clause
arguing        reports clause bare-clause
insisted       reports clause speech-act inverts bare-clause
insists        reports clause bare-clause
insisting      reports clause bare-clause
warned         reports clause speech-act object
warns          reports clause object
warning        reports clause
asked          reports speech-act inverts
asks           reports speech-act inverts
asking         reports
replied        reports speech-act inverts answers
replies        reports speech-act answers
replying       reports
responded      reports speech-act inverts answers
responds       reports answers
answered       reports speech-act inverts answers
answers        reports answers
declared       reports clause speech-act
declares       reports
declaring      reports
announced      reports clause speech-act
announces      reports clause
announcing     reports
claimed        reports clause speech-act bare-clause
claims         reports clause bare-clause
claiming       reports clause bare-clause
acknowledged   reports clause speech-act bare-clause
acknowledges   reports clause
admitted       reports clause speech-act bare-clause
admits         reports clause
admitting      reports
conceded       reports clause speech-act
concedes       reports
suggested      reports clause bare-clause
suggests       reports clause bare-clause
suggesting     reports
wrote          reports clause speech-act inverts bare-clause
writes         reports clause speech-act inverts bare-clause
write          reports inverts
writing        reports
tweeted        reports speech-act
tweets         reports
posted         reports speech-act
posts          reports
recalled       reports clause speech-act inverts
recalls        reports clause
recalling      reports
remarked       reports speech-act inverts
remarks        reports
observed       reports speech-act inverts
observes       reports
predicted      reports clause bare-clause
predicts       reports clause bare-clause
promised       reports clause
promises       reports
pledged        reports
pledges        reports
vowed          reports clause
vows           reports
urged          reports clause speech-act bare-clause
urges          reports clause bare-clause
urging         reports
called         reports names
calls          reports names
calling        reports
described      reports names
describes      reports names
describing     reports
accused        reports speech-act
accuses        reports
accusing       reports
criticised     reports speech-act
criticized     reports speech-act
criticises     reports
criticizes     reports
blasted        reports speech-act
blasts         reports
slammed        reports speech-act
slams          reports
lambasted      reports speech-act
implored       reports speech-act
implores       reports
begged         reports speech-act
hailed         reports speech-act
hails          reports
praised        reports
praises        reports
denied         reports clause speech-act
denies         reports
denying        reports
confirmed      reports clause speech-act
confirms       reports clause
confirming     reports
reported       reports clause bare-clause
reports        reports
cautioned      reports clause
cautions       reports
emphasised     reports clause speech-act bare-clause
emphasized     reports clause speech-act bare-clause
emphasises     reports
emphasizes     reports
stressed       reports clause speech-act bare-clause
stresses       reports clause bare-clause
stressing      reports
highlighted    reports
highlights     reports
believes       reports clause bare-clause thought
believed       reports clause bare-clause thought
thinks         reports clause bare-clause thought
thought        reports thought
agreed         reports clause
agrees         reports
countered      reports answers
counters       reports answers
complained     reports clause speech-act
complains      reports
lamented       reports clause object
laments        reports clause object
boasted        reports
boasts         reports
bragged        reports speech-act
brags          reports
commented      reports clause speech-act inverts
comments       reports clause
quipped        reports speech-act
griped         reports speech-act
groused        reports speech-act
bemoaned       reports speech-act
ventured       reports speech-act
opined         reports speech-act
confided       reports speech-act
proclaimed     reports speech-act
texted         reports speech-act
emailed        reports speech-act
joked          reports speech-act
shouted        reports
screamed       reports
whispered      reports
testified      reports speech-act
testifies      reports
indicated      reports clause
indicates      reports
signalled      reports
signaled       reports
mused          reports
reiterated     reports clause speech-act bare-clause
reiterates     reports clause bare-clause
compared       reports clause
compares       reports clause
likened        reports clause
likens         reports clause
characterised  reports clause names
characterized  reports clause names
characterizes  reports clause names
characterises  reports clause names
alluded        reports speech-act
showed         reports clause
shows          reports clause
found          reports clause
finds          reports clause
clarified      reports clause
clarifies      reports clause
disclosed      reports clause
discloses      reports
revealed       reports clause
reveals        reports clause
alleged        reports clause speech-act
disputed       reports clause speech-act
spoke          reports speech-act
speaks         reports speech-act
expressed      reports clause speech-act
conveyed       reports clause speech-act
ruled          reports clause speech-act
disputes       reports clause
alleges        reports clause
asserted       reports clause speech-act inverts
insinuated     reports clause speech-act
insinuates     reports clause
asserts        reports clause
echoed         reports
echoes         reports
assured        reports clause object
assures        reports
reassured      reports
reminded       reports clause object
reminds        reports
estimated      reports clause bare-clause
estimates      reports
estimating     reports
forecast       reports
forecasts      reports
projected      reports
expects        reports clause bare-clause
expected       reports
hoped          reports clause bare-clause
hopes          reports clause bare-clause
feared         reports clause bare-clause
fears          reports clause bare-clause
pointed        reports speech-act
points         reports
decried        reports
decries        reports
condemned      reports speech-act
condemns       reports
welcomed       reports
welcomes       reports
dismissed      reports
dismisses      reports
rejected       reports
rejects        reports
labelled       reports names
labeled        reports names
branded        reports names
dubbed         reports names
termed         reports names
put            reports
puts           reports
according      reports inverts
reflects       reports
reflected      reports
reflecting     reports
shares         reports
shared         reports
recounts       reports
recounted      reports
identified     reports
identifies     reports
remembered     reports
remembers      reports
weighed        reports
chimed         reports
written        reports
summarized     reports
summarizes     reports
summarised     reports
summarises     reports
summarizing    reports
summarising    reports
suggest        reports
urge           reports
declare        reports
insist         reports
argue          reports
warn           reports
claim          reports
admit          reports
explain        reports
note           reports
add            reports
asserting      reports clause
maintained     reports clause
maintains      reports clause
contended      reports clause bare-clause
contends       reports clause bare-clause
demanded       reports speech-act
blamed         reports speech-act
informed       reports clause object
sniffed        reports speech-act
sniffs         reports
scoffed        reports speech-act
scoffs         reports
snapped        reports speech-act
snaps          reports
quips          reports
jokes          reports
retorted       reports speech-act answers
retorts        reports answers
exclaimed      reports speech-act
exclaims       reports
grumbled       reports speech-act
grumbles       reports
muttered       reports speech-act
mutters        reports
marveled       reports
marvelled      reports
marvels        reports
gushed         reports speech-act
gushes         reports
enthused       reports speech-act
enthuses       reports
sighed         reports speech-act
sighs          reports
laughed        reports speech-act
laughs         reports
chuckled       reports speech-act
chuckles       reports
articulated    reports clause speech-act
articulates    reports clause
boomed         reports speech-act
booms          reports
bellowed       reports speech-act
bellows        reports
thundered      reports speech-act
thunders       reports
yelled         reports speech-act
yells          reports
pleaded        reports speech-act
pleads         reports
fumed          reports speech-act
fumes          reports
wondered       reports speech-act
wonders        reports
reasoned       reports speech-act
beamed         reports speech-act
condemning     reports
praising       reports
lauded         reports
lauds          reports
lauding        reports
criticising    reports
criticizing    reports
citing         reports
dismissing     reports
denounced      reports
denounces      reports
denouncing     reports
blaming        reports
demanding      reports
pledging       reports
promising      reports
vowing         reports
acknowledging  reports
conceding      reports
complaining    reports
predicting     reports
emphasising    reports
emphasizing    reports
reiterating    reports
tweeting       reports
posting        reports
labelling      reports
labeling       reports
branding       reports
dubbing        reports
confessed      reports clause speech-act
confesses      reports clause
underscored    reports clause speech-act
underscores    reports clause
elaborated     reports speech-act
murmured       reports
reckoned       reports clause bare-clause
reckons        reports clause bare-clause
inquired       reports speech-act
enquired       reports speech-act
reminisced     reports speech-act
affirmed       reports clause speech-act
reaffirmed     reports clause speech-act
averred        reports clause
fretted        reports clause speech-act
frets          reports clause
interjected    reports speech-act
interrupted    reports speech-act
recollected    reports clause
`;

/** Each form with its flags. */
export const VERBS: ReadonlyMap<string, ReadonlySet<VerbFlag>> = new Map(
	table(VERB_TABLE, ' ').map(([form, flags]) => {
		const set = new Set(flags.split(' ').filter(Boolean) as VerbFlag[]);
		for (const flag of set) if (!VERB_FLAGS.includes(flag)) throw new Error(`verbs: unknown flag ${flag} of ${form}`);
		return [form, set];
	}),
);

const withFlag = (flag: VerbFlag): ReadonlySet<string> => new Set([...VERBS].filter(([, flags]) => flags.has(flag)).map(([form]) => form));

export const REPORTING_VERBS = withFlag('reports');
export const STATEMENT_VERBS = withFlag('clause');
export const SPEECH_ACTS = withFlag('speech-act');
export const INVERTIBLE = withFlag('inverts');
/**
 * Right after a quotation's closing mark, any finite verb of saying comes before its subject ('"…," sniffs Said
 * Shareef', '"…," warns Moazzam Khan'), except "tell", whose listener comes next ('"…," told reporters').
 */
const finite = (form: string, flags: ReadonlySet<VerbFlag>) => flags.has('reports') && !/^tel|^tol/.test(form) && /(?:ed|[^s]s)$/.test(form);
export const INVERTIBLE_AFTER_QUOTE: ReadonlySet<string> = new Set(
	[...VERBS].filter(([form, flags]) => flags.has('inverts') || finite(form, flags)).map(([form]) => form),
);
export const TAKES_OBJECT = withFlag('object');
export const BARE_CLAUSE = withFlag('bare-clause');
export const NAMING_VERBS = withFlag('names');
export const ANSWERING_VERBS = withFlag('answers');
export const THOUGHT_VERBS = withFlag('thought');

/** Verbs a document says its words with, of saying only after a document's noun: "the statement read", "one paragraph reads". */
export const DOCUMENT_VERBS = wordSet(`
read
reads
`);

/** Nouns for what someone said, which a speaker's possessive may own: "Pompeo's reference to … “…”". */
export const SPEECH_NOUNS = wordSet(`
reference
remarks
comments
words
claim
description
characterization
characterisation
warning
assessment
promise
pledge
vow
threat
appeal
hope
`);

/** What a statement is made in: "said in a statement", "during an interview". */
export const OCCASION_NOUNS = wordSet(`
statement
interview
speech
post
letter
briefing
address
conference
session
meeting
debate
hearing
message
email
e-mail
tweet
video
report
filing
note
memo
release
submission
broadcast
podcast
`);

/** Participles that go on the sentence after a verb of saying, not a reported clause ("said, adding that", "pointing to"). */
export const GOING_ON_PARTICIPLES = wordSet(`
adding
noting
saying
pointing
citing
referring
calling
urging
arguing
insisting
warning
stressing
highlighting
underscoring
describing
accusing
swiping
praising
criticising
criticizing
blaming
declining
refusing
`);

/** Verbs of gathering another's words into one piece: "TASS has compiled the diplomat’s key statements". */
export const COMPILING_VERBS = wordSet(`
compiled
gathered
collected
summarised
summarized
rounded up
`);

/** Nouns for a set of someone's sayings that a piece gathers ("the diplomat’s key statements"). */
export const STATEMENTS_NOUNS = wordSet(`
statements
remarks
quotes
theses
`);

/** Adjectives that rank a set of sayings ("key statements", "most important remarks"). */
export const SALIENT_ADJECTIVES = wordSet(`
key
main
principal
most important
`);
