// @ts-check
/**
 * The benchmark's baseline: a bare Astro site over the same Markdown entries as the archive, one
 * page per entry and one index page, Astro's defaults otherwise. `scripts/bench/run.ts` copies this
 * folder into a scratch folder and points `BENCH_ARTICLES_DIR` at the entries.
 */
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://baseline.example',
  devToolbar: { enabled: false },
});
