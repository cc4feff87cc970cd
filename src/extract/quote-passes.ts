import type { QuoteForm } from '../facts/schema.js';
import { STATEMENT_VERBS, TAKES_OBJECT } from '../lexicon/verbs.js';
import type { TextRange } from '../text/sentences.js';
import type { Cue } from './cues.js';

// The passes that choose who said a quotation, from the cues around it ("…," Lavrov said / Lavrov said: "…") or,
// without one, from the discourse (the speaker before it in the paragraph, the paragraph before). Each is a small
// pure function of the quotation's site; their order is in passes.ts.

/** A quotation, the cues found around it and what the story says about who spoke last. Read-only. */
export interface QuoteSite {
	/** The cue after the closing mark: '"…," Lavrov said', '"…," said the minister'. */
	after(): Cue | null;
	/** The nearest cue before the opening mark in its sentence: 'Lavrov said: "…"', 'He accused the U.S. of "…"'. */
	before(): Cue | null;
	/** A cue closing the sentence after more of the reporter's words: 'a "challenge," a deal was possible, X said.' */
	closing(): Cue | null;
	/** '“A” is “B” and “C,” Clinton said': the cue after a later quotation of the sentence, only the reporter's words between. */
	laterCue(): Cue | null;
	/** 'Lavrov was blunt: "…"': the person opening the sentence when a colon introduces the quotation. */
	colonSubject(): Cue | null;
	/** 'She went on to note that Trump had dismissed the tape as “…,” but “…”': the teller of the sentence. */
	outerTeller(): Cue | null;
	/** 'Fox's Rove: Deal Is “…”': the person named in full in the paragraph a run-in head gives by surname before a colon. */
	runInHead(): string | null;
	/** "Pompeo's reference to their presence being a "…"": the owner of a noun for what was said, before the quotation. */
	ownerOfSaying(): Cue | null;
	/** What kind of entity a cue names: person, organisation, country or place. */
	kindOf(cue: Cue | null): string | undefined;
	/** The text between the end of a cue's verb and the opening mark. */
	textFromVerb(cue: Cue): string;
	/** A verb of saying right after the quotation whose subject no pass could name ('"…," said one resident'). */
	saidBySomeone: boolean;
	/** Whether the quotation's own words name `name` ("It was easy for Mary Steenburgen …"). */
	names(name: string): boolean;
	/** Whether the quotation opens with "he" or "she" that may stand for `name`: words told of them, not theirs. */
	toldOf(name: string): boolean;
	/** 'In a statement ESPN said,' closing the paragraph before a quotation that opens its own: that cue. */
	introducedBefore(): Cue | null;
	/** The quotation fills its paragraph from the start. */
	wholeParagraph: boolean;
	paragraph: number;
	/** Who spoke last, and in which paragraph. */
	lastSpeaker: { name: string; paragraph: number } | undefined;
	/** The one person who opened the sentence before, in the same paragraph, when the quotation opens its own sentence. */
	openerBefore: string | null;
	/** The person the story is about, when the sentence before in the paragraph has their pronoun for subject and names no one. */
	pronounOpenerBefore: string | null;
	/** Whether a paragraph only narrates about `name`: no one else named, no quotation, no verb of saying. */
	aboutOnly(name: string, paragraph: number): boolean;
	/** The paragraph before is the reporter's question or prompt: "What would Starmer learn?", "…, I say." */
	afterQuestion: boolean;
	/** The paragraph before ends with a question quoted and its asker after it: '"…?" Gingrich interjected.' */
	afterToldQuestion: boolean;
	/** The person named on a line under the quotation, after a dash ("– Daiki A., 23, a professional athlete"). */
	signedBy: string | null;
	/** A name alone in brackets right after the closing mark: '“…” (Screen Daily)'. */
	citedBy: string | null;
	/** The quotation runs over more than one paragraph. */
	continued: boolean;
	/** Whether the pronoun of a cue may stand for `name` (gender as the article shows it). */
	fits(name: string, cue: Cue): boolean;
	/** The person the story is about: whom an interview's answers are from. */
	protagonist: string | null;
	/** "TASS has compiled the diplomat’s key statements." before the quotation: whose statements the story lists. */
	compiledFrom: string | null;
	/** The words describing the unnamed person a cue's subject is ("one legal expert"; "the expert" as introduced), or null. */
	describedBy(cue: Cue): TextRange | null;
	/** The words describing the unnamed person who spoke the quotation before, in this paragraph, no one named since. */
	describedBefore: TextRange | null;
}

