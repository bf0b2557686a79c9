import { SPEAKER_COLOURS, UNATTRIBUTED_COLOUR, voiceClass } from './palette.js';

const VOICES = [
  ...SPEAKER_COLOURS.map((colour, i) => `.${voiceClass(i)}{--voice:${colour}}`),
  `.${voiceClass(null)}{--voice:${UNATTRIBUTED_COLOUR}}`,
].join('\n');

/**
 * The page's only stylesheet, inline: local font stacks, no images, so the file opens offline.
 * The tooltip of a quote is its `data-tip` shown by CSS on hover or keyboard focus (no script).
 */
export const STYLESHEET = `
:root{color-scheme:light;--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--soft:#f6f8fa}
*{box-sizing:border-box}
body{margin:0 auto;max-width:64rem;padding:1.5rem;color:var(--ink);background:#fff;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
h1{font-size:1.5rem;margin:0 0 .75rem;overflow-wrap:anywhere}
h2{font-size:1.25rem;margin:1.75rem 0 .5rem;overflow-wrap:anywhere}
h3{font-size:1.05rem;margin:1.5rem 0 .5rem}
nav ol{padding-left:1.5rem}
.doc+.doc{border-top:2px solid var(--line);margin-top:2.5rem}
.meta{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:0 0 1rem}
.meta dt{color:var(--muted)}
.meta dd{margin:0;overflow-wrap:anywhere}
.legend{display:flex;flex-wrap:wrap;gap:.35rem 1.25rem;margin:.5rem 0;padding:0;list-style:none}
.swatch{display:inline-block;width:.9em;height:.9em;margin-right:.35em;vertical-align:-.1em;border-radius:2px;background:var(--voice);box-shadow:inset 0 0 0 1px rgba(0,0,0,.2)}
.article{font:1.05rem/1.75 Georgia,"Times New Roman",serif;white-space:pre-wrap;overflow-wrap:anywhere;max-width:44rem;margin:1rem 0;padding:1rem 1.25rem;border:1px solid var(--line);border-radius:6px}
.q{position:relative;background:var(--voice);border-radius:3px;padding:.1em 0;-webkit-box-decoration-break:clone;box-decoration-break:clone;cursor:help}
.q.none{outline:1px dashed #8c959f}
.q::after{content:attr(data-tip);position:absolute;left:0;bottom:calc(100% + .3em);z-index:10;width:max-content;max-width:22rem;white-space:normal;font:.8rem/1.35 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#fff;background:#1f2328;padding:.3rem .5rem;border-radius:4px;visibility:hidden;pointer-events:none}
.q:hover::after,.q:focus::after{visibility:visible}
.q:focus{outline:2px solid #0969da}
.m-person{text-decoration:underline solid #0550ae 2px;text-underline-offset:.2em}
.m-organization{text-decoration:underline double #8250df;text-underline-offset:.2em}
.m-place{text-decoration:underline dotted #1a7f37 2px;text-underline-offset:.2em}
.m-figure{font-weight:700;color:#953800}
.m-date{font-style:italic;color:#0a3069;border-bottom:1px dashed #0a3069}
.voice{display:grid;grid-template-columns:minmax(6rem,max-content) minmax(6rem,1fr) max-content;gap:.35rem .75rem;align-items:center;max-width:44rem}
.voice .name{overflow-wrap:anywhere}
.track{height:1.1rem;background:var(--soft);border-radius:3px;box-shadow:inset 0 0 0 1px var(--line)}
.bar{display:block;height:100%;min-width:2px;border-radius:3px;background:var(--voice);box-shadow:inset 0 0 0 1px rgba(0,0,0,.2)}
.voice .value{color:var(--muted);font-variant-numeric:tabular-nums}
table{border-collapse:collapse;width:100%;margin:.25rem 0 1rem;font-size:.9rem}
th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top;overflow-wrap:break-word}
th{background:var(--soft)}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.muted{color:var(--muted)}
.error{color:#cf222e;font-weight:600}
${VOICES}
`;
