import path from 'node:path';
import { ESLint } from 'eslint';

/**
 * The import boundaries in eslint.config.mjs (ARCHITECTURE.md, "Rules") fire: a few imports the
 * architecture forbids are errors, their allowed neighbours are not. Linted with the repo's own config,
 * without type information and with only the boundaries rule, so it runs in seconds.
 */
const repoRoot = path.resolve(__dirname, '..');
const eslint = new ESLint({
  cwd: repoRoot,
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
  ruleFilter: ({ ruleId }) => ruleId.startsWith('boundaries/'),
});

/** The boundaries errors for these imports in `filePath` (relative to the repo; the file need not exist). */
async function boundaryErrors(filePath: string, ...imports: string[]): Promise<string[]> {
  const code = `${imports.map((source, index) => `import * as probe${index} from '${source}';`).join('\n')}
export const probes = [${imports.map((_, index) => `probe${index}`).join(', ')}];
`;
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, filePath) });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

/** A boundaries error; `why` is the start of the policy's own message, when it has one. */
const refused = (why = ''): unknown => expect.stringContaining(`boundaries/dependencies: ${why}`);

describe('import boundaries', () => {
  jest.setTimeout(60_000);

  it('keeps ui/ free of the folders built on it', async () => {
    expect(await boundaryErrors('apps/web/src/ui/probe.ts', '../board-view/DeadlineLight')).toEqual([
      refused(),
    ]);
  });

  it('lets a feature use ui/ and the live state, but not another feature', async () => {
    expect(
      await boundaryErrors(
        'apps/web/src/board-view/probe.ts',
        '../ui/TimeAgo',
        '../board-live/usePermissions',
      ),
    ).toEqual([]);
    expect(await boundaryErrors('apps/web/src/board-table/probe.ts', '../board-view/DeadlineLight')).toEqual([
      refused(),
    ]);
  });

  it('lets the web reach the API only through the contracts', async () => {
    expect(
      await boundaryErrors(
        'apps/web/src/api/probe.ts',
        '../../../api/src/common/clock',
        '@duban/api/testing',
        '@duban/contracts',
      ),
    ).toEqual([refused(), refused('Our apps meet only in @duban/contracts')]);
  });

  it('keeps the API and the contracts out of the web', async () => {
    expect(await boundaryErrors('apps/api/src/users/probe.ts', '../../../web/src/ui/initials')).toEqual([
      refused(),
    ]);
    expect(await boundaryErrors('libs/contracts/src/probe.ts', '../../../apps/web/src/ui/initials')).toEqual([
      refused(),
    ]);
  });

  it('lets the browser specs use the API test kit, and nothing else of the API', async () => {
    expect(await boundaryErrors('apps/web-e2e/src/probe.ts', '@duban/api/testing')).toEqual([]);
    expect(
      await boundaryErrors('apps/web-e2e/src/probe.ts', '../../api/src/common/clock', '@duban/api'),
    ).toEqual([refused(), refused('Our apps meet only in @duban/contracts')]);
  });

  it('keeps the event log independent of boards/', async () => {
    expect(await boundaryErrors('apps/api/src/board-events/probe.ts', '../boards/boards.service')).toEqual([
      refused('The event log (board-events/) imports nothing from boards/.'),
    ]);
    expect(
      await boundaryErrors('apps/api/src/boards/probe.ts', '../board-events/board-change.service'),
    ).toEqual([]);
  });

  it('keeps Socket.IO inside realtime/', async () => {
    expect(await boundaryErrors('apps/api/src/tasks/probe.ts', '@nestjs/websockets')).toEqual([
      refused('Only realtime/ speaks Socket.IO.'),
    ]);
    expect(await boundaryErrors('apps/api/src/realtime/probe.ts', '@nestjs/websockets', 'socket.io')).toEqual(
      [],
    );
  });

  it('keeps the test kit out of the built app', async () => {
    expect(await boundaryErrors('apps/api/src/tasks/probe.ts', '../testing/test-app')).toEqual([
      refused('testing/ and security/ are test code'),
    ]);
    expect(
      await boundaryErrors('apps/api/src/tasks/probe.integration-spec.ts', '../testing/test-app'),
    ).toEqual([]);
  });

  it('keeps common/ free of domains, and the contracts free of frameworks and Node', async () => {
    expect(await boundaryErrors('apps/api/src/common/probe.ts', '../tasks/tasks.service')).toEqual([
      refused('common/ and config/ import no domain.'),
    ]);
    expect(await boundaryErrors('libs/contracts/src/probe.ts', '@nestjs/common', 'node:fs', 'zod')).toEqual([
      refused('libs/contracts runs in the browser and on the server'),
      refused('libs/contracts runs in the browser and on the server'),
    ]);
  });
});
