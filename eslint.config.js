import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

// Pure logic must stay free of UI and storage libraries (see README, "Aufbau").
const pureLibraries = { group: ['react', 'react-dom', 'react-*', 'maplibre-gl', 'cytoscape*', 'dexie*'], message: 'domain/ and analysis/ stay pure: no React, MapLibre, Cytoscape or Dexie.' };

/**
 * The floors of src/ (README, "Aufbau"), each with the folders it may import: only floors
 * below it, so imports run one way (domain ← analysis ← data, workers ← state ← map, graph ←
 * ui ← app; i18n stands alone below state). Nothing imports app/ but src/main.tsx.
 */
const MAY_IMPORT = {
  domain: [],
  analysis: ['domain'],
  data: ['analysis', 'domain'],
  workers: ['data', 'analysis', 'domain'],
  i18n: [],
  state: ['i18n', 'workers', 'data', 'analysis', 'domain'],
  map: ['state', 'i18n', 'workers', 'data', 'analysis', 'domain'],
  graph: ['state', 'i18n', 'workers', 'data', 'analysis', 'domain'],
  ui: ['map', 'graph', 'state', 'i18n', 'workers', 'data', 'analysis', 'domain'],
  app: ['ui', 'map', 'graph', 'state', 'i18n', 'workers', 'data', 'analysis', 'domain'],
};

/**
 * One override per floor: a relative import that climbs out (`../`) into a floor it may not
 * import is an error. The pattern goes by the folder's name, not the resolved path, so a
 * subfolder named like a floor counts as that floor (ui/graph/ is harmless: ui/ may import graph/).
 */
const layering = Object.entries(MAY_IMPORT).flatMap(([floor, allowed]) => {
  const forbidden = Object.keys(MAY_IMPORT).filter((f) => f !== floor && !allowed.includes(f));
  if (forbidden.length === 0) return [];
  const below = allowed.length > 0 ? allowed.map((f) => `${f}/`).join(', ') : 'nothing else in src/';
  const patterns = [{ regex: `^(\\.\\./)+(${forbidden.join('|')})(/|$)`, message: `${floor}/ imports only ${below} (the floors in README, "Aufbau").` }];
  if (floor === 'domain' || floor === 'analysis') patterns.push(pureLibraries);
  return [{ files: [`src/${floor}/**`], rules: { 'no-restricted-imports': ['error', { patterns }] } }];
});

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
    // No import cycles in src/ (type-only imports are left out: they vanish from the build).
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  ...layering,
);
