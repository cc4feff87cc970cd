import type { Answer } from '../answer/answer.js';
import { topicKey } from '../extract/topics.js';
import { AnswerBuilder, MAX_ITEMS, notFound } from './answer-builder.js';
import type { Meeting, Sentence, Span } from './schema.js';
import type { EntitySummary, FactStore, NameType, Page } from '../store/contract.js';
import { names as namesIn } from '../store/contract.js';
import { jointMembers, normalize } from '../text/normalize.js';

// The facts module: functions from the store and the user's words to one Answer. Each asks the store for no more
// than one answer can show (MAX_ITEMS) and the totals, so its work stays bounded at any archive size.

const SUGGESTIONS = 5;
/** How many sentences a text search ranks: the best of them are what an answer shows. */
const SEARCH_HITS = 200;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const names = (entities: EntitySummary[]) => entities.map((e) => e.name).join(', ');

/**
 * What a reply that found nothing offers: the closest names, topics or articles, as "did you mean"; when nothing is
 * close, the ones most written about, said as such in the message (they are no correction of what was asked).
 */
async function offer(store: FactStore, type: NameType | 'any', text: string | undefined, message: string): Promise<[message: string, suggestions: string[]]> {
	if (!text) return [message, []];
	// What was asked for is no suggestion ("energy" when the topic exists but has nothing to show).
	const close = (await store.complete(type, text, SUGGESTIONS + 1)).filter((c) => normalize(c.name) !== normalize(text) && c.key !== text);
	if (close.length) return [message, close.slice(0, SUGGESTIONS).map((c) => c.name)];
	const most = (await store.complete(type, '', SUGGESTIONS)).map((c) => c.name);
	return [most.length ? `${message} Most written about: ${most.join(', ')}.` : message, []];
}

async function unknownName(store: FactStore, command: string, name: string): Promise<Answer> {
	return notFound(command, `Nothing found for "${name}"`, ...(await offer(store, 'entity', name, `The articles name no one called "${name}".`)));
}

/**
 * The pages of several keys as one, in key order: the first MAX_ITEMS items of them all (an answer shows no more) and
 * the sum of the totals. Each key is asked only for what the keys before it left room for, so a surname twenty people
 * share reads 60 records, not 60 of each.
 */
async function concat<T>(keys: readonly string[], page: (key: string, limit: number) => Promise<{ items: readonly T[]; total: number }>) {
	const items: T[] = [];
	let total = 0;
	for (const key of keys) {
		const p = await page(key, Math.max(0, MAX_ITEMS - items.length));
		items.push(...p.items);
		total += p.total;
	}
	return { items, total };
}

/**
 * The pairs a person spoke with ("Paul Maher and Eric Igou" of Paul Maher): what they said together is theirs too. A
 * joint name holds every word of its members' names and the word "and", so the store finds it by those words.
 */
async function jointsOf(store: FactStore, person: EntitySummary): Promise<EntitySummary[]> {
	if (person.kind !== 'person' || jointMembers(person.name)) return [];
	const found = await store.resolveEntities(`and ${person.name}`);
	return found.filter((e) => e.kind === 'person' && jointMembers(e.name)?.includes(person.name));
}

export async function quotes(store: FactStore, speaker: string, topic?: string): Promise<Answer> {
	const people = await store.resolveEntities(speaker);
	if (people.length === 0) return unknownName(store, 'quote', speaker);
	const wanted = topic ? (topicKey(topic) ?? topic.toLowerCase()) : undefined;
	const joints = (await Promise.all(people.map((p) => jointsOf(store, p)))).flat();
	const keys = [...new Set([...people, ...joints].map((p) => p.key))];
	const found = await concat(keys, (k, limit) => store.quotesBy(k, limit, wanted));
	// Statements that hold the speaker's own quotation are left out by the store: they would show the same words twice.
	const paraphrased = await concat(keys, (k, limit) => store.statementsBy(k, limit, wanted));
	const who = names(people);
	if (found.total + paraphrased.total === 0) {
		const message = topic ? `No quote or statement by ${who} on "${topic}" in the articles.` : `The articles quote nothing from ${who}.`;
		return notFound('quote', `No quotes from ${who}`, ...(await offer(store, 'topic', topic, message)));
	}
	const answer = new AnswerBuilder(store, 'quote');
	await answer.addAll(found, (q) => answer.quote(q));
	await answer.addAll(paraphrased, (s) => answer.statement(s));
	const lead =
		`${plural(found.total, 'quote')}${paraphrased.total ? ` and ${plural(paraphrased.total, 'paraphrased statement')}` : ''}` +
		`${topic ? ` on ${topic}` : ''}`;
	return answer.build(`Quotes: ${who}`, lead);
}

