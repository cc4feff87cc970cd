// The reasons an article cannot be taken in, each with a message fit to show: a file that is no article, a page that
// cannot be fetched. Kept apart from the readers so that code naming these errors does not load YAML or HTTP.

export class ArticleError extends Error {
	override readonly name = 'ArticleError';
	constructor(
		readonly file: string,
		readonly reason: string,
	) {
		super(`${file}: ${reason}`);
	}
}

export class FetchError extends Error {
	override readonly name = 'FetchError';
}
