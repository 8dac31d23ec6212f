/**
 * Runs axe-core inside a page opened by playwright-core. axe is evaluated through the DevTools
 * protocol rather than a `<script>` tag, so a Content-Security-Policy on the page cannot block it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type AxeCore from 'axe-core';
import type { Page } from 'playwright-core';

/** The WCAG 2.2 AA rule set: every level A and AA tag up to 2.2. */
export const wcag22aaTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  /** axe rule id, such as `color-contrast`. */
  rule: string;
  impact: string | null;
  help: string;
  /** CSS selectors of the failing elements, with axe's summary of why each fails. */
  nodes: string[];
}

/** Violations of the rules tagged with `tags` on the page as it is now. */
export async function runAxe(page: Page, tags: string[] = wcag22aaTags): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (runOnly) => {
    const { axe } = window as unknown as { axe: typeof AxeCore };
    const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: runOnly } });
    return violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      nodes: violation.nodes.map(
        (node) => `${node.target.join(' ')}: ${(node.failureSummary ?? '').replace(/\s+/g, ' ')}`,
      ),
    }));
  }, tags);
}