/** The kinds of contact a user may ask for, in the words they may use ("calls", "phone"). */
const KIND_WORDS: Record<string, Meeting['kind']> = {
	meeting: 'meeting', meetings: 'meeting', met: 'meeting', talks: 'talks', talk: 'talks', call: 'call', calls: 'call', phone: 'call',
	visit: 'visit', visits: 'visit', trip: 'visit', trips: 'visit', summit: 'summit', summits: 'summit', signing: 'signing', signings: 'signing',
	hearing: 'hearing', hearings: 'hearing', address: 'address', addresses: 'address', speech: 'address',
};
export const MEETING_KINDS: readonly Meeting['kind'][] = [...new Set(Object.values(KIND_WORDS))];
export const meetingKind = (word: string): Meeting['kind'] | undefined =>
	Object.hasOwn(KIND_WORDS, normalize(word)) ? KIND_WORDS[normalize(word)] : undefined;

/** Reports of one event side by side, in the order of their first report; the page's total counts the rest as events. */
function eventsOf(page: Page<Meeting>): Page<Meeting[]> {
	const groups = new Map<string, Meeting[]>();
	for (const m of page.items) groups.set(m.event, [...(groups.get(m.event) ?? []), m]);
	return { items: [...groups.values()], total: groups.size + page.total - page.items.length };
}

const kindWords = (n: number) => (n === 1 ? '1 meeting, call or visit' : `${n} meetings, calls and visits`);

export async function meetings(store: FactStore, person: string, counterpart?: string, kind?: string): Promise<Answer> {
	const kinds = kind ? meetingKind(kind) : undefined;
	if (kind && !kinds) return notFound('met', `No kind "${kind}"`, `"${kind}" is no kind of contact the articles are read for.`, [...MEETING_KINDS]);
	const people = await store.resolveEntities(person);
	if (people.length === 0) return unknownName(store, 'met', person);
	const others = counterpart ? await store.resolveEntities(counterpart) : [];
	if (counterpart && others.length === 0) return unknownName(store, 'met', counterpart);
	const found = await store.meetingsOf(people.map((p) => p.key), MAX_ITEMS, {
		order: 'newest',
		...(counterpart ? { with: others.map((o) => o.key) } : {}),
		...(kinds ? { kinds: [kinds] } : {}),
	});
	const who = names(people) + (counterpart ? ` and ${names(others)}` : '');
	const what = kinds ? `${kinds} ` : '';
	if (found.total === 0) return notFound('met', `No meetings: ${who}`, `The articles report no ${kinds ?? 'meeting, call or visit'} of ${who}.`, []);
	const events = eventsOf(found);
	const answer = new AnswerBuilder(store, 'met');
	await answer.addAll(events, (reports) => answer.event(reports));
	const lead = kinds ? `${events.total} ${what}event${events.total === 1 ? '' : 's'}` : kindWords(events.total);
	return answer.build(`Meetings: ${who}`, events.total === 1 ? lead : `${lead}, newest first`);
}

