import type { HtmlArticle } from './html.js';

// An imported page as an article file: front matter plus the paragraphs as extracted. The file, not the page, is what
// the facts' offsets point into, so a page edited or taken down later never moves a citation.

/** A file name for an article: the title's words in lower case, joined by "-", short enough to read. */
export function articleSlug(title: string, published: string | null): string {
	const words = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.match(/[a-z0-9]+/g) ?? [];
	let slug = '';
	for (const word of words) {
		if (slug.length + word.length + 1 > 60) break;
		slug = slug ? `${slug}-${word}` : word;
	}
	return [published, slug || 'article'].filter(Boolean).join('-');
}

/** The article as a .md file in the archive's format (see "Articles" in the README). */
export function articleMarkdown(article: HtmlArticle, importedFrom: string | null): string {
	const meta = {
		title: article.title,
		outlet: article.outlet,
		authors: article.authors,
		...(article.cites.length ? { cites: article.cites } : {}),
		published: article.published,
		url: article.url,
		language: article.language,
	};
	// JSON is YAML: one value per line, strings double-quoted with every escape YAML reads back, lists in flow style.
	const lines = Object.entries(meta).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
	const provenance = Object.entries(article.from).map(([field, place]) => `${field} from ${place}`).join(', ');
	const comments = [importedFrom ? `# Imported from ${importedFrom.replace(/[\r\n]/g, ' ')}` : '# Imported from an HTML page', `# ${provenance}`];
	return `---\n${comments.join('\n')}\n${lines.join('\n')}\n---\n${article.paragraphs.join('\n\n')}\n`;
}
