// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Import specifiers (alias and relative) that reach into the given src modules. */
const mod = (...names) =>
  names.flatMap((n) => [`@/${n}`, `@/${n}/**`, `../${n}`, `../${n}/**`, `../../${n}`, `../../${n}/**`]);
const ui = ['react', 'react-dom', 'react/**', 'react-dom/**', '@xyflow/**', 'monaco-editor', 'monaco-editor/**', 'monaco-yaml', '@monaco-editor/**', 'zustand', 'zustand/**'];
const ban = (files, group, message, extra = []) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group, message }, ...extra] }] },
});

export default tseslint.config(
  { ignores: ['**/*.tmp.*', 'dist', 'node_modules', 'test-results', 'playwright-report', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js', 'e2e/bench/*.mjs', 'cli/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'Never evaluate strings.' },
        { selector: "NewExpression[callee.name='Function']", message: 'Never evaluate strings.' },
        { selector: "MemberExpression[object.name=/^(it|test|describe)$/][property.name='only']", message: 'No focused tests.' },
        { selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name='skip'][arguments.0.type=/Literal$/]", message: 'No skipped tests (a conditional skip with a reason is fine).' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['cli/**', 'e2e/**'],
    rules: { 'no-console': 'off', 'react-hooks/rules-of-hooks': 'off' },
  },
  ban(['src/lib/**'], [...ui, 'elkjs', ...mod('model', 'sim', 'share', 'render', 'store', 'canvas', 'editor', 'app', 'layout')], 'lib depends on nothing in src.'),
  ban(['src/{model,sim,share,expr}/**'], [...ui, 'elkjs', ...mod('store', 'canvas', 'editor', 'app', 'layout', 'render')], 'Pure module: no UI, store or layout.'),
  ban(['src/render/**'], [...ui, 'elkjs', ...mod('store', 'canvas', 'editor', 'app')], 'render is pure: no UI or store.', [
    { group: mod('layout'), allowTypeImports: true, message: 'render may only import layout types.' },
  ]),
  {
    // Tests of the renderer lay graphs out for real (layoutNow); the code itself stays layout-free.
    files: ['src/render/**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  ban(['src/layout/**'], [...ui, ...mod('store', 'canvas', 'editor', 'app')], 'layout is UI-free.'),
  ban(['src/store/**'], ['@xyflow/**', 'monaco-editor', 'monaco-editor/**', 'monaco-yaml', ...mod('canvas', 'editor', 'app')], 'store knows no view.'),
  ban(['src/canvas/**'], ['monaco-editor', 'monaco-editor/**', 'monaco-yaml', ...mod('editor', 'app')], 'canvas and editor do not know each other.'),
  ban(['src/editor/**'], ['@xyflow/**', ...mod('canvas', 'app')], 'canvas and editor do not know each other.'),
);
