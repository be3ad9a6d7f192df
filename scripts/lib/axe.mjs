/**
 * Runs axe-core in a page. Injected through the automation protocol's evaluate (not a <script>
 * tag), so extension pages keep their strict CSP and no element is added to the page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * @param {import('puppeteer-core').Page} page
 * @returns {Promise<{ id: string, impact: string, help: string, nodes: string[] }[]>} serious and critical violations
 */
export async function seriousViolations(page) {
  await page.evaluate(`${axeSource}\n;0`);
  const violations = /** @type {any[]} */ (
    await page.evaluate(async () => {
      const result = await /** @type {any} */ (window).axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((/** @type {any} */ v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((/** @type {any} */ n) => n.target.join(' ')),
      }));
    })
  );
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
