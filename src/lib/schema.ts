/**
 * The one schema of the archive. Ingest validates every entry against it before writing, and the
 * site's content collections load the same definitions, so an entry that passes ingest also passes
 * the site build. Imports `z` from `astro/zod`, an ordinary module, so plain Node can run it.
 */
import { z } from 'astro/zod';

/** ISO date of a day, `YYYY-MM-DD`, or of a month, `YYYY-MM`. */
const isoDay = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const isoMonth = /^\d{4}-(0[1-9]|1[0-2])$/;

/** How exactly the publication date is known. */
export const datePrecisionSchema = z.enum(['day', 'month', 'year', 'unknown']);
/** Where the date comes from: written on the publication, inferred by an editor, or not known. */
export const dateBasisSchema = z.enum(['verified', 'estimated', 'unknown']);
/** Where the headline comes from. */
export const titleBasisSchema = z.enum(['text', 'editorial', 'url-slug', 'first-sentence']);

/** A file name inside `content/sources/`, never a path. */
const sourceFileName = z
  .string()
  .regex(/^[^/\\]+\.txt$/, 'must be a .txt file name without folders');

/**
 * A link readers can follow: http or https only. `z.url()` alone accepts `javascript:` and `data:`
 * URLs, which would run script when a reader clicks an archived-copy or outlet link.
 */
export const webUrlSchema = z.url({ protocol: /^https?$/i });

