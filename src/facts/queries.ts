import type { Answer } from '../answer/answer.js';
import { topicKey } from '../extract/topics.js';
import { AnswerBuilder, notFound } from './answer-builder.js';
import type { Entity, Meeting } from './schema.js';
import type { FactStore } from './store.js';
import { normalize } from '../text/normalize.js';

// The facts module: pure functions from the store and the user's words to one Answer.

const SUGGESTIONS = 5;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const names = (entities: Entity[]) => entities.map((e) => e.name).join(', ');

/** The closest names, topics or articles; when nothing is close, the ones most written about. */
function suggest(store: FactStore, type: 'entity' | 'topic' | 'article' | 'any', text: string): string[] {
	// What was asked for is no suggestion ("energy" when the topic exists but has nothing to show).
	const close = store.complete(type, text, SUGGESTIONS + 1).filter((c) => normalize(c.name) !== normalize(text) && c.key !== text);
	return (close.length ? close : store.complete(type, '', SUGGESTIONS)).slice(0, SUGGESTIONS).map((c) => c.name);
}

function unknownName(store: FactStore, command: string, name: string): Answer {
	return notFound(command, `Nothing found for "${name}"`, `The articles name no one called "${name}".`, suggest(store, 'entity', name));
}

/** Earliest first, undated last. */
const byMeetingDate = (a: Meeting, b: Meeting) => (a.date?.start ?? '9999').localeCompare(b.date?.start ?? '9999');
/** Newest first, undated last: the latest contact is the headline. */
const newestMeetingFirst = (a: Meeting, b: Meeting) => (b.date?.start ?? '').localeCompare(a.date?.start ?? '');

export function quotes(store: FactStore, speaker: string, topic?: string): Answer {
	const people = store.resolveEntities(speaker);
	if (people.length === 0) return unknownName(store, 'quote', speaker);
	const wanted = topic ? topicKey(topic) ?? topic.toLowerCase() : null;
	const about = <T extends { topics: string[]; span: { text: string } }>(item: T) => !wanted || item.topics.includes(wanted) || item.span.text.toLowerCase().includes(wanted);
	const found = people.flatMap((p) => store.quotesBy(p.key).filter(about));
	// A statement that holds the speaker's own quotation would show the same words twice.
	const paraphrased = people.flatMap((p) => store.statementsBy(p.key).filter((s) => about(s) && !store.echoesQuote(s)));
	const who = names(people);
	if (found.length + paraphrased.length === 0) {
		const message = topic ? `No quote or statement by ${who} on "${topic}" in the articles.` : `The articles quote nothing from ${who}.`;
		return notFound('quote', `No quotes from ${who}`, message, topic ? suggest(store, 'topic', topic) : []);
	}
	const answer = new AnswerBuilder(store, 'quote');
	answer.addAll(found, (q) => answer.quote(q));
	answer.addAll(paraphrased, (s) => answer.statement(s));
	const lead = `${plural(found.length, 'quote')}${paraphrased.length ? ` and ${plural(paraphrased.length, 'paraphrased statement')}` : ''}${topic ? ` on ${topic}` : ''}`;
	return answer.build(`Quotes: ${who}`, lead);
}

export function meetings(store: FactStore, person: string, counterpart?: string): Answer {
	const people = store.resolveEntities(person);
	if (people.length === 0) return unknownName(store, 'met', person);
	const others = counterpart ? store.resolveEntities(counterpart) : [];
	if (counterpart && others.length === 0) return unknownName(store, 'met', counterpart);
	const otherKeys = new Set(others.map((o) => o.key));
	const found = [...new Set(people.flatMap((p) => store.meetingsOf(p.key)))]
		.filter((m) => !counterpart || m.participants.some((k) => otherKeys.has(k)))
		.sort(newestMeetingFirst);
	const who = names(people) + (counterpart ? ` and ${names(others)}` : '');
	if (found.length === 0) return notFound('met', `No meetings: ${who}`, `The articles report no meeting, call or visit of ${who}.`, []);
	const answer = new AnswerBuilder(store, 'met');
	answer.addAll(found, (m) => answer.meeting(m));
	return answer.build(`Meetings: ${who}`, found.length === 1 ? '1 meeting, call or visit' : `${found.length} meetings, calls and visits, newest first`);
}

export function facts(store: FactStore, topic: string): Answer {
	const key = topicKey(topic);
	const index = key ? store.topic(key) : undefined;
	const answer = new AnswerBuilder(store, 'facts');
	if (index && (index.sentences.length || index.figures.length)) {
		// The index keeps sentences with a figure first: they carry the hardest facts.
		answer.addAll(index.sentences, (s) => answer.sentence(s));
		return answer.build(`Facts: ${key}`, `${plural(index.sentences.length, 'sentence')} on ${key}, ${plural(index.figures.length, 'figure')}`);
	}
	const hits = store.searchSentences(topic, 200);
	if (hits.length === 0) return notFound('facts', `Nothing on "${topic}"`, `The articles say nothing about "${topic}".`, suggest(store, 'any', topic));
	answer.addAll(hits, (s) => answer.sentence(s));
	return answer.build(`Facts: ${topic}`, `${plural(hits.length, 'sentence')} mentioning "${topic}"`);
}

