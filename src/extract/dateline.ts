/**
 * The dateline opening a story says where it was filed: "LAS VEGAS —", "HAVANA, Cuba (AP) —", "GENEVA, March 3 (Reuters) -",
 * "SEOUL, Jan. 2 (Yonhap) --", "WASHINGTON—". Its town is a place, never a party or a speaker, and the story's first
 * sentence starts after it. A banner ("UPDATE —", "BREAKING -") is no town, and a hyphen needs a space after it
 * ("NATO-led forces" opens no dateline).
 */
const DATELINE = new RegExp(
	String.raw`^\s*(?!(?:UPDATED?|BREAKING|EXCLUSIVE|WATCH|LIVE|ANALYSIS|OPINION)\b)` +
		String.raw`(\p{Lu}[\p{Lu}.'’]+(?:[ /-]\p{Lu}[\p{Lu}.'’]*){0,3})` +
		String.raw`(?:,(?:\s*[\p{L}\p{N}.]+){1,3})?(?:\s*\([^)]{1,40}\))?\s*(?:[—–]\s*|--?\s+)`,
	'u',
);

export interface Dateline {
	/** The town as written, in capitals: "LAS VEGAS". */
	town: string;
	/** How many characters of the text the dateline takes, the space after it included. */
	length: number;
}

/** The dateline `text` opens with, or null. */
export function readDateline(text: string): Dateline | null {
	const match = DATELINE.exec(text);
	return match ? { town: match[1]!, length: match[0].length } : null;
}