/** A real calendar date: the regex alone lets 2019-02-31 through. */
function isCalendarDate(value: string): boolean {
  if (isoMonth.test(value)) return true;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

export const isoDateSchema = z
  .string()
  .refine((value) => (isoDay.test(value) || isoMonth.test(value)) && isCalendarDate(value), {
    message: 'must be an ISO date YYYY-MM-DD or YYYY-MM that exists in the calendar',
  });

/** A person, place or organisation named in an article, by its canonical registry name. */
export const mentionSchema = z.object({
  /** Canonical name from the registry, or the name as found for a newly discovered entity. */
  name: z.string().min(1),
  /** How often the article names it (headline, standfirst, body, captions). */
  mentions: z.number().int().positive(),
});

export const placeMentionSchema = mentionSchema.extend({
  /**
   * True when the text names the place only through an adjective or demonym
   * ("tadschikischen" for Tadschikistan). Such places count as mentioned; the site may say how.
   */
  adjectiveOnly: z.boolean().optional(),
});

export const captionSchema = z.object({
  /** The caption as printed under the photo; empty when only a credit was printed. */
  text: z.string(),
  /** The photo credit ("Sputnik/David Hizanishvily", "dpa"), without the © sign. */
  credit: z.string().optional(),
});

/** Frontmatter of one archive entry in `content/articles/`. */
export const articleSchema = z.object({
  /** Headline as the reader sees it. */
  title: z.string().min(1),
  /** Whether the headline is printed in the text, supplied by an editor, or rebuilt from a URL. */
  titleBasis: titleBasisSchema,
  /** Line above the headline ("Terrorbekämpfung"). */
  kicker: z.string().optional(),
  /** Summary printed under the headline. */
  standfirst: z.string().optional(),
  /** Place the report was filed from ("Washington"). */
  dateline: z.string().optional(),
  /** Canonical name of the outlet that published the captured text; null when nobody knows it. */
  outlet: z.string().min(1).nullable(),
  /** Outlets and agencies the text is credited to or taken from ("Sputnik", "dpa"). */
  origins: z.array(z.string().min(1)),
  /** Credit lines as printed ("Von RND/dpa", "Quelle: Sputniknews"). */
  credits: z.array(z.string()),
  /** Copyright line as printed, kept as metadata. */
  rights: z.string().optional(),
  /** Publication date, or null when nobody knows it. */
  date: isoDateSchema.nullable(),
  datePrecision: datePrecisionSchema,
  dateBasis: dateBasisSchema,
  /** What an editor knows about the date beyond the single value. */
  dateNote: z.string().optional(),
  people: z.array(mentionSchema),
  places: z.array(placeMentionSchema),
  organisations: z.array(mentionSchema),
  captions: z.array(captionSchema),
  /** Words in the article body, headings included. */
  wordCount: z.number().int().nonnegative(),
  /** Editors' notes on factual errors or caveats in the text. */
  editorNotes: z.array(z.string()),
  /** Ids of other entries that carry the same story. */
  sameStory: z.array(z.string()),
  /** URL of an archived copy of the page the text was captured from. */
  archivedUrl: webUrlSchema.optional(),
  /** File name of the raw text in `content/sources/`. */
  sourceFile: sourceFileName,
  /** SHA-256 of the raw source bytes, so a changed source is noticed. */
  sourceSha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** SHA-256 of the generated entry, so a hand edit is noticed and never silently overwritten. */
  generatedSha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export type ArticleFrontmatter = z.infer<typeof articleSchema>;

/** Editorial facts about one source that its text does not carry (`content/sources.yaml`). */
export const sourceFactsSchema = z.object({
  /** Canonical outlet name of the publisher of the captured page. */
  outlet: z.string().min(1).optional(),
  /** Outlets or agencies the text is credited to (canonical names). */
  origins: z.array(z.string().min(1)).optional(),
  date: isoDateSchema.optional(),
  datePrecision: datePrecisionSchema.optional(),
  dateBasis: dateBasisSchema.optional(),
  dateNote: z.string().optional(),
  /** Headline when the text has none. */
  title: z.string().min(1).optional(),
  /** True when the headline was rebuilt from a URL slug. */
  titleFromUrl: z.boolean().optional(),
  archivedUrl: webUrlSchema.optional(),
  editorNotes: z.array(z.string()).optional(),
  /** Source file names of other texts that carry the same story. */
  sameStory: z.array(sourceFileName).optional(),
});

export const sourceFactsFileSchema = z.record(sourceFileName, sourceFactsSchema);
export type SourceFacts = z.infer<typeof sourceFactsSchema>;

/** Fields every registry entry has: a canonical name and the other ways texts write it. */
const registryEntryBase = z.object({
  name: z.string().min(1),
  /** Other spellings, transliterations, short forms and inflected forms that texts use. */
  aliases: z.array(z.string().min(1)).default([]),
  /** One line for readers: who or what this is. */
  description: z.string().optional(),
});

export const personSchema = registryEntryBase;

export const placeSchema = registryEntryBase.extend({
  kind: z.enum(['country', 'city', 'region', 'continent', 'other']),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** Adjective stems that refer to the place ("tadschikisch", "russisch"). */
  adjectives: z.array(z.string().min(1)).default([]),
  /** Nouns for its people ("Franzose", "Amerikaner"). */
  demonyms: z.array(z.string().min(1)).default([]),
});

export const organisationSchema = registryEntryBase.extend({
  kind: z.enum(['organisation', 'government', 'armed-forces', 'party', 'media', 'agency', 'other']).default('organisation'),
});

export const outletSchema = registryEntryBase.extend({
  /** Home page of the outlet. */
  url: webUrlSchema.optional(),
  /** Country the outlet is based in. */
  country: z.string().optional(),
  /** Whether it publishes its own reporting, syndicates, or is a news agency. */
  kind: z.enum(['publisher', 'agency', 'broadcaster', 'aggregator']).default('publisher'),
});

/** The schema of each curated registry, by its name (`content/registry/<name>.yaml`). */
export const registrySchemas = {
  people: personSchema,
  places: placeSchema,
  organisations: organisationSchema,
  outlets: outletSchema,
} as const;
export type RegistryName = keyof typeof registrySchemas;

/**
 * Every problem zod found, `; `-separated, each with the field's path; `whole` names a problem of
 * the value as a whole (an empty path).
 */
export function describeSchemaIssues(error: z.ZodError, whole: string): string {
  return error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : whole}: ${issue.message}`).join('; ');
}

export type Person = z.infer<typeof personSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Outlet = z.infer<typeof outletSchema>;
