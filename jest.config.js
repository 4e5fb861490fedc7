/**
 * One Jest run for the whole repo, in tiers:
 * - unit: `*.spec.ts` beside the code, no I/O;
 * - web: `*.spec.tsx`, React components in jsdom with Testing Library;
 * - integration: `*.integration-spec.ts`, the real app on a real PostgreSQL (DATABASE_URL, or embedded PGlite)
 *   with real socket.io-client connections.
 * - system: `*.system-spec.ts`, the built server as a separate process (crash and restart);
 * - cluster: `*.cluster-spec.ts`, several API apps on one PostgreSQL (DATABASE_URL) linked by the real Redis
 *   (REDIS_TEST_URL, default redis://127.0.0.1:6379); scripts/test.mjs selects it when both answer;
 * - browser: `*.browser-spec.ts`, Playwright driving Debian's Chromium against the built app; scripts/test.mjs
 *   selects this project only when a Chromium is found (and builds the app first).
 */
const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const slowTier = { setupFilesAfterEnv: ['<rootDir>/scripts/jest-slow-tiers.setup.js'] };

const shared = {
  transform: { '^.+\\.(t|j|mj)sx?$': swcTransform },
  // ESM-only packages (fractional-indexing; file-type and the readers it is built on): swc compiles them to
  // CommonJS like our own code.
  transformIgnorePatterns: [
    '/node_modules/(?!(fractional-indexing|file-type|strtok3|token-types|@tokenizer|uint8array-extras|@borewit)/)',
  ],
  moduleNameMapper: {
    '^@duban/contracts$': '<rootDir>/libs/contracts/src/index.ts',
    '^@duban/api/testing$': '<rootDir>/apps/api/src/testing/index.ts',
    // file-type offers Node only an `import` entry (no `require`): its Node entry, compiled like the rest.
    '^file-type$': '<rootDir>/node_modules/file-type/index.js',
  },
  testEnvironment: 'node',
  rootDir: __dirname,
};

module.exports = {
  // One Jest process for every tier grew its heap past Node's 4 GB limit (each test file loads the app's
  // modules anew, and not all of it is freed): the last files ran 5-10x slower than alone, then the run died.
  // With a memory limit Jest runs the files in a worker (still one at a time on 2 cores) and replaces the
  // worker once a file leaves more than this on its heap.
  workerIdleMemoryLimit: '1GB',
  projects: [
    {
      ...shared,
      displayName: 'unit',
      // scripts/: checks of the repo's own tooling (the import boundaries of eslint.config.mjs).
      testMatch: ['<rootDir>/{apps,libs}/*/src/**/*.spec.ts', '<rootDir>/scripts/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'web',
      testEnvironment: 'jsdom',
      // react-markdown and the unified ecosystem are ESM-only: swc compiles node_modules too (cached).
      transformIgnorePatterns: [],
      testMatch: ['<rootDir>/apps/web/src/**/*.spec.tsx'],
      setupFilesAfterEnv: ['<rootDir>/scripts/jest-web.setup.ts'],
      moduleNameMapper: { ...shared.moduleNameMapper, '\\.css$': '<rootDir>/scripts/jest-style-stub.js' },
    },
    {
      ...shared,
      ...slowTier,
      displayName: 'integration',
      testMatch: ['<rootDir>/apps/api/src/**/*.integration-spec.ts'],
      slowTestThreshold: 30,
    },
    {
      ...shared,
      ...slowTier,
      // Specs that watch this process's memory with forced full collections: `npm test` runs them in a Jest
      // process of their own, where the heap is small (in the long run's heap each collection takes seconds).
      displayName: 'memory',
      testMatch: ['<rootDir>/apps/api/src/**/*.memory-spec.ts'],
      slowTestThreshold: 60,
    },
    {
      ...shared,
      ...slowTier,
      displayName: 'system',
      testMatch: ['<rootDir>/apps/api/src/**/*.system-spec.ts'],
      slowTestThreshold: 60,
    },
    {
      ...shared,
      ...slowTier,
      displayName: 'cluster',
      testMatch: ['<rootDir>/apps/api/src/**/*.cluster-spec.ts'],
      slowTestThreshold: 60,
    },
    {
      ...shared,
      ...slowTier,
      displayName: 'browser',
      testMatch: ['<rootDir>/apps/web-e2e/src/**/*.browser-spec.ts'],
      slowTestThreshold: 60,
    },
  ],
};
