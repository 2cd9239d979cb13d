// The architecture rules `npm test` checks (npm run depcruise). See README, "Architecture".
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles make load order matter and hide who depends on whom.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-knows-no-module',
      severity: 'error',
      comment: 'core/, db/ and server/ are shared machinery: modules plug into them through the composition root (src/app).',
      from: { path: '^src/(core|db|server)/' },
      to: { path: '^src/modules/' },
    },
    {
      name: 'modules-meet-at-the-front-door',
      severity: 'error',
      comment: 'A module uses another only through its index.ts (public surface) or ports.ts, never its internals.',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/[^/]+/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/(index|ports)\\.ts$'] },
    },
    {
      name: 'only-the-root-names-modules',
      severity: 'error',
      comment: 'Outside the modules, only the composition root (src/app), the entry points and the seed loaders use a module, through its front door.',
      from: { path: '^src/', pathNot: ['^src/modules/', '^src/app/', '^src/seed/', '^src/(main|worker-main)\\.ts$', '\\.test\\.ts$'] },
      to: { path: '^src/modules/' },
    },
    {
      name: 'src-needs-no-dev-tools',
      severity: 'error',
      comment: 'Production code never imports tests, benchmarks, scripts or dev tools.',
      from: { path: '^src/' },
      to: { path: '^(test|bench|tools|scripts)/' },
    },
    {
      name: 'src-needs-no-dev-dependencies',
      severity: 'error',
      comment: 'What production code imports must be a production dependency (tests beside the code may use dev ones).',
      from: { path: '^src/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['npm-dev'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: ['^dist/', '^node_modules/'] },
  },
};
