// Discord API v10 limits, in one place so that every renderer and test reads the same numbers.

export const LIMITS = {
	content: 2000,
	embedTitle: 256,
	embedDescription: 4096,
	embedFields: 25,
	fieldName: 256,
	fieldValue: 1024,
	embedFooter: 2048,
	embedAuthor: 256,
	embedTotal: 6000,
	embedsPerMessage: 10,
	autocompleteChoices: 25,
	choiceName: 100,
	choiceValue: 100,
	customId: 100,
	buttonLabel: 80,
} as const;

/** Softer budgets the embed renderer pages by, so a page stays readable and well inside the hard limits. */
export const BUDGET = {
	/** Description text per page (items plus lead). */
	description: 3500,
	/** Items per page, however short. */
	itemsPerPage: 8,
	/** One snippet, before it is cut at a word boundary. */
	itemText: 1000,
	lead: 300,
	footer: 1800,
} as const;

/** Flag bit that makes an interaction reply visible only to the invoking user. */
export const EPHEMERAL = 64;
