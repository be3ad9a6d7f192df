/**
 * Finds terms in the page's visible prose, in idle-time slices, then follows DOM changes.
 *
 * Cost model (shared/PERF-NOTES.md): a TreeWalker without a filter callback, one regex pass per
 * text node (the matcher's pattern rejects whitespace and numbers as fast as a pre-test did, so it
 * is its own pre-test: BENCHMARKS.md), and the "is this prose?" check only where something
 * matched. A filter callback per node would cost ~13× the walk.
 */
import { termsIn, type TermMatch } from '@/utils/match-terms';
import { whenIdle, type IdleDeadlineLike } from './idle';
import { HOST_TAG } from '@/utils/lens-ui';
import { MUTATION_BATCH_MS, SCAN_SLICE_MS } from './timing';

/**
 * Text under these is not prose: code, form controls (state pickers list every state), our own UI,
 * and site navigation (a "California" section in a menu is not something the article says). Also
 * an editable region (contenteditable other than "false").
 */
const NOT_PROSE_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'select', 'option', 'optgroup', 'input',
  'code', 'pre', 'kbd', 'samp', 'svg', 'math', HOST_TAG, 'nav', 'menu',
]);
const NOT_PROSE_ROLES = new Set(['navigation', 'menu', 'menubar']);
/** Where the page says its article is. */
const CONTENT_TAGS = new Set(['article', 'main']);
const CONTENT_ROLES = new Set(['main', 'article']);
/** The same as a selector, for asking the document whether it has an article at all. */
const CONTENT = [...CONTENT_TAGS, ...[...CONTENT_ROLES].map((role) => `[role=${role}]`)].join(',');
/**
 * The site's own header and footer (a list of its state bureaus, its address) are not the article:
 * those outside the article, on pages that say where their article is. A page without <main> or
 * <article> may put its headline in a <header>, so there every header counts.
 */
const CHROME_TAGS = new Set(['header', 'footer']);
const CHROME_ROLES = new Set(['banner', 'contentinfo']);

/** What an element and its ancestors say about text inside it (bits). */
const NOT_PROSE_BIT = 1;
const IN_CONTENT = 2;
/** Inside a header or footer that is not inside an article or main element. */
const IN_CHROME = 4;

/**
 * An element's own part, over its parent's bits: what the selectors "script, …, [role=navigation],
 * [contenteditable]:not([contenteditable=false])" and the like say of it, read as three properties
 * rather than matched as a selector list (on the news pages, `matches()` on every ancestor of the
 * matched nodes cost ~8× the walk up those ancestors alone).
 */
function ownBits(e: Element, parent: number): number {
  const tag = e.localName;
  const role = e.getAttribute('role');
  const editable = e.getAttribute('contenteditable');
  let bits = parent;
  if (NOT_PROSE_TAGS.has(tag) || (role !== null && NOT_PROSE_ROLES.has(role)) || (editable !== null && editable !== 'false')) bits |= NOT_PROSE_BIT;
  if (CONTENT_TAGS.has(tag) || (role !== null && CONTENT_ROLES.has(role))) bits |= IN_CONTENT;
  // The nearest header or footer decides: chrome unless it is inside (or is) the article.
  if (CHROME_TAGS.has(tag) || (role !== null && CHROME_ROLES.has(role))) bits = bits & IN_CONTENT ? bits & ~IN_CHROME : bits | IN_CHROME;
  return bits;
}

export type ProseCheck = (el: Element) => boolean;

/**
 * "Is this visible prose?" for the matched nodes of one slice of the scan. Matched nodes share
 * most of their ancestors (the article's body), so each ancestor is read once per slice and
 * remembered, where a `closest()` per node walked the whole chain again with every selector
 * (BENCHMARKS.md). Make a new one for every slice: the page may change between two slices, not
 * within one.
 */
export function proseCheck(): ProseCheck {
  const bits = new Map<Element, number>();
  /** Lists already judged: the matched links of a rail share their list's answer. */
  const linkLists = new Map<ParentNode, boolean>();
  let pageHasContent: boolean | undefined;

  /** The bits of an element: its own, over those of its parent (as `closest` sees it, up to a shadow root). */
  const bitsOf = (el: Element): number => {
    const chain: Element[] = [];
    let known = 0;
    for (let e: Element | null = el; e; e = e.parentElement) {
      const b = bits.get(e);
      if (b !== undefined) {
        known = b;
        break;
      }
      chain.push(e);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      known = ownBits(chain[i], known);
      bits.set(chain[i], known);
    }
    return known;
  };

  return (el) => {
    const b = bitsOf(el);
    if (b & NOT_PROSE_BIT) return false;
    if (b & IN_CHROME && (pageHasContent ??= !!el.ownerDocument.querySelector(CONTENT))) return false;
    if ((el as HTMLElement).isContentEditable) return false;
    if (inLinkList(el, linkLists)) return false;
    return typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true }) : true;
  };
}

