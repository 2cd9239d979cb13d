/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'Import cycles make load order matter and hide who depends on whom.', from: {}, to: { circular: true } },
    {
      name: 'core-knows-no-module',
      severity: 'error',
      comment: 'core/, db/ and server/ are shared machinery: modules plug into them through the composition root (src/app).',
      from: { path: '^src/(core|db|server)/' },
      to: { path: '^src/modules/' },
    },
    {
      name: 'modules-meet-at-their-front-door',
      severity: 'error',
      comment: "A module uses another only through its index.ts (public surface) or ports.ts, never its internals.",
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/[^/]+/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/(index|ports)\\.ts$'] },
    },
    {
      name: 'src-needs-no-dev-tools',
      severity: 'error',
      comment: 'Production code never imports tests, benchmarks, scripts, dev tools or dev dependencies.',
      from: { path: '^src/', pathNot: '\\.test\\.ts$' },
      to: { path: ['^(test|bench|tools|scripts)/'], dependencyTypesNot: [] },
    },
    {
      name: 'src-uses-no-dev-dependencies',
      severity: 'error',
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
