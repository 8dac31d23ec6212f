/**
 * Builds every view model of the site from the validated entries and registries, once. Pure and
 * framework-free: `src/data/archive.ts` loads the collections and calls `buildArchiveModel`;
 * pages only render what this returns. Names that no registry knows still get pages, because
 * ingest may discover them before an editor adds them.
 */
import type { ArticleFrontmatter, Organisation, Outlet, Person, Place } from './schema.ts';
import {
  dateSortKey, describeDateBasis, formatDateLabel, formatDateValue, machineDate, monthName, monthOf, yearOf,
} from './dates.ts';
import { excerptFromMarkdown } from './excerpt.ts';
import { facetsAlphabetical, facetsByCount, groupByNames, indexLetter } from './facets.ts';
import { neighboursAt } from './neighbours.ts';
import { articlePath, datePath, entityPath, entitySlug, type EntitySection } from './routes.ts';
import { assignSlugs } from './slug.ts';
import { compareNames, sortNewestFirst } from './sort.ts';
import { creditedOrigins, formatSourceLine } from './source-line.ts';
import { countCoMentions, type ArticleNames, type CoMentionKind } from './co-mentions.ts';
import { buildTimeline, monthSpan, type TimelineView } from './timeline.ts';
import { buildLocator, buildPlaceMap, type MapView, type PlaceMapView } from './world-map.ts';
import { relateTexts, type RelatedText } from './related-texts.ts';
import { findTextReuse } from './text-reuse.ts';

/** One validated archive entry, as the content layer hands it over. */
export interface EntryInput {
  id: string;
  data: ArticleFrontmatter;
  /** Markdown body; only used for the teaser in listings. */
  body?: string | undefined;
}

export interface RegistryInput {
  people: Person[];
  places: Place[];
  organisations: Organisation[];
  outlets: Outlet[];
}

export interface Link {
  name: string;
  path: string;
}

/** What a listing shows of an article. */
export interface ArticleSummary {
  id: string;
  path: string;
  title: string;
  kicker?: string | undefined;
  /** "News Front, nach Sputnik". */
  sourceLine: string;
  /** "August 2019, geschätzt". */
  dateLabel: string;
  /** For `<time datetime>`; null when the date is unknown. */
  datetime: string | null;
  excerpt: string;
  sortKey: string;
}

export interface MentionLink extends Link {
  mentions: number;
}

export interface PlaceLink extends MentionLink {
  /** Named only through an adjective or demonym ("tadschikischen"). */
  adjectiveOnly: boolean;
}

/** Everything the article page shows. */
export interface ArticleView extends ArticleSummary {
  /** Why the headline may not be the publisher's own; absent when it is printed in the text. */
  titleNote?: string | undefined;
  standfirst?: string | undefined;
  dateline?: string | undefined;
  /** Null when nobody knows who published the text. */
  outlet: Link | null;
  /** Credited origins other than the outlet itself. */
  origins: Link[];
  credits: string[];
  rights?: string | undefined;
  date: {
    /** "2. August 2019" without the basis. */
    value: string;
    label: string;
    datetime: string | null;
    estimated: boolean;
    known: boolean;
    basisText: string;
    note?: string | undefined;
    /** Year and month pages the date belongs to. */
    yearLink?: Link | undefined;
    monthLink?: Link | undefined;
  };
  people: MentionLink[];
  places: PlaceLink[];
  organisations: MentionLink[];
  captions: { text: string; credit?: string | undefined }[];
  wordCount: number;
  editorNotes: string[];
  sameStory: ArticleSummary[];
  /** Editorial same-story links and texts found by text comparison, each saying which it is. */
  relatedTexts: RelatedText[];
  archivedUrl?: string | undefined;
  sourceFile: string;
  previous?: ArticleSummary | undefined;
  next?: ArticleSummary | undefined;
  /** Values for Pagefind's filters and sort (`data-pagefind-filter`, `data-pagefind-sort`). */
  search: {
    publisher: string | null;
    origins: string[];
    people: string[];
    places: string[];
    year: string | null;
    /** "2019-08-02"; "0000-00-00" for unknown dates so they sort last when newest first. */
    sortDate: string;
  };
}

