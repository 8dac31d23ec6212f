/**
 * Test support only: a rough line segmenter that stands in for the lead's `segment.ts` until it
 * exists. Every rule is by kind of line, never by file: navigation and teaser lines are dropped,
 * credit and copyright lines become metadata, short lines before a photo credit become captions.
 */
import type { BodyBlock, Caption, DroppedLine, SegmentedText } from '../types.ts';

const junk: [RegExp, string][] = [
  [/^(Lesen Sie auch|Mehr|Auch interessant|Weitere Artikel|Das könnte Sie auch interessieren):/, 'related-teaser'],
  [/^[•·]?\s*Teilen( per)?:?$/, 'share-widget'],
  [/^Zur Startseite$/, 'navigation'],
  [/^[-\d%\s]+$/, 'progress-widget'],
];

/** Splits raw text into a SegmentedText, one non-empty line per block. */
export function segmentLines(raw: string): SegmentedText {
  const lines = raw.split('\n').map((line) => line.replace(/\u00a0/g, ' ').trim());
  const text: SegmentedText = { body: [], captions: [], credits: [], dropped: [] };
  const body: BodyBlock[] = [];
  const captions: Caption[] = [];
  const dropped: DroppedLine[] = [];
  let first = true;
  lines.forEach((line, index) => {
    if (!line) return;
    const rule = junk.find(([pattern]) => pattern.test(line.replace(/^[•·]\s*/, '').trim()) || pattern.test(line));
    if (rule) {
      dropped.push({ line: index + 1, text: line, rule: rule[1] });
      return;
    }
    if (/^©.*Rechte/i.test(line)) {
      text.rights = line;
      return;
    }
    if (/^©/.test(line)) {
      const previous = body.at(-1);
      const isShort = previous && previous.text.split(/\s+/).length <= 4 && !/[.!?"“]$/.test(previous.text);
      if (isShort) body.pop();
      captions.push({ text: isShort ? previous.text : '', credit: line.replace(/^©\s*/, '') });
      return;
    }
    if (/^(Von|Quelle:)\s/.test(line) && line.length < 60) {
      text.credits.push(line);
      return;
    }
    const captionCredit = /^(.*[.!?])\s+Quelle:\s*(.+)$/.exec(line);
    if (captionCredit && captionCredit[2]!.length < 40) {
      captions.push({ text: captionCredit[1]!, credit: captionCredit[2]! });
      return;
    }
    const isHeadingLike = !/[.!?:"“]$/.test(line) && line.split(/\s+/).length <= 14;
    if (first && isHeadingLike && line.split(/\s+/).length === 1) text.dateline = line;
    else if (first && isHeadingLike) text.headline = line;
    else if (isHeadingLike && !first && line.split(/\s+/).length <= 8) body.push({ kind: 'subheading', text: line });
    else body.push({ kind: 'paragraph', text: line });
    first = false;
  });
  return { ...text, body, captions, dropped };
}
