import { scanHtml } from './tags.js';

/**
 * How big and how deep a page's element tree will be, measured on the markup in one linear pass
 * before any DOM is built. The DOM parser and Readability both slow down sharply with nesting
 * (linkedom takes seconds for 100,000 nested elements; Readability's time grows with the depth
 * of every element scored, and for a 2,000-deep chain it took 30 s in our measurements), so a page
 * past these bounds is read by our own linear extractor instead.
 */
export interface PageShape {
  elements: number;
  /** The deepest nesting of elements that need an end tag. */
  depth: number;
  /** Every element's depth, summed: roughly the work Readability does. */
  depthSum: number;
}

/** Elements without content. */
const VOID = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
  'param', 'keygen', 'frame', 'basefont', 'bgsound',
]);

/** Elements whose end tag may be left out: the next sibling closes them, so they add no depth. */
const OPTIONAL_END = new Set([
  'html', 'head', 'body', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option',
  'optgroup', 'colgroup', 'caption', 'rb', 'rt', 'rp',
]);

export function pageShape(html: string): PageShape {
  const shape: PageShape = { elements: 0, depth: 0, depthSum: 0 };
  let depth = 0;
  scanHtml(html, {
    text() {},
    tag(tag) {
      const nests = !VOID.has(tag.name) && !OPTIONAL_END.has(tag.name) && !tag.selfClosing;
      if (tag.closing) {
        // A stray end tag closes nothing: the depth never goes below the root.
        if (nests && depth > 0) depth--;
        return;
      }
      shape.elements++;
      shape.depthSum += depth + 1;
      if (!nests) return;
      depth++;
      if (depth > shape.depth) shape.depth = depth;
    },
  });
  return shape;
}

/**
 * Bounds that keep a page within about a second of DOM work on our 2-core machine: 2 MB nested 100
 * deep took Readability 1.8 s, 50 deep 1.0 s, and 100,000 flat paragraphs 1.3 s.
 */
export const PAGE_LIMITS = {
  elements: 150_000,
  depth: 100,
  depthSum: 1_500_000,
} as const;

export function isWithinLimits(shape: PageShape): boolean {
  return shape.elements <= PAGE_LIMITS.elements && shape.depth <= PAGE_LIMITS.depth && shape.depthSum <= PAGE_LIMITS.depthSum;
}
