/** Shown first by --help: what people come to the help for. Kept within 80 columns. */
export const EXAMPLES = `Examples:
  analyze article.txt                     tables: quotes, people, figures, dates
  analyze --json article.txt > out.json   JSON (schema/analysis.schema.json)
  analyze -f highlight article.txt        the article, quotes in speaker colours
  analyze -f html a.txt > report.html     one offline page, with share of voice
  analyze -f markdown article.txt         the tables as Markdown, for issues
  analyze articles/                       every .txt, .md, .html inside, sorted
  cat article.txt | analyze --json        read standard input (or name it -)
  analyze docs.jsonl                      {"id","text"} lines in, NDJSON out
  analyze https://example.org/story.html  fetch a page (HTML by its type)
  analyze -r 2017-05-17 article.txt       "last September" resolves to 2016-09
  analyze --print-text page.html          the text the offsets refer to
  analyze --jobs 4 articles/              analyze on 4 worker threads
  analyze check samples/                  compare with X.expected.json files
                                          (analyze check --help for more)
`;

export const EXIT_CODES = `
Exit codes: 0 success, 1 a check failed, 2 usage error or unreadable input.
Offsets count UTF-16 code units of the analyzed text: after a byte-order mark;
for HTML the extracted text (see --print-text), for Markdown the file as read.`;
