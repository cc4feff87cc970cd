import type { APIActionRowComponent, APIButtonComponentWithCustomId, APIEmbed } from 'discord.js';
import type { Answer, AnswerItem, Citation } from './answer.js';
import { cutAtWord, escapeWithin } from './cut.js';
import { CLOSEST, detailsLine, itemBody, itemNote, linkTarget, sourceLine } from './format.js';
import { BUDGET, EPHEMERAL, LIMITS } from './limits.js';

// Answer → Discord message payload (plain API JSON). Pure: no client, no interaction, no I/O, and no runtime import of
// discord.js, so the console and the CLI never load it.

/** Discord API v10 component numbers: an action row, a button, the grey button style. */
const ACTION_ROW = 1;
const BUTTON = 2;
const SECONDARY = 2;

export interface ReplyPayload {
	embeds: APIEmbed[];
	components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
	flags?: number;
	allowed_mentions: { parse: [] };
}

/** The custom id of the button that shows `page`, or null when the query does not fit in one. */
export type PagingIdFor = (page: number) => string | null;

const COLOURS: Record<string, number> = {
	facts: 0x3b82f6,
	quote: 0x8b5cf6,
	met: 0x10b981,
	figures: 0xf59e0b,
	summary: 0x06b6d4,
	timeline: 0xec4899,
	who: 0x6366f1,
	sources: 0x64748b,
	search: 0x0ea5e9,
	ask: 0x22c55e,
	help: 0x94a3b8,
};
const DEFAULT_COLOUR = 0x5865f2;
const NOT_FOUND_COLOUR = 0x9ca3af;
const ERROR_COLOUR = 0xef4444;

export const colourFor = (command: string): number => COLOURS[command] ?? DEFAULT_COLOUR;

function citeMark(n: number, source: Citation | undefined): string {
	const target = linkTarget(source?.url ?? null);
	return target ? `[\\[${n}\\]](${target})` : `\\[${n}\\]`;
}

/** One item as a Markdown block: citation, label, the (escaped, possibly cut) text, then its details. */
export function itemBlock(item: AnswerItem, sources: readonly Citation[]): string {
	const mark = item.cite === null ? '•' : `**${citeMark(item.cite, sources.find((s) => s.n === item.cite))}**`;
	const note = itemNote(item);
	const label = item.label ? `**${escapeWithin(item.label, 200)}**${note ? ` ${note}` : ''}: ` : note ? `${note} ` : '';
	const lines = [`${mark} ${label}${itemBody(item, escapeWithin(item.text, BUDGET.itemText))}`];
	const details = detailsLine(item.details);
	if (details) lines.push(`*${escapeWithin(details, 300)}*`);
	return lines.join('\n');
}

/** Item indexes per page: greedy by characters and count, every page holding at least one item. */
export function paginate(blocks: readonly string[], budget: number): number[][] {
	const pages: number[][] = [];
	let current: number[] = [];
	let used = 0;
	blocks.forEach((block, i) => {
		const cost = block.length + 2;
		if (current.length > 0 && (used + cost > budget || current.length >= BUDGET.itemsPerPage)) {
			pages.push(current);
			current = [];
			used = 0;
		}
		current.push(i);
		used += cost;
	});
	if (current.length > 0) pages.push(current);
	return pages;
}

function footerFor(sources: readonly Citation[], pageInfo: string | null): string {
	const tail = pageInfo ? `\n${pageInfo}` : '';
	const lines: string[] = [];
	let used = tail.length;
	for (const [i, source] of sources.entries()) {
		const line = cutAtWord(`[${source.n}] ${sourceLine(source)}`, 300);
		const more = `\n+${sources.length - i} more sources`;
		if (used + line.length + 1 + more.length > BUDGET.footer) {
			lines.push(more.trim());
			break;
		}
		lines.push(line);
		used += line.length + 1;
	}
	return (lines.join('\n') + tail).trim();
}

/** Characters Discord counts towards an embed's 6,000. */
const embedLength = (e: APIEmbed): number =>
	(e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0) +
	(e.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0);

/** The last guard before sending: whatever the parts measured, the whole embed fits Discord's total (footer cut first). */
export function withinTotal(embed: APIEmbed): APIEmbed {
	const over = embedLength(embed) - LIMITS.embedTotal;
	if (over <= 0) return embed;
	const footer = embed.footer?.text ?? '';
	const fromFooter = Math.min(over, footer.length);
	const fitted: APIEmbed = { ...embed };
	if (fromFooter < footer.length) fitted.footer = { text: cutAtWord(footer, footer.length - fromFooter) };
	else delete fitted.footer;
	const fromDescription = over - fromFooter;
	if (fromDescription > 0 && fitted.description) fitted.description = cutAtWord(fitted.description, fitted.description.length - fromDescription);
	return fitted;
}