/** The page of one person, place, organisation, outlet or origin. */
export interface EntityPage {
  section: EntitySection;
  name: string;
  slug: string;
  path: string;
  description?: string | undefined;
  /** True when a registry describes the name; false for names only found in articles. */
  inRegistry: boolean;
  /** A short label for what it is ("Land", "Nachrichtenagentur"). */
  kindLabel?: string | undefined;
  coordinates?: { lat: number; lon: number } | undefined;
  /** The same outlet seen from the other side: its origin page from its publisher page and back. */
  counterpart?: Link | undefined;
  articles: ArticleSummary[];
  /** Its articles per month over the archive's whole span; absent when no article has a month. */
  timeline?: TimelineView | undefined;
  /** People and places only: the names that share most articles with it, per kind. */
  coMentions?: Record<CoMentionKind, (Link & { count: number })[]> | undefined;
  /** Places with coordinates only: the small map showing where it is. */
  locator?: MapView | undefined;
}

/** One line of an index page. */
export interface IndexEntry extends Link {
  count: number;
  letter: string;
  description?: string | undefined;
}

export interface MonthPage {
  year: number;
  month: number;
  /** "August 2019". */
  title: string;
  path: string;
  articles: ArticleSummary[];
}

export interface YearPage {
  year: number;
  path: string;
  months: (Link & { count: number })[];
  /** Articles of the year, month-precise ones by date, year-only ones last. */
  articles: ArticleSummary[];
}

export interface ArchiveStats {
  articles: number;
  words: number;
  people: number;
  places: number;
  organisations: number;
  outlets: number;
  origins: number;
  firstYear: number | null;
  lastYear: number | null;
  undated: number;
}

export interface ArchiveModel {
  /** Newest first, undated last. */
  articles: ArticleView[];
  entities: Record<EntitySection, EntityPage[]>;
  indexes: Record<EntitySection, IndexEntry[]>;
  years: YearPage[];
  months: MonthPage[];
  undated: ArticleSummary[];
  stats: ArchiveStats;
  /** All articles per month, months linked to their pages; absent when no article has a month. */
  timeline?: TimelineView | undefined;
  /** Every place on the world map, and the ones without coordinates. */
  placeMap: PlaceMapView;
  /** Things the model had to leave out, for the build log. */
  warnings: string[];
}

const titleNotes: Record<ArticleFrontmatter['titleBasis'], string | undefined> = {
  text: undefined,
  editorial: 'Die Überschrift stammt von der Archivredaktion.',
  'url-slug': 'Die Überschrift wurde aus der Web-Adresse des Originals rekonstruiert.',
  'first-sentence': 'Die Überschrift ist der erste Satz des Textes.',
};

const placeKindLabels: Record<Place['kind'], string> = {
  country: 'Land', city: 'Stadt', region: 'Region', continent: 'Kontinent', other: 'Ort',
};
const organisationKindLabels: Record<Organisation['kind'], string> = {
  organisation: 'Organisation', government: 'Regierung oder Behörde', 'armed-forces': 'Streitkräfte',
  party: 'Partei', media: 'Medium', agency: 'Nachrichtenagentur', other: 'Organisation',
};
const outletKindLabels: Record<Outlet['kind'], string> = {
  publisher: 'Verlag oder Nachrichtenseite', agency: 'Nachrichtenagentur', broadcaster: 'Sender',
  aggregator: 'Sammelseite',
};

/** How many co-mentioned names of each kind a person's or place's page shows. */
export const coMentionLimit = 8;
/** Id of the close-up map on the places index, which the world map's frame links to. */
export const closeUpId = 'karte-ausschnitt';

const entitySections: EntitySection[] = ['people', 'places', 'organisations', 'outlets', 'origins'];

