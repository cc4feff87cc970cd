import { expect } from 'vitest';
import type { ReplyPayload } from '../../src/answer/embed.js';

// Discord's documented limits, written out as literal numbers (https://discord.com/developers/docs/resources/message
// #embed-object-embed-limits, …/interactions/message-components): a check that does not read the renderer's own
// constants, so a wrong constant cannot hide a wrong payload.

/** No half of a surrogate pair stands alone (what a cut through an emoji leaves). */
export const isWellFormed = (text: string): boolean => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

export function expectDiscordAccepts(payload: ReplyPayload): void {
	expect(payload.allowed_mentions).toEqual({ parse: [] });
	expect(payload.embeds.length).toBeLessThanOrEqual(10);
	let total = 0;
	for (const embed of payload.embeds) {
		const texts = [embed.title ?? '', embed.description ?? '', embed.footer?.text ?? '', embed.author?.name ?? ''];
		for (const field of embed.fields ?? []) texts.push(field.name, field.value);
		for (const text of texts) expect(isWellFormed(text), 'no lone surrogate').toBe(true);
		expect(embed.title?.length ?? 0).toBeLessThanOrEqual(256);
		expect(embed.description?.length ?? 0).toBeLessThanOrEqual(4096);
		expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(2048);
		expect(embed.author?.name.length ?? 0).toBeLessThanOrEqual(256);
		expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(25);
		for (const field of embed.fields ?? []) {
			expect(field.name.length).toBeLessThanOrEqual(256);
			expect(field.value.length).toBeLessThanOrEqual(1024);
		}
		total += texts.reduce((sum, t) => sum + t.length, 0);
	}
	expect(total).toBeLessThanOrEqual(6000);
	expect(payload.components.length).toBeLessThanOrEqual(5);
	for (const row of payload.components) {
		expect(row.components.length).toBeLessThanOrEqual(5);
		for (const c of row.components) {
			expect(c.custom_id.length).toBeLessThanOrEqual(100);
			expect((c.label ?? '').length).toBeLessThanOrEqual(80);
		}
	}
}
