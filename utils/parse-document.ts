/**
 * Parses a policy Q&A document in the seed format (see /data/documents):
 *
 *   Categories <category>
 *
 *   State <Topic> With ICE in <State>
 *
 *   1. <question>?
 *   <answer paragraphs and numbered list items>
 *   2. <question>?
 *   ...
 *
 * Imported documents come from users, so the parser either returns a whole document or one error
 * with a line number and a reason; it never returns half a document. Every step is linear in the
 * input (no regex that can backtrack over a long line), so a 1 MB single-line file cannot stall it.
 *
 * Telling questions from list items: answers contain their own numbered lines ("1. Label: text"),
 * even right after a question. A numbered line is a candidate question only when it ends with "?".
 * A candidate is a question when its number is the next expected one, except when it continues a
 * list (the previous non-blank line is the item numbered one less): then it is a list item if a
 * later candidate that does not continue a list carries the same number (the real question is still
 * to come), and a question otherwise. Maine Q5 follows list item "4." and is still a question;
 * a list of questions inside an answer stays a list. A fresh "1. …?" after question 1 opens a list,
 * so a repeated question 1 cannot be detected; any other out-of-order candidate is an error.
 */
import type { AnswerBlock, ListItem, ParsedDocument, ParsedEntry, Topic } from './document-types';
import { findState } from '../data/states';
import { topicOfWord } from '@/data/topic-words';

/** Imported files above this size are rejected before any parsing. */
export const MAX_DOCUMENT_BYTES = 512 * 1024;
/** The seeds have 20 questions; imports may have fewer or more, up to this many. */
export const MAX_QUESTIONS = 50;
/** Text before the first colon of a list item reads as its label only when shorter than this. */
const MAX_LABEL_CHARS = 60;
const MAX_LABEL_WORDS = 10;
/** Titles are one short line; a longer "title" is something else and is not matched at all. */
const MAX_TITLE_CHARS = 300;

export interface ParseError {
  /** 1-based line in the source text. */
  line: number;
  reason: string;
}

export type ParseResult = { ok: true; document: ParsedDocument } | { ok: false; error: ParseError };

export interface ParseOptions {
  /** Where the text came from (a URL or a file name), kept on the document. */
  origin?: string;
}

export class DocumentParseError extends Error {
  readonly line: number;
  readonly reason: string;

  constructor({ line, reason }: ParseError) {
    super(`Line ${line}: ${reason}`);
    this.name = 'DocumentParseError';
    this.line = line;
    this.reason = reason;
  }
}

export function parseDocument(text: string, options: ParseOptions = {}): ParseResult {
  try {
    return { ok: true, document: parseDocumentOrThrow(text, options) };
  } catch (error) {
    if (!(error instanceof DocumentParseError)) throw error;
    return { ok: false, error: { line: error.line, reason: error.reason } };
  }
}

function fail(line: number, reason: string): never {
  throw new DocumentParseError({ line, reason });
}

export function parseDocumentOrThrow(input: string, options: ParseOptions = {}): ParsedDocument {
  if (typeof input !== 'string') fail(1, 'the document is not text');
  if (utf8Length(input) > MAX_DOCUMENT_BYTES) {
    fail(1, `the document is larger than ${MAX_DOCUMENT_BYTES / 1024} KiB`);
  }
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  rejectBinary(text);
  if (text.trim() === '') fail(1, 'the document is empty');

  const lines = text.split('\n');
  const categoryIndex = nextNonBlank(lines, 0);
  const categoryMatch = /^Categories\b(.*)$/is.exec(lines[categoryIndex].trim());
  if (!categoryMatch) {
    fail(categoryIndex + 1, 'missing the “Categories <category>” line the document must start with');
  }
  const category = categoryMatch[1].trim();
  if (!category) fail(categoryIndex + 1, 'the Categories line names no category');

  const titleIndex = nextNonBlank(lines, categoryIndex + 1);
  if (titleIndex >= lines.length) {
    fail(lines.length, 'no title line “State <topic> With ICE in <state>” after the Categories line');
  }
  const { title, state, topic } = parseTitle(lines[titleIndex], titleIndex + 1);

  const entries = parseEntries(lines, titleIndex + 1);
  const origin = options.origin?.trim();
  return { id: `${state.code.toLowerCase()}-${topic}`, title, category, state, topic, ...(origin ? { origin } : {}), entries };
}

