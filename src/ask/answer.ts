import type { Answer } from '../answer/answer.js';
import { numberWords } from '../lexicon/time.js';
import { alternation } from '../lexicon/words.js';
import { topicKey } from '../extract/topics.js';
import { AnswerBuilder } from '../facts/answer-builder.js';
import { meetings as meetingsQuery, quotes as quotesQuery, sources as sourcesQuery, who as whoQuery } from '../facts/queries.js';
import type { Article, Meeting, Quote, Statement } from '../facts/schema.js';
import type { EntitySummary as Entity } from '../store/contract.js';
import type { FactStore } from '../store/contract.js';
import { summarize } from '../facts/summarize.js';
import { normalize, words } from '../text/normalize.js';
import { rankPassages, type Passage, type Weighed, weighTerms } from './passages.js';
import { type Intent, type Parsed } from './reading.js';
import { coverage, indexText, matchesTerm, mentions, type Term, termsOf } from './relevance.js';
import { namesIn, type Resolved, resolveName } from './resolve.js';
import { placeRelative, type TimeFilter, withinTime } from './time.js';
import { CAUSAL_WORDS, MEETING_WORDS, REFERS_BACK, WHEN_WORDS } from './words.js';

// One question in, one Answer out. The title is the reading used ("Quotes by Sergei Lavrov about the United States"),
// so a misreading is visible and can be corrected; every intent ends in the same store queries as the commands.

export interface Party {
	key: string;
	name: string;
}

/** What the question was read as: kept per channel so that a follow-up can lean on it. */
export interface Reading {
	intent: Intent;
	people: Party[];
	others: Party[];
	topic: string | null;
	time: TimeFilter | null;
	/** The reading as shown to the user. */
	text: string;
}

export interface Asked {
	answer: Answer;
	reading: Reading;
}

/** Share of a question's weight a passage must match to be shown as its answer. */
const ANSWER_COVERAGE = 0.5;
/** A quote or statement is about a topic when its own words, its sentence or its paragraph hold the topic's words. */
const ABOUT_TOPIC = 0.45;
const SHOWN = 3;
/** Quotes and statements weighed against a topic, each kind at most, however many people the name gives: bounded work. */
const PER_SPEAKER = 300;
/** Meetings of one person looked at. */
const PER_PERSON = 500;

const COMMAND = 'ask';
const PRONOUNS = /^(?:he|she|they|him|her|them|it)$/;
const party = (e: Entity): Party => ({ key: e.key, name: e.name });
/** Names listed in a reading: a surname or a title many people share names the first two and counts the rest. */
const listNames = (parties: readonly Party[]) =>
	parties.length > 3 ? `${parties[0]!.name}, ${parties[1]!.name} and ${parties.length - 2} others` : parties.map((p) => p.name).join(' and ');
const timeText = (time: TimeFilter | null) =>
	!time ? '' : time.unplaced ? ` (“${time.text}” not placed in time: the coverage dates no such event)` : ` ${time.text}`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const quotesOrStatements = (n: number) => (n === 1 ? '1 quote or statement' : `${n} quotes or statements`);
const readAs = (typed: string, resolved: Resolved) => (resolved.how === 'name' ? '' : ` (“${typed}” read as ${listNames(resolved.entities.map(party))})`);

/** The coverage does not answer: say so, with suggestions and, labelled as such, the closest things it does say. */
async function declined(
	store: FactStore,
	reading: Reading,
	message: string,
	suggestions: string[] = [],
	closest?: (b: AnswerBuilder) => Promise<void>,
): Promise<Asked> {
	const builder = new AnswerBuilder(store, COMMAND);
	await closest?.(builder);
	const { items, sources } = builder.build(reading.text, null);
	return { answer: { command: COMMAND, title: reading.text, lead: null, items, sources, omitted: 0, notFound: message, suggestions }, reading };
}

function retitled(answer: Answer, reading: Reading): Asked {
	return { answer: { ...answer, command: COMMAND, title: reading.text }, reading };
}

function built(builder: AnswerBuilder, reading: Reading, lead: string | null): Asked {
	return retitled(builder.build(reading.text, lead), reading);
}

const baseReading = (intent: Intent, parsed: Parsed, text: string): Reading => ({
	intent,
	people: [],
	others: [],
	topic: parsed.topic,
	time: parsed.time,
	text,
});

