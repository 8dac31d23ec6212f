/**
 * segment: normalized text → the parts of an article. Every non-empty line is one block. Lines are
 * first classified by kind (junk, rights, credit, photo credit, caption), then the head of what
 * remains is read as kicker, headline, standfirst and dateline, and the rest as body paragraphs and
 * subheadings. The rules themselves live in `segment-rules.ts`.
 */
import {
  JUNK_RULES,
  countWords,
  countWordsUpTo,
  isCaptionLike,
  isCreditLine,
  isHeadingLike,
  isBareAuthorName,
  isRelatedHeader,
  isRightsLine,
  matchInlineCaptionCredit,
  matchPhotoCredit,
  matchRunInDateline,
  matchRunInKicker,
  matchStandaloneDateline,
} from './segment-rules.ts';
import type { BodyBlock, Caption, DroppedLine, Problem, SegmentedText, StageResult } from './types.ts';

/** A non-empty line with its 1-based number and what the first pass made of it. */
interface Block {
  line: number;
  text: string;
  kind: 'content' | 'junk' | 'rights' | 'credit' | 'photo-credit' | 'caption';
  rule?: string;
  credit?: string;
}

/** Subheadings are short; a longer line without a final period is still a paragraph. */
const MAX_SUBHEADING_WORDS = 12;

function classifyLine(text: string, line: number): Block {
  const junk = JUNK_RULES.find((rule) => rule.test(text));
  if (junk) return { line, text, kind: 'junk', rule: junk.name };
  if (isRightsLine(text)) return { line, text, kind: 'rights' };
  const photoCredit = matchPhotoCredit(text);
  if (photoCredit !== undefined) return { line, text, kind: 'photo-credit', credit: photoCredit };
  if (isCreditLine(text) || isBareAuthorName(text)) return { line, text, kind: 'credit' };
  return { line, text, kind: 'content' };
}

/** Maximum length of a teaser link line under a "Mehr zum Thema" header. */
const MAX_TEASER_WORDS = 15;

/**
 * Drops blocks of teaser links: a header such as "Mehr zum Thema" or "Weiterlesen:" and the short
 * link lines under it, up to the next real paragraph.
 */
function dropTeaserBlocks(blocks: Block[]): Block[] {
  let inTeaserBlock = false;
  return blocks.map((block) => {
    const opensBlock =
      (block.kind === 'content' && isRelatedHeader(block.text)) ||
      (block.kind === 'junk' && block.rule === 'related-teaser' && /:\s*$/.test(block.text));
    if (opensBlock) {
      inTeaserBlock = true;
      return { ...block, kind: 'junk', rule: 'related-teaser' };
    }
    if (block.kind !== 'content') return block;
    if (inTeaserBlock && isHeadingLike(block.text, MAX_TEASER_WORDS)) return { ...block, kind: 'junk', rule: 'related-teaser' };
    inTeaserBlock = false;
    return block;
  });
}

/** Pairs photo credits with the caption line above them, and splits captions with inline credits. */
function attachCaptions(blocks: Block[]): { blocks: Block[]; captions: Caption[] } {
  const captions: Caption[] = [];
  const kept: Block[] = [];
  const lastContentIndex = blocks.findLastIndex((block) => block.kind === 'content');
  blocks.forEach((block, index) => {
    if (block.kind === 'photo-credit') {
      const previous = kept.at(-1);
      if (previous?.kind === 'content' && isCaptionLike(previous.text)) {
        kept.pop();
        captions.push({ text: previous.text, credit: block.credit! });
        kept.push({ ...previous, kind: 'caption' });
      } else if (index > lastContentIndex) {
        // A © line after the last paragraph, under no caption, is the page's copyright.
        kept.push({ ...block, kind: 'rights' });
        return;
      } else {
        captions.push({ text: '', credit: block.credit! });
      }
      kept.push(block);
      return;
    }
    // "… Quelle: dpa" inside the text flow is a caption; at the very end it is the article's credit.
    const inline = block.kind === 'content' && index < lastContentIndex ? matchInlineCaptionCredit(block.text) : undefined;
    if (inline) {
      captions.push(inline);
      kept.push({ ...block, kind: 'caption' });
      return;
    }
    kept.push(block);
  });
  return { blocks: kept, captions };
}

/** Whether anything other than content (junk, a caption, a credit) stands between two content blocks. */
function separatedByFurniture(blocks: Block[], from: Block, to: Block | undefined): boolean {
  if (!to) return false;
  return blocks.some((block) => block.line > from.line && block.line < to.line && block.kind !== 'content');
}

/**
 * Cuts a normalized text into headline, kicker, standfirst, dateline, body, captions, credits,
 * rights and dropped junk. Fails when no article text is left.
 */