/** Items read of a list: enough to tell a link list, bounded for a footer of 500 links. */
const LIST_SAMPLE = 50;

/**
 * A link in a list whose items are (almost) nothing but links: "Related" boxes, story rails, state
 * lists, where headlines are title-cased and names look like states ("Maine Coon Rescue Finds
 * Homes"). A link inside a sentence, or in an item that says more than its link, is prose.
 */
function inLinkList(el: Element, judged: Map<ParentNode, boolean>): boolean {
  const item = el.closest('li');
  if (!item || !el.closest('a[href]')) return false;
  // parentNode: an item may sit right in a shadow root.
  const list = item.parentNode as ParentNode;
  let answer = judged.get(list);
  if (answer === undefined) {
    const items = [...list.children].slice(0, LIST_SAMPLE);
    const linkOnly = items.filter((li) => {
      let linked = 0;
      for (const a of li.querySelectorAll('a[href]')) linked += a.textContent!.trim().length;
      return linked && linked >= li.textContent!.trim().length * 0.8;
    });
    answer = linkOnly.length >= items.length * 0.8;
    judged.set(list, answer);
  }
  return answer;
}

/**
 * Inline scripts and styles hold as many characters as the prose on real news pages (one 186 KB
 * script on yahoo): long text under these is dropped before matching, by its parent's name — one
 * property read, only for long nodes. Short ones go through the matcher and isProse as usual.
 */
const RAW_TEXT = new Set(['script', 'style', 'noscript', 'template', 'textarea']);
const LONG_TEXT = 256;

/**
 * One text node's matches if it is visible prose, else null: the scan's work per node, in the
 * order that keeps it cheap. Exported for `npm run bench`, which times this very function against
 * a bare read of the page (scripts/bench/probes/scan-probe.ts).
 */
export function proseMatches(
  node: Text,
  lang: ScannerCallbacks['lang'],
  isProse: ProseCheck,
  more?: ScannerCallbacks['moreMatches'],
): TermMatch[] | null {
  const data = node.data;
  if (data.length < 2 || (data.length > LONG_TEXT && RAW_TEXT.has(node.parentElement?.localName ?? ''))) return null;
  let matches = termsIn(data, lang);
  if (!matches) return null;
  if (more) matches = more(data, matches);
  const parent = node.parentElement;
  return parent && isProse(parent) ? matches : null;
}

export interface ScannerCallbacks {
  lang: 'en' | 'es' | 'none';
  /** Terms the lexicon cannot know (imported states' agencies), added where the lexicon matched. */
  moreMatches?: (text: string, found: TermMatch[]) => TermMatch[];
  /** A text node's matches (its earlier matches, if any, were forgotten just before). */
  onMatches(node: Text, matches: TermMatch[]): void;
  onForget(node: Text): void;
  /** After the initial scan and after each batch of changes. */
  onSettled?(): void;
}

export interface Scanner {
  start(): Promise<void>;
  stop(): void;
  /** Main-thread time spent scanning so far (ms), for the benchmark. */
  readonly busyMs: number;
  readonly longestSliceMs: number;
  /** Text nodes read so far, batches of DOM changes handled, and slices of work between yields to the page: what the tests hold the scan to. */
  readonly nodesRead: number;
  readonly batches: number;
  readonly slices: number;
}

