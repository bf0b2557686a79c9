/** Short invented news articles for CLI and schema tests. None is taken from a real publication. */
export const ARTICLES: Readonly<Record<string, string>> = {
  'ferry-strike.txt': [
    'Ferry crews walk out over night-shift pay',
    '',
    'By Lina Marsh',
    '',
    'NORTH QUAY, March 3 (Coastline News) — About 1,200 ferry workers stopped work on Monday, halting crossings to the islands for the first time since 2019.',
    '',
    '"We have asked for a fair night rate for three years," said Pavel Oduya, who leads the Harbour Crews Union. "Nobody answered."',
    '',
    'The Island Ferry Company said it had offered a 4.5 percent raise last September and called the strike "regrettable."',
    '',
    'Oduya said the union would meet again on Thursday.',
  ].join('\n'),
  'library-budget.md': [
    '# City library wins $2.3 million for longer hours',
    '',
    'The Westbrook city council approved $2.3 million on Tuesday to keep its eleven branch libraries open until 9 p.m., a plan first proposed in 2021.',
    '',
    '“Families told us the doors closed before they got home from work,” council member Ruth Addo told reporters. “Now they will not.”',
    '',
    'According to the library board, visits fell by 18 percent between 2019 and 2022.',
  ].join('\n'),
  'orchard-frost.txt': [
    'Late frost cuts apple harvest',
    '',
    'GLEN ARDEN — Growers in the Arden valley expect to pick roughly 40,000 tonnes of apples this year, down from 65,000 tonnes in 2022, after a frost in the second week of April.',
    '',
    '"It took one night," said Tomas Reyne, who farms 30 hectares near the river. "One night and a whole season."',
    '',
    'The regional growers\' cooperative said it would ask the agriculture ministry for emergency loans.',
  ].join('\n'),
};

export const HTML_ARTICLE = `<!DOCTYPE html>
<html lang="en"><head><title>Bridge tolls &amp; fees</title>
<meta property="og:title" content="Bridge tolls">
<style>p { color: red; }</style><script>var quote = "</p>not text";</script></head>
<body>
<header><nav><a href="/">Home</a> | <a href="/news">News</a></nav></header>
<article>
<h1>Bridge tolls to rise by 50&nbsp;cents</h1>
<p>The Calder River Bridge Authority said on Friday that tolls would rise to $3.50 in July.</p>
<p>&ldquo;We held the price for six years,&rdquo; said Irene Falk, the authority&#8217;s director.
It was <em>not</em> an easy call, she added.</p>
<aside>Related: <a href="/x">Ferry fares</a></aside>
<form><input name="q"><button>Search</button></form>
</article>
<footer>© 2024 The Valley Courier</footer>
</body></html>
`;

/** What htmlToText (our own extractor, the fallback) must make of HTML_ARTICLE. */
export const HTML_ARTICLE_TEXT = [
  'Bridge tolls to rise by 50\u00a0cents',
  '',
  'The Calder River Bridge Authority said on Friday that tolls would rise to $3.50 in July.',
  '',
  '“We held the price for six years,” said Irene Falk, the authority’s director. It was not an easy call, she added.',
].join('\n');

/**
 * What `analyze` reads of HTML_ARTICLE (and `--print-text` prints): the page's title (its og:title)
 * on top, then the article Readability found. The aside and the form are left out.
 */
export const HTML_ARTICLE_EXTRACTED = ['Bridge tolls', '', HTML_ARTICLE_TEXT].join('\n');
