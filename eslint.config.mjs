// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// ── Import boundaries (issue 9): who may import whom, as ARCHITECTURE.md "Rules" states them. ──
// Every file under apps/ and libs/ belongs to one element (the first pattern that matches, paths from the
// repo root). `boundaries/dependencies` checks each import, by relative path or by package name: the last
// policy that matches decides, and an import no policy allows is an error. Add API or web rules as
// policies here: a second `boundaries/dependencies` block would replace these policies for its files.
const importElements = [
  { type: 'contracts', pattern: 'libs/contracts' },
  { type: 'web-e2e', pattern: 'apps/web-e2e' },
  // web, bottom to top: ui → shared → state → features → pages (board/, layout/) and the root files.
  { type: 'web-ui', pattern: 'apps/web/src/ui' },
  { type: 'web-shared', pattern: 'apps/web/src/{api,auth,i18n,live,testing}', capture: ['folder'] },
  { type: 'web-state', pattern: 'apps/web/src/{board-live,tasks,history}', capture: ['folder'] },
  { type: 'web-page', pattern: 'apps/web/src/{board,layout}', capture: ['folder'] },
  // Any other folder is a feature: a new folder imports no other feature until it is placed here.
  { type: 'web-feature', pattern: 'apps/web/src/*', capture: ['folder'] },
  { type: 'web-root', pattern: 'apps/web/src' },
  { type: 'api-test', pattern: 'apps/api/src/{testing,security}', capture: ['folder'] },
  { type: 'api-common', pattern: 'apps/api/src/{common,config}', capture: ['folder'] },
  { type: 'api-domain', pattern: 'apps/api/src/*', capture: ['domain'] },
  { type: 'api-root', pattern: 'apps/api/src' },
].map((element) => ({ partialMatch: false, ...element }));

/** @param {string | string[]} types @param {object} [more] */
const elementOf = (types, more = {}) => ({ element: { types, ...more } });
/** @param {string} folder @param {object} [more] */
const webFolder = (folder, more = {}) => elementOf('web-*', { captured: { folder }, ...more });
/** @param {string} domain */
const apiDomain = (domain) => elementOf('api-domain', { captured: { domain } });
const socketServer = {
  module: { source: ['socket.io', '@nestjs/websockets', '@nestjs/platform-socket.io'] },
};

const importPolicies = [
  // Packages by name are free, except our own apps: the API and the browser meet only in the contracts.
  { allow: { to: { module: { origin: ['external', 'core'] } } } },
  {
    disallow: { to: { module: { source: '@duban/{api,web,web-e2e}' } } },
    message: 'Our apps meet only in @duban/contracts (browser specs: @duban/api/testing).',
  },
  { allow: { to: elementOf('contracts') } },
  // contracts: loaded by the browser and the server alike, so no framework and no Node.
  {
    from: elementOf('contracts'),
    disallow: [
      { to: { module: { origin: 'core' } } },
      {
        to: {
          module: {
            source: ['@nestjs/*', 'typeorm', 'express', 'react', 'react-*', 'socket.io*', '@tanstack/*'],
          },
        },
      },
    ],
    message: 'libs/contracts runs in the browser and on the server: no framework, no Node module.',
  },
  // web-e2e: the API only through its test kit, `@duban/api/testing`.
  {
    from: elementOf('web-e2e'),
    allow: { to: { module: { source: '@duban/api', internalPath: 'testing' } } },
  },

  // API: domains use each other's services (Nest modules); these are the lines they do not cross.
  { from: elementOf('api-*'), allow: { to: elementOf('api-*') } },
  {
    from: elementOf('api-common'),
    disallow: { to: elementOf(['api-domain', 'api-root', 'api-test']) },
    message: 'common/ and config/ import no domain.',
  },
  {
    from: apiDomain('board-events'),
    disallow: { to: apiDomain('boards') },
    message: 'The event log (board-events/) imports nothing from boards/.',
  },
  // testing/ and security/ are test code, not built: only tests and test helpers import them.
  {
    from: elementOf('api-*'),
    disallow: { to: elementOf('api-test') },
    message: 'testing/ and security/ are test code: only tests and test helpers import them.',
  },
  { from: [elementOf('api-test'), { file: { categories: 'test' } }], allow: { to: elementOf('api-*') } },
  { from: elementOf('api-*'), disallow: { to: socketServer }, message: 'Only realtime/ speaks Socket.IO.' },
  { from: apiDomain('realtime'), allow: { to: socketServer } },

  // web: a folder imports its own layer and those below it, except that features do not import each other.
  { from: elementOf(['web-root', 'web-page']), allow: { to: elementOf('web-*') } },
  {
    from: elementOf(['web-feature', 'web-state']),
    allow: { to: elementOf(['web-state', 'web-shared', 'web-ui']) },
  },
  { from: elementOf('web-shared'), allow: { to: elementOf(['web-shared', 'web-ui']) } },
  // web exceptions, each for a reason:
  // - sending a reminder from the task panel is the reminders' own dialog and mutation (notifications/).
  { from: webFolder('task-panel'), allow: { to: webFolder('notifications') } },
  // - the task panel's Files tab, and the files of a report, a comment and a submission, are the evidence
  //   feature's own components (attachments/), reached through its index only.
  {
    from: webFolder('task-panel'),
    allow: { to: webFolder('attachments', { fileInternalPath: 'index.ts' }) },
  },
  // - the minutes view shows each decision's task with the board's own light badge (DeadlineLight and its
  //   styles), so a leader reads the same light there as on the card.
  {
    from: webFolder('minutes'),
    allow: { to: webFolder('board-view', { fileInternalPath: ['DeadlineLight.tsx', 'task-card.css'] }) },
  },
  // - the live board puts each event on top of the open board histories: history-cache.ts is where those
  //   pages are cached (to remove: move the cache and its filter matching under history/).
  {
    from: webFolder('board-live'),
    allow: {
      to: webFolder('board-history', { fileInternalPath: ['history-cache.ts', 'history-filters.ts'] }),
    },
  },
  // - ui/'s tests build a real `ApiError` to show the form kit reads the server's field errors.
  {
    from: { ...elementOf('web-ui'), file: { categories: 'test' } },
    allow: { to: webFolder('api', { fileInternalPath: 'api-client.ts' }) },
  },
];