const namesOf = (entities: readonly Entity[]) => entities.flatMap((e) => [e.name, ...e.aliases]).map(normalize);

/** What a text is exactly a name or alias of: "us" is the United States, "climate change" no Department of it. */
const exactlyNamed = async (store: FactStore, text: string) => (await store.resolveEntities(text)).filter((e) => namesOf([e]).includes(normalize(text)));

/** Terms of a topic; a name in it ("the us", "putin") also matches every other name the articles give the same one. */
async function topicTerms(store: FactStore, topic: string): Promise<Weighed> {
	const named = await exactlyNamed(store, topic);
	if (named.length) return weighTerms(store, [{ word: normalize(topic), stems: [], phrases: namesOf(named), weight: 1, hits: 0 }]);
	const terms = termsOf(topic);
	for (const { phrase, resolved } of await namesIn(store, topic)) {
		for (const term of terms) if (words(phrase).includes(term.word)) term.phrases.push(...namesOf(resolved.entities));
	}
	return weighTerms(store, terms);
}

/** Articles read at most per question to weigh quotes by their context: bounded work for the most quoted person. */
const ARTICLE_READS = 40;

/**
 * The articles a question may read for context: only those where the topic's words occur (among the ranked
 * sentences), each read once, and at most ARTICLE_READS of them; null for any other.
 */
type ArticleReader = (id: string) => Promise<Article | null>;

function articleReader(store: FactStore, weighed: Weighed): ArticleReader {
	const onTopic = new Set([...weighed.candidates.values()].map((s) => s.span.article));
	const read = new Map<string, Promise<Article>>();
	return (id) => {
		if (!read.has(id)) {
			if (!onTopic.has(id) || read.size >= ARTICLE_READS) return Promise.resolve(null);
			read.set(id, store.article(id));
		}
		return read.get(id)!;
	};
}

/**
 * Where a quote or statement may state its subject beyond its own sentence, and how much each place counts: its
 * paragraph (the subject is often named just before the quote), the paragraph before when the quote refers back
 * ("it", "this") and that paragraph names the speaker ("Strömmer will meet the police to discuss the leaks." then
 * '"It shows that there are vulnerabilities," said Strömmer'), and the headline, which frames every quote under it.
 */
async function contextsOf(article: ArticleReader, item: Quote | Statement, speakerNames: readonly string[]): Promise<{ text: string; weight: number }[]> {
	const read = await article(item.span.article);
	if (!read) return [];
	const { body, paragraphs, title } = read;
	const i = paragraphs.findIndex((p) => p.start <= item.span.start && item.span.start < p.end);
	const paragraph = (p: { start: number; end: number } | undefined) => (p ? body.slice(p.start, p.end) : '');
	const out = [{ text: paragraph(paragraphs[i]), weight: 0.6 }];
	const before = i > 0 ? paragraph(paragraphs[i - 1]) : '';
	if (before && REFERS_BACK.test(item.span.text) && mentions(indexText(before), speakerNames)) out.push({ text: before, weight: 0.5 });
	out.push({ text: title, weight: 0.4 });
	return out;
}

/**
 * How well a quote or statement is about the topic: each word of the topic counts as much as the place that holds it,
 * 1 for the quote's own words, 0.8 for its sentence, less for the context around it, read only when those fall short.
 */
async function aboutTopic(article: ArticleReader, item: Quote | Statement, terms: Term[], wanted: string | null, speakerNames: readonly string[]) {
	const total = terms.reduce((sum, t) => sum + t.weight, 0);
	const byKey = wanted && item.topics.includes(wanted) ? 0.5 : 0;
	if (total === 0) return byKey;
	const places = [
		{ indexed: indexText(item.span.text), weight: 1 },
		{ indexed: indexText('context' in item ? item.context.text : ''), weight: 0.8 },
	];
	const held = () =>
		terms.reduce((sum, t) => sum + t.weight * Math.max(0, ...places.filter((c) => matchesTerm(t, c.indexed)).map((c) => c.weight)), 0) / total;
	const near = held();
	if (near >= 0.8) return Math.max(byKey, near);
	for (const c of await contextsOf(article, item, speakerNames)) places.push({ indexed: indexText(c.text), weight: c.weight });
	return Math.max(byKey, held());
}

