export { analyze, checkReferenceDate } from './analyze.js';
export * from './types.js';
