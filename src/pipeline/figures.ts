import type { Doc, Stage } from './document.js';

// TEMPORARY scaffold; replaced by the real stage in this session.
export const figures: Stage = {
  name: 'figures',
  reads: [],
  writes: [],
  run(_doc: Doc) {},
};
