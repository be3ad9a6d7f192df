// @vitest-environment happy-dom
/**
 * What the scan counts as prose: the article, not the site around it. Menus, the page's own header
 * and footer, and lists of links ("Related", story rails, state lists) are left out; a link inside
 * a sentence and a list item that says more than its link are kept.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { proseCheck, proseMatches } from '@/entrypoints/content-lens/scanner';

afterEach(() => document.body.replaceChildren());

/** The page's body from markup written here (not page content), and the terms the scan finds in it. */
function scan(markup: string): string[] {
  document.body.innerHTML = markup;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const found: string[] = [];
  const isProse = proseCheck();
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const where = node.parentElement?.closest('[id]')?.id ?? '?';
    for (const m of proseMatches(node, 'en', isProse) ?? []) found.push(`${m.text}@${where}`);
  }
  return found;
}

const ARTICLE = '<main><article id="story"><p>Officials in New Mexico said the DMV shares nothing.</p></article></main>';

describe('prose, for the scan', () => {
  it('leaves out site navigation: nav, role=navigation, menus', () => {
    expect(
      scan(
        `<div id="top"><nav><a href="/ca">California</a></nav><div role="navigation"><a href="/tx">Texas</a></div>` +
          `<menu><li><button>Nevada</button></li></menu><ul role="menubar"><li role="none"><a role="menuitem" href="/az">Arizona</a></li></ul></div>${ARTICLE}`,
      ),
    ).toEqual(['New Mexico@story', 'DMV@story']);
  });

  it('leaves out the page’s header and footer outside the article, and keeps the article’s own header', () => {
    const found = scan(
      `<header id="site">The Valley Courier, Sacramento, California</header>` +
        `<main><article id="story"><header id="story-head"><h1>Maine lawmakers weigh a DMV bill</h1></header>` +
        `<p>The bill would change what the Bureau of Motor Vehicles shares.</p></article></main>` +
        `<footer id="footer"><p>Bureaus in Arizona, Texas and Oregon · Albuquerque, NM 87102</p></footer>`,
    );
    expect(found).toEqual(['Maine@story-head', 'DMV@story-head']);
  });

  it('keeps a header where the page does not say where its article is (it may hold the headline)', () => {
    expect(scan('<header id="head"><h1>Texas sheriffs sign 287(g) agreements</h1></header><div><p>More soon.</p></div>')).toEqual([
      'Texas@head',
      '287(g)@head',
    ]);
  });

  it('leaves out lists of links (a "Related" box in title case, where "Maine Coon" reads as Maine)', () => {
    const found = scan(
      `${ARTICLE}<aside id="related"><h2>Related</h2><ul>` +
        '<li><a href="/a">California Lawmakers Weigh License Privacy</a></li>' +
        '<li><a href="/b">Maine Coon Rescue Finds Homes for 40 Cats</a> <span>2h</span></li>' +
        '<li><a href="/c">What a Detainer Is</a></li></ul></aside>',
    );
    expect(found).toEqual(['New Mexico@story', 'DMV@story']);
  });

  it('keeps a link inside a sentence, and list items that say more than their link', () => {
    const found = scan(
      '<main><article id="story"><p id="p">Lawmakers in <a href="/nm">New Mexico</a> passed the bill.</p>' +
        '<ul id="list"><li>California: the <a href="/law">Values Act</a> limits what police share with ICE.</li>' +
        '<li>Minnesota: <a href="/mn">Driver’s Licenses for All</a>, since 2023, for anyone who lives there.</li></ul></article></main>',
    );
    expect(found).toEqual(['New Mexico@p', 'California@list', 'ICE@list', 'Minnesota@list', 'Driver’s Licenses for All@list']);
  });

  it('keeps a list of links only partly made of links, and leaves out one that is almost all links', () => {
    const prose = '<li>Texas works closely with federal agents through 287(g) agreements, records show.</li>';
    const link = (i: number) => `<li><a href="/${i}">Story ${i}</a></li>`;
    // Two prose items of five: not a link list.
    expect(scan(`<main><ul id="mixed">${prose}${prose}${link(1)}${link(2)}<li><a href="/x">Oregon DMV</a></li></ul></main>`)).toContain('Oregon@mixed');
    // One prose item of ten: a link list with a caption.
    const many = Array.from({ length: 9 }, (_, i) => link(i)).join('');
    expect(scan(`<main><ul id="rail">${prose}${many.replace('Story 3', 'Oregon DMV')}</ul></main>`)).toEqual(['Texas@rail', '287(g)@rail']);
  });

  it('gives every node the answer it gets alone, where one check serves a whole slice of nodes', () => {
    document.body.innerHTML =
      '<header id="site"><p>Texas news</p><main id="in-head"><p>Ohio DMV</p></main></header>' +
      '<main><article id="story"><header id="head"><p>Maine DMV</p><nav><p>Utah DMV</p></nav></header>' +
      '<p>Iowa DMV</p><div contenteditable="true"><p>Idaho DMV</p><p contenteditable="false">Guam DMV</p></div>' +
      '<footer id="story-foot"><p>Oregon DMV</p></footer></article>' +
      '<section><header id="h2"><article><header><p>Nevada DMV</p></header></article></header></section></main>' +
      '<footer id="site-foot"><div role="main"><p>Alaska DMV</p></div><p>Hawaii DMV</p></footer>';
    const shared = proseCheck();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const verdicts: string[] = [];
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const alone = proseMatches(node, 'en', proseCheck()) !== null;
      expect(proseMatches(node, 'en', shared) !== null, node.data).toBe(alone);
      verdicts.push(`${node.data}: ${alone}`);
    }
    // Both kinds of answer occur, in the nesting of article, header and footer above.
    expect(verdicts).toContain('Iowa DMV: true');
    expect(verdicts).toContain('Hawaii DMV: false');
    expect(verdicts).toContain('Ohio DMV: false');
    expect(verdicts).toContain('Nevada DMV: true');
  });
});