/** Builds the whole model; throws with the function name when ids would collide with page numbers. */
export function buildArchiveModel(entries: readonly EntryInput[], registries: RegistryInput): ArchiveModel {
  const warnings: string[] = [];
  for (const entry of entries) {
    if (/^\d+$/.test(entry.id)) throw new Error(`buildArchiveModel: article id "${entry.id}" is only digits and would clash with a page number`);
  }

  const namesOf: Record<EntitySection, (data: ArticleFrontmatter) => string[]> = {
    people: (data) => data.people.map((mention) => mention.name),
    places: (data) => data.places.map((mention) => mention.name),
    organisations: (data) => data.organisations.map((mention) => mention.name),
    outlets: (data) => (data.outlet === null ? [] : [data.outlet]),
    origins: (data) => creditedOrigins(data.outlet, data.origins),
  };

  // Outlets and origins share one slug space, so an outlet has the same slug on both sides.
  const mediaNames = entries.flatMap((entry) => [...namesOf.outlets(entry.data), ...namesOf.origins(entry.data)]);
  const mediaSlugs = assignSlugs(mediaNames, entitySlug);
  const slugs: Record<EntitySection, Map<string, string>> = {
    people: assignSlugs(entries.flatMap((entry) => namesOf.people(entry.data)), entitySlug),
    places: assignSlugs(entries.flatMap((entry) => namesOf.places(entry.data)), entitySlug),
    organisations: assignSlugs(entries.flatMap((entry) => namesOf.organisations(entry.data)), entitySlug),
    outlets: mediaSlugs,
    origins: mediaSlugs,
  };
  const linkTo = (section: EntitySection, name: string): Link => {
    const slug = slugs[section].get(name);
    if (slug === undefined) throw new Error(`buildArchiveModel: no slug for ${section} "${name}"`);
    return { name, path: entityPath(section, slug) };
  };

  const summaries = new Map<string, ArticleSummary>();
  for (const { id, data, body } of entries) {
    const sortKey = dateSortKey(data);
    summaries.set(id, {
      id,
      path: articlePath(id),
      title: data.title,
      kicker: data.kicker,
      sourceLine: formatSourceLine(data.outlet, data.origins),
      dateLabel: formatDateLabel(data),
      datetime: machineDate(data),
      excerpt: data.standfirst ?? excerptFromMarkdown(body ?? ''),
      sortKey,
    });
  }
  const newestFirst = sortNewestFirst([...summaries.values()]);
  const entryById = new Map(entries.map((entry) => [entry.id, entry]));

  const reuse = findTextReuse(entries.map((entry) => ({ id: entry.id, text: entry.body ?? '' })));
  const articles: ArticleView[] = newestFirst.map((summary, index) => {
    const { data } = entryById.get(summary.id)!;
    const { previous, next } = neighboursAt(newestFirst, index);
    const year = yearOf(data);
    const month = monthOf(data);
    const sameStory = data.sameStory.flatMap((otherId) => {
      const other = summaries.get(otherId);
      if (!other) warnings.push(`${summary.id}: sameStory names "${otherId}", which is not in the archive`);
      return other && otherId !== summary.id ? [other] : [];
    });
    return {
      ...summary,
      titleNote: titleNotes[data.titleBasis],
      standfirst: data.standfirst,
      dateline: data.dateline,
      outlet: data.outlet === null ? null : linkTo('outlets', data.outlet),
      origins: creditedOrigins(data.outlet, data.origins).map((name) => linkTo('origins', name)),
      credits: data.credits,
      rights: data.rights,
      date: {
        value: formatDateValue(data),
        label: summary.dateLabel,
        datetime: summary.datetime,
        estimated: data.dateBasis === 'estimated',
        known: year !== null,
        basisText: describeDateBasis(data),
        note: data.dateNote,
        yearLink: year === null ? undefined : { name: String(year), path: datePath(year) },
        monthLink: year === null || month === null ? undefined : { name: `${monthName(month)} ${year}`, path: datePath(year, month) },
      },
      people: sortMentions(data.people).map((mention) => ({ ...linkTo('people', mention.name), mentions: mention.mentions })),
      places: sortMentions(data.places).map((mention) => ({
        ...linkTo('places', mention.name), mentions: mention.mentions, adjectiveOnly: mention.adjectiveOnly === true,
      })),
      organisations: sortMentions(data.organisations).map((mention) => ({ ...linkTo('organisations', mention.name), mentions: mention.mentions })),
      captions: data.captions,
      wordCount: data.wordCount,
      editorNotes: data.editorNotes,
      sameStory,
      relatedTexts: relateTexts(data.sameStory.filter((otherId) => otherId !== summary.id), reuse.get(summary.id) ?? [], summaries),
      archivedUrl: data.archivedUrl,
      sourceFile: data.sourceFile,
      previous,
      next,
      search: {
        publisher: data.outlet,
        origins: creditedOrigins(data.outlet, data.origins),
        people: data.people.map((mention) => mention.name),
        places: data.places.map((mention) => mention.name),
        year: year === null ? null : String(year),
        sortDate: summary.sortKey === '' ? '0000-00-00' : summary.sortKey,
      },
    };
  });

  const describe = describeFromRegistries(registries);
  const entities = {} as Record<EntitySection, EntityPage[]>;
  const indexes = {} as Record<EntitySection, IndexEntry[]>;
  for (const section of entitySections) {
    const groups = groupByNames(newestFirst, (summary) => namesOf[section](entryById.get(summary.id)!.data));
    entities[section] = facetsAlphabetical(groups).map(({ name, items }) => {
      const slug = slugs[section].get(name)!;
      const known = describe(section, name);
      const otherSection = section === 'outlets' ? 'origins' : section === 'origins' ? 'outlets' : undefined;
      const counterpart = otherSection && hasName(entries, namesOf[otherSection], name) ? linkTo(otherSection, name) : undefined;
      return {
        section, name, slug, path: entityPath(section, slug), articles: items, counterpart, ...known,
      };
    });
    indexes[section] = entities[section].map((page) => ({
      name: page.name, path: page.path, count: page.articles.length, letter: indexLetter(page.name), description: page.description,
    }));
  }

  const span = monthSpan(newestFirst.map((summary) => summary.sortKey));
  const timelineOf = (items: readonly ArticleSummary[], linkMonths = false) => (span === null ? undefined
    : buildTimeline(items.map((summary) => summary.sortKey), span, linkMonths ? ({ year, month }) => datePath(year, month) : undefined));
  const placeKinds = new Map(registries.places.map((place) => [place.name, place.kind]));
  // Each article is on the pages of everyone and everything it names: its names are read once.
  const namesById = new Map<string, ArticleNames>();
  const namesIn = (summary: ArticleSummary) => {
    let names = namesById.get(summary.id);
    if (!names) {
      const { data } = entryById.get(summary.id)!;
      names = { people: namesOf.people(data), places: namesOf.places(data), organisations: namesOf.organisations(data) };
      namesById.set(summary.id, names);
    }
    return names;
  };
  for (const section of entitySections) {
    for (const page of entities[section]) {
      page.timeline = timelineOf(page.articles);
      if (section === 'people' || section === 'places') {
        const counts = countCoMentions(page.articles.map(namesIn), { kind: section, name: page.name }, coMentionLimit);
        page.coMentions = {
          people: counts.people.map(({ name, count }) => ({ ...linkTo('people', name), count })),
          places: counts.places.map(({ name, count }) => ({ ...linkTo('places', name), count })),
          organisations: counts.organisations.map(({ name, count }) => ({ ...linkTo('organisations', name), count })),
        };
      }
      if (section === 'places' && page.coordinates) {
        page.locator = buildLocator({ name: page.name, path: page.path, coordinates: page.coordinates, kind: placeKinds.get(page.name) ?? 'other' });
      }
    }
  }
  const placeMap = buildPlaceMap(
    entities.places.map((page) => ({ name: page.name, path: page.path, count: page.articles.length, coordinates: page.coordinates })),
    closeUpId,
  );

  const { years, months, undated } = buildDatePages(newestFirst, entryById);
  const dated = articles.filter((article) => article.date.known).map((article) => Number(article.sortKey.slice(0, 4)));
  return {
    articles,
    entities,
    indexes,
    years,
    months,
    undated,
    timeline: timelineOf(newestFirst, true),
    placeMap,
    stats: {
      articles: articles.length,
      words: articles.reduce((sum, article) => sum + article.wordCount, 0),
      people: entities.people.length,
      places: entities.places.length,
      organisations: entities.organisations.length,
      outlets: entities.outlets.length,
      origins: entities.origins.length,
      firstYear: dated.length ? Math.min(...dated) : null,
      lastYear: dated.length ? Math.max(...dated) : null,
      undated: undated.length,
    },
    warnings,
  };
}

