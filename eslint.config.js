// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist-test-*/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-results/'] },
  js.configs.recommended,
  // Type-checked rules (typescript-eslint's recommended and stylistic type-checked presets) over every file.
  tseslint.configs.recommendedTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  astro.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.astro'] },
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', document: 'readonly', window: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: 'error',
      // tsconfig's noPropertyAccessFromIndexSignature asks for obj['key'] on index signatures.
      '@typescript-eslint/dot-notation': ['error', { allowIndexSignaturePropertyAccess: true }],
      // readonly T[] for simple types, ReadonlyArray<{ ... }> for object types (as the code writes them).
      '@typescript-eslint/array-type': ['error', { default: 'array-simple', readonly: 'array-simple' }],
    },
  },
  // astro-eslint-parser takes a project, not the project service.
  { files: ['**/*.astro'], languageOptions: { parserOptions: { projectService: false, project: true } } },
  // Plain JavaScript (build helpers, the benchmark scripts) has no types to check.
  { files: ['**/*.js', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] },
  // Formatting is Prettier's (npm run lint runs it): no ESLint rule that disagrees with it.
  prettier,
);
