import type { Answer, AnswerItem } from './answer.js';
import { CLOSEST, detailsLine, itemBody, itemNote, sourceLine } from './format.js';

// Answer → plain text for the offline console and the `ask` CLI: the same content as the embed, no Markdown.

function itemLines(item: AnswerItem): string[] {
	const mark = item.cite === null ? '•' : `[${item.cite}]`;
	const note = itemNote(item);
	const label = item.label ? `${item.label}${note ? ` ${note}` : ''}: ` : note ? `${note} ` : '';
	const lines = [`${mark} ${label}${itemBody(item)}`];
	const details = detailsLine(item.details);
	if (details) lines.push(`    ${details}`);
	return lines;
}

export function renderText(answer: Answer): string {
	const lines = [answer.title];
	if (answer.notFound !== null) {
		lines.push(answer.notFound);
		if (answer.suggestions.length > 0) lines.push(`Did you mean: ${answer.suggestions.join(', ')}`);
		if (answer.items.length === 0) return lines.join('\n') + '\n';
		lines.push('', CLOSEST);
	} else if (answer.lead) lines.push(answer.lead, '');
	else lines.push('');
	if (answer.items.length === 0) lines.push('Nothing to show.');
	for (const item of answer.items) lines.push(...itemLines(item));
	if (answer.omitted > 0) lines.push(`+${answer.omitted} more not shown: narrow the question to see them.`);
	if (answer.sources.length > 0) {
		lines.push('', 'Sources');
		for (const source of answer.sources) {
			lines.push(`[${source.n}] ${source.title} — ${sourceLine(source)}`);
			if (source.url) lines.push(`    ${source.url}`);
		}
	}
	return lines.join('\n') + '\n';
}
