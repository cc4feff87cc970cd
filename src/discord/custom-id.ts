import { LIMITS } from '../answer/limits.js';

// Paging state lives in the button's custom id, so a page turn needs no memory and survives restarts:
// "p|<command>|<page>|<user id>|<option values in definition order>". Empty value = option not given.

export interface PagingState {
	command: string;
	page: number;
	userId: string;
	values: string[];
}

const PREFIX = 'p';
const escape = (value: string): string => value.replace(/%/g, '%25').replace(/\|/g, '%7C');
const unescape = (value: string): string => value.replace(/%7C/g, '|').replace(/%25/g, '%');

/** The custom id for a page, or null when it would not fit in Discord's 100 characters. */
export function encodePagingId(state: PagingState): string | null {
	const values = [...state.values];
	while (values.length > 0 && values.at(-1) === '') values.pop();
	const id = [PREFIX, state.command, String(state.page), state.userId, ...values.map(escape)].join('|');
	return id.length <= LIMITS.customId ? id : null;
}

export function decodePagingId(customId: string): PagingState | null {
	const [prefix, command, page, userId, ...values] = customId.split('|');
	if (prefix !== PREFIX || !command || !page || !/^\d+$/.test(page) || !userId || !/^\d+$/.test(userId)) return null;
	return { command, page: Number(page), userId, values: values.map(unescape) };
}
