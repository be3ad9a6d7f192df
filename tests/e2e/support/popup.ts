/** Driving the popup (popup.html opened as an extension page) as a person types in it. */
import type { Page } from 'puppeteer-core';

/** Types a query over whatever was there and waits until the result line speaks for it. */
export async function search(popup: Page, query: string): Promise<void> {
  await popup.click('#query', { count: 3 });
  await popup.keyboard.press('Backspace');
  await popup.type('#query', query);
  await popup.waitForFunction(
    (q) => {
      const line = document.querySelector('#result-count');
      return line?.getAttribute('data-query') === q && Boolean(line.textContent?.trim());
    },
    { polling: 50 },
    query,
  );
}
