// Sentence boundaries with character offsets. A boundary is end punctuation (plus any closing quotes or brackets)
// followed by space and a capital, digit or opening quote, unless the word before the dot is an abbreviation or
// an initial ("Ann M. Simmons", "Mr. Obama", "the U.S. Treasury").

/** Words written with a dot that does not end a sentence. */
export const ABBREVIATIONS = new Set(
	`mr mrs ms dr prof gen lt col capt sgt maj cmdr adm sen rep del gov pres st jr sr rev hon fr no nos vs etc inc corp co ltd dept est approx fig
	jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave blvd`.split(/\s+/),
);

const SENTENCE_OPENERS =
	/^\s+["“‘]?(?:He|She|It|They|We|I|His|Her|Its|Their|Our|The|This|That|These|Those|But|And|However|In|On|At|After|Before|When|While|There|A|An)\b/;

export interface TextRange {
	start: number;
	end: number;
}

const CLOSERS = `"'”’)]`;

function isAbbreviation(text: string, dot: number): boolean {
	let i = dot - 1;
	while (i >= 0 && /[\p{L}.]/u.test(text[i]!)) i--;
	const word = text.slice(i + 1, dot);
	if (/^\p{Lu}$/u.test(word)) return true; // an initial
	// "Jr." ends a name, and a capital after it opens a new sentence ("… not Trump Jr. Trump Jr.'s spokesman did not").
	if (word.toLowerCase() === 'jr') return false;
	// U.S, a.m: an abbreviation, unless a word that only opens sentences follows ("in the U.S. His family …").
	if (/^(\p{L}\.)+\p{L}$/u.test(word)) return !SENTENCE_OPENERS.test(text.slice(dot + 1, dot + 12));
	return ABBREVIATIONS.has(word.toLowerCase());
}

/** Sentences of `text` between `from` and `to`, trimmed, as offsets into `text`. */
export function splitSentences(text: string, from = 0, to = text.length): TextRange[] {
	const out: TextRange[] = [];
	let start = from;
	const re = /[.!?…]+/g;
	re.lastIndex = from;
	for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
		let end = m.index + m[0].length;
		while (end < to && CLOSERS.includes(text[end]!)) end++;
		// Several spaces may follow, no-break ones too ("2022.\u00a0 \u00a0Ali Sabry").
		const after = text.slice(end, Math.min(to, end + 8));
		// A quotation closed after its stop may run into the next sentence with no space ('… limited.”Trump announced').
		const closedQuote = /[”"]/.test(text.slice(m.index + m[0].length, end)) && /^\p{Lu}\p{Ll}/u.test(after);
		if (!closedQuote && !/^\s+["“‘'(\[]?[\p{Lu}\p{N}]/u.test(after)) continue;
		if (m[0] === '.' && isAbbreviation(text, m.index)) continue;
		out.push({ start, end });
		start = end;
		while (start < to && /\s/.test(text[start]!)) start++;
		re.lastIndex = start;
	}
	if (start < to && text.slice(start, to).trim()) {
		let end = to;
		while (end > start && /\s/.test(text[end - 1]!)) end--;
		out.push({ start, end });
	}
	return out;
}