export async function facts(store: FactStore, topic: string): Promise<Answer> {
	const key = topicKey(topic);
	const index = key ? await store.topic(key, MAX_ITEMS) : undefined;
	const answer = new AnswerBuilder(store, 'facts');
	if (index && (index.sentences.total || index.figures.total)) {
		// The index keeps sentences with a figure first: they carry the hardest facts.
		await answer.addAll(index.sentences, (s) => answer.sentence(s));
		return answer.build(`Facts: ${key}`, `${plural(index.sentences.total, 'sentence')} on ${key}, ${plural(index.figures.total, 'figure')}`);
	}
	const hits = await store.searchSentences(topic, SEARCH_HITS);
	if (hits.length === 0) {
		return notFound('facts', `Nothing on "${topic}"`, ...(await offer(store, 'any', topic, `The articles say nothing about "${topic}".`)));
	}
	await answer.addAll(hits, (s) => answer.sentence(s));
	return answer.build(`Facts: ${topic}`, `${plural(hits.length, 'sentence')} mentioning "${topic}"`);
}

export async function figures(store: FactStore, topic?: string): Promise<Answer> {
	const key = topic ? topicKey(topic) : null;
	// A topic's figures from its index; any other word through the sentence search.
	const list = !topic
		? await store.figures(MAX_ITEMS)
		: key
			? ((await store.topic(key, MAX_ITEMS))?.figures ?? { items: [], total: 0 })
			: { items: (await Promise.all((await store.searchSentences(topic, SEARCH_HITS)).map((s) => store.figuresIn(s)))).flat(), total: 0 };
	const total = Math.max(list.total, list.items.length);
	if (total === 0) {
		const message = `The articles give no figures${topic ? ` about "${topic}"` : ''}.`;
		return notFound('figures', `No figures${topic ? ` on "${topic}"` : ''}`, ...(await offer(store, 'topic', topic, message)));
	}
	const answer = new AnswerBuilder(store, 'figures');
	await answer.addAll({ items: list.items, total }, (f) => answer.figure(f));
	return answer.build(`Figures${topic ? `: ${key ?? topic}` : ''}`, plural(total, 'figure'));
}

export async function sources(store: FactStore): Promise<Answer> {
	const answer = new AnswerBuilder(store, 'sources');
	const articles = await store.articles(MAX_ITEMS);
	await answer.addAll(articles, (a) => {
		const details: Record<string, string> = { outlet: a.outlet ?? 'not named in the article', published: a.published ?? 'not stated' };
		if (a.authors.length) details.authors = a.authors.join(', ');
		if (a.via) details.via = a.via;
		if (a.cites.length) details.cites = a.cites.join(', ');
		if (a.url) details.url = a.url;
		return answer.line('source', a.title, a.outlet ?? 'Outlet not named', details, a.id);
	});
	return answer.build('Sources', plural(articles.total, 'article'));
}

export async function summary(store: FactStore, article?: string): Promise<Answer> {
	const chosen = article ? await store.findArticle(article) : undefined;
	if (article && !chosen) {
		return notFound('summary', `No article "${article}"`, ...(await offer(store, 'article', article, `No article matches "${article}".`)));
	}
	const answer = new AnswerBuilder(store, 'summary');
	const asSentence = (s: Span) => answer.sentence({ span: s, paragraph: 0, topics: [], commentary: false }, 'summary');
	if (chosen) {
		await answer.addAll(chosen.summary, asSentence);
		return answer.build(`Summary: ${chosen.title}`, null);
	}
	// All of them: the lead sentence of each, newest first.
	const articles = await store.articles(MAX_ITEMS);
	const leads = articles.items.flatMap((a) => a.summary.slice(0, 1));
	await answer.addAll({ items: leads, total: leads.length + articles.total - articles.items.length }, asSentence);
	return answer.build('Summaries', plural(articles.total, 'article'));
}

