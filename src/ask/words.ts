// Word lists for reading questions, each defined once, one entry per line where it is a table.

/** Chat spellings and abbreviations, and what they stand for. */
export const CHAT_WORDS: Record<string, string> = {
	wat: 'what',
	wht: 'what',
	whats: 'what is',
	"what's": 'what is',
	"who's": 'who is',
	"where's": 'where is',
	"when's": 'when is',
	"how's": 'how is',
	wats: 'what is',
	whos: 'who is',
	wheres: 'where is',
	hows: 'how is',
	whens: 'when is',
	wen: 'when',
	y: 'why',
	hw: 'how',
	abt: 'about',
	bout: 'about',
	re: 'about',
	regarding: 'about',
	u: 'you',
	r: 'are',
	ppl: 'people',
	govt: 'government',
	gov: 'government',
	pm: 'prime minister',
	fm: 'foreign minister',
	pres: 'president',
	w: 'with',
	pls: '',
	plz: '',
	please: '',
	tho: '',
	didnt: 'did not',
	doesnt: 'does not',
	isnt: 'is not',
};

/** Words that carry no subject of their own in a question. */
export const QUESTION_STOP_WORDS = new Set(
	`a an the and or but of to in on at by for from with about into over after before than as is are was were be been being am
	do does did done has have had having will would shall should can could may might must what which who whom whose when where
	why how that this these those there here it its it's he she they them his her their him we our you your i me my anything
	something any some all just only also ever yet still any much many more most very really tell told say said says saying
	know think thing things happen happened happening going get got me go goes went give gave given make made take took
	put each since up`.split(/\s+/).filter(Boolean),
);

/** Words that mark a question about meetings, calls and visits. */
export const MEETING_WORDS = new Set(
	`meet meets met meeting meetings visit visits visited visiting call calls called phone phoned phoning talks summit
	summits lunch luncheon dinner host hosts hosted hosting welcome welcomed welcomes land lands landed travel
	travels travelled traveled speak spoke spoken talk talked`.split(/\s+/).filter(Boolean),
);

/** Verbs of speaking: "what did X <verb> (about Y)". */
export const SAYING_VERBS =
	'say|said|says|think|thinks|tell|told|comment|comments|respond|reply|write|wrote|claim|claims|mean|speak|talk|compare|describe|argue|warn|add|' +
	'announce|promise';

/** Nouns for what someone said: "lavrov's comments on trade". */
export const SAYING_NOUNS = 'quotes?|comments?|remarks?|views?|take|position|stance|statements?|words|thoughts|opinion';

/** Words that name a role or title: a phrase holding one names a person by office ("the finance minister"). */
export const ROLE_WORDS = new Set(
	`minister president leader spokesman spokeswoman spokesperson chief commissioner secretary director editor manager
	adviser advisor ambassador chairman chair premier governor mayor economist expert head mec general admiral commander
	founder ceo king queen chancellor senator lawmaker mp envoy prosecutor judge officer official analyst`.split(/\s+/).filter(Boolean),
);

/** What a country's adjective names: "china's leader" and "the chinese leader" are the same title. */
export const DEMONYMS: Record<string, string> = {
	american: 'united states',
	british: 'britain',
	canadian: 'canada',
	chinese: 'china',
	french: 'france',
	german: 'germany',
	indian: 'india',
	irish: 'ireland',
	israeli: 'israel',
	japanese: 'japan',
	korean: 'korea',
	malaysian: 'malaysia',
	pakistani: 'pakistan',
	palestinian: 'palestine',
	russian: 'russia',
	swedish: 'sweden',
	tunisian: 'tunisia',
	ukrainian: 'ukraine',
	australian: 'australia',
	iranian: 'iran',
	sudanese: 'sudan',
	tanzanian: 'tanzania',
};

/** Words that say the same thing in a question and in an article. */
export const SYNONYMS: Record<string, string[]> = {
	died: ['killed', 'dead', 'death', 'deaths', 'fatalities'],
	die: ['killed', 'dead', 'death', 'deaths', 'fatalities'],
	killed: ['died', 'dead', 'death'],
	jobless: ['unemployment'],
	unemployment: ['jobless'],
	cost: ['price', 'paid', 'costs'],
	paid: ['cost', 'pay', 'funded', 'covered'],
	pay: ['paid', 'cost', 'funded', 'covered'],
	old: ['aged', 'year-old'],
	jail: ['jails', 'prison'],
	us: ['united states', 'u.s.', 'america', 'washington'],
	usa: ['united states', 'u.s.', 'america'],
	uk: ['britain', 'u.k.', 'united kingdom'],
	un: ['u.n.', 'united nations'],
	eu: ['european union'],
	ceasefire: ['cease-fire'],
	// "Interest rates" as economic coverage words a central bank's decision: "raising rates", "rate hikes".
	interest: [
		'rate hike',
		'rate hikes',
		'rate cut',
		'rate cuts',
		'raising rates',
		'raise rates',
		'hike rates',
		'cut rates',
		'cutting rates',
		'lower rates',
		'lowering rates',
	],
	lunch: ['luncheon'],
	// Kin: someone asked about as "her father" is the one whose daughter the article calls her ("said his daughter Linda Wu").
	father: ['dad', 'his daughter', 'his son'],
	mother: ['mom', 'mum', 'her daughter', 'her son'],
	parents: ['their daughter', 'their son'],
	husband: ['his wife'],
	wife: ['her husband'],
	son: ['his father', 'her father', 'his mother', 'her mother'],
	daughter: ['his father', 'her father', 'his mother', 'her mother'],
	go: ['visit', 'trip', 'travel'],
	went: ['visit', 'trip', 'travel'],
	separate: ['different', 'distinct'],
	different: ['separate', 'distinct'],
};

/** Past forms that no suffix rule reaches: "sent" is "send". */
export const IRREGULAR: Record<string, string> = {
	sent: 'send',
	sold: 'sell',
	bought: 'buy',
	paid: 'pay',
	spent: 'spend',
	met: 'meet',
	told: 'tell',
	said: 'say',
	held: 'hold',
	won: 'win',
	lost: 'lose',
	left: 'leave',
	kept: 'keep',
	found: 'find',
	began: 'begin',
	brought: 'bring',
	thought: 'think',
	fought: 'fight',
	fell: 'fall',
	rose: 'rise',
	grew: 'grow',
	knew: 'know',
	wrote: 'write',
	spoke: 'speak',
	chose: 'choose',
	struck: 'strike',
	shot: 'shoot',
	fled: 'flee',
	led: 'lead',
	cut: 'cut',
	hit: 'hit',
	died: 'die',
	dead: 'die',
	death: 'die',
	deaths: 'die',
};

/** Pronouns that stand for something said before: a quote holding one may take its subject from the paragraph before. */
export const REFERS_BACK = /\b(?:it|this|these|those)\b/i;

/** Words that give a reason: a "why" question prefers passages holding one. */
export const CAUSAL_WORDS = new RegExp(
	String.raw`\b(?:because|due to|owing to|driven by|caused by|as a result|in order to|so that|aimed at|to meet|in return|after|since|reason|in support of|` +
		String.raw`in retaliation|lack of|meant to|preparation for|prepare for|to prepare)\b`,
	'i',
);

/** Words that date or place something: a "when" or "where" question prefers passages holding one. */
export const WHEN_WORDS = new RegExp(
	String.raw`\b(?:january|february|march|april|may|june|july|august|september|october|november|december|` +
		String.raw`jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|` +
		String.raw`yesterday|today|tomorrow|(?:19|20)\d\d|in [A-Z]\w+)\b`,
);