/** UTF-8 size without allocating an encoded copy of a possibly huge string. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is 4 bytes: 2 per half.
    bytes += code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 2 : 3;
    if (bytes > MAX_DOCUMENT_BYTES) return bytes;
  }
  return bytes;
}

/**
 * A NUL byte, or more than a few control or replacement characters, means the file is not text
 * (an image or a zip picked by mistake, or text in another encoding).
 */
function rejectBinary(text: string): void {
  let line = 1;
  let firstBadLine = 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      line++;
    } else if (code === 0) {
      fail(line, 'the file looks binary (it contains a NUL byte), not a text document');
    } else if ((code < 32 && code !== 9 && code !== 12) || code === 127 || code === 0xfffd) {
      bad++;
      if (!firstBadLine) firstBadLine = line;
    }
  }
  if (bad > Math.max(2, text.length / 200)) {
    fail(firstBadLine, `the file looks binary (${bad} control or undecodable characters), not a text document`);
  }
}

function nextNonBlank(lines: string[], from: number): number {
  let i = from;
  while (i < lines.length && lines[i].trim() === '') i++;
  return i;
}

function parseTitle(raw: string, lineNumber: number): { title: string; state: ParsedDocument['state']; topic: Topic } {
  const title = raw.trim().replace(/\s+/g, ' ');
  if (NUMBERED.test(title)) {
    fail(lineNumber, 'no title line: expected “State <topic> With ICE in <state>” before question 1');
  }
  const match = title.length <= MAX_TITLE_CHARS
    ? /^State (.+?) With ICE in (.+?)[ .]*$/is.exec(title)
    : null;
  if (!match) {
    fail(lineNumber, `no title line: expected “State <topic> With ICE in <state>”, found “${preview(title)}”`);
  }
  const [, topicWords, stateName] = match;
  const found = findState(stateName.replace(/^the\s+/i, ''));
  if (!found) fail(lineNumber, `unknown state “${stateName}” in the title`);
  const topic = topicFromWords(topicWords);
  if (!topic) {
    fail(
      lineNumber,
      `unknown topic “${topicWords}” in the title: expected “DMV Data Sharing” or “Court Information Sharing”`,
    );
  }
  return { title, state: { code: found.code, name: found.name }, topic };
}

/**
 * Accepts the seed wording and close variants ("DMV Information Sharing", "Courts Data-Sharing",
 * "Motor Vehicle Records Sharing"): "<topic words> <data|information|records> sharing", the topic
 * words read with the project's one topic vocabulary.
 */
