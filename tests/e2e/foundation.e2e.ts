import { describe, expect, it } from 'vitest';
import { BROWSERS, watchErrors } from '../../scripts/lib/browsers.mjs';
import { useLensSession } from './support/session';

describe.each(BROWSERS)('foundation in %s', (name) => {
  const session = useLensSession(name, { page: false });

  it('seeds five documents of twenty answers and the popup lists them', async () => {
    const popup = await session.lens.openExtensionPage('popup.html', '[data-doc-id]');
    await popup.waitForFunction(() => document.querySelectorAll('[data-doc-id]').length === 5, { polling: 50 });
    const items = await popup.$$eval('[data-doc-id]', (els) => els.map((e) => e.textContent ?? ''));
    expect(items).toHaveLength(5);
    for (const text of items) expect(text).toMatch(/— 20 answers/);
    expect(items.join('\n')).toMatch(/California/);
    expect(items.join('\n')).toMatch(/State Court Information Sharing With ICE in New Mexico/);
  });

  it('runs the content script on a page served from 127.0.0.1 without console errors', async () => {
    const page = await session.lens.newPage();
    const errors = watchErrors(page);
    await page.goto(session.server.url('foundation.html'));
    await page.waitForFunction(() => (CSS.highlights.get('data-sharing-lens-state')?.size ?? 0) > 0, { polling: 50, timeout: 15_000 });
    expect(errors).toEqual([]);
  });
});
