import type { RateLimiter } from './rate-limit.js';
import { Events } from 'discord.js';
import type { Client, Message } from 'discord.js';
import type { Answer } from '../answer/answer.js';
import { renderEmbedPage, renderNotice } from '../answer/embed.js';
import { ask } from '../ask/ask.js';
import { Conversations } from '../ask/follow-up.js';
import { MAX_OPTION_LENGTH } from '../command.js';
import type { Logger } from '../log.js';
import type { FactStore } from '../store/contract.js';

// A message that mentions the bot with a question ("@Factdesk when did Putin visit Xi?") gets a reply to that
// message. Discord delivers the text of messages that mention the app without the privileged Message Content intent,
// so the GuildMessages intent is enough. Follow-ups lean on the channel's last question for ten minutes.

export interface MentionDeps {
	store: FactStore;
	log: Logger;
	conversations?: Conversations;
	/** The same per-user limit as slash commands; a user over it gets no reply to further mentions for a while. */
	limit?: RateLimiter;
}

/** A reply as plain API data: never pings anyone, not even the person asked. */
export interface MentionReply {
	embeds: ReturnType<typeof renderEmbedPage>['embeds'];
	allowedMentions: { parse: []; repliedUser: false };
}

const HOW_TO_ASK = 'Ask me a question after the mention, like “@Factdesk who did xi meet in may”.';

/** The question in a message that mentions the bot, without the mentions; null when the bot is not mentioned. */
export function questionIn(content: string, botId: string): string | null {
	const mention = new RegExp(`<@!?${botId}>`, 'g');
	if (!mention.test(content)) return null;
	return content.replace(mention, ' ').replace(/<@[!&]?\d+>|<#\d+>/g, ' ').replace(/\s+/g, ' ').trim();
}

const reply = (answer: Answer | string): MentionReply => ({
	embeds: typeof answer === 'string' ? renderNotice(answer, 'info').embeds : renderEmbedPage(answer).embeds,
	allowedMentions: { parse: [], repliedUser: false },
});

/** Answers the question in a message, or explains how to ask; null for a message that is not for the bot. */
export async function answerMention(
	message: { channelId: string; content: string; authorIsBot: boolean },
	botId: string,
	deps: MentionDeps,
): Promise<MentionReply | null> {
	if (message.authorIsBot) return null;
	const question = questionIn(message.content, botId);
	if (question === null) return null;
	if (question.length === 0) return reply(HOW_TO_ASK);
	if (question.length > MAX_OPTION_LENGTH * 3) return reply(`That question is too long: keep it under ${MAX_OPTION_LENGTH * 3} characters.`);
	const conversations = deps.conversations;
	const asked = await ask(deps.store, question, { previous: conversations?.get(message.channelId) ?? null });
	conversations?.set(message.channelId, asked.reading);
	return reply(asked.answer);
}

/** Listens for messages that mention the bot and replies to each; a failure is logged and answered, never thrown. */
export function listenForMentions(client: Client, deps: MentionDeps): void {
	const conversations = deps.conversations ?? new Conversations();
	client.on(Events.MessageCreate, (message: Message) => {
		const botId = client.user?.id;
		if (!botId || !message.mentions.users.has(botId)) return;
		if (deps.limit && !message.author.bot && !deps.limit(message.author.id).ok) {
			return deps.log.info('mention not answered: rate limited', { messageId: message.id, userId: message.author.id });
		}
		void (async () => {
			try {
				const payload = await answerMention(
					{ channelId: message.channelId, content: message.content, authorIsBot: message.author.bot },
					botId,
					{ ...deps, conversations },
				);
				if (payload) await message.reply(payload);
				deps.log.info('mention answered', { messageId: message.id, channelId: message.channelId });
			} catch (error) {
				deps.log.error('mention failed', { messageId: message.id, error });
				await message.reply(reply('Something went wrong answering that; try again in a moment.')).catch(() => undefined);
			}
		})();
	});
}
