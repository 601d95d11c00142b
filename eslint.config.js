// Lint for the whole repository: ESLint's and typescript-eslint's recommended rules, the rules of hooks (Preact's
// hooks follow React's), and no disable comment without its reason. Formatting is Prettier's job, not ESLint's.
import js from '@eslint/js';
import comments from '@eslint-community/eslint-plugin-eslint-comments/configs';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'tests/replicas/.build/**',
      'test-results/**',
      'playwright-report/**',
      'demo-screenshots/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  comments.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Only the two classic hooks rules: the plugin's newer rules are for the React Compiler, which Preact lacks.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@eslint-community/eslint-comments/require-description': ['error', { ignore: [] }],
    },
  },
);