/** The `limit` names mentioned in most articles, for the home page. */
export function topEntries(index: readonly IndexEntry[], limit: number): IndexEntry[] {
  const groups = new Map(index.map((entry) => [entry.name, Array.from({ length: entry.count })]));
  const order = facetsByCount(groups, limit).map((group) => group.name);
  const byName = new Map(index.map((entry) => [entry.name, entry]));
  return order.map((name) => byName.get(name)!);
}

/** Most-mentioned first, then alphabetical. */
function sortMentions<T extends { name: string; mentions: number }>(mentions: readonly T[]): T[] {
  return [...mentions].sort((a, b) => b.mentions - a.mentions || compareNames(a.name, b.name));
}

function hasName(entries: readonly EntryInput[], namesOf: (data: ArticleFrontmatter) => string[], name: string): boolean {
  return entries.some((entry) => namesOf(entry.data).includes(name));
}

function describeFromRegistries(registries: RegistryInput) {
  const people = new Map(registries.people.map((entry) => [entry.name, entry]));
  const places = new Map(registries.places.map((entry) => [entry.name, entry]));
  const organisations = new Map(registries.organisations.map((entry) => [entry.name, entry]));
  const outlets = new Map(registries.outlets.map((entry) => [entry.name, entry]));
  return (section: EntitySection, name: string): Pick<EntityPage, 'description' | 'inRegistry' | 'kindLabel' | 'coordinates'> => {
    if (section === 'people') {
      const entry = people.get(name);
      return { inRegistry: entry !== undefined, description: entry?.description };
    }
    if (section === 'places') {
      const entry = places.get(name);
      return entry
        ? { inRegistry: true, description: entry.description, kindLabel: placeKindLabels[entry.kind], coordinates: { lat: entry.lat, lon: entry.lon } }
        : { inRegistry: false };
    }
    if (section === 'organisations') {
      const entry = organisations.get(name);
      return entry ? { inRegistry: true, description: entry.description, kindLabel: organisationKindLabels[entry.kind] } : { inRegistry: false };
    }
    const entry = outlets.get(name);
    return entry ? { inRegistry: true, description: entry.description, kindLabel: outletKindLabels[entry.kind] } : { inRegistry: false };
  };
}