function topicFromWords(words: string): Topic | undefined {
  const key = words.toLowerCase().replace(/[’']s\b/g, '').replace(/[-\s]+/g, ' ').trim();
  const head = /^(.+) (?:data|information|records?) sharing$/.exec(key)?.[1];
  if (!head) return undefined;
  const topics = new Set(head.split(' ').filter((w) => !TITLE_FILLER.has(w)).map(topicOfWord));
  return topics.size === 1 ? [...topics][0] : undefined;
}
/** Words a title's topic may carry besides topic words ("State Courts", "Department of Motor Vehicles"). */
const TITLE_FILLER = new Set(['state', 'department', 'of', 'the']);

const NUMBERED = /^(\d{1,4})\.\s+(\S.*)$/s;

interface Line {
  kind: 'blank' | 'numbered' | 'text';
  number: number;
  /** The line without its number, trimmed. */
  rest: string;
  /** Numbered and ends with "?": it may be a question. */
  candidate: boolean;
  /** The previous non-blank line is the item numbered one less. */
  continuesList: boolean;
}

function classify(lines: string[], from: number): Line[] {
  const out: Line[] = [];
  let previous: Line | undefined;
  for (let i = from; i < lines.length; i++) {
    const trimmed = lines[i].trim();
    if (!trimmed) {
      out.push({ kind: 'blank', number: 0, rest: '', candidate: false, continuesList: false });
      continue;
    }
    const numbered = NUMBERED.exec(trimmed);
    const line: Line = numbered
      ? {
          kind: 'numbered',
          number: Number(numbered[1]),
          rest: numbered[2],
          candidate: /\?["”’)\]]*$/.test(numbered[2].slice(-8)),
          continuesList: false,
        }
      : { kind: 'text', number: 0, rest: trimmed, candidate: false, continuesList: false };
    if (line.kind === 'numbered' && previous?.kind === 'numbered') {
      line.continuesList = previous.number === line.number - 1;
    }
    out.push(line);
    previous = line;
  }
  return out;
}

function parseEntries(lines: string[], bodyStart: number): ParsedEntry[] {
  const body = classify(lines, bodyStart);
  // For each line, the number of the next candidate after it that does not continue a list.
  const nextFresh = new Array<number>(body.length);
  let upcoming = 0;
  for (let i = body.length - 1; i >= 0; i--) {
    nextFresh[i] = upcoming;
    if (body[i].candidate && !body[i].continuesList) upcoming = body[i].number;
  }

  const entries: ParsedEntry[] = [];
  let current: ParsedEntry | undefined;
  let expected = 1;

  const closeCurrent = () => {
    if (!current) return;
    if (current.blocks.length === 0) fail(current.line, `question ${current.number} has no answer`);
    current.text = blocksToText(current.blocks);
    entries.push(current);
  };

  for (let i = 0; i < body.length; i++) {
    const line = body[i];
    const lineNumber = bodyStart + i + 1;
    if (line.kind === 'blank') continue;

    if (line.kind === 'numbered' && line.candidate && isQuestion(line, expected, nextFresh[i], lineNumber)) {
      if (line.number > MAX_QUESTIONS) fail(lineNumber, `more than ${MAX_QUESTIONS} questions`);
      closeCurrent();
      current = { number: line.number, question: line.rest, blocks: [], text: '', line: lineNumber };
      expected++;
      continue;
    }
    if (!current) {
      fail(lineNumber, `expected question 1 (a line “1. …?”), found “${preview(lines[bodyStart + i].trim())}”`);
    }
    if (line.kind === 'numbered') {
      addListItem(current.blocks, line.number, line.rest);
    } else {
      current.blocks.push({ kind: 'paragraph', text: line.rest });
    }
  }

  if (!current) fail(lines.length, 'no questions found: expected a line “1. …?” after the title');
  closeCurrent();
  return entries;
}

/** The tie-break documented at the top of this file. Throws on out-of-order questions. */
function isQuestion(line: Line, expected: number, nextFreshNumber: number, lineNumber: number): boolean {
  const n = line.number;
  if (line.continuesList) {
    if (n === expected) return nextFreshNumber !== n;
    // A continuation the next fresh question follows on from is a misnumbered question, not an item.
    if (nextFreshNumber !== n + 1) return false;
  } else if (n === expected) {
    return true;
  } else if (n === 1) {
    return false;
  }
  if (n < expected) fail(lineNumber, `question ${n} appears again: expected question ${expected}`);
  fail(lineNumber, `expected question ${expected}, found ${n}`);
}

function addListItem(blocks: AnswerBlock[], number: number, rest: string): void {
  const item: ListItem = { number, ...splitLabel(rest) };
  const last = blocks[blocks.length - 1];
  // Consecutive numbered lines form one list; a "1." opens a new one.
  if (last?.kind === 'list' && number !== 1) last.items.push(item);
  else blocks.push({ kind: 'list', items: [item] });
}

function splitLabel(rest: string): { label?: string; text: string } {
  const colon = rest.indexOf(':');
  if (colon <= 0 || colon >= MAX_LABEL_CHARS) return { text: rest };
  const label = rest.slice(0, colon).trim();
  const text = rest.slice(colon + 1).trim();
  if (!text || !label || label.split(/\s+/).length > MAX_LABEL_WORDS) return { text: rest };
  return { label, text };
}

function blocksToText(blocks: AnswerBlock[]): string {
  return blocks
    .map((block) =>
      block.kind === 'paragraph'
        ? block.text
        : block.items.map((item) => `${item.number}. ${item.label ? `${item.label}: ` : ''}${item.text}`).join('\n'),
    )
    .join('\n\n');
}

function preview(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
