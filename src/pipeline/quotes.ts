import type { Doc, Stage } from './document.js';

// TEMPORARY scaffold; replaced by the real stage in this session.
export const quotes: Stage = {
  name: 'quotes',
  reads: [],
  writes: [],
  run(_doc: Doc) {},
};
