// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const pageOnly = ['react', 'react-dom', 'react-dom/*', 'dexie', 'dexie-react-hooks', 'zod', 'zod/*'];

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench/.build/**',
      'demo/.build/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Page text is hostile: render it as text, never as HTML.',
        },
      ],
    },
  },
  {
    // Command-line tools print their results.
    files: ['tests/run-all.ts', 'tests/firefox-lint.ts', 'bench/**', 'demo/**', 'e2e/**', 'tests/fixtures/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // Logic lives in lib/: no UI, no entrypoints, and browser.* only through the ports files.
    files: ['lib/**/*.ts'],
    ignores: ['lib/background/browser-ports.ts', 'lib/platform/identity-store.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'wxt/browser', message: 'lib/ reaches browser.* only through ports (lib/background/ports.ts).' },
            { name: 'react', message: 'lib/ holds logic; React lives in components/.' },
          ],
          patterns: [
            {
              group: ['**/components/**', '**/entrypoints/**', '@/components/*', '@/entrypoints/*'],
              message: 'lib/ must not depend on UI or entrypoints.',
            },
          ],
        },
      ],
    },
  },
  {
    // Code that runs inside web pages: small, no React, no database, Zod only as types.
    files: ['entrypoints/*.content.ts', 'entrypoints/*.content/**', 'lib/adapters/**', 'lib/recorder/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: pageOnly
            .filter((p) => !p.includes('*'))
            .map((name) => ({
              name,
              message: 'Content scripts never ship React, Dexie or Zod.',
              allowTypeImports: true,
            })),
          patterns: [
            {
              group: ['**/db/**', '@/lib/db/*', '@/lib/background/*', '**/background/**'],
              message: 'Content scripts never open IndexedDB; they send messages.',
            },
            {
              group: ['@hebcal/*', '**/rights/deadlines', '**/rights/deadlines/**', '@/lib/rights/deadlines'],
              message: 'Deadline arithmetic and its holiday calendar stay out of content scripts.',
            },
            {
              group: [
                '**/schemas/*',
                '@/lib/schemas/*',
                '**/messaging/schemas',
                '@/lib/messaging/schemas',
                '!**/schemas/limits',
              ],
              allowTypeImports: true,
              message: 'Only types (import type) from Zod schemas in content scripts.',
            },
          ],
        },
      ],
    },
  },
  {
    // Entrypoints only wire: they import from lib/ and components/, never from each other.
    files: ['entrypoints/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../*', '**/entrypoints/**', '@/entrypoints/*'], message: 'No imports between entrypoints.' },
          ],
        },
      ],
    },
  },
);
