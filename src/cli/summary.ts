export interface BatchTally {
  /** Results and error records written. */
  documents: number;
  quotes: number;
  errors: number;
}

function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** "300 documents, 4210 quotes, 2 errors, 3.4 s": the last line of a batch on stderr. */
export function summaryLine(tally: BatchTally, seconds: number): string {
  return `${counted(tally.documents, 'document')}, ${counted(tally.quotes, 'quote')}, ${counted(tally.errors, 'error')}, ${seconds.toFixed(1)} s`;
}
