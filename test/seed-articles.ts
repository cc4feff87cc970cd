import { readArticle } from '../src/articles/read.js';

// The front matter of the seed repost of the Wall Street Journal article, shared by the tests that check it.

export const WSJ_ID = '000_8c1fbb3da2cb962a';

export const WSJ_METADATA = {
	title: 'Russia, China Bolster Ties to Defy U.S.',
	outlet: 'The Wall Street Journal',
	authors: ['Austin Ramzy', 'Ann M. Simmons'],
	published: '2024-04-10',
	url: null,
	page: 'A.5',
	/** How the front matter names the blog that reposted the article. */
	via: readArticle(`data/articles/${WSJ_ID}.md`).via,
	cites: [],
};
