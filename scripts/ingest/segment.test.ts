import { describe, expect, it } from 'vitest';
import { segmentText } from './segment.ts';
import { bodyText, segmentSeed, segmentString } from './test-support.ts';

/** The page-furniture lines of seed-facts §4.5 that must never reach a body. */
const SEED_JUNK = [
  'US-Soldaten',
  '© Sputnik/David Hizanishvily',
  'Lesen Sie auch: Trump rühmt sich',
  'Lesen Sie auch: Donald Trump ist ein skrupelloser Brandstifter',
  'Von RND/dpa',
  'Quelle: Sputniknews',
  'Teilen per',
  'Quelle: dpa',
  'Mehr: Außenminister Heiko Maas',
  'Handelsblatt GmbH',
  'Zur Startseite',
  '0%1%2%',
];

describe('segmentText on the seeds', () => {
  it('leaves no junk line of any seed in a body', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const body = bodyText(segmentSeed(prefix));
      for (const junk of SEED_JUNK) expect(body, `${prefix}: ${junk}`).not.toContain(junk);
    }
  });

  it('makes a photo line and its credit a caption, not body (000)', () => {
    const text = segmentSeed('000');
    expect(text.captions).toEqual([{ text: 'US-Soldaten', credit: 'Sputnik/David Hizanishvily' }]);
    expect(text.headline).toBeUndefined();
    expect(text.body[0]!.text).toMatch(/^Die US-Regierung hat ein Kopfgeld/);
    expect(text.body.every((block) => block.kind === 'paragraph')).toBe(true);
  });

  it('reads a dateline line, keeps subheadings as headings and the byline as credit (001)', () => {
    const text = segmentSeed('001');
    expect(text.dateline).toBe('Washington');
    expect(text.body.filter((block) => block.kind === 'subheading').map((block) => block.text)).toEqual([
      '2000 ausländische Kämpfer',
      '„Das IS-Kalifat ist zerstört worden“',
    ]);
    expect(text.credits).toEqual(['Von RND/dpa']);
    expect(text.dropped.map((line) => line.rule)).toEqual(['related-teaser', 'related-teaser']);
  });

  it('reads the headline and the second headline line as kicker, the lead stays body (002)', () => {
    const text = segmentSeed('002');
    expect(text.headline).toBe('Trump leistet dem Islamischen Terror-Staat IS in Syrien Militärhilfe');
    expect(text.kicker).toMatch(/^Vorgegaukelter Kampf.*Abu Kamal ab$/);
    expect(text.standfirst).toBeUndefined();
    expect(text.body[0]!.text).toMatch(/^Nach Angaben des russischen Verteidigungsministeriums/);
  });

  it('keeps the source credit out of the body (003)', () => {
    const text = segmentSeed('003');
    expect(text.credits).toEqual(['Quelle: Sputniknews']);
    expect(text.body).toHaveLength(7);
  });

  it('splits kicker, headline, standfirst, caption, run-in dateline and rights (004)', () => {
    const text = segmentSeed('004');
    expect(text.kicker).toBe('Terrorbekämpfung');
    expect(text.headline).toBe('USA rufen zum weltweiten Kampf gegen den IS auf');
    expect(text.standfirst).toMatch(/^Die USA suchen im Kampf gegen den Islamischen Staat/);
    expect(text.dateline).toBe('Washington');
    expect(text.body[0]!.text).toMatch(/^Nach den jüngsten Erfolgen/);
    expect(text.captions).toEqual([
      { text: 'Die internationale Koalition gegen den IS konzentriert sich bislang auf Syrien und den Irak.', credit: 'dpa' },
    ]);
    expect(text.rights).toMatch(/^© Handelsblatt GmbH – Alle Rechte vorbehalten/);
    expect(text.dropped.map((line) => line.rule)).toEqual(['share-widget', 'share-widget', 'related-teaser', 'navigation', 'reading-progress']);
  });
});

