/**
 * The CSS Custom Highlight API draws our highlights without touching the page's DOM. Both target
 * browsers have it at the manifest's minimum versions; where it is missing the lens stays dormant
 * rather than draw into the page.
 */
export const hasHighlightApi = () => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
