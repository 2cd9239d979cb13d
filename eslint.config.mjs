// ESLint flat config: @eslint/js recommended, typescript-eslint recommended plus a chosen set of
// type-aware rules, eslint-config-prettier last (Prettier alone owns formatting).
//
// Left off on purpose:
// - @typescript-eslint/consistent-type-imports (and any rule that rewrites imports to `import type`):
//   type-graphql and TypeORM read the design-time types emitted by emitDecoratorMetadata, which
//   needs value imports of the classes used in decorated signatures.
// - The other rules of recommendedTypeChecked. Measured on this code base when this config was
//   written: no-unsafe-assignment 91, no-unsafe-member-access 46, require-await 34,
//   no-unsafe-argument 12, no-unsafe-call 7, no-unsafe-return 4, unbound-method 3. They report
//   mostly the `any` that raw `query()` results, decorator factories and JSON parsing hand back,
//   resolver/service methods that are async by contract, and methods passed by reference; fixing
//   them would mean casts or disables everywhere rather than better code. no-unsafe-enum-comparison
//   (7), no-base-to-string (5), no-redundant-type-constituents (2) and
//   restrict-template-expressions (1) are few and worth a separate look before turning them on.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default defineConfig(
  {
    ignores: ['dist/**', 'node_modules/**', '.data/**', '.test-data/**', 'coverage/**', 'test/generated/**', 'sdk/src/generated/**', 'sdk/dist/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      // `interface Loaders extends ReturnType<typeof createXLoaders> {}` is how a module adds to the
      // request's loaders by declaration merging (core/loaders/loaders.ts).
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      // The house convention: a leading underscore names what is deliberately unused (a parameter a
      // signature requires, a property dropped from a rest copy).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // The few plain-JS files (jest config and reporter, a build script) are CommonJS run by Node.
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        exports: 'writable',
        __dirname: 'readonly',
        __filename: 'readonly',
        process: 'readonly',
        console: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    // Migrations keep the shape `migration:generate` gives them and are never edited once committed;
    // the list in migrations/index.ts is typed `Function[]` as TypeORM's own `migrations` option is.
    files: ['migrations/**'],
    rules: {
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  prettier,
);
