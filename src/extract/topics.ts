import { allMatches, escapeRegExp } from '../text/matches.js';
import { normalize } from '../text/normalize.js';

// Topics are families of words. A sentence is about a topic when it uses one of its words, inflected or not
// ("sanction" covers "sanctions" and "sanctioned", but "war" does not cover "warned" or "ward").

export const TOPIC_WORDS: Record<string, string[]> = {
	trade: ['trade', 'trading', 'export', 'import', 'tariff', 'commerce', 'commercial', 'goods', 'supply chain', 'economic ties', 'business', 'market access'],
	sanctions: ['sanction', 'embargo', 'blacklist', 'trade restriction', 'export control', 'asset freeze'],
	war: [
		'war',
		'invasion',
		'invade',
		'troop',
		'conflict',
		'ceasefire',
		'cease-fire',
		'offensive',
		'battle',
		'frontline',
		'front line',
		'shelling',
		'airstrike',
		'air strike',
		'fighting',
		'combat',
	],
	security: [
		'security',
		'alliance',
		'nato',
		'threat',
		'terrorism',
		'terrorist',
		'intelligence',
		'surveillance',
		'espionage',
		'counter-terrorism',
		'national security',
		'defence',
		'defense',
	],
	diplomacy: [
		'diplomacy',
		'diplomat',
		'diplomatic',
		'talks',
		'meeting',
		'met',
		'visit',
		'summit',
		'envoy',
		'foreign minister',
		'foreign ministry',
		'relations',
		'partnership',
		'ties',
		'negotiation',
		'negotiate',
		'negotiator',
		'treaty',
		'joint statement',
		'ambassador',
		'embassy',
		'bilateral',
		'mediator',
	],
	energy: ['oil', 'gas', 'energy', 'pipeline', 'nuclear power', 'electricity', 'solar', 'fuel', 'coal', 'renewable', 'power grid'],
	military: ['military', 'weapon', 'arms', 'army', 'soldier', 'missile', 'defense industry', 'defence industry', 'navy', 'drone', 'warship', 'ammunition'],
	economy: [
		'economy',
		'economic',
		'gdp',
		'growth',
		'inflation',
		'jobs',
		'unemployment',
		'interest rate',
		'recession',
		'finance',
		'financial',
		'bank',
		'investment',
		'budget',
		'debt',
		'labour market',
		'labor market',
		'wage',
		'price',
	],
	politics: [
		'election',
		'vote',
		'voter',
		'parliament',
		'party',
		'campaign',
		'opposition',
		'government',
		'president',
		'prime minister',
		'candidate',
		'poll',
		'referendum',
		'coup',
		'cabinet',
	],
	technology: [
		'technology',
		'technological',
		'computing',
		'digital',
		'internet',
		'artificial intelligence',
		'cyber',
		'software',
		'social media',
		'semiconductor',
		'chip',
	],
	'human rights': [
		'human rights',
		'free speech',
		'freedom of',
		'censorship',
		'discrimination',
		'protest',
		'dictator',
		'authoritarian',
		'persecution',
		'abuse',
		'civil society',
		'press freedom',
		'democracy',
	],
	climate: ['climate', 'emission', 'carbon', 'global warming', 'weather', 'storm', 'flood', 'drought', 'environment', 'net zero'],
	crime: [
		'police',
		'court',
		'attack',
		'killed',
		'murder',
		'arrest',
		'gunman',
		'shooting',
		'crime',
		'criminal',
		'prosecutor',
		'prosecution',
		'jail',
		'prison',
	],
	immigration: ['immigration', 'immigrant', 'migrant', 'refugee', 'asylum', 'visa', 'border', 'deportation', 'deport', 'citizenship'],
	health: ['health', 'hospital', 'disease', 'vaccine', 'pandemic', 'covid', 'medical', 'patient'],
};

/** Other names users type for a topic. */
export const TOPIC_ALIASES: Record<string, string> = {
	'ukraine war': 'war',
	conflict: 'war',
	wars: 'war',
	fighting: 'war',
	defence: 'security',
	defense: 'security',
	diplomatic: 'diplomacy',
	economic: 'economy',
	economics: 'economy',
	tariffs: 'trade',
	exports: 'trade',
	sanction: 'sanctions',
	oil: 'energy',
	gas: 'energy',
	tech: 'technology',
	rights: 'human rights',
	environment: 'climate',
	migration: 'immigration',
};

/** Inflections only: "sanctions", "sanctioned", "invaded", never a different word ("ward", "wary", "metal"). */
const ENDINGS = "(?:s|es|(?<=e)d|(?<!e)ed|ing|'s)?";
const escape = (s: string) => escapeRegExp(s.trim());
const termsOf = (stems: string[]) =>
	stems
		.map(escape)
		.sort((a, b) => b.length - a.length)
		.join('|');
const PATTERNS = Object.entries(TOPIC_WORDS).map(([topic, stems]) => ({ topic, re: new RegExp(`(?<!\\p{L})(?:${termsOf(stems)})${ENDINGS}(?!\\p{L})`, 'u') }));
/** Every topic word at once, longest first: one pass over the text finds the words, then each word's topics. */
const ANY_TOPIC = new RegExp(`(?<!\\p{L})(?:${termsOf(Object.values(TOPIC_WORDS).flat())})${ENDINGS}(?!\\p{L})`, 'gu');

/** The topics of each topic word met so far ("sanctioned" → sanctions): the words are few, the sentences many. */
const TOPICS_OF_WORD = new Map<string, string[]>();
const topicsOfWord = (word: string): string[] => {
	let topics = TOPICS_OF_WORD.get(word);
	if (!topics) TOPICS_OF_WORD.set(word, (topics = PATTERNS.filter((p) => p.re.test(word)).map((p) => p.topic)));
	return topics;
};

export function topicsOf(text: string): string[] {
	const low = normalize(text);
	const found = new Set<string>();
	for (const match of allMatches(ANY_TOPIC, low)) for (const topic of topicsOfWord(match[0])) found.add(topic);
	return PATTERNS.filter((p) => found.has(p.topic)).map((p) => p.topic);
}

/** The canonical topic a user's word names, if any. */
export function topicKey(text: string): string | null {
	const low = normalize(text);
	// Own keys only: "constructor" or "__proto__" typed by a user is a word, not a topic.
	if (Object.hasOwn(TOPIC_WORDS, low)) return low;
	return Object.hasOwn(TOPIC_ALIASES, low) ? TOPIC_ALIASES[low]! : null;
}