function button(label: string, customId: string, disabled: boolean): APIButtonComponentWithCustomId {
	return { type: BUTTON, style: SECONDARY, label, custom_id: customId, disabled };
}

/** Renders one page of an answer; `page` is clamped, so a stale button still gets a valid page. */
export function renderEmbedPage(answer: Answer, page = 0, pagingIdFor: PagingIdFor = () => null): ReplyPayload {
	if (answer.notFound !== null) return renderNotFound(answer);
	const title = escapeWithin(answer.title, LIMITS.embedTitle);
	const lead = answer.lead ? escapeWithin(answer.lead, BUDGET.lead) : '';
	const blocks = answer.items.map((item) => itemBlock(item, answer.sources));
	const reserve = 120; // room for the lead separator and a "+N more" note
	const pages = paginate(blocks, BUDGET.description - lead.length - reserve);
	const pageable = pages.length > 1 && pagingIdFor(0) !== null && pagingIdFor(1) !== null;
	const index = pageable ? Math.min(Math.max(0, page), pages.length - 1) : 0;
	const shown = pages[index] ?? [];

	const parts = lead ? [lead] : [];
	if (shown.length > 0) parts.push(shown.map((i) => blocks[i]).join('\n\n'));
	else parts.push('*Nothing to show.*');
	// Items the query left out, plus those only further pages would show when there is no room to page.
	const unpaged = pageable ? 0 : answer.items.length - (pages[0]?.length ?? 0);
	const omitted = answer.omitted + unpaged;
	if (omitted > 0 && (!pageable || index === pages.length - 1)) parts.push(`*+${omitted} more not shown: narrow the question to see them.*`);

	const cited = new Set(shown.map((i) => answer.items[i]?.cite));
	const sources = answer.sources.filter((s) => cited.has(s.n));
	const pageInfo = pageable
		? `Page ${index + 1}/${pages.length} · ${answer.items.length} items${answer.omitted > 0 ? ` (+${answer.omitted} more)` : ''}`
		: null;
	const footer = footerFor(sources, pageInfo);

	const embed: APIEmbed = { title, description: parts.join('\n\n'), color: colourFor(answer.command) };
	if (footer) embed.footer = { text: footer };
	const components: ReplyPayload['components'] = [];
	if (pageable) {
		const previous = pagingIdFor(Math.max(0, index - 1)) ?? '';
		const next = pagingIdFor(Math.min(pages.length - 1, index + 1)) ?? '';
		components.push({
			type: ACTION_ROW,
			components: [button('◀ Previous', previous, index === 0), button('Next ▶', next, index === pages.length - 1)],
		});
	}
	return { embeds: [withinTotal(embed)], components, allowed_mentions: { parse: [] } };
}

/** Nothing matched: the message and the closest names, visible only to the person who asked. */
export function renderNotFound(answer: Answer): ReplyPayload {
	const message = escapeWithin(answer.notFound ?? 'Nothing found.', 1000);
	const suggestions = answer.suggestions.slice(0, 10).map((s) => `\`${s.replace(/`/g, "'")}\``);
	const hint = suggestions.length > 0 ? `\n\n**Did you mean:** ${suggestions.join(', ')}` : '';
	const closest = answer.items.slice(0, 5).map((item) => itemBlock(item, answer.sources));
	const related = closest.length ? `\n\n*${CLOSEST}*\n\n${closest.join('\n\n')}` : '';
	const cited = new Set(answer.items.slice(0, 5).map((i) => i.cite));
	const footer = footerFor(answer.sources.filter((s) => cited.has(s.n)), null);
	const embed: APIEmbed = {
		title: escapeWithin(answer.title, LIMITS.embedTitle),
		description: cutAtWord(message + hint + related, LIMITS.embedDescription),
		color: NOT_FOUND_COLOUR,
	};
	if (footer) embed.footer = { text: footer };
	return { embeds: [withinTotal(embed)], components: [], flags: EPHEMERAL, allowed_mentions: { parse: [] } };
}

/** A short ephemeral notice (refusals, bad options, unexpected errors); the text is ours, not the user's. */
export function renderNotice(text: string, tone: 'error' | 'info' = 'error'): ReplyPayload {
	const embed: APIEmbed = {
		description: cutAtWord(`${tone === 'error' ? '❌ ' : ''}${text}`, LIMITS.embedDescription),
		color: tone === 'error' ? ERROR_COLOUR : NOT_FOUND_COLOUR,
	};
	return { embeds: [withinTotal(embed)], components: [], flags: EPHEMERAL, allowed_mentions: { parse: [] } };
}
