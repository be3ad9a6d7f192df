/**
 * Our one element in the page: a host with an open shadow root that holds the popover (and the
 * fallback highlight overlay). Styles come in as constructable style sheets, which page CSP and
 * Trusted Types leave alone, and `all: initial` keeps the page's CSS out.
 */
export const HOST_TAG = 'data-sharing-lens';

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
@media print { :host { display: none !important; } }`;

export interface UiHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** Where Preact renders. */
  container: HTMLElement;
  remove(): void;
}

export function createUiHost(css: string): UiHost {
  const host = document.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`${HOST_CSS}\n${css}`);
  root.adoptedStyleSheets = [sheet];
  const container = document.createElement('div');
  container.className = 'lens-root';
  root.append(container);
  // On <html>, not <body>: frameworks that own <body> re-render its children.
  document.documentElement.append(host);
  return {
    host,
    root,
    container,
    remove: () => host.remove(),
  };
}
