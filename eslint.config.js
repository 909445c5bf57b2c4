import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Pure logic must stay free of UI and storage libraries (see ARCHITECTURE.md).
const pureOnly = {
  patterns: [
    { group: ['react', 'react-dom', 'react-*', 'maplibre-gl', 'cytoscape*', 'dexie*'], message: 'domain/ and analysis/ stay pure: no React, MapLibre, Cytoscape or Dexie.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'dist-bench', 'dist-bench-graph', 'dist-pwa-test', 'node_modules', 'tests/artifacts', 'data/thueringen'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Text from files is always text: no HTML sinks, no code from strings, anywhere in the app.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML: render text.' },
        { selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]", message: 'No innerHTML/outerHTML: use textContent.' },
        { selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|write|writeln)$/]", message: 'No HTML strings into the document.' },
      ],
    },
  },
  {
    files: ['src/domain/**', 'src/analysis/**'],
    rules: { 'no-restricted-imports': ['error', pureOnly] },
  },
);
