/** What readers read about each kind of index: headings, counts and sentences, in German. */
import type { EntitySection } from './routes.ts';

export interface SectionText {
  /** Heading of the index page. */
  heading: string;
  /** One sentence under the index heading and in its meta description. */
  intro: string;
  /** Singular and plural of the things listed ("Person", "Personen"). */
  singular: string;
  plural: string;
  /** Heading of a detail page's article list, given the name. */
  articlesHeading: (name: string) => string;
  /** Meta description of a detail page. */
  detailDescription: (name: string, count: string) => string;
}

export const sectionTexts: Record<EntitySection, SectionText> = {
  people: {
    heading: 'Personen',
    intro: 'Alle Personen, die in den Artikeln des Archivs genannt werden, mit der Zahl der Artikel.',
    singular: 'Person',
    plural: 'Personen',
    articlesHeading: (name) => `Artikel, die ${name} nennen`,
    detailDescription: (name, count) => `${count} im Archiv nennen ${name}.`,
  },
  places: {
    heading: 'Orte',
    intro: 'Alle Länder, Städte und Regionen, die in den Artikeln des Archivs genannt werden.',
    singular: 'Ort',
    plural: 'Orte',
    articlesHeading: (name) => `Artikel, die ${name} nennen`,
    detailDescription: (name, count) => `${count} im Archiv nennen den Ort ${name}.`,
  },
  organisations: {
    heading: 'Organisationen',
    intro: 'Alle Organisationen, Behörden, Parteien und Gruppen, die in den Artikeln genannt werden.',
    singular: 'Organisation',
    plural: 'Organisationen',
    articlesHeading: (name) => `Artikel, die ${name} nennen`,
    detailDescription: (name, count) => `${count} im Archiv nennen die Organisation ${name}.`,
  },
  outlets: {
    heading: 'Medien',
    intro: 'Die Medien, die die archivierten Texte veröffentlicht haben.',
    singular: 'Medium',
    plural: 'Medien',
    articlesHeading: (name) => `Von ${name} veröffentlicht`,
    detailDescription: (name, count) => `${count} im Archiv hat ${name} veröffentlicht.`,
  },
  origins: {
    heading: 'Herkunft',
    intro: 'Agenturen und Medien, von denen die archivierten Texte stammen oder die sie als Quelle nennen.',
    singular: 'Quelle',
    plural: 'Quellen',
    articlesHeading: (name) => `Texte nach ${name}`,
    detailDescription: (name, count) => `${count} im Archiv stammen von ${name} oder nennen ${name} als Quelle.`,
  },
};