/** A quotation's speaker (null: the article does not make it clear), how the article attributes it, and the cue. */
export interface QuoteDecision {
	speaker: string | null;
	form: QuoteForm;
	cue: Cue | null;
	/** With no speaker: the article's words for the unnamed person who spoke ("a person familiar with the matter"). */
	source?: TextRange;
}

/** The rule recorded for a pronoun's referent the quotation names: '"… Mary Steenburgen …," she said' is not hers. */
const NAMED_INSIDE = 'named-inside';

function byCue(site: QuoteSite, cue: Cue, form: QuoteForm): QuoteDecision {
	const { name, via } = cue.subject;
	if (!name) {
		// '"…," said one legal expert': nobody named, but someone the article describes; not the teller of words set in
		// the reporter's own sentence ('what one lawmaker described as "…"'), who may be someone named elsewhere.
		const source = form === 'partial' ? null : site.describedBy(cue);
		return { speaker: null, form: 'unattributed', cue, ...(source ? { source } : {}) };
	}
	// A speaker names others in the third person, rarely themselves: a pronoun that would give the words to someone
	// they speak of is read wrong (a slip, or another referent); the words are nobody's that the article makes clear.
	if (via === 'pronoun' && site.names(name)) {
		return { speaker: null, form: 'unattributed', cue: { ...cue, subject: { ...cue.subject, name: null, via: 'generic', rule: NAMED_INSIDE } } };
	}
	return { speaker: name, form: via === 'pronoun' ? 'pronoun' : via === 'title' ? 'title-only' : form, cue };
}

/** '"…," Lavrov said', '"…," said the minister', '"…," he added': a person named right after the quotation. */
export function speakerAfter(site: QuoteSite): QuoteDecision | null {
	const after = site.after();
	if (!after?.subject.name || site.kindOf(after) !== 'person') return null;
	// 'Tung said … and warned him "to please …' over two paragraphs, then '"…," he said': the "he" after a quotation
	// continued across paragraphs is the person named before it, who has not been read into the story yet.
	const before = after.subject.via === 'pronoun' && site.continued ? site.before() : null;
	const named = before?.subject.via === 'name' && site.kindOf(before) === 'person' && site.fits(before.subject.name!, after) ? before : null;
	return named ? byCue(site, named, 'speaker-before') : byCue(site, after, 'speaker-after');
}

/**
 * 'he … said, "…," the prosecutor's office said': a person's verb right before the quotation; the body named after
 * it only reports that he said it.
 */
export function personBeforeBodyAfter(site: QuoteSite): QuoteDecision | null {
	const after = site.after();
	const before = site.before();
	if (!after?.subject.name || !before || site.kindOf(before) !== 'person' || site.kindOf(after) === 'person') return null;
	// "he asked about her work and said, "…"": a second verb of the same subject right before the quotation.
	if (/^[,:]?\s*$|\band\s+\p{Ll}+[,:]\s*$/u.test(site.textFromVerb(before))) return byCue(site, before, 'speaker-before');
	// 'Dunford told reporters that the visit gives them a chance to "…," according to a report': the report only carries it.
	// 'Pompeo spoke to Kang, and the two "agreed …," according to a readout': a verb that reports no clause tells no words.
	const reportsClause = STATEMENT_VERBS.has(before.verb.text.toLowerCase());
	return after.verb.text.toLowerCase() === 'according' && reportsClause ? byCue(site, before, 'partial') : null;
}

/** '"…," the ministry said', '"…," Beijing said': a body named right after the quotation. */
export function bodyAfter(site: QuoteSite): QuoteDecision | null {
	const after = site.after();
	return after?.subject.name ? byCue(site, after, 'speaker-after') : null;
}