export function figures(store: FactStore, topic?: string): Answer {
	const key = topic ? topicKey(topic) : null;
	// A topic's figures from its index; any other word through the sentence search.
	const list = !topic ? store.facts.figures : key ? store.topic(key)?.figures ?? [] : store.searchSentences(topic, 200).flatMap((s) => store.figuresIn(s));
	if (list.length === 0) return notFound('figures', `No figures${topic ? ` on "${topic}"` : ''}`, `The articles give no figures${topic ? ` about "${topic}"` : ''}.`, topic ? suggest(store, 'topic', topic) : []);
	const answer = new AnswerBuilder(store, 'figures');
	answer.addAll(list, (f) => answer.figure(f));
	return answer.build(`Figures${topic ? `: ${key ?? topic}` : ''}`, plural(list.length, 'figure'));
}

export function sources(store: FactStore): Answer {
	const answer = new AnswerBuilder(store, 'sources');
	const articles = store.articlesByDate;
	answer.addAll(articles, (a) => {
		const details: Record<string, string> = { outlet: a.outlet ?? 'not named in the article', published: a.published ?? 'not stated' };
		if (a.authors.length) details.authors = a.authors.join(', ');
		if (a.via) details.via = a.via;
		if (a.cites.length) details.cites = a.cites.join(', ');
		if (a.url) details.url = a.url;
		answer.line('source', a.title, a.outlet ?? 'Outlet not named', details, a.id);
	});
	return answer.build('Sources', plural(articles.length, 'article'));
}

export function summary(store: FactStore, article?: string): Answer {
	const chosen = article ? store.findArticle(article) : undefined;
	if (article && !chosen) return notFound('summary', `No article "${article}"`, `No article matches "${article}".`, suggest(store, 'article', article));
	const answer = new AnswerBuilder(store, 'summary');
	// One article: its summary; all of them: the lead sentence of each, newest first.
	const sentences = chosen ? chosen.summary : store.articlesByDate.flatMap((a) => a.summary.slice(0, 1));
	answer.addAll(sentences, (s) => answer.sentence({ span: s, paragraph: 0, topics: [], commentary: false }, 'summary'));
	return answer.build(chosen ? `Summary: ${chosen.title}` : 'Summaries', chosen ? null : plural(store.facts.articles.length, 'article'));
}

export function timeline(store: FactStore, person?: string): Answer {
	const people = person ? store.resolveEntities(person) : [];
	if (person && people.length === 0) return unknownName(store, 'timeline', person);
	const dated = person ? [...new Set(people.flatMap((p) => store.meetingsOf(p.key)))].filter((m) => m.date).sort(byMeetingDate) : store.datedMeetings;
	if (dated.length === 0) return notFound('timeline', 'No dated events', `The articles date no meeting${person ? ` of ${names(people)}` : ''}.`, []);
	const answer = new AnswerBuilder(store, 'timeline');
	answer.addAll(dated, (m) => answer.meeting(m));
	return answer.build(`Timeline${person ? `: ${names(people)}` : ''}`, `${plural(dated.length, 'dated event')}, earliest first`);
}

export function who(store: FactStore, name: string): Answer {
	const people = store.resolveEntities(name);
	if (people.length === 0) return unknownName(store, 'who', name);
	const answer = new AnswerBuilder(store, 'who');
	for (const e of people) {
		const details: Record<string, string> = { kind: e.kind, quotes: String(store.quotesBy(e.key).length), meetings: String(store.meetingsOf(e.key).length) };
		if (e.aliases.length) details['also called'] = e.aliases.slice(0, 12).join('; ');
		// The role as written; without one, how often the articles name them.
		const role = e.roles[0];
		const articles = new Set(e.mentions.map((m) => m.article)).size;
		const named = `named ${plural(e.mentions.length, 'time')} in ${plural(articles, 'article')}`;
		answer.line('person', role ? role.text : named, e.name, details, role?.article ?? e.mentions[0]?.article ?? null, role ?? null);
		for (const q of store.quotesBy(e.key).slice(0, 3)) answer.quote(q);
		for (const m of store.meetingsOf(e.key).slice(0, 3)) answer.meeting(m);
	}
	return answer.build(`Who: ${names(people)}`, null);
}

export function search(store: FactStore, text: string): Answer {
	const hits = store.searchSentences(text, 200);
	if (hits.length === 0) return notFound('search', `No match for "${text}"`, `No sentence in the articles matches "${text}".`, suggest(store, 'any', text));
	const answer = new AnswerBuilder(store, 'search');
	answer.addAll(hits, (s) => answer.sentence(s));
	return answer.build(`Search: ${text}`, plural(hits.length, 'matching sentence'));
}
