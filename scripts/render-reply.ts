// Renders one real Factdesk reply as a self-contained HTML page styled like Discord's dark theme, so the README can
// show what a reply looks like without a bot token, a server or a screenshot of someone's client. The payload is the
// one the bot sends (renderEmbedPage with real paging ids), so the picture follows the renderer when it changes.
//
//   npx tsx scripts/render-reply.ts                                   # /quote lavrov → docs/reply.html
//   npx tsx scripts/render-reply.ts met putin --out docs/met.html     # any console line; name:value options work
//   chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
//     --disable-component-update --disable-sync --user-data-dir=$(mktemp -d) --hide-scrollbars \
//     --window-size=900,520 --screenshot=docs/reply.png docs/reply.html         # met.png: --window-size=900,584
//
// Only bold, italics, masked links, inline code, backslash escapes and "> " block quotes are rendered: that is
// all the embed renderer emits. No network: system fonts, no images.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { APIEmbed } from 'discord.js';
import { commandsByName } from '../commands/index.js';
import { renderEmbedPage, type ReplyPayload } from '../src/answer/embed.js';
import { parseLine } from '../src/cli/console-line.js';
import { encodePagingId } from '../src/discord/custom-id.js';
import { openFactStore } from '../src/facts/load.js';
import { runCommand } from '../src/run-command.js';

const args = process.argv.slice(2);
const outAt = args.findIndex((a) => a === '--out');
const out = outAt >= 0 ? (args.splice(outAt, 2)[1] ?? 'docs/reply.html') : 'docs/reply.html';
const line = `/${args.length > 0 ? args.join(' ') : 'quote lavrov'}`.replace(/^\/\//, '/');

const html = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const hex = (colour: number | undefined): string => `#${(colour ?? 0x1e1f22).toString(16).padStart(6, '0')}`;

/** One line of Discord Markdown → HTML. Escapes are set aside first, so an escaped * or [ never formats. */
function inline(text: string): string {
	const kept: string[] = [];
	const s = html(text.replace(/\\([^a-zA-Z0-9\s])/g, (_, ch: string) => `\u0000${kept.push(ch) - 1}\u0001`))
		.replace(/\[([^\]]+)\]\((?:&lt;)?(https?:\/\/[^\s)]+?)(?:&gt;)?\)/g, '<a href="$2">$1</a>')
		.replace(/`([^`]+)`/g, '<code>$1</code>')
		.replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
		.replace(/\*(.+?)\*/g, '<em>$1</em>')
		.replace(/\b_(.+?)_\b/g, '<em>$1</em>');
	return s.replace(/\u0000(\d+)\u0001/g, (_, i: string) => html(kept[Number(i)] ?? ''));
}

/** Several lines: consecutive "> " lines become one block quote, other lines are joined by line breaks. */
function markdown(text: string): string {
	const parts: { quote: boolean; lines: string[] }[] = [];
	for (const raw of text.split('\n')) {
		const quote = /^> /.test(raw);
		const last = parts.at(-1);
		if (last && last.quote === quote) last.lines.push(quote ? raw.slice(2) : raw);
		else parts.push({ quote, lines: [quote ? raw.slice(2) : raw] });
	}
	return parts.map((p) => (p.quote ? `<blockquote>${p.lines.map(inline).join('<br>')}</blockquote>` : p.lines.map(inline).join('<br>'))).join('');
}

function embedHtml(embed: APIEmbed): string {
	const fields = (embed.fields ?? []).map(
		(f) => `<div class="field${f.inline ? ' inline' : ''}"><div class="fname">${inline(f.name)}</div><div>${markdown(f.value)}</div></div>`,
	);
	return `<div class="embed" style="border-left-color:${hex(embed.color)}">
	${embed.title ? `<div class="title">${inline(embed.title)}</div>` : ''}
	${embed.description ? `<div class="desc">${markdown(embed.description)}</div>` : ''}
	${fields.length > 0 ? `<div class="fields">${fields.join('')}</div>` : ''}
	${embed.footer ? `<div class="footer">${html(embed.footer.text)}</div>` : ''}
