/** The mention shape shared by the extract modules. */

/** Entity classes, named as in GermEval 2014 (OTH: a named thing that is not person, place or organisation). */
export type MentionType = 'PER' | 'LOC' | 'ORG' | 'OTH';

/**
 * How the text names the entity: by name ("Syrien"), by a derived adjective or demonym
 * ("syrischen", "Franzosen"), or as part of a compound ("US-Regierung", "IS-Kämpfer").
 */
export type MentionForm = 'name' | 'deriv' | 'part';

/** One span of text that refers to an entity. */
export interface Mention {
  /** Index of the text block the span is in. */
  block: number;
  /** Character offsets into that block, end exclusive. */
  start: number;
  end: number;
  text: string;
  type: MentionType;
  form: MentionForm;
  /** Canonical registry name, or the name as found for a discovered entity. */
  name: string;
  /** Which rule found it. */
  rule: 'registry' | 'compound' | 'adjective' | 'demonym' | 'surname' | 'role-cue' | 'speech-cue' | 'first-name' | 'place-cue' | 'place-preposition' | 'full-name';
  /** True for a mention inside a longer registry name ("russischen" in "russischen Luftwaffe"). */
  inner?: boolean;
  /**
   * True for a person named by one word only ("sagte Aasheim") whose full name the text never
   * gives: the span is a person, but the name is too thin for the people list.
   */
  surnameOnly?: boolean;
}

/** A name discovered with too little evidence: for the review report only. */
export interface MentionCandidate {
  block: number;
  type: MentionType;
  name: string;
  reason: string;
}
