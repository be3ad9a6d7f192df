// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ENGLISH, getMessageFrom } from './catalogue';
import { AnswerCard } from '@/components/AnswerCard';
import { ImportPreview } from '@/entrypoints/options/ImportPreview';
import { toAnswerView } from '@/utils/answer-view';
import { acceptedFiles, planImport, type ExistingDocument } from '@/utils/import-documents';
import { fixture, OREGON } from './import-fixtures';

afterEach(cleanup);
beforeEach(() => {
  // The English catalogue, with $1..$n filled in, as the browser would.
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessageFrom(ENGLISH) as never);
});

const MARKUP_NAME = '<img src=x onerror="window.__lensPwned = 9">.txt';
const noop = () => undefined;
const ACTIVE = 'img, script, svg, iframe, b, a[href^="javascript"]';

async function markupPlan(existing: ExistingDocument[] = []) {
  return planImport(
    [
      { name: MARKUP_NAME, text: fixture('untrusted-markup.txt') },
      { name: '<script>window.__lensPwned = 10</script>.txt', text: '<b>not</b> a document' },
    ],
    existing,
    { pause: async () => undefined },
  );
}

describe('the import preview', () => {
  it('renders file names, titles and reasons as text, never as markup', async () => {
    const plan = await markupPlan();
    const { container } = render(<ImportPreview plan={plan} decisions={{}} onDecide={noop} onDecideAll={noop} onConfirm={noop} onCancel={noop} />);
    expect(container.querySelector(ACTIVE)).toBeNull();
    expect(container.textContent).toContain(MARKUP_NAME);
    expect(container.textContent).toContain('<script>window.__lensPwned = 10</script>.txt');
    expect(container.textContent).toContain('line 1: missing the “Categories <category>” line');
    expect((window as { __lensPwned?: number }).__lensPwned).toBeUndefined();
  });

  it('renders an imported answer with markup in it as text', async () => {
    const [file] = acceptedFiles(await markupPlan());
    for (const entry of file.entries) {
      const { container } = render(<AnswerCard answer={toAnswerView(entry, undefined)} expanded />);
      expect(container.querySelector(ACTIVE)).toBeNull();
      expect(container.textContent).toContain('<');
      cleanup();
    }
    expect((window as { __lensPwned?: number }).__lensPwned).toBeUndefined();
  });

  it('holds the import until every conflict has a decision', async () => {
    const existing: ExistingDocument = { id: 'or-dmv-data-sharing-imported-00000000', title: 'Older Oregon', stateCode: 'OR', topic: 'dmv-data-sharing', source: 'imported' };
    const plan = await planImport([{ name: 'or.txt', text: OREGON }], [existing], { pause: async () => undefined });
    const onDecide = vi.fn();
    const onConfirm = vi.fn();
    const { container, rerender } = render(<ImportPreview plan={plan} decisions={{}} onDecide={onDecide} onDecideAll={noop} onConfirm={onConfirm} onCancel={noop} />);
    const confirm = () => container.querySelector<HTMLButtonElement>('[data-action="confirm-import"]')!;
    expect(confirm().disabled).toBe(true);
    fireEvent.click(container.querySelector('[data-decision="keep-both"]')!);
    const id = acceptedFiles(plan)[0].document.id;
    expect(onDecide).toHaveBeenCalledWith(id, 'keep-both');
    rerender(<ImportPreview plan={plan} decisions={{ [id]: 'keep-both' }} onDecide={onDecide} onDecideAll={noop} onConfirm={onConfirm} onCancel={noop} />);
    expect(confirm().disabled).toBe(false);
    fireEvent.click(confirm());
    expect(onConfirm).toHaveBeenCalledOnce();
  });
});
