/**
 * Our one element in the page: a host with an open shadow root that holds the popover. Styles come in as constructable style sheets, which page CSP and
 * Trusted Types leave alone, and `all: initial` keeps the page's CSS out.
 */
import { HOST_TAG } from '@/utils/lens-ui';

const HOST_CSS = `:host {
  all: initial !important;
  position: fixed !important;
  inset: 0 auto auto 0 !important;
  width: 0 !important;
  height: 0 !important;
  overflow: visible !important;
  z-index: 2147483647 !important;
  display: block !important;
  transform: none !important;
  contain: none !important;
}
:host::backdrop { display: none !important; }
@media print { :host { display: none !important; } }`;

export interface UiHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** Where Preact renders. */
  container: HTMLElement;
  /** Puts the host on top of everything the page shows (again), for a popover about to open. */
  raise(): void;
  /** Leaves the top layer when no popover is open. */
  lower(): void;
  remove(): void;
}

type PopoverHost = HTMLElement & { showPopover?: () => void; hidePopover?: () => void };

export function createUiHost(css: string): UiHost {
  const host: PopoverHost = document.createElement(HOST_TAG);
  // In the top layer (Popover API) the host escapes the page's stacking contexts, and the
  // transforms, filters and clipping on <html> that would otherwise move, scale or hide a fixed
  // element (hostile-css.html). Set before insertion: one mutation for the page, not two.
  const topLayer = typeof host.showPopover === 'function';
  if (topLayer) host.setAttribute('popover', 'manual');
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`${HOST_CSS}\n${css}`);
  root.adoptedStyleSheets = [sheet];
  const container = document.createElement('div');
  container.className = 'lens-root';
  root.append(container);
  // On <html>, not <body>: frameworks that own <body> re-render its children.
  document.documentElement.append(host);
  const isOpen = () => host.matches(':popover-open');
  return {
    host,
    root,
    container,
    raise() {
      if (!topLayer) return;
      // Top-layer order is the order of showing: show again to rise above anything the page
      // put there since (its own popovers, dialogs, fullscreen).
      try {
        if (isOpen()) host.hidePopover!();
        host.showPopover!();
      } catch {
        // Not connected or refused: stays a fixed element on <html>, which works on most pages.
      }
    },
    lower() {
      if (topLayer && isOpen()) host.hidePopover!();
    },
    remove: () => host.remove(),
  };
}