</div>`; // Footers are plain text in Discord: no Markdown, line breaks kept.
}

function page(payload: ReplyPayload, command: string): string {
	const buttons = payload.components.flatMap((row) => row.components).map((b) => `<button${b.disabled ? ' disabled' : ''}>${html(b.label ?? '')}</button>`);
	const now = new Date().toTimeString().slice(0, 5);
	const ephemeral = (payload.flags ?? 0) & 64 ? '<div class="eph">Only you can see this · <a>Dismiss message</a></div>' : '';
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Factdesk reply: ${html(line)}</title>
<style>
	body { margin: 0; padding: 16px 0; background: #313338; color: #dbdee1;
		font: 16px/1.375 "gg sans", "Noto Sans", "Helvetica Neue", Helvetica, Arial, sans-serif; }
	.msg { position: relative; padding: 2px 48px 2px 72px; }
	.used { position: relative; font-size: 14px; color: #b5bac1; margin-bottom: 4px; display: flex; align-items: center; gap: 4px; }
	.used::before { content: ""; position: absolute; left: -36px; top: 9px; width: 28px; height: 12px;
		border: 2px solid #4e5058; border-right: 0; border-bottom: 0; border-top-left-radius: 6px; }
	.used .mini { width: 16px; height: 16px; border-radius: 50%; background: #3ba55c; }
	.used b { color: #f2f3f5; font-weight: 500; } .used span:last-child { color: #00a8fc; }
	.avatar { position: absolute; left: 16px; top: 28px; width: 40px; height: 40px; border-radius: 50%; background: #5865f2; color: #fff;
		font-weight: 700; font-size: 20px; display: flex; align-items: center; justify-content: center; }
	.name { color: #f2f3f5; font-weight: 500; } .time { color: #949ba4; font-size: 12px; margin-left: 4px; }
	.app { background: #5865f2; color: #fff; font-size: 10px; font-weight: 600; border-radius: 4px; padding: 1px 4px; margin-left: 4px; vertical-align: 2px; }
	.embed { max-width: 516px; box-sizing: border-box; margin-top: 2px; background: #2b2d31; border-left: 4px solid; border-radius: 4px;
		padding: 8px 16px 16px 12px; }
	.title { color: #f2f3f5; font-weight: 600; margin-top: 8px; } .desc, .fields, .footer { margin-top: 8px; }
	.desc, .fields { font-size: 14px; line-height: 18px; overflow-wrap: anywhere; }
	.fields { display: grid; gap: 8px; grid-template-columns: repeat(3, 1fr); } .field { grid-column: 1 / -1; } .field.inline { grid-column: auto; }
	.fname { color: #f2f3f5; font-weight: 600; margin-bottom: 2px; }
	.footer { font-size: 12px; line-height: 16px; font-weight: 500; white-space: pre-line; }
	strong { font-weight: 700; } a { color: #00a8fc; text-decoration: none; }
	code { background: #1e1f22; border-radius: 4px; padding: 0 3px; font: 85% "DejaVu Sans Mono", Consolas, monospace; }
	blockquote { margin: 0; padding: 0 8px 0 12px; border-left: 4px solid #4e5058; border-radius: 4px; }
	.buttons { display: flex; gap: 8px; margin-top: 8px; }
	button { font: inherit; font-size: 14px; font-weight: 500; height: 32px; padding: 2px 16px; border: 0; border-radius: 8px; background: #4e5058; color: #fff; }
	button:disabled { opacity: 0.5; }
	.eph { font-size: 12px; color: #949ba4; margin-top: 4px; }
</style></head>
<body><div class="msg">
	<div class="used"><span class="mini"></span><b>reader</b> used <span>/${html(command)}</span></div>
	<div class="avatar">F</div>
	<div><span class="name">Factdesk</span><span class="app">APP</span><span class="time">Today at ${now}</span></div>
	${payload.embeds.map(embedHtml).join('\n')}
	${buttons.length > 0 ? `<div class="buttons">${buttons.join('')}</div>` : ''}
	${ephemeral}
</div></body></html>
`;
}

const parsed = parseLine(line, commandsByName);
if (!parsed.ok) throw new Error(parsed.message);
const command = commandsByName.get(parsed.command)!;
const result = await runCommand(command, parsed.options, { store: await openFactStore() });
if (!result.ok) throw new Error(result.message);
// Real paging ids, as the router builds them, so the buttons show exactly when the bot would show them.
const values = command.definition.options.map((o) => parsed.options[o.name] ?? '');
const payload = renderEmbedPage(result.answer, 0, (p) => encodePagingId({ command: parsed.command, page: p, userId: '1', values }));
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, page(payload, parsed.command));
console.log(`${line} → ${out}`);
