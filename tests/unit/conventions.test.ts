/**
 * The layout rules, kept by a test rather than by memory: where a file lives says what it may
 * touch, and the import graph of each entry point (scripts/lib/import-graph.mjs) proves it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraph, runtimeGraphs } from '../../scripts/lib/import-graph.mjs';

const graphs = runtimeGraphs();
const UI_RUNTIMES = ['content-ui', 'popup', 'sidepanel', 'options'] as const;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
const source = (dir: string) => filesUnder(dir).filter((f) => /\.(ts|tsx)$/.test(f) && !f.endsWith('.d.ts'));
const inGraph = (runtime: keyof typeof graphs, file: string) => graphs[runtime].files.includes(file);

describe('conventions', () => {
  it('components/ holds only what two or more surfaces share', () => {
    for (const file of source('components')) {
      const users = UI_RUNTIMES.filter((r) => inGraph(r, file));
      expect(users.length, `${file} is used by ${users.join(', ') || 'nothing'}: it belongs with that page`).toBeGreaterThanOrEqual(2);
    }
  });

  it('an entry point’s folder is reached only from that entry point', () => {
    for (const [runtime, graph] of Object.entries(graphs)) {
      const foreign = graph.files.filter((f) => f.startsWith('entrypoints/') && !f.startsWith(`entrypoints/${runtime}/`));
      expect(foreign, `${runtime} imports another entry point's files`).toEqual([]);
    }
  });

  it('pure logic in utils/ and data/ reaches no browser API, no Dexie and no messaging', () => {
    for (const file of [...source('utils').filter((f) => !/^utils\/(browser|storage)\//.test(f)), ...source('data')]) {
      const { files, packages } = importGraph(file);
      expect(files.filter((f) => /^utils\/(browser|storage)\//.test(f)), file).toEqual([]);
      expect(packages.filter((p) => ['wxt', 'dexie', '@webext-core/messaging'].includes(p)), file).toEqual([]);
    }
  });

  it('nothing that runs in a page carries Dexie, Fuse.js, the storage layer, search or checked data tables', () => {
    for (const runtime of ['content-gate', 'content-lens', 'content-ui'] as const) {
      const { files, packages } = graphs[runtime];
      expect(packages, runtime).not.toContain('dexie');
      expect(packages, runtime).not.toContain('fuse.js');
      // The protocol's schemas are checked where messages arrive; a page only sends them.
      expect(packages, runtime).not.toContain('valibot');
      expect(files.filter((f) => /^utils\/storage\/|^utils\/search|^data\/(answer-reviews|state-status|glossary)/.test(f)), runtime).toEqual([]);
    }
  });

  it('the content script every page evaluates carries no UI: Preact and the popover come on first use', () => {
    for (const runtime of ['content-gate', 'content-lens'] as const) {
      expect(graphs[runtime].packages, runtime).not.toContain('preact');
      expect(graphs[runtime].files.filter((f) => f.startsWith('components/') || f.startsWith('entrypoints/content-ui/')), runtime).toEqual([]);
    }
  });

  it('the content script every page evaluates is a gate: no matcher, lexicon, scanner or highlighter', () => {
    const carried = graphs['content-gate'].files.filter((f) => /^(data\/(lexicon|states|topic-words)|utils\/(match-|term-|compile-)|entrypoints\/content-lens\/)/.test(f));
    expect(carried).toEqual([]);
    // Nor the typed channel: compiled on every page the gate is registered on, it cost pages in
    // other languages start time (utils/browser/gate-message.ts sends its one message).
    expect(graphs['content-gate'].packages).not.toContain('@webext-core/messaging');
    expect(graphs['content-gate'].files).not.toContain('utils/browser/messaging.ts');
  });

  it('the background has no UI', () => {
    expect(graphs.background.packages).not.toContain('preact');
    expect(graphs.background.files.filter((f) => f.startsWith('components/'))).toEqual([]);
  });

  it('browser storage is touched only through the declared items', () => {
    const offenders = [...source('entrypoints'), ...source('components'), ...source('utils')].filter(
      (f) => f !== join('utils', 'browser', 'storage-items.ts') && /\bbrowser\.storage\.(local|session)\b/.test(readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('names say what a file is: components in PascalCase, everything else in kebab-case', () => {
    for (const file of [...source('entrypoints'), ...source('components'), ...source('utils'), ...source('data')]) {
      const name = basename(file).replace(/\.(ts|tsx)$/, '');
      const ok = file.endsWith('.tsx') && /^[A-Z][A-Za-z]+$/.test(name) ? true : /^[a-z0-9]+(-[a-z0-9]+)*$/.test(name) || name === 'i18n';
      expect(ok, `${file}: components are PascalCase .tsx, other files kebab-case`).toBe(true);
    }
  });

  it('comments speak of the code: no issue numbers, no paths outside the repository', () => {
    for (const file of [...source('entrypoints'), ...source('components'), ...source('utils'), ...source('data'), ...source('tests'), ...filesUnder('scripts').filter((f) => f.endsWith('.mjs'))]) {
      const text = (readFileSync(file, 'utf8').match(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g) ?? []).join('\n');
      expect(text, `${file} names an issue`).not.toMatch(/\bissues? #?\d+\b|\(#\d+\)/i);
      expect(text, `${file} points outside the repository`).not.toMatch(/(?:\.\.\/)+shared\/|\bshared\/(?:domain|news-pages|seeds)\b/);
    }
  });
});