const importBoundaries = {
  files: ['apps/**/*.{ts,tsx}', 'libs/**/*.ts'],
  plugins: { boundaries },
  settings: {
    'boundaries/elements': importElements,
    'boundaries/files': [
      {
        category: 'test',
        pattern: '**/*.{spec,integration-spec,system-spec,memory-spec,cluster-spec,browser-spec}.{ts,tsx}',
      },
    ],
    // Relative TypeScript imports are written without an extension.
    'import/resolver': { node: { extensions: ['.ts', '.tsx'] } },
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      { default: 'disallow', checkAllOrigins: true, policies: importPolicies },
    ],
  },
};
// ── end of import boundaries ──

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'data/**', 'screenshots/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs', 'scripts/*.js', 'scripts/*.ts'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Nest injects by constructor parameter types: those imports must stay value imports.
      '@typescript-eslint/no-extraneous-class': 'off',
    },
  },
  {
    files: ['apps/api/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: [
      '**/*.spec.ts',
      '**/*.integration-spec.ts',
      '**/*.browser-spec.ts',
      '**/*.system-spec.ts',
      '**/*.memory-spec.ts',
      '**/*.cluster-spec.ts',
      '**/testing/**/*.ts',
    ],
    rules: {
      // supertest bodies are untyped JSON; tests assert on their shape.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['scripts/jest-*.js'],
    languageOptions: { globals: { ...globals.jest } },
  },
  importBoundaries,
  ...domainTableRules(),
  prettier,
);

// ── A domain owns its tables (issue 9): in apps/api/src/<domain>/, only the domain's own code touches its
// entities; another domain asks its service or the read class it exports (tasks/task-queries.ts,
// users/user-directory.ts, boards/board-settings-of.ts). Entity files may still name other entities for
// TypeORM relations, and tests seed whatever they need. A function, so this block can sit at the end.
function domainTableRules() {
  const otherDomainsEntity = {
    group: ['../*/*.entity', '../../*/*.entity', '../../../*/*.entity'],
    message:
      'Another domain\'s entity: ask its service or the query class its module exports (ARCHITECTURE.md, "A domain owns its tables").',
  };
  return [
    {
      files: ['apps/api/src/**/*.ts'],
      ignores: [
        '**/*.entity.ts',
        '**/*.spec.ts',
        '**/*.integration-spec.ts',
        '**/*.system-spec.ts',
        '**/*.memory-spec.ts',
        '**/*.cluster-spec.ts',
        // Test code, not built: the test kit and the security suites seed and inspect every table.
        'apps/api/src/testing/**',
        'apps/api/src/security/**',
        // Exceptions, each for a reason:
        // - the list of every entity TypeORM maps: database/ is where the tables come together.
        'apps/api/src/database/entities.ts',
        // - checks a restored backup on its own DataSource before the app (and its services) runs.
        'apps/api/src/database/backup/restored-database-check.ts',
        // - the demo writes a whole workspace with its event history in one transaction into an empty
        //   database, as a migration would; the domains' services record one change at a time.
        'apps/api/src/demo/demo-workspace.ts',
      ],
      rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [otherDomainsEntity] }] },
    },
  ];
}