function buildDatePages(newestFirst: readonly ArticleSummary[], entryById: Map<string, EntryInput>) {
  const byYear = groupByNames(newestFirst, (summary) => {
    const year = yearOf(entryById.get(summary.id)!.data);
    return year === null ? [] : [String(year)];
  });
  const months: MonthPage[] = [];
  const years: YearPage[] = [...byYear]
    .map(([yearText, items]) => {
      const year = Number(yearText);
      const byMonth = groupByNames(items, (summary) => {
        const month = monthOf(entryById.get(summary.id)!.data);
        return month === null ? [] : [String(month)];
      });
      const yearMonths = [...byMonth]
        .map(([monthText, monthItems]) => ({ month: Number(monthText), items: monthItems }))
        .sort((a, b) => a.month - b.month);
      for (const { month, items: monthItems } of yearMonths) {
        months.push({ year, month, title: `${monthName(month)} ${year}`, path: datePath(year, month), articles: monthItems });
      }
      return {
        year,
        path: datePath(year),
        months: yearMonths.map(({ month, items: monthItems }) => ({ name: monthName(month), path: datePath(year, month), count: monthItems.length })),
        articles: items,
      };
    })
    .sort((a, b) => b.year - a.year);
  months.sort((a, b) => b.year - a.year || b.month - a.month);
  const undated = newestFirst.filter((summary) => summary.sortKey === '');
  return { years, months, undated };
}
