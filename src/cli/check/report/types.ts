import type { ArticleCheck } from '../outcome.js';

/** How `analyze check` prints: a piece as each article is checked, and an end once all are. */
export interface Reporter {
  article(check: ArticleCheck): string;
  end(checks: readonly ArticleCheck[]): string;
}
