// Two projects: pure unit tests run without a database; integration and end-to-end tests share
// one PostgreSQL server (started once in globalSetup) and each test file creates its own database.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

// The SDK workspace package is tested from its source (no build step before the tests).
const moduleNameMapper = { '^@daklak-lowemission/client$': '<rootDir>/sdk/src/index.ts' };

module.exports = {
  // Starting a server on a fresh database takes seconds on a busy 2-core machine; hooks share this
  // limit. (A global option: jest ignores it inside a project.)
  testTimeout: 60_000,
  // Jest's default (one worker fewer than the cores) runs a 2-core machine's files one at a time, yet
  // most of an e2e file's time is spent waiting on PostgreSQL or child processes: three files at a time
  // keep both cores busy. (`--maxWorkers` on the command line overrides it.)
  maxWorkers: 3,
  reporters: ['default', '<rootDir>/test/helpers/summary-reporter.js'],
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': swc },
      testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/test/unit/**/*.test.ts'],
      setupFiles: ['reflect-metadata'],
      moduleNameMapper,
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': swc },
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts', '<rootDir>/test/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/test/helpers/global-setup.ts',
      globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
      setupFiles: ['reflect-metadata'],
      moduleNameMapper,
    },
  ],
};
