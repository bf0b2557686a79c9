import type { Doc, Stage } from './document.js';

// TEMPORARY scaffold; replaced by the real stage in this session.
export const speakers: Stage = {
  name: 'speakers',
  reads: [],
  writes: [],
  run(_doc: Doc) {},
};