export function createScanner(doc: Document, callbacks: ScannerCallbacks): Scanner {
  const tracked = new Set<Text>();
  const observers: MutationObserver[] = [];
  const knownRoots = new WeakSet<Node>();
  const pending = new Set<Node>();
  let pendingRemovals = false;
  let batchTimer: ReturnType<typeof setTimeout> | undefined;
  let cancelIdle: (() => void) | undefined;
  let stopped = false;
  let busyMs = 0;
  let longestSliceMs = 0;
  let nodesRead = 0;
  let batches = 0;
  let slices = 0;

  const timed = <T>(work: () => T): T => {
    slices++;
    const t0 = performance.now();
    try {
      return work();
    } finally {
      const dt = performance.now() - t0;
      busyMs += dt;
      if (dt > longestSliceMs) longestSliceMs = dt;
    }
  };

  const idle = () =>
    new Promise<IdleDeadlineLike>((resolve) => {
      cancelIdle = whenIdle(resolve);
    });

  function scanText(node: Text, isProse: ProseCheck): void {
    nodesRead++;
    const matches = proseMatches(node, callbacks.lang, isProse, callbacks.moreMatches);
    if (!matches) return;
    tracked.add(node);
    callbacks.onMatches(node, matches);
  }

  function forget(node: Text): void {
    if (tracked.delete(node)) callbacks.onForget(node);
  }

  /** For changed or moved text: its earlier matches go before it is matched again. */
  function rescanText(node: Text, isProse: ProseCheck): void {
    forget(node);
    scanText(node, isProse);
  }

  /**
   * Walks a subtree's text in slices of SCAN_SLICE_MS, yielding to the page between them. The
   * initial scan meets each node once; walks after DOM changes may meet tracked (moved) nodes.
   */
  async function walk(root: Node, step: (node: Text, isProse: ProseCheck) => void = scanText): Promise<void> {
    if (root.nodeType === Node.TEXT_NODE) {
      timed(() => step(root as Text, proseCheck()));
      return;
    }
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let done = false;
    while (!done && !stopped) {
      timed(() => {
        const sliceEnd = performance.now() + SCAN_SLICE_MS;
        const isProse = proseCheck();
        for (let i = 0; ; i++) {
          const node = walker.nextNode() as Text | null;
          if (!node) {
            done = true;
            return;
          }
          step(node, isProse);
          if ((i & 63) === 63 && performance.now() > sliceEnd) return;
        }
      });
      if (!done) await idle();
    }
  }

  /** Open shadow roots are not reached by a TreeWalker: find them in slices, walk and observe each. */
  async function walkShadowRoots(root: Document | ShadowRoot | Element): Promise<void> {
    const all = root.querySelectorAll('*');
    const found: ShadowRoot[] = [];
    for (let i = 0; i < all.length && !stopped; ) {
      timed(() => {
        const end = Math.min(all.length, i + 2000);
        for (; i < end; i++) {
          const shadow = all[i].shadowRoot;
          if (shadow && !knownRoots.has(shadow) && all[i].localName !== HOST_TAG) found.push(shadow);
        }
      });
      if (i < all.length) await idle();
    }
    for (const shadow of found) {
      knownRoots.add(shadow);
      observe(shadow);
      await walk(shadow);
      await walkShadowRoots(shadow);
    }
  }

  function observe(target: Node): void {
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'characterData') pending.add(r.target);
        else {
          for (const n of r.addedNodes) if (n.nodeType === Node.TEXT_NODE || n.nodeType === Node.ELEMENT_NODE) pending.add(n);
          if (r.removedNodes.length) pendingRemovals = true;
        }
      }
      scheduleBatch();
    });
    observer.observe(target, { childList: true, subtree: true, characterData: true });
    observers.push(observer);
  }

  function scheduleBatch(): void {
    if (batchTimer !== undefined || stopped) return;
    // Gather changes for a while: a ticker rewriting text ten times a second is scanned a few
    // times a second, not ten.
    batchTimer = setTimeout(() => {
      void idle().then(() => {
        batchTimer = undefined;
        return flush();
      });
    }, MUTATION_BATCH_MS);
  }

  async function flush(): Promise<void> {
    batches++;
    const nodes = [...pending];
    pending.clear();
    const sweep = pendingRemovals;
    pendingRemovals = false;
    timed(() => {
      if (sweep) for (const node of tracked) if (!node.isConnected) forget(node);
    });
    for (const node of nodes) {
      if (stopped) return;
      if (!node.isConnected) continue;
      if (node instanceof Element && node.localName === HOST_TAG) continue;
      await walk(node, rescanText);
      const el = node as Element;
      if (node.nodeType === Node.ELEMENT_NODE && (el.shadowRoot || el.querySelector('*'))) await walkShadowRoots(el);
    }
    callbacks.onSettled?.();
  }

  return {
    async start() {
      const root = doc.body ?? doc.documentElement;
      observe(root);
      // The first slice too waits for idle time: the lens starts while the page is still loading,
      // and its first slice (which also compiles the pattern) is the costliest of the scan.
      await idle();
      if (stopped) return;
      await walk(root);
      await walkShadowRoots(doc);
      callbacks.onSettled?.();
    },
    stop() {
      stopped = true;
      for (const o of observers) o.disconnect();
      clearTimeout(batchTimer);
      cancelIdle?.();
      for (const node of [...tracked]) forget(node);
    },
    get busyMs() {
      return busyMs;
    },
    get longestSliceMs() {
      return longestSliceMs;
    },
    get nodesRead() {
      return nodesRead;
    },
    get batches() {
      return batches;
    },
    get slices() {
      return slices;
    },
  };
}