describe('segmentText on other outlets’ page furniture', () => {
  const agencyStory = [
    'Hochwasser',
    'Pegel in Passau steigt weiter',
    'Lesezeit: 3 Min.',
    'Stand: 12.03.2024 14:05 Uhr',
    'Artikel teilen',
    'Auf Facebook teilen',
    'Passau (dpa) - Die Donau hat in Passau am Morgen die Marke von neun Metern überschritten. Die Stadt rief den Katastrophenfall aus.',
    'Helfer stapeln Sandsäcke an der Uferpromenade.',
    'Foto: picture alliance/dpa | Armin Weigel',
    'Anzeige',
    'Oberbürgermeister Jürgen Dupper sagte, die Lage sei ernst, aber unter Kontrolle. Die Feuerwehr sei mit allen Kräften im Einsatz.',
    'Warnung für die Innstadt',
    'Auch der Inn führt Hochwasser. Anwohner der Altstadt wurden gebeten, ihre Keller zu räumen und Fahrzeuge wegzufahren.',
    'Mehr zum Thema: So schützen Sie Ihr Haus vor Hochwasser',
    'Newsletter abonnieren',
    '© dpa-infocom, dpa:240312-99-123456/4',
  ].join('\n\n');

  it('finds kicker, headline, run-in dateline with agency, caption, subheading and rights', () => {
    const text = segmentString(agencyStory);
    expect(text.kicker).toBe('Hochwasser');
    expect(text.headline).toBe('Pegel in Passau steigt weiter');
    expect(text.dateline).toBe('Passau');
    expect(text.credits).toContain('(dpa)');
    expect(text.body[0]!.text).toMatch(/^Die Donau hat in Passau/);
    expect(text.captions).toEqual([{ text: 'Helfer stapeln Sandsäcke an der Uferpromenade.', credit: 'picture alliance/dpa | Armin Weigel' }]);
    expect(text.body.filter((block) => block.kind === 'subheading').map((block) => block.text)).toEqual(['Warnung für die Innstadt']);
    expect(text.rights).toMatch(/dpa-infocom/);
    expect(text.dropped.map((line) => line.rule).sort()).toEqual(
      ['advertisement', 'reading-time', 'related-teaser', 'share-widget', 'share-widget', 'subscription', 'timestamp'].sort(),
    );
  });

  it('drops a breadcrumb but keeps a sentence that contains " > "', () => {
    const text = segmentString('Startseite > Politik > Ausland\n\nDie Inflation lag im März bei 2,1 Prozent > als im Vorjahr, sagte die Statistikbehörde am Freitag in Wiesbaden.');
    expect(text.dropped.map((line) => line.rule)).toEqual(['section-label']);
    expect(text.body[0]!.text).toMatch(/^Die Inflation lag/);
  });

  it('takes a byline for a credit, not a paragraph', () => {
    const text = segmentString('Von Anna Schmidt\n\nDer Stadtrat hat am Dienstag den Haushalt beschlossen. Die Opposition stimmte dagegen.');
    expect(text.credits).toEqual(['Von Anna Schmidt']);
    expect(text.body).toHaveLength(1);
  });

  it('does not take a name at the start of a sentence for a dateline', () => {
    const text = segmentString('Donald Trump hat am Donnerstag neue Zölle angekündigt. Die Börsen reagierten nervös.');
    expect(text.dateline).toBeUndefined();
    expect(text.body[0]!.text).toMatch(/^Donald Trump hat/);
  });

  it('reads a dateline with a dash ("Wien – Die …")', () => {
    const text = segmentString('Wien – Die österreichische Regierung hat sich auf ein Budget geeinigt. Details folgen am Mittwoch.');
    expect(text.dateline).toBe('Wien');
    expect(text.body[0]!.text).toMatch(/^Die österreichische Regierung/);
  });

  it('fails with a clear message when only whitespace and no-break spaces are left', () => {
    const result = segmentText('blank.txt', '');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ file: 'blank.txt', stage: 'segment', message: expect.stringMatching(/only whitespace/) });
  });

  it('fails when every line is page furniture', () => {
    const result = segmentText('junk.txt', 'Artikel teilen\n\nZur Startseite\n\nAnzeige');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/no article text/);
  });
});
