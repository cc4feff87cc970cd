import { expect } from 'vitest';
import type { APIEmbed } from 'discord.js';
import type { ReplyPayload } from '../../src/answer/embed.js';
import { LIMITS } from '../../src/answer/limits.js';

/** Asserts every Discord limit on a rendered payload. */
export function expectWithinLimits(payload: ReplyPayload): void {
	expect(payload.allowed_mentions).toEqual({ parse: [] });
	expect(payload.embeds.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
	let total = 0;
	for (const embed of payload.embeds as APIEmbed[]) {
		expect(embed.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedTitle);
		expect(embed.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
		expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.embedFooter);
		expect(embed.author?.name.length ?? 0).toBeLessThanOrEqual(LIMITS.embedAuthor);
		expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedFields);
		for (const field of embed.fields ?? []) {
			expect(field.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
			expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
		}
		total += (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
		total += (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0);
	}
	expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
	for (const row of payload.components) for (const c of row.components) expect(c.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
}
