/**
 * The on-page lookup for one document: scan → highlight → hover or keyboard → popover. Only the
 * wiring: the scanner finds terms, the hit registry keeps and highlights them, the hover intent
 * decides when the pointer means one, the popover controller shows it. Created only where the
 * extension is on; `stop()` removes every trace.
 */
import { aboutCountryGeorgia } from '@/utils/match-rules';
import type { TermMatch } from '@/utils/match-terms';
import { termById } from '@/utils/term-table';
import type { ImportedAgency } from '@/utils/agency-names';
import type { Settings } from '@/utils/settings';
import { HitRegistry, type Hit } from './hit-registry';
import { createHoverIntent, type Schedule } from './hover-intent';
import { importedAgencyMatcher } from './imported-agencies';
import { createPageReport } from './page-report';
import { articleOf, articleText, topicWordsNear } from './page-context';
import { createLazyPopover } from './popover-loader';
import { createScanner, type Scanner } from './scanner';

export interface LensOptions {
  settings: Settings;
  coveredStates: Set<string>;
  lang: 'en' | 'es' | 'none';
  reportStates: boolean;
  /** Imported states' agencies, from coverage; a different list needs a new lens (a new scan). */
  agencies?: readonly ImportedAgency[];
}

export interface Lens {
  /** `restarting`: a new lens takes over the page at once, so its states stay reported. */
  stop(restarting?: boolean): void;
  update(settings: Settings, coveredStates: Set<string>): void;
  focusNextTerm(): void;
  readonly scanner: Scanner;
  readonly ready: Promise<void>;
}

const GEORGIA = 'state:GA';

const schedule: Schedule = (run, ms) => {
  const id = setTimeout(run, ms);
  return () => clearTimeout(id);
};

export function startLens(options: LensOptions): Lens {
  let { settings } = options;
  const agencies = importedAgencyMatcher(options.agencies ?? []);
  const registry = new HitRegistry(settings.highlight, options.coveredStates, (id) => termById(id) ?? agencies?.terms.get(id));
  const report = createPageReport(() => registry.stateCounts(), options.reportStates);

  const intent = createHoverIntent<Hit>({
    trigger: () => settings.trigger,
    termAt: (x, y) => registry.at(x, y),
    schedule,
    act(action) {
      if (action.type === 'open') void popover.show(action.term, false);
      else if (action.type === 'close') popover.close();
      else popover.prepare();
    },
  });

  const popover = createLazyPopover({
    registry,
    contextFor: (hit) => ({
      lang: options.lang,
      states: registry.stateCounts(),
      nearStates: registry.statesNear(hit.node),
      topicWords: topicWordsNear(hit.node),
    }),
    settings,
    coveredStates: options.coveredStates,
    events: {
      opened: (hit, takeFocus) => intent.opened(hit, takeFocus),
      closed: () => intent.closed(),
      pointerEnter: () => intent.pointerEnterPopover(),
      pointerLeave: () => intent.pointerLeavePopover(),
    },
  });

  // Each article is read once, at the first "Georgia" the scan finds in it: most never name it.
  const countryGeorgia = new WeakMap<Element, boolean>();
  function aboutTheCountry(node: Text): boolean {
    const article = articleOf(node);
    if (!article) return false;
    let about = countryGeorgia.get(article);
    if (about === undefined) countryGeorgia.set(article, (about = aboutCountryGeorgia(articleText(article))));
    return about;
  }
  const withoutCountryGeorgia = (node: Text, matches: TermMatch[]) =>
    matches.some((m) => m.termId === GEORGIA) && aboutTheCountry(node) ? matches.filter((m) => m.termId !== GEORGIA) : matches;

  const scanner = createScanner(document, {
    lang: options.lang,
    moreMatches: agencies?.add,
    onMatches(node, matches) {
      registry.add(node, withoutCountryGeorgia(node, matches));
      report.schedule();
    },
    onForget(node) {
      popover.forget(registry.forget(node));
      report.schedule();
    },
    // Also after a scan that found nothing: see page-report.ts.
    onSettled: () => report.schedule(),
  });

  // Pointer moves come faster than frames: only the last one of each frame is hit-tested.
  let frame = 0;
  let lastMove: PointerEvent | undefined;
  function onPointerMove(e: PointerEvent): void {
    lastMove = e;
    if (!frame) frame = requestAnimationFrame(checkPointer);
  }
  function checkPointer(): void {
    frame = 0;
    if (lastMove) intent.pointerMove(lastMove);
  }
  const onClick = (e: MouseEvent) => intent.click(e);
  function onKeyDown(e: KeyboardEvent): void {
    if (e.key === 'Escape') popover.escape();
  }
  const onScroll = () => popover.reposition();

  addEventListener('pointermove', onPointerMove, { passive: true, capture: true });
  addEventListener('click', onClick, { capture: true });
  addEventListener('keydown', onKeyDown, { capture: true });
  addEventListener('scroll', onScroll, { passive: true, capture: true });

  const ready = scanner.start();

  return {
    scanner,
    ready,
    focusNextTerm: () => popover.focusNextTerm(),
    update(next, covered) {
      settings = next;
      registry.update(next.highlight, covered);
      popover.update(next, covered);
    },
    stop(restarting) {
      popover.close();
      scanner.stop();
      removeEventListener('pointermove', onPointerMove, { capture: true });
      removeEventListener('click', onClick, { capture: true });
      removeEventListener('keydown', onKeyDown, { capture: true });
      removeEventListener('scroll', onScroll, { capture: true });
      intent.stop();
      report.stop(restarting);
      cancelAnimationFrame(frame);
      registry.dispose();
      popover.remove();
    },
  };
}
