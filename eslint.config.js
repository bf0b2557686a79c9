// Lint: TypeScript's recommended rules, and every regular expression checked for catastrophic
// backtracking and other mistakes (eslint-plugin-regexp).
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

// `eslint .` exits 0 on warnings, so CI would not see them: the regexp rules that the plugin only
// warns about (confusing quantifiers, lazy ends, useless flags, …) are errors here.
const regexpRulesAsErrors = Object.fromEntries(
  Object.entries(regexp.configs['flat/recommended'].rules).map(([rule, level]) => [rule, level === 'warn' ? 'error' : level]),
);

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    rules: {
      ...regexpRulesAsErrors,
      // Catastrophic backtracking and quadratic scans (issue 9). `potential` also reports what
      // could be slow for some use of the pattern the rule cannot see (a regex passed around as
      // a value), and sticky and partial matches are checked too.
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': ['error', { report: 'potential', ignoreSticky: false, ignorePartial: false }],
      'regexp/no-misleading-capturing-group': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The analysis reads Unicode text: its patterns all run in Unicode mode (the house rule asks
    // for `u` wherever Unicode classes appear; here it is everywhere, so none can be forgotten).
    files: ['src/pipeline/**/*.ts'],
    rules: { 'regexp/require-unicode-regexp': 'error' },
  },
);