export async function timeline(store: FactStore, person?: string): Promise<Answer> {
	const people = person ? await store.resolveEntities(person) : [];
	if (person && people.length === 0) return unknownName(store, 'timeline', person);
	const dated = await store.meetingsOf(person ? people.map((p) => p.key) : null, MAX_ITEMS, { dated: true, order: 'earliest' });
	if (dated.total === 0) return notFound('timeline', 'No dated events', `The articles date no meeting${person ? ` of ${names(people)}` : ''}.`, []);
	const events = eventsOf(dated);
	const answer = new AnswerBuilder(store, 'timeline');
	await answer.addAll(events, (reports) => answer.event(reports));
	return answer.build(`Timeline${person ? `: ${names(people)}` : ''}`, `${plural(events.total, 'dated event')}, earliest first`);
}

/** How many items `who` shows of each kind per entity. */
const WHO_SAMPLE = 3;

/** Sentences looked at for the one that introduces someone named in full nowhere in the first article naming them. */
const INTRODUCTION_CANDIDATES = 50;
/** People per answer given the sentence that introduces them. */
const INTRODUCED = 3;

/**
 * The sentence that introduces someone: the one that gives their first role ("…, former government minister Heather
 * Humphreys from …"), else the first naming them in full, in the first article naming them or else another. The
 * first two are looked up where they are, by article and offset, however many sentences name the person.
 */
async function introduction(store: FactStore, e: EntitySummary): Promise<Sentence | undefined> {
	const role = e.roles[0];
	if (role) {
		const s = await store.sentenceAt(role.article, role.start);
		return s && role.end <= s.span.end ? s : undefined;
	}
	const first = e.firstArticle ? await store.firstNaming(e.firstArticle, e.name) : undefined;
	if (first) return first;
	const { sentences } = await store.rankSentences([[e.name]], INTRODUCTION_CANDIDATES);
	return sentences.filter((s) => namesIn(s, e.name)).sort((a, b) => a.span.start - b.span.start)[0];
}

export async function who(store: FactStore, name: string): Promise<Answer> {
	const people = await store.resolveEntities(name);
	if (people.length === 0) return unknownName(store, 'who', name);
	const answer = new AnswerBuilder(store, 'who');
	for (const e of people) {
		if (answer.full) {
			// No room left (a surname many people share): each one's line and samples are counted, not read.
			const [said, met] = await Promise.all([store.quotesBy(e.key, 0), store.meetingsOf([e.key], 0)]);
			answer.omit(1 + Math.min(WHO_SAMPLE, said.total) + Math.min(WHO_SAMPLE, met.total));
			continue;
		}
		const [said, met] = await Promise.all([store.quotesBy(e.key, WHO_SAMPLE), store.meetingsOf([e.key], WHO_SAMPLE)]);
		const details: Record<string, string> = { kind: e.kind, quotes: String(said.total), meetings: String(met.total) };
		if (e.aliases.length) details['also called'] = e.aliases.slice(0, 12).join('; ');
		details.named = `${plural(e.mentions, 'time')} in ${plural(e.articles, 'article')}`;
		// The sentence that introduces them, which gives the role in full ("MEC for …, Jacob Mamabolo, said …"), the role
		// as read beside it; the role alone for the people of a shared name past the first few.
		const role = e.roles[0];
		if (role) details.role = role.text;
		const introduced = e.kind === 'person' && people.indexOf(e) < INTRODUCED ? (await introduction(store, e))?.span : undefined;
		const shown = introduced ?? role;
		await answer.line('person', shown?.text ?? `named ${details.named}`, e.name, details, shown?.article ?? e.firstArticle, shown ?? null);
		for (const q of said.items) await answer.quote(q);
		for (const m of met.items) await answer.meeting(m);
	}
	return answer.build(`Who: ${names(people)}`, null);
}

export async function search(store: FactStore, text: string): Promise<Answer> {
	const hits = await store.searchSentences(text, SEARCH_HITS);
	if (hits.length === 0)
		return notFound('search', `No match for "${text}"`, ...(await offer(store, 'any', text, `No sentence in the articles matches "${text}".`)));
	const answer = new AnswerBuilder(store, 'search');
	await answer.addAll(hits, (s) => answer.sentence(s));
	return answer.build(`Search: ${text}`, plural(hits.length, 'matching sentence'));
}
