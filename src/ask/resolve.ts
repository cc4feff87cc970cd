import type { EntitySummary as Entity } from '../store/contract.js';
import type { FactStore } from '../store/contract.js';
import { editDistance } from '../store/text-search.js';
import { normalize, words } from '../text/normalize.js';
import { DEMONYMS, MEETING_WORDS, QUESTION_STOP_WORDS, ROLE_WORDS } from './words.js';

// Names in a question, resolved against the coverage: full names, surnames, possessives, titles ("the kremlin
// spokesman", "china's leader"), and typos close enough to one name to be unmistakable.

export interface Resolved {
	entities: Entity[];
	/** How the words were read: as written, through a title the articles give, or as a typo of a name. */
	how: 'name' | 'title' | 'typo';
}

/** Typos a word of this length may carry and still name someone: none for short words, which match too much. */
const allowedTypos = (word: string) => (word.length >= 7 ? 2 : word.length >= 4 ? 1 : 0);

/** "china's leader" ↔ "chinese leader": the two ways a title names a country. */
function titleVariants(phrase: string): string[] {
	const out = new Set([phrase]);
	for (const [adjective, country] of Object.entries(DEMONYMS)) {
		if (phrase.includes(`${country}'s `)) out.add(phrase.replace(`${country}'s `, `${adjective} `));
		if (phrase.startsWith(`${adjective} `) || phrase.includes(` ${adjective} `)) out.add(phrase.replace(`${adjective} `, `${country}'s `));
	}
	return [...out];
}

const ofKind = (list: readonly Entity[], kinds: Entity['kind'][]) => list.filter((e) => kinds.includes(e.kind));

/** A name or title as a whole phrase. */
export async function resolveName(store: FactStore, phrase: string): Promise<Resolved | null> {
	const p = normalize(phrase).replace(/^(?:the|a|an) /, '').replace(/'s$/, '').trim();
	if (!p) return null;
	for (const variant of titleVariants(p)) {
		// Every word typed is part of the name: "jobs report" is not the "Energy Access Situation Report".
		const typed = words(variant);
		const found = (await store.resolveEntities(variant)).filter((e) => typed.every((w) => ownWords(e).has(w)));
		if (found.length === 0) continue;
		// A title names everyone who holds it; the question's topic then picks among them.
		if (typed.some((w) => ROLE_WORDS.has(w))) return { entities: uniqueByKey([...found, ...(await titleHolders(store, variant))]), how: 'title' };
		return { entities: found, how: variant === p ? 'name' : 'title' };
	}
	if (words(p).some((w) => ROLE_WORDS.has(w))) {
		const holders = await titleHolders(store, p);
		if (holders.length) return { entities: holders, how: 'title' };
		const byRole = await personByRole(store, p);
		if (byRole) return { entities: [byRole], how: 'title' };
	}
	const typo = await closeName(store, p);
	return typo ? { entities: [typo], how: 'typo' } : null;
}

const uniqueByKey = (list: Entity[]) => [...new Map(list.map((e) => [e.key, e])).values()];

/** Everyone the articles give a title ("prime minister" is Shigeru Ishiba in one article, Anwar Ibrahim in another). */
async function titleHolders(store: FactStore, title: string): Promise<Entity[]> {
	const wanted = words(title);
	const out = new Map<string, Entity>();
	// Each word of the title completes on its own: a name's words and its aliases' words are indexed alike.
	for (const word of wanted.filter((w) => !QUESTION_STOP_WORDS.has(w))) {
		for (const c of await store.complete('entity', word, 25)) {
			const entity = out.has(c.key) ? undefined : await store.entity(c.key);
			if (entity?.kind === 'person' && [entity.name, ...entity.aliases].some((a) => wanted.every((w) => words(a).includes(w))))
				out.set(entity.key, entity);
		}
	}
	return [...out.values()];
}

/** The one person whose name is within a typo or two of every word typed ("lavrof", "stromer"). */
async function closeName(store: FactStore, phrase: string): Promise<Entity | undefined> {
	const typed = words(phrase).filter((w) => !QUESTION_STOP_WORDS.has(w));
	if (typed.length === 0 || typed.every((w) => allowedTypos(w) === 0)) return undefined;
	const candidates = await store.complete('entity', typed.join(' '), 8);
	const close: Entity[] = [];
	for (const c of candidates) {
		const entity = await store.entity(c.key);
		if (!entity || entity.kind !== 'person') continue;
		const own = new Set([entity.name, ...entity.aliases].flatMap((n) => words(n)));
		if (typed.every((w) => [...own].some((o) => editDistance(w, o, allowedTypos(w)) <= allowedTypos(w)))) close.push(entity);
	}
	// Two people equally close is a guess: leave it to the suggestions.
	return close.length === 1 ? close[0] : undefined;
}

/**
 * "the swedish justice minister", "israel's military spokesperson": the person the articles name right after the
 * words of that title ("Sweden's Minister of Justice, Gunnar Strömmer"), found through the sentence search.
 */
async function personByRole(store: FactStore, phrase: string): Promise<Entity | undefined> {
	const wanted = words(phrase).map((w) => (Object.hasOwn(DEMONYMS, w) ? DEMONYMS[w]! : w)).filter((w) => !QUESTION_STOP_WORDS.has(w));
	const stems = wanted.map((w) => w.slice(0, 5));
	const sentences = await store.searchSentences(wanted.filter((w) => ROLE_WORDS.has(w)).join(' '), 200);
	for (const sentence of sentences) {
		const text = normalize(sentence.span.text);
		if (!stems.every((s) => text.includes(s))) continue;
		for (const name of properNames(sentence.span.text)) {
			const people = ofKind(await store.resolveEntities(name), ['person']);
			if (people.length === 1) return people[0];
		}
	}
	return undefined;
}

/** Runs of capitalised words in article text ("Rear Admiral Daniel Hagari"), longest first within each run. */
function properNames(text: string): string[] {
	const runs = text.match(/\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|al|bin|de|van|von))*/gu) ?? [];
	return runs.flatMap((run) => {
		const parts = run.split(/\s+/);
		return parts.map((_, i) => parts.slice(i).join(' ')).filter((s) => s.length > 2);
	});
}

