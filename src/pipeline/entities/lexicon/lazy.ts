/**
 * Word lists are written as plain strings and turned into sets on first use, so that loading the
 * module costs nothing (start-up time matters for a CLI that may analyze one short file).
 * The default separator is one whitespace character, not a run (`\s+`): the empty strings between
 * spaces are filtered out anyway, and a single-character pattern cannot be made to rescan a run.
 */
export function lazySet(words: string, separator: RegExp = /\s/u): () => ReadonlySet<string> {
  let set: Set<string> | null = null;
  return () => {
    set ??= new Set(
      words
        .split(separator)
        .map((w) => w.trim())
        .filter((w) => w !== ''),
    );
    return set;
  };
}

/** Like `lazySet` for comma-separated entries that may hold spaces ("Hong Kong, New York"). */
export const lazyPhrases = (phrases: string): (() => ReadonlySet<string>) => lazySet(phrases, /[,\n]/u);