export function segmentText(file: string, text: string): StageResult<SegmentedText> {
  const lines = text.split('\n');
  const firstPass = lines
    .map((line, index) => ({ text: line, line: index + 1 }))
    .filter((entry) => entry.text !== '')
    .map((entry) => classifyLine(entry.text, entry.line));
  const { blocks, captions } = attachCaptions(dropTeaserBlocks(firstPass));

  const dropped: DroppedLine[] = blocks
    .filter((block) => block.kind === 'junk')
    .map((block) => ({ line: block.line, text: block.text, rule: block.rule! }));
  const credits = blocks.filter((block) => block.kind === 'credit').map((block) => block.text);
  const rightsLines = blocks.filter((block) => block.kind === 'rights').map((block) => block.text);
  const content = blocks.filter((block) => block.kind === 'content');

  const result: SegmentedText = { body: [], captions, credits, dropped };
  if (rightsLines.length > 0) result.rights = rightsLines.join(' ');
  const warnings: Problem[] = [];

  let index = 0;
  const current = () => content[index];
  const next = () => content[index + 1];
  const startsBody = (block: Block | undefined) =>
    block !== undefined && (!isHeadingLike(block.text) || matchRunInDateline(block.text) !== undefined);
  /** Takes the current block as the dateline when it is one and the body follows it. */
  const takeDateline = () => {
    const line = current();
    if (line && matchStandaloneDateline(line.text) && startsBody(next())) {
      result.dateline = line.text;
      index++;
    }
  };

  // Head: a dateline line straight before the body, or a kicker/headline pair.
  const first = current();
  const second = next();
  if (first && matchStandaloneDateline(first.text) && startsBody(second) && !matchRunInDateline(second!.text)) {
    result.dateline = first.text;
    index++;
  } else if (first && countWordsUpTo(first.text, 2) <= 2 && isHeadingLike(first.text) && second && (startsBody(second) || matchStandaloneDateline(second.text))) {
    // One or two words over a dateline or the body: a section label, too short for a headline.
    result.kicker = first.text;
    index++;
    takeDateline();
  } else if (first && isHeadingLike(first.text) && content.length >= 2) {
    if (countWords(first.text) <= 3 && second && isHeadingLike(second.text) && countWords(second.text) > countWords(first.text)) {
      result.kicker = first.text;
      result.headline = second.text;
      index += 2;
    } else {
      const runIn = matchRunInKicker(first.text);
      if (runIn) {
        result.kicker = runIn.kicker;
        result.headline = runIn.headline;
      } else {
        result.headline = first.text;
      }
      index++;
    }
    // A second heading line under the headline is the kicker the page printed below it.
    const subtitle = current();
    if (subtitle && isHeadingLike(subtitle.text) && !matchStandaloneDateline(subtitle.text) && next()) {
      if (result.kicker === undefined) result.kicker = subtitle.text;
      else result.standfirst = subtitle.text;
      index++;
    }
    // A teaser set apart from the body by page furniture, or followed by the dateline, is the standfirst.
    const teaser = current();
    const afterTeaser = next();
    if (
      result.standfirst === undefined &&
      teaser &&
      afterTeaser &&
      !matchRunInDateline(teaser.text) &&
      (separatedByFurniture(blocks, teaser, afterTeaser) ||
        matchRunInDateline(afterTeaser.text) !== undefined ||
        (matchStandaloneDateline(afterTeaser.text) !== undefined && startsBody(content[index + 2])))
    ) {
      result.standfirst = teaser.text;
      index++;
    }
    takeDateline();
  }

  const bodyBlocks = content.slice(index);
  const body: BodyBlock[] = [];
  bodyBlocks.forEach((block, position) => {
    let paragraph = block.text;
    if (position === 0 && result.dateline === undefined) {
      const runIn = matchRunInDateline(paragraph);
      if (runIn) {
        result.dateline = runIn.place;
        if (runIn.agency) credits.push(`(${runIn.agency})`);
        paragraph = runIn.rest;
      }
    }
    const isSubheading =
      position > 0 && position < bodyBlocks.length - 1 && isHeadingLike(paragraph, MAX_SUBHEADING_WORDS);
    body.push({ kind: isSubheading ? 'subheading' : 'paragraph', text: paragraph });
  });

  if (!body.some((block) => block.kind === 'paragraph')) {
    return {
      ok: false,
      problems: [
        {
          file,
          stage: 'segment',
          severity: 'error',
          message:
            blocks.length === 0
              ? 'no text: the file holds only whitespace'
              : `no article text found: all ${blocks.length} lines are page furniture, credits or headings`,
        },
      ],
    };
  }
  if (body.length === 1 && countWords(body[0]!.text) < 20) {
    warnings.push({ file, stage: 'segment', severity: 'warning', message: 'the article body is a single short paragraph' });
  }
  result.body = body;
  return { ok: true, value: result, warnings };
}
