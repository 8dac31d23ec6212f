/**
 * The five files of one article: its text as Markdown and as plain text (`/artikel/<id>.md`,
 * `.txt`) and its citation as BibTeX, RIS and CSL-JSON (`/artikel/<id>/zitat.bib`, `.ris`, `.json`).
 * Pure, and free of Astro: the build formats and writes them on a worker thread
 * (`src/integrations/download-files-worker.ts`), `astro dev` in the routes.
 */
import { articleMarkdown, articlePlainText, type ArticleTextInput } from './article-text.ts';
import { formatBibtex } from './bibtex.ts';
import type { DownloadFile } from './build-sinks.ts';
import type { CitationRecord } from './citation.ts';
import { formatCslJson } from './csl-json.ts';
import { formatRis } from './ris.ts';
import { articleCitationPath, articleTextPath } from './routes.ts';

/** What the files of one article are made from. */
export interface ArticleFileSource {
  id: string;
  text: ArticleTextInput;
  citation: CitationRecord;
}

/** One of them: a download whose text is one string. */
export type ArticleFile = DownloadFile & { body: string };

export function formatArticleFiles({ id, text, citation }: ArticleFileSource): ArticleFile[] {
  return [
    { path: articleTextPath(id, 'md'), type: 'text/markdown; charset=utf-8', body: articleMarkdown(text) },
    { path: articleTextPath(id, 'txt'), type: 'text/plain; charset=utf-8', body: articlePlainText(text) },
    { path: articleCitationPath(id, 'bib'), type: 'application/x-bibtex; charset=utf-8', body: formatBibtex(citation) },
    { path: articleCitationPath(id, 'ris'), type: 'application/x-research-info-systems; charset=utf-8', body: formatRis(citation) },
    { path: articleCitationPath(id, 'json'), type: 'application/vnd.citationstyles.csl+json; charset=utf-8', body: formatCslJson([citation]) },
  ];
}
