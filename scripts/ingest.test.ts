/**
 * The ingest command end to end, on a scratch folder of bad inputs beside good ones: every problem
 * is named with its file, no bad input costs another source its entry, and the output is stable.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { remark } from 'remark';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest, SOURCES_DIR, type IngestRun } from './ingest/test-support.ts';
import { articleSchema } from '../src/lib/schema.ts';

const GOOD_TEXT = [
  'Stadtrat beschließt neuen Haushalt',
  'Passau (dpa) - Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen. Oberbürgermeister Jürgen Dupper sprach von einem soliden Plan.',
  'Die Opposition stimmte geschlossen dagegen und kritisierte die hohen Ausgaben für den Straßenbau in der Innenstadt.',
].join('\n\n');

function entryText(dir: string, id: string): string {
  return readFileSync(join(dir, 'out', `${id}.md`), 'utf8');
}

function frontmatter(text: string): Record<string, unknown> {
  return jsYaml.load(text.split('\n---\n')[0]!.replace(/^---\n/, '')) as Record<string, unknown>;
}

describe('npm run ingest on bad inputs', () => {
  let dir: string;
  let first: IngestRun;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ingest-'));
    const sources = join(dir, 'sources');
    cpSync(SOURCES_DIR, sources, { recursive: true });
    const write = (name: string, data: string | Uint8Array) => writeFileSync(join(sources, name), data);
    write('empty.txt', '');
    write('blank.txt', '  \n\u00a0\n\t \u00a0 \n');
    write('binary.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]));
    // "Grüße aus Köln – „Zitat“" and more, in Windows-1252.
    write('cp1252.txt', Uint8Array.from([...Buffer.from('Der B', 'latin1'), 0xfc, ...Buffer.from('rgermeister von K', 'latin1'), 0xf6, ...Buffer.from('ln sagte am Montag: ', 'latin1'), 0x84, ...Buffer.from('Wir schaffen das', 'latin1'), 0x93, ...Buffer.from(' ', 'latin1'), 0x96, ...Buffer.from(' und meinte die Stra', 'latin1'), 0xdf, ...Buffer.from('en der Stadt.', 'latin1')]));
    write('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GOOD_TEXT.replace('Passau', 'Regensburg'))]));
    write('crlf.txt', GOOD_TEXT.replace('Passau', 'Landshut').replace(/\n/g, '\r\n'));
    const paragraph = 'Die Debatte im Landtag dauerte bis in die Nacht, und am Ende stimmte eine knappe Mehrheit für den Entwurf der Regierung. ';
    write('large.txt', `Großer Bericht\n\n${Array.from({ length: 5 * 1024 * 1024 / (paragraph.length * 4) }, () => paragraph.repeat(4)).join('\n\n')}`);
    write('copy-a.txt', GOOD_TEXT);
    write('copy-b.txt', GOOD_TEXT);
    write('html.txt', '<html><body><h1>Titel</h1>\n\n<p onclick="alert(1)">Ein Absatz mit <script>alert("x")</script> und <img src=x onerror=alert(1)> darin.</p>\n\n<a href="javascript:alert(1)">Klick</a> und [x](javascript:alert(2)) im Text des Artikels.');
    write('markdown.txt', '---\ntitle: gefälscht\n---\n\n# Keine Überschrift\n\n3. Oktober 2024: Lehrer*innen und Schüler*innen feierten den Tag der Deutschen Einheit in Berlin.\n\n* kein Punkt | keine | Tabelle |\n\n> kein Zitat, sondern `Text` mit _Unterstrichen_ und {{ Klammern }}: &amp; [Link][1]\n\n[1]: http://example.com');
    write('bad-date.txt', GOOD_TEXT.replace('Passau', 'Straubing'));
    const facts = {
      '001_ffc1f06195f87f2c.txt': { outlet: 'RND', origins: ['dpa'], date: '2019-08-02', datePrecision: 'day', dateBasis: 'estimated' },
      'bad-date.txt': { outlet: 'RND', date: '2019-02-31', datePrecision: 'day', dateBasis: 'verified' },
      'does-not-exist.txt': { outlet: 'RND' },
    };
    writeFileSync(join(dir, 'sources.yaml'), jsYaml.dump(facts));
    first = runIngest(['--sources', sources, '--out', join(dir, 'out'), '--facts', join(dir, 'sources.yaml')]);
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const errorLines = () => first.stderr.split('\n').filter((line) => line.startsWith('error'));

  it('exits non-zero and prints a summary when sources failed', () => {
    expect(first.status).toBe(1);
    expect(first.stdout).toMatch(/ingest: \d+ sources, \d+ written, 0 unchanged, 0 removed, 4 failed/);
  });

  it('names the file and the problem for each bad input, without a stack trace', () => {
    const errors = errorLines().join('\n');
    expect(errors).toMatch(/empty\.txt \[decode\] the file is empty/);
    expect(errors).toMatch(/blank\.txt \[segment\] no text: the file holds only whitespace/);
    expect(errors).toMatch(/binary\.txt \[decode\] binary data/);
    expect(errors).toMatch(/sources\.yaml → bad-date\.txt \[read\] date: must be an ISO date/);
    expect(errors).toMatch(/sources\.yaml → does-not-exist\.txt \[enrich\] names a source that does not exist/);
    expect(first.stderr).not.toMatch(/\n\s+at /);
  });

  it('writes every good source although others failed', () => {
    const written = readdirSync(join(dir, 'out')).sort();
    for (const id of ['000-76ed7095f0a0894c', '004-7e90b870e6a6c1b4', 'cp1252', 'bom', 'crlf', 'large', 'copy-a', 'copy-b', 'html', 'markdown']) {
      expect(written).toContain(`${id}.md`);
    }
    for (const id of ['empty', 'blank', 'binary', 'bad-date']) expect(written).not.toContain(`${id}.md`);
    for (const name of written) {
      const parsed = articleSchema.safeParse(frontmatter(readFileSync(join(dir, 'out', name), 'utf8')));
      expect(parsed.success, name).toBe(true);
    }
  });

  it('transcodes Windows-1252 with a warning and keeps German quotes', () => {
    expect(first.stderr).toMatch(/warning cp1252\.txt \[decode\] not valid UTF-8 .* Windows-1252/);
    expect(entryText(dir, 'cp1252')).toContain('Der Bürgermeister von Köln sagte am Montag: „Wir schaffen das“ – und meinte die Straßen der Stadt.');
  });

  it('drops a byte order mark and reads CRLF like LF', () => {
    expect(entryText(dir, 'bom')).not.toContain('\ufeff');
    expect(frontmatter(entryText(dir, 'bom'))['title']).toBe('Stadtrat beschließt neuen Haushalt');
    expect(entryText(dir, 'crlf')).not.toContain('\r');
    expect(frontmatter(entryText(dir, 'crlf'))['dateline']).toBe('Landshut');
  });

  it('ingests a 5 MB text', () => {
    expect(frontmatter(entryText(dir, 'large'))['wordCount']).toBeGreaterThan(600_000);
  });

  it('keeps the same text under two names and links them as the same story', () => {
    expect(first.stderr).toMatch(/warning copy-b\.txt \[read\] same text as copy-a\.txt/);
    expect(frontmatter(entryText(dir, 'copy-a'))['sameStory']).toEqual(['copy-b']);
    expect(frontmatter(entryText(dir, 'copy-b'))['sameStory']).toEqual(['copy-a']);
  });

  it('says the date is unknown when a source has no editorial facts', () => {
    const data = frontmatter(entryText(dir, 'copy-a'));
    expect(data).toMatchObject({ date: null, datePrecision: 'unknown', dateBasis: 'unknown', outlet: null });
    expect(first.stderr).toMatch(/warning copy-a\.txt \[enrich\] no editorial facts/);
  });

  it('renders HTML and script tags as text, never as markup', () => {
    const body = entryText(dir, 'html').split('\n---\n\n')[1]!;
    const tree = remark().parse(body);
    const types = new Set<string>();
    const walk = (node: { type: string; children?: unknown[] }) => {
      types.add(node.type);
      for (const child of node.children ?? []) walk(child as { type: string; children?: unknown[] });
    };
    walk(tree);
    expect([...types].sort()).toEqual(['paragraph', 'root', 'text']);
  });

  it('keeps Markdown and YAML metacharacters as text, a --- block included', () => {
    const text = entryText(dir, 'markdown');
    expect(text.match(/^---$/gm)).toHaveLength(2);
    const tree = remark().parse(text.split('\n---\n\n')[1]!);
    expect(tree.children.every((node) => node.type === 'paragraph' || node.type === 'heading')).toBe(true);
    expect(JSON.stringify(tree)).toContain('3. Oktober 2024: Lehrer*innen und Schüler*innen');
  });

  it("changes nothing when run again, and --check agrees", () => {
    const sources = join(dir, 'sources');
    const second = runIngest(['--sources', sources, '--out', join(dir, 'out'), '--facts', join(dir, 'sources.yaml')]);
    expect(second.stdout).toMatch(/0 written, \d+ unchanged/);
    const check = runIngest(['--check', '--sources', sources, '--out', join(dir, 'out'), '--facts', join(dir, 'sources.yaml')]);
    expect(check.stdout).toMatch(/0 would change/);
  }, 60_000);

  it('does not overwrite a hand-edited entry, and keeps the previous entry when its source turns bad', () => {
    const cleanDir = mkdtempSync(join(tmpdir(), 'ingest-clean-'));
    const sources = join(cleanDir, 'sources');
    const out = join(cleanDir, 'out');
    cpSync(SOURCES_DIR, sources, { recursive: true });
    expect(runIngest(['--sources', sources, '--out', out]).status).toBe(0);
    expect(runIngest(['--check', '--sources', sources, '--out', out]).status).toBe(0);

    const edited = join(out, '000-76ed7095f0a0894c.md');
    const handEdit = readFileSync(edited, 'utf8').replace('Khalimow', 'Khalimov');
    writeFileSync(edited, handEdit);
    writeFileSync(join(sources, '000_76ed7095f0a0894c.txt'), `${readFileSync(join(SOURCES_DIR, '000_76ed7095f0a0894c.txt'), 'utf8')}\n\nNeuer Absatz am Ende des Textes.`);
    const refused = runIngest(['--sources', sources, '--out', out]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/000_76ed7095f0a0894c\.txt \[write\] .* edited by hand/);
    expect(readFileSync(edited, 'utf8')).toBe(handEdit);

    const before = readFileSync(join(out, '003-2e74f504f330e145.md'), 'utf8');
    writeFileSync(join(sources, '003_2e74f504f330e145.txt'), Uint8Array.from([0, 1, 2, 3, 0, 0]));
    const broken = runIngest(['--sources', sources, '--out', out]);
    expect(broken.status).toBe(1);
    expect(readFileSync(join(out, '003-2e74f504f330e145.md'), 'utf8')).toBe(before);
    expect(runIngest(['--check', '--sources', sources, '--out', out]).status).toBe(1);
    rmSync(cleanDir, { recursive: true, force: true });
  }, 60_000);
});
