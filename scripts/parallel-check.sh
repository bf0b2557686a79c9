#!/usr/bin/env bash
# Proves the README's GNU parallel recipe ("Beyond one machine"): ~200 invented documents as JSON
# Lines, analyzed once in one process and once split into blocks of 50 lines under
# `parallel --pipe -N 50`; the two outputs, sorted by id, must be the same bytes. Also runs the
# order-keeping (-k) and the --sshlogin form of the recipe, with ":" (this machine) as the host.
# Exits non-zero on any difference.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v parallel > /dev/null; then
  echo "parallel-check: GNU parallel is not installed (apt-get install parallel)" >&2
  exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
analyze=(node "$PWD/bin/analyze.js")
# Each parallel job is one process already: one thread each is enough.
recipe=(--input-format jsonl --format ndjson --jobs 1 -)

node scripts/invented-news.js 200 > "$work/docs.jsonl"

"${analyze[@]}" --input-format jsonl --format ndjson - < "$work/docs.jsonl" > "$work/single.ndjson" 2> /dev/null
parallel --will-cite --pipe -N 50 "${analyze[@]}" "${recipe[@]}" < "$work/docs.jsonl" > "$work/parallel.ndjson" 2> /dev/null
parallel --will-cite --pipe -N 50 -k "${analyze[@]}" "${recipe[@]}" < "$work/docs.jsonl" > "$work/kept.ndjson" 2> /dev/null
parallel --will-cite --pipe -N 50 -k --sshlogin 2/: "${analyze[@]}" "${recipe[@]}" < "$work/docs.jsonl" > "$work/sshlogin.ndjson" 2> /dev/null

# One NDJSON record per line, ordered by its "id" (code-unit order, the same on every machine).
sort_by_id() {
  node -e '
    const lines = require("fs").readFileSync(0, "utf8").split("\n").filter(Boolean);
    const id = (line) => JSON.parse(line).id;
    lines.sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
    process.stdout.write(lines.map((l) => l + "\n").join(""));
  ' < "$1"
}

sort_by_id "$work/single.ndjson" > "$work/single.sorted"
sort_by_id "$work/parallel.ndjson" > "$work/parallel.sorted"

documents=$(wc -l < "$work/docs.jsonl")
results=$(wc -l < "$work/single.sorted")
status=0
if [ "$documents" -ne 200 ] || [ "$results" -ne 200 ]; then
  echo "parallel-check: expected 200 documents and 200 results, got $documents and $results" >&2
  status=1
fi
if cmp -s "$work/single.sorted" "$work/parallel.sorted"; then
  echo "parallel-check: parallel --pipe -N 50, sorted by id: same as one process ($results results)"
else
  echo "parallel-check: parallel --pipe output differs from one process, sorted by id:" >&2
  line=$(cmp "$work/single.sorted" "$work/parallel.sorted" | sed -n 's/.* line \([0-9]*\).*/\1/p' || true)
  echo "  first difference on line ${line:-?}:" >&2
  sed -n "${line:-1}p" "$work/single.sorted" | cut -c1-160 | sed 's/^/  one process: /' >&2
  sed -n "${line:-1}p" "$work/parallel.sorted" | cut -c1-160 | sed 's/^/  parallel:    /' >&2
  status=1
fi
same_bytes() {
  if cmp -s "$work/single.ndjson" "$work/$1.ndjson"; then
    echo "parallel-check: $2: same bytes, in the same order, as one process"
  else
    echo "parallel-check: $2: differs from one process" >&2
    status=1
  fi
}
same_bytes kept "parallel --pipe -N 50 -k"
same_bytes sshlogin "parallel --pipe -N 50 -k --sshlogin 2/:"
exit "$status"
