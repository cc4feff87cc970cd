import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Random, seeded } from './random.js';
import { paragraphsFor } from './paragraphs.js';
import { COUNTRIES, type Country, FEMALE_NAMES, MALE_NAMES, OUTLETS, SURNAMES, TITLES, TOPICS, TOPIC_NAMES, type Title } from './words.js';

// A deterministic corpus of news articles in the canonical format (.md, YAML front matter, paragraphs separated by
// blank lines). The same seed and size always give the same files, so runs on different days compare.
//
//   npm run corpus -- --articles 500 --out /tmp/corpus    (to look at the text or ingest it by hand)

export const DEFAULT_SEED = 20240410;

export interface Person {
	first: string;
	last: string;
	full: string;
	pronoun: 'he' | 'she';
	country: Country;
	title: Title;
}

/** The people a corpus of `articles` articles talks about: a few appear everywhere, most appear a few times. */
export function castOf(articles: number, seed = DEFAULT_SEED): Person[] {
	const r = seeded(seed ^ 0x5eed);
	const size = Math.min(6000, 150 + Math.round(articles / 4));
	const cast: Person[] = [];
	const seen = new Set<string>();
	while (cast.length < size) {
		const female = r.chance(0.4);
		const first = r.pick(female ? FEMALE_NAMES : MALE_NAMES);
		const last = r.pick(SURNAMES);
		const full = `${first} ${last}`;
		if (seen.has(full)) continue;
		seen.add(full);
		cast.push({ first, last, full, pronoun: female ? 'she' : 'he', country: r.pickSkewed(COUNTRIES), title: r.pick(TITLES) });
	}
	return cast;
}

export interface ArticleSetting {
	r: Random;
	published: Date;
	topic: string;
	second: string;
	home: Country;
	other: Country;
	/** The lead speaker (home), the counterpart (other), a third voice and a fourth met later. */
	a: Person;
	b: Person;
	c: Person;
	d: Person;
	city: string;
}

const DAY = 86_400_000;
const START = Date.UTC(2022, 0, 1);
const iso = (d: Date) => d.toISOString().slice(0, 10);
const slugOf = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function personFrom(r: Random, cast: Person[], test: (p: Person) => boolean): Person {
	for (let tries = 0; tries < 50; tries++) {
		const p = r.pickSkewed(cast);
		if (test(p)) return p;
	}
	return r.pick(cast.filter(test));
}

function settingFor(r: Random, cast: Person[]): ArticleSetting {
	const a = r.pickSkewed(cast);
	const b = personFrom(r, cast, (p) => p.country !== a.country && p.last !== a.last);
	const c = personFrom(r, cast, (p) => p !== a && p !== b && p.last !== a.last && p.last !== b.last);
	const d = personFrom(r, cast, (p) => ![a, b, c].includes(p) && ![a, b, c].some((q) => q.last === p.last));
	const [topic, second] = r.sample(TOPIC_NAMES, 2) as [string, string];
	const city = r.pick(r.chance(0.5) ? a.country.cities : b.country.cities);
	return { r, published: new Date(START + r.int(0, 4 * 365) * DAY), topic, second, home: a.country, other: b.country, a, b, c, d, city };
}

function headline(s: ArticleSetting): string {
	const { r, a, b, home, other, city } = s;
	const t = TOPICS[s.topic]!;
	const options = [
		() => `${a.last} and ${b.last} discuss ${r.pick(t.headline)} in ${city}`,
		() => `${capital(home.name)} and ${other.name} agree on ${r.pick(t.things)} as ${r.pick(t.headline)} talks resume`,
		() => `${a.last} warns of ${r.pick(t.things)} shortfall as ${r.pick(t.headline)} drags on`,
		() => `${home.adjective} ${r.pick(t.headline)} tested by ${other.adjective} demands over ${r.pick(t.things)}`,
		() => `${b.last} visit to ${city} puts ${r.pick(t.headline)} back on the agenda`,
	];
	return r.pick(options)();
}

/** One article as file name and text. */
export function articleText(r: Random, cast: Person[], index: number): { file: string; text: string } {
	const s = settingFor(r, cast);
	const title = headline(s);
	const outlet = r.pick(OUTLETS);
	const authors = Array.from({ length: r.int(1, 2) }, () => `${r.pick(r.chance(0.5) ? MALE_NAMES : FEMALE_NAMES)} ${r.pick(SURNAMES)}`);
	const published = iso(s.published);
	const url = `https://${slugOf(outlet)}.example/${published.replace(/-/g, '/')}/${slugOf(title)}`;
	const front = [
		'---',
		`title: ${JSON.stringify(title)}`,
		`outlet: ${JSON.stringify(outlet)}`,
		`authors: ${JSON.stringify(authors)}`,
		`published: ${published}`,
		`url: ${url}`,
		'---',
	];
	const hex = Math.floor(r.next() * 0xffffffff).toString(16).padStart(8, '0');
	return { file: `${String(index).padStart(5, '0')}_${hex}.md`, text: `${front.join('\n')}\n${paragraphsFor(s).join('\n\n')}\n` };
}

export interface CorpusStats {
	dir: string;
	articles: number;
	bytes: number;
	cast: number;
}

/** Writes `articles` articles into `dir` (created if missing). */
export function writeCorpus(dir: string, articles: number, seed = DEFAULT_SEED): CorpusStats {
	mkdirSync(dir, { recursive: true });
	const cast = castOf(articles, seed);
	const r = seeded(seed);
	let bytes = 0;
	for (let i = 0; i < articles; i++) {
		const { file, text } = articleText(r, cast, i);
		writeFileSync(join(dir, file), text);
		bytes += Buffer.byteLength(text);
	}
	return { dir, articles, bytes, cast: cast.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { parseArgs } = await import('node:util');
	const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, out: { type: 'string' }, seed: { type: 'string' } } });
	if (!values.out) {
		console.error('usage: npm run corpus -- --articles N --out DIR [--seed S]');
		process.exit(2);
	}
	const stats = writeCorpus(values.out, Number(values.articles), values.seed ? Number(values.seed) : DEFAULT_SEED);
	console.log(`${stats.articles} articles, ${(stats.bytes / 1e6).toFixed(1)} MB, ${stats.cast} people → ${stats.dir}`);
}
