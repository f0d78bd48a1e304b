// Lint keeps the architecture honest: each library stays in its adapter, the pure layers
// never reach outward, and nothing in the core reads the clock.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const excelGlobals = ['Excel', 'Office', 'OfficeExtension'];
// ExcelJS is a devDependency: tests, examples and the bench build and inspect fixtures with it.
const EXCELJS_IS_DEV = { name: 'exceljs', message: 'ExcelJS is only a devDependency, for fixtures: the .xlsx door is src/adapters/xlsx.' };

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'lib/', 'build/', 'coverage/', 'test-artifacts/', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', {
        paths: [EXCELJS_IS_DEV, { name: 'fflate', message: 'Only src/adapters/xlsx reads and writes .xlsx packages.' }],
        patterns: [{ group: ['@microsoft/office-js*'], message: 'Only src/adapters/office talks to Office.js.' }],
      }],
      'no-restricted-globals': ['error', ...excelGlobals.map((name) => ({ name, message: 'Only src/adapters/office uses Office.js.' }))],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/workbook/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['exceljs', 'fflate'].map((name) => ({ name, message: 'The pure layers import no spreadsheet or zip library.' })),
        patterns: [
          { group: ['**/adapters/**', '**/app/**', '**/taskpane/**', '**/cli/**'], message: 'Dependencies point inward: core and workbook import nothing outside them.' },
          { group: ['fs', 'path', 'node:*'], message: 'The pure layers do no I/O.' },
        ],
      }],
      'no-restricted-syntax': ['error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The core never reads the clock: pass the status date in.' },
        { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'The core never reads the clock: pass the status date in.' },
      ],
    },
  },
  {
    files: ['src/adapters/xlsx/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [EXCELJS_IS_DEV] }] },
  },
  {
    files: ['test/**/*.ts', 'examples/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/adapters/office/**/*.ts', 'test/**/*.ts'],
    rules: { 'no-restricted-globals': 'off' },
  },
);
