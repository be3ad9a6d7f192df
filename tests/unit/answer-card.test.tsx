// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ENGLISH, getMessageFrom } from './catalogue';
import { AnswerCard, answerIsCut } from '@/components/AnswerCard';
import { toAnswerView, type AnswerView } from '@/utils/answer-view';
import type { AnswerBlock, StoredEntry } from '@/utils/document-types';
import { bundledAnswers } from './helpers';

afterEach(cleanup);
beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessageFrom(ENGLISH) as never);
});

function answer(blocks: AnswerBlock[]): AnswerView {
  const text = blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.items.map((i) => `${i.number}. ${i.text}`).join('\n'))).join('\n\n');
  const entry: StoredEntry = {
    id: 'or-dmv-data-sharing#1',
    docId: 'or-dmv-data-sharing',
    docTitle: 'Oregon DMV',
    stateCode: 'OR',
    stateName: 'Oregon',
    topic: 'dmv-data-sharing',
    number: 1,
    question: 'Does Oregon share DMV data with ICE?',
    blocks,
    text,
    line: 3,
    theme: 'current-policy',
    scope: 'state',
    hedges: [],
    citations: [],
    source: 'imported',
    labels: [],
  };
  return toAnswerView(entry, undefined);
}

const SHORT = 'Oregon law limits what the DMV may give federal immigration agencies.';
const LONG = `${'Oregon law limits what the DMV may give federal immigration agencies, with exceptions. '.repeat(4)}The end.`;
const toggle = (container: Element) => container.querySelector<HTMLButtonElement>('button.expand');

describe('the answer card', () => {
  it('shows a short answer whole, without a "Show full answer" toggle', () => {
    const short = answer([{ kind: 'paragraph', text: SHORT }]);
    expect(answerIsCut(short)).toBe(false);
    const { container } = render(<AnswerCard answer={short} />);
    expect(toggle(container)).toBeNull();
    expect(container.textContent).not.toContain('Show full answer');
    expect(container.textContent).toContain(SHORT);
  });

  it('shows no "Show less" on a short answer opened expanded either', () => {
    const { container } = render(<AnswerCard answer={answer([{ kind: 'paragraph', text: SHORT }])} expanded />);
    expect(toggle(container)).toBeNull();
    expect(container.querySelector('.answer-body')?.textContent).toBe(SHORT);
  });

  it('offers the toggle when the excerpt cuts the text, and it opens the whole answer', () => {
    const long = answer([{ kind: 'paragraph', text: LONG }]);
    expect(answerIsCut(long)).toBe(true);
    const { container } = render(<AnswerCard answer={long} />);
    expect(container.querySelector('.excerpt')?.textContent).toMatch(/…$/);
    fireEvent.click(toggle(container)!);
    expect(container.querySelector('.answer-body')?.textContent).toBe(LONG);
    expect(toggle(container)?.textContent).toBe('Show less');
  });

  it('offers the toggle for a short answer with a numbered list, which the excerpt cannot show as a list', () => {
    const listed = answer([
      { kind: 'paragraph', text: 'Two ways:' },
      { kind: 'list', items: [{ number: 1, text: 'Ask the DMV.' }, { number: 2, text: 'Ask a lawyer.' }] },
    ]);
    expect(listed.text.length).toBeLessThan(220);
    const { container } = render(<AnswerCard answer={listed} />);
    expect(toggle(container)?.textContent).toBe('Show full answer');
    fireEvent.click(toggle(container)!);
    expect(container.querySelectorAll('.answer-body ol li')).toHaveLength(2);
  });

  it('keeps the toggle on every bundled answer, all longer than an excerpt', () => {
    const [first] = bundledAnswers();
    const { container } = render(<AnswerCard answer={first} />);
    expect(toggle(container)?.textContent).toBe('Show full answer');
  });
});
