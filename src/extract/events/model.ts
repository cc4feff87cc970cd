import type { Meeting } from '../../facts/schema.js';
import type { TextRange } from '../../text/sentences.js';
import type { DateMention } from '../dates.js';

// A contact event as one article tells it, in offsets into the article body, with why each field is what it is.

/** A rule's decision: its id and the words it read. */
export interface Decision {
	rule: string;
	evidence: TextRange;
}

export interface RawMeeting {
	/** The sentence that tells the event first. */
	sentence: TextRange;
	participants: string[];
	kind: Meeting['kind'];
	place: TextRange | null;
	/** A party the article does not name: "met relatives", "will meet with the police leadership". */
	counterpart: TextRange | null;
	/** The date expression, which may stand in an earlier sentence that the event's sentence continues. */
	date: DateMention | null;
	status: Meeting['status'];
	why: { kind: Decision; participants: Decision; status: Decision; date: Decision | null; place: Decision | null };
	/** Other sentences of the article that tell the same event. */
	more: TextRange[];
	/** The people met after one verb with no word that they met together ("met A and B"), whom a later account may tell apart. */
	metAsOne?: string[];
}