/** Sentences on a topic that quote no one: what the coverage does say, offered when a person said nothing on it. */
async function closestPassages(store: FactStore, weighed: Weighed, builder: AnswerBuilder): Promise<void> {
	const passages = await rankPassages(store, weighed, { limit: 10 });
	for (const p of passages.filter((p) => p.coverage >= ANSWER_COVERAGE && !/["“”]/.test(p.sentence.span.text)).slice(0, SHOWN))
		await builder.sentence(p.sentence);
}

async function answerSaid(store: FactStore, parsed: Parsed): Promise<Asked | null> {
	const typed = parsed.subject ?? '';
	if (PRONOUNS.test(typed)) {
		const reading = baseReading('said', parsed, `Quotes by “${typed}”`);
		return declined(store, reading, `Whom do you mean by “${typed}”? Name them, or ask right after a question about them (within ten minutes).`);
	}
	const resolved = await resolveName(store, typed);
	if (!resolved) {
		if (parsed.tentative) return null;
		const reading = baseReading('said', parsed, `Quotes by “${typed}”`);
		const close = (await store.complete('entity', typed, 5)).map((c) => c.name);
		return declined(store, reading, `The articles name no one called “${typed}”.`, close);
	}
	const people = resolved.entities;
	if (parsed.tentative && !people.some((p) => p.kind === 'person')) return null;
	const topic = parsed.topic;
	const topicNamed = topic ? await exactlyNamed(store, topic) : [];
	const topicLabel = topic && topicNamed.length === 1 ? topicNamed[0]!.name : topic;
	const reading: Reading = {
		...baseReading(
			'said',
			parsed,
			`Quotes by ${listNames(people.map(party))}${topicLabel ? ` about ${topicLabel}` : ''}${timeText(parsed.time)}${readAs(typed, resolved)}`,
		),
		people: people.map(party),
	};
	const quoted: (Quote | Statement)[] = [];
	// A surname many people share divides the reads between them, so the work stays bounded however many it names.
	const perPerson = Math.ceil(PER_SPEAKER / people.length);
	for (const p of people) {
		quoted.push(...(await store.quotesBy(p.key, perPerson)).items);
		// The store leaves out statements that hold the speaker's own quotation: the quote says it.
		quoted.push(...(await store.statementsBy(p.key, perPerson)).items);
	}
	const inTime = parsed.time ? await filterByPublished(store, quoted, parsed.time) : quoted;
	const who = listNames(reading.people);
	if (!topic) {
		if (inTime.length === 0) return declined(store, reading, `The coverage quotes nothing from ${who}${timeText(parsed.time)}.`);
		if (people.length === 1 && !parsed.time) return retitled(await quotesQuery(store, people[0]!.key), reading);
		const builder = new AnswerBuilder(store, COMMAND);
		await builder.addAll(inTime, (item) => ('context' in item ? builder.quote(item) : builder.statement(item)));
		return built(builder, reading, quotesOrStatements(inTime.length));
	}
	const weighed = await topicTerms(store, topic);
	const terms = weighed.terms;
	const wanted = topicKey(topic);
	const scored: { item: Quote | Statement; score: number }[] = [];
	const article = articleReader(store, weighed);
	const speakerNames = people.flatMap((p) => [p.name, ...p.aliases]);
	for (const item of inTime) scored.push({ item, score: await aboutTopic(article, item, terms, wanted, speakerNames) });
	const about = scored.filter((s) => s.score >= ABOUT_TOPIC).sort((a, b) => b.score - a.score);
	if (about.length === 0) {
		const spokeOn = [...new Set(inTime.flatMap((i) => i.topics))].slice(0, 5);
		const message = `The coverage doesn't say what ${who} said about ${topicLabel}${timeText(parsed.time)}.`;
		return declined(store, reading, message, spokeOn, (b) => closestPassages(store, weighed, b));
	}
	// A title several people hold ("the prime minister") reads as those of them who spoke on the topic.
	const speakers = people.filter((p) => about.some(({ item }) => item.speaker === p.key));
	const answered = { ...reading, people: speakers.map(party), text: reading.text.replace(listNames(reading.people), listNames(speakers.map(party))) };
	const builder = new AnswerBuilder(store, COMMAND);
	await builder.addAll(about, ({ item }) => ('context' in item ? builder.quote(item) : builder.statement(item)));
	return built(builder, answered, `${quotesOrStatements(about.length)} on ${topicLabel}, most relevant first`);
}

async function filterByPublished<T extends { span: { article: string } }>(store: FactStore, items: readonly T[], time: TimeFilter): Promise<T[]> {
	const out: T[] = [];
	for (const item of items) {
		const published = (await store.articleMeta(item.span.article)).published;
		if (published && withinTime({ start: published, end: published }, time)) out.push(item);
	}
	return out;
}

/** A passage is of a time when it names it ("in May") or its article was published then; an undated article may be. */
async function passageInTime(store: FactStore, passage: Passage, time: TimeFilter): Promise<boolean> {
	const { published } = await store.articleMeta(passage.sentence.span.article);
	if (!published || withinTime({ start: published, end: published }, time)) return true;
	const named = time.text.replace(/^(?:in|during|since) /, '');
	return normalize(passage.sentence.span.text).includes(normalize(named));
}

const newestFirst = (a: Meeting, b: Meeting) => (b.date?.start ?? '').localeCompare(a.date?.start ?? '');

async function answerMet(store: FactStore, parsed: Parsed): Promise<Asked> {
	const named = await namesIn(store, parsed.subject ?? parsed.text, { typos: true });
	const entities = named.flatMap((n) => n.resolved.entities.slice(0, 1));
	// The person asked about leads; places and countries narrow the meetings down.
	const ordered = [...entities.filter((e) => e.kind === 'person'), ...entities.filter((e) => e.kind !== 'person')];
	const [subject, ...others] = ordered;
	const typos = named.filter((n) => n.resolved.how !== 'name').map((n) => readAs(n.phrase, n.resolved)).join('');
	if (!subject) {
		const reading = baseReading('met', parsed, `Meetings${timeText(parsed.time)}`);
		return declined(
			store,
			reading,
			'The question names no one the articles mention; try a full name or a surname.',
			(await store.complete('entity', '', 5)).map((c) => c.name),
		);
	}
	const reading: Reading = {
		...baseReading(
			'met',
			parsed,
			`Meetings, calls and visits of ${subject.name}${others.length ? ` with ${listNames(others.map(party))}` : ''}${timeText(parsed.time)}${typos}`,
		),
		people: [party(subject)],
		others: others.map(party),
	};
	const all = (await store.meetingsOf([subject.key], PER_PERSON)).items;
	const withOthers = all.filter((m) => others.every((o) => m.participants.includes(o.key) || mentionsIn(m, o)));
	// Words left once the names are read ("in gyeongju", "which countries") rank the meetings that hold them first.
	const leftover = termsOf(words(parsed.subject ?? '').filter((w) => !MEETING_WORDS.has(w) && !named.some((n) => words(n.phrase).includes(w))).join(' '));
	const fit = (m: Meeting) => coverage(leftover, indexText(m.span.text));
	const found = withOthers.filter((m) => !parsed.time || withinTime(m.date, parsed.time)).sort((a, b) => fit(b) - fit(a) || newestFirst(a, b));
	if (leftover.length && found.length && fit(found[0]!) === 0) {
		const passages = await answerPassages(store, { ...parsed, topic: parsed.text }, 'passages');
		if (passages.answer.notFound === null) return passages;
	}
	if (found.length === 0) {
		const message =
			`The coverage reports no meeting, call or visit of ${subject.name}` +
			`${others.length ? ` with ${listNames(others.map(party))}` : ''}${timeText(parsed.time)}.`;
		return declined(store, reading, message, [], (b) => b.addAll(all.slice(0, SHOWN), (m) => b.meeting(m)));
	}
	if (!parsed.time && !leftover.length && others.length === 1 && others[0]!.key !== subject.key) {
		const viaQuery = await meetingsQuery(store, subject.key, others[0]!.key);
		if (viaQuery.notFound === null) return retitled(viaQuery, reading);
	}
	// "when was that" after "who did xi meet" is about the meeting shown first, with whoever it was.
	const counterparts = others.length ? reading.others : await partiesOf(store, found[0]!, subject.key);
	const builder = new AnswerBuilder(store, COMMAND);
	await builder.addAll(found, (m) => builder.meeting(m));
	return built(
		builder,
		{ ...reading, others: counterparts },
		found.length === 1 ? '1 meeting, call or visit' : `${found.length} meetings, calls and visits, newest first`,
	);
}

async function partiesOf(store: FactStore, m: Meeting, besides: string): Promise<Party[]> {
	const out: Party[] = [];
	for (const key of m.participants.filter((k) => k !== besides)) {
		const entity = await store.entity(key);
		if (entity) out.push(party(entity));
	}
	return out;
}

function mentionsIn(m: Meeting, other: Party): boolean {
	const text = normalize([m.span.text, m.place?.text ?? '', m.counterpart?.text ?? ''].join(' '));
	return words(other.name).every((w) => text.includes(w)) || text.includes(normalize(other.name));
}

/** Words of a how-much question that ask for a number rather than name what is counted. */
const FIGURE_FRAME = new RegExp(
	String.raw`\b(?:how|much|many|big|large|long|far|old|high|low|fast|often|slow|tall|heavy|what|share|percentage|percent|number|amount|total|size|figure)\b`,
	'g',
);
const MONEY_WORDS = new RegExp(
	String.raw`\b(?:cost|costs|pay|paid|spend|spent|price|worth|budget|fund|funds|funding|allocate|allocated|give|gave|save|saved|savings|money|profit|earn|` +
		String.raw`owe|owed|set aside)\b`,
	'g',
);
/** "how many people": people are what a count of the dead or the displaced leaves unsaid ("killed more than 39,000"). */
const COUNTED_PEOPLE = /\bhow many (?:people|persons|individuals)\b/g;
const MONEY = new RegExp(
	String.raw`[$€£¥₹]|\b(?:rm|r|rs|usd|eur)\s?\d|\d(?:[.,]\d+)*\s?(?:bn|billion|million|trillion|m|k)\b|\d\/-|` +
		String.raw`\b(?:dollars?|euros?|pounds?|rand|ringgit|shillings?|yuan|rupees?)\b`,
	'i',
);
const AGE = /\p{Lu}\p{L}+,? \d{1,3}\b|\d{1,3}[- ]year[- ]old|\baged \d{1,3}/u;
const WHY_FRAME = /\b(?:why|how come|caused|causes|causing|cause|reason|led to)\b/g;
const WHEN_FRAME = /\b(?:when|where|date|day|time|year)\b/g;
const NUMBERISH = new RegExp(
	String.raw`\d|` +
		String.raw`\b(?:${alternation(numberWords(1, 50))}|hundreds?|thousands?|millions?|billions?|` +
		String.raw`dozens?|half|third|quarter|double|triple)\b`,
	'i',
);

/**
 * The words of a question that frame what it asks for rather than name what it is about. A how-much question about
 * money asks for an amount of money (required of the passage below), so its money word ("cost", "save") is frame too.
 */
function framesOf(intent: Intent, text: string): RegExp[] {
	if (intent === 'why') return [WHY_FRAME];
	if (intent === 'when') return [WHEN_FRAME];
	if (intent !== 'figure') return [];
	return [COUNTED_PEOPLE, ...(isAboutMoney(text) ? [MONEY_WORDS] : []), FIGURE_FRAME];
}

const isAboutMoney = (text: string) => text.search(MONEY_WORDS) >= 0;

async function answerPassages(store: FactStore, parsed: Parsed, intent: Intent): Promise<Asked> {
	const question = framesOf(intent, parsed.text).reduce((q, frame) => q.replace(frame, ' '), parsed.topic ?? parsed.text);
	const named = await namesIn(store, question);
	const places = named.flatMap((n) => n.resolved.entities.filter((e) => e.kind === 'country' || e.kind === 'place'));
	const weighed = await topicTerms(store, question);
	const terms = weighed.terms;
	const label = terms.map((t) => t.word).join(' ');
	const heading = { figure: 'Figures on', why: 'Why:', when: 'When and where:', passages: 'Passages on' }[intent as 'figure' | 'why' | 'when' | 'passages'];
	const reading: Reading = {
		...baseReading(intent, parsed, `${heading} ${label}${timeText(parsed.time)}`),
		others: named.flatMap((n) => n.resolved.entities.slice(0, 1).map(party)),
	};
	// A how-much question about money wants an amount of money; a how-old question an age.
	const wanted = intent !== 'figure' ? null : /\bhow old\b/.test(parsed.text) ? AGE : isAboutMoney(parsed.text) ? MONEY : NUMBERISH;
	const prefer = intent === 'why' ? CAUSAL_WORDS : intent === 'when' ? WHEN_WORDS : (wanted ?? undefined);
	const mustMention = places.map((e) => [e.name, ...e.aliases]);
	let passages: Passage[] = await rankPassages(store, weighed, { limit: 20, prefer, mustMention });
	if (wanted) passages = passages.filter((p) => wanted.test(p.sentence.span.text));
	if (parsed.time) {
		const time = parsed.time;
		const fits: Passage[] = [];
		for (const p of passages) if (await passageInTime(store, p, time)) fits.push(p);
		passages = fits;
	}
	// A word the coverage never uses ("oil") is something it cannot answer about, however well the rest matches.
	const unknown = terms.filter((t) => t.hits === 0).map((t) => t.word);
	const best = unknown.length ? [] : passages.filter((p) => p.coverage >= ANSWER_COVERAGE && p.score >= (passages[0]?.score ?? 0) * 0.75).slice(0, SHOWN);
	if (best.length === 0) {
		const message =
			intent === 'figure'
				? `The coverage gives no figure on ${label}.`
				: `The coverage doesn't say ${intent === 'why' ? 'why' : intent === 'when' ? 'when or where' : 'anything on'}: ${label}.`;
		const near = passages.filter((p) => p.coverage >= 0.34).slice(0, SHOWN);
		return declined(store, reading, message, [], (b) => b.addAll(near, (p) => b.sentence(p.sentence)));
	}
	const builder = new AnswerBuilder(store, COMMAND);
	for (const p of best) {
		const figures = intent === 'figure' ? await store.figuresIn(p.sentence) : [];
		if (figures.length) for (const f of figures) await builder.figure(f);
		else await builder.sentence(p.sentence);
	}
	return built(builder, reading, `${plural(best.length, 'passage')}, best match first`);
}

async function answerWho(store: FactStore, parsed: Parsed): Promise<Asked> {
	const typed = parsed.subject ?? '';
	const resolved = await resolveName(store, typed);
	// "tell me about sanctions": no one of that name, so a summary of the subject.
	if (!resolved && parsed.tentative) return answerSummary(store, { ...parsed, intent: 'summary' });
	if (!resolved) {
		const reading = baseReading('who', parsed, `Who is “${typed}”`);
		const close = (await store.complete('entity', typed, 5)).map((c) => c.name);
		return declined(store, reading, `The articles name no one called “${typed}”.`, close);
	}
	const entity = resolved.entities[0]!;
	const reading: Reading = { ...baseReading('who', parsed, `Who is ${entity.name}${readAs(typed, resolved)}`), people: [party(entity)] };
	return retitled(await whoQuery(store, entity.key), reading);
}

async function answerSummary(store: FactStore, parsed: Parsed): Promise<Asked> {
	const subject = parsed.subject;
	const reading = baseReading('summary', parsed, subject ? `Summary of the coverage on ${subject}` : 'Summary of the coverage');
	const answer = await summarize(store, subject ?? undefined);
	if (answer.notFound !== null) return declined(store, reading, answer.notFound, answer.suggestions);
	return retitled(answer, reading);
}

/**
 * "before the summit": the date of a meeting of the people asked about of the kind the event names; the
 * question's time is bounded by it, or marked unplaced so that the reading says it filtered nothing.
 */
async function placeTime(store: FactStore, parsed: Parsed): Promise<Parsed> {
	const time = parsed.time;
	if (!time?.relative) return parsed;
	const keys = (await namesIn(store, parsed.text)).flatMap((n) => n.resolved.entities.map((e) => e.key));
	const event = termsOf(time.relative.event);
	const meetings = keys.length ? (await store.meetingsOf(keys, PER_PERSON, { dated: true, order: 'earliest' })).items : [];
	const named = meetings.find((m) => event.length > 0 && coverage(event, indexText(m.kind)) === 1);
	return { ...parsed, time: placeRelative(time, named?.date ?? null) };
}

/** Answers a parsed question. */
export async function answerParsed(store: FactStore, question: Parsed): Promise<Asked> {
	const parsed = await placeTime(store, question);
	switch (parsed.intent) {
		case 'said':
			return (await answerSaid(store, parsed)) ?? answerPassages(store, { ...parsed, intent: 'passages', topic: parsed.text }, 'passages');
		case 'met':
			return answerMet(store, parsed);
		case 'who':
			return answerWho(store, parsed);
		case 'sources':
			return retitled(await sourcesQuery(store), baseReading('sources', parsed, 'Sources: every article in the coverage'));
		case 'summary':
			return answerSummary(store, parsed);
		default:
			return answerPassages(store, parsed, parsed.intent);
	}
}