/** One word names a person by a name of theirs, anything else only by its whole name ("americans" is not "Asian Americans"). */
const namedByOneWord = (e: Entity, word: string) =>
	[e.name, ...e.aliases].some((a) => normalize(a) === word || (e.kind === 'person' && words(a).at(-1) === word));

const ownWords = (e: Entity) => new Set([e.name, ...e.aliases].flatMap((n) => words(n)));

/** Every name in free text, longest match first: "when did lee and xi meet in gyeongju" → Lee Jae Myung, Xi, Gyeongju. */
export async function namesIn(store: FactStore, text: string, options: { typos?: boolean } = {}): Promise<{ phrase: string; resolved: Resolved }[]> {
	const tokens = normalize(text).replace(/'s\b/g, '').split(/\s+/).filter(Boolean);
	const out: { phrase: string; resolved: Resolved }[] = [];
	const taken = new Set<string>();
	const skip = (w: string) => QUESTION_STOP_WORDS.has(w) || MEETING_WORDS.has(w);
	let i = 0;
	while (i < tokens.length) {
		let matched = 0;
		for (let n = Math.min(4, tokens.length - i); n >= 1 && !matched; n--) {
			const slice = tokens.slice(i, i + n);
			if (skip(slice[0]!) || skip(slice.at(-1)!)) continue;
			const phrase = slice.join(' ');
			// Every word typed must be part of the name: "putin meet biden" is not a longer way to write Biden.
			const found = (await store.resolveEntities(phrase)).filter((e) => slice.every((w) => ownWords(e).has(w)) && (n > 1 || namedByOneWord(e, phrase)));
			const fresh = found.filter((e) => !taken.has(e.key));
			if (fresh.length) {
				fresh.forEach((e) => taken.add(e.key));
				out.push({ phrase, resolved: { entities: fresh, how: 'name' } });
				matched = n;
			}
		}
		if (!matched && options.typos && !skip(tokens[i]!)) {
			const typo = await closeName(store, tokens[i]!);
			if (typo && !taken.has(typo.key)) {
				taken.add(typo.key);
				out.push({ phrase: tokens[i]!, resolved: { entities: [typo], how: 'typo' } });
			}
		}
		i += matched || 1;
	}
	return out;
}