/** '“reminiscent of the early work of Spike Lee” (Screen Daily)': the source cited in brackets after the quotation. */
export function citedAfter(site: QuoteSite): QuoteDecision | null {
	return site.citedBy ? { speaker: site.citedBy, form: 'speaker-after', cue: null } : null;
}

/** 'Lavrov said: "…"', 'Wang said China "…"' (partial: more words between the verb and the quotation). */
export function speakerBefore(site: QuoteSite): QuoteDecision | null {
	const before = site.before();
	if (!before) return null;
	// "Lopez told reporters: "…"": the listener of a verb that takes one is not part of the reporter's sentence.
	const listener = TAKES_OBJECT.has(before.verb.text.toLowerCase()) ? /^\s*(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*[:,]\s*$/ : /^$/;
	const partial = /\w/.test(site.textFromVerb(before).replace(listener, '').replace(/\b(?:that|on \w+)\b/g, ''));
	// 'That Xi announced the targets signals a "very high-level commitment," says Belinda Schäpe': the cue closing the
	// sentence reports the words; the verb before only told of something else.
	if (partial && site.closing()?.subject.name) return null;
	// 'Appelbaum pointed to President Eisenhower's hope that "…"': the owner of what was said, named after the verb, said it.
	const owner = partial ? site.ownerOfSaying() : null;
	if (owner && owner.range.start > before.verb.end) return null;
	return byCue(site, before, partial ? 'partial' : 'speaker-before');
}

/** '"…," said one resident', '"…," officials said': a source after the quotation that names nobody. */
export function unnamedAfter(site: QuoteSite): QuoteDecision | null {
	const after = site.after();
	return after ? byCue(site, after, 'speaker-after') : null;
}

/** "Secretary of State Mike Pompeo's reference to their presence being a "constraint on U.S. policy"": the owner's words. */
export function ownerOfSaying(site: QuoteSite): QuoteDecision | null {
	const cue = site.ownerOfSaying();
	return cue ? byCue(site, cue, 'partial') : null;
}

/** 'Sinwar's promotion might seem a "challenge to Israel," a deal was still possible, Abu Amer told the AP.' */
export function closingCue(site: QuoteSite): QuoteDecision | null {
	const closing = site.closing();
	return closing ? byCue(site, closing, 'partial') : null;
}

/** '“The pressure to raise money” is “crazy” and “no way to run a country,” Clinton said': the words before share the cue. */
export function laterCueInSentence(site: QuoteSite): QuoteDecision | null {
	const cue = site.laterCue();
	return cue?.subject.name ? byCue(site, cue, 'partial') : null;
}

/** 'Lavrov was blunt: "…"', 'The minister had one message: "…"': a colon hands the quotation to the sentence's subject. */
export function colonAfterSubject(site: QuoteSite): QuoteDecision | null {
	const cue = site.colonSubject();
	return cue ? byCue(site, cue, 'speaker-before') : null;
}

/** 'Fox's Rove: Deal Is “…”': the paragraph's run-in head names by surname whose words follow, named in full after it. */
export function runInHead(site: QuoteSite): QuoteDecision | null {
	const speaker = site.runInHead();
	return speaker ? { speaker, form: 'partial', cue: null } : null;
}

/** 'She went on to note that Trump had dismissed the tape as “…,” but “…”': the teller, not the one whose words she reports. */
export function outerTeller(site: QuoteSite): QuoteDecision | null {
	const cue = site.outerTeller();
	return cue ? byCue(site, cue, 'partial') : null;
}

/** No cue in its sentence: the speaker of the quotation or statement just before it in the same paragraph. */
export function sameParagraph(site: QuoteSite): QuoteDecision | null {
	const previous = site.lastSpeaker;
	if (site.saidBySomeone || !previous || previous.paragraph !== site.paragraph) return null;
	return { speaker: previous.name, form: 'speaker-before', cue: null };
}

/** No cue, no speaker in the paragraph: the one person who opened the sentence before it ("Aderholt returned to it. “…?”"). */
export function openerBefore(site: QuoteSite): QuoteDecision | null {
	if (site.saidBySomeone || !site.openerBefore || (site.lastSpeaker && site.lastSpeaker.paragraph === site.paragraph)) return null;
	// "Ansari instructed her to turn around. “He sat back …”": the words tell of the one who opened the sentence.
	if (site.toldOf(site.openerBefore)) return null;
	return { speaker: site.openerBefore, form: 'speaker-before', cue: null };
}

/** No cue, no speaker in the paragraph: "He is more emphatic about Ukraine. “…”", "he" being the one the story is about. */
export function pronounOpenerBefore(site: QuoteSite): QuoteDecision | null {
	if (site.saidBySomeone || !site.pronounOpenerBefore || (site.lastSpeaker && site.lastSpeaker.paragraph === site.paragraph)) return null;
	return { speaker: site.pronounOpenerBefore, form: 'pronoun', cue: null };
}

/** A quotation ending its paragraph, signed on the line under it: "– Daiki A. (pseudonym), 23, a professional athlete". */
export function signedBelow(site: QuoteSite): QuoteDecision | null {
	return site.signedBy ? { speaker: site.signedBy, form: 'speaker-after', cue: null } : null;
}

/** An interview: a paragraph of quotation answering the reporter's question is the answer of the person interviewed. */
export function answer(site: QuoteSite): QuoteDecision | null {
	if (site.saidBySomeone || !site.wholeParagraph || !site.afterQuestion || !site.protagonist) return null;
	return { speaker: site.protagonist, form: 'continuation', cue: null };
}

/** '“…?” the official said. “…”': no cue, the unnamed person the article described as speaking just before, in the paragraph. */
export function describedBefore(site: QuoteSite): QuoteDecision | null {
	if (site.saidBySomeone || !site.describedBefore) return null;
	return { speaker: null, form: 'unattributed', cue: null, source: site.describedBefore };
}

/** 'In a statement ESPN said,' / '"…"': the cue closing the paragraph before introduces the quotation. */
export function introducedBefore(site: QuoteSite): QuoteDecision | null {
	const cue = site.introducedBefore();
	return cue?.subject.name ? byCue(site, cue, 'speaker-before') : null;
}

/**
 * A paragraph that is all quotation: whoever spoke in the paragraph before, or the one before that when the paragraph
 * between only narrates about them ("She has already been forced to sell her field.").
 */
export function continuation(site: QuoteSite): QuoteDecision | null {
	const previous = site.lastSpeaker;
	// '"…?" Gingrich interjected.' / '"Listen, …"': the words after a question told as asked answer it, from someone else.
	if (site.saidBySomeone || !previous || !site.wholeParagraph || site.afterToldQuestion) return null;
	const { paragraph } = site;
	const follows = previous.paragraph === paragraph - 1 || (previous.paragraph === paragraph - 2 && site.aboutOnly(previous.name, paragraph - 1));
	return follows ? { speaker: previous.name, form: 'continuation', cue: null } : null;
}

/**
 * "TASS has compiled the diplomat’s key statements." / "Moscow has emphasized to Tokyo that …: "…"": in a digest of one
 * person's statements, the state a point is told of speaking is the voice they speak in; the words are theirs.
 */
export function compiledForState(site: QuoteSite): QuoteDecision | null {
	const before = site.before();
	if (!site.compiledFrom || !before?.subject.name || !['country', 'place'].includes(site.kindOf(before) ?? '')) return null;
	return pointOfDigest(site);
}

/** No cue: in a digest of one person's statements ("TASS has compiled the diplomat’s key statements."), theirs. */
export function compiledStatements(site: QuoteSite): QuoteDecision | null {
	return site.saidBySomeone ? null : pointOfDigest(site);
}

/** A quotation of a digest, the digest's owner's: a paragraph of its own, or part of the reporter's summary of a point. */
function pointOfDigest(site: QuoteSite): QuoteDecision | null {
	return site.compiledFrom ? { speaker: site.compiledFrom, form: site.wholeParagraph ? 'continuation' : 'partial', cue: null } : null;
}
