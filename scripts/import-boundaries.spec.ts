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

/** The boundaries errors for `code` written in `filePath` (relative to the repo; the file need not exist). */
async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, filePath) });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

describe('import boundaries', () => {
  jest.setTimeout(60_000);

  it('keeps ui/ free of the folders built on it', async () => {
    expect(
      await boundaryErrors(
        'apps/web/src/ui/probe.ts',
        "import { DeadlineLight } from '../board-view/DeadlineLight';\nexport const probe = DeadlineLight;\n",
      ),
    ).toEqual([expect.stringContaining('boundaries/dependencies')]);
  });

  it('lets a feature use ui/ and the live state', async () => {
    expect(
      await boundaryErrors(
        'apps/web/src/board-view/probe.ts',
        "import { TimeAgo } from '../ui/TimeAgo';\nimport { usePermissions } from '../board-live/usePermissions';\n" +
          'export const probe = [TimeAgo, usePermissions];\n',
      ),
    ).toEqual([]);
  });

  it('keeps features from importing each other', async () => {
    expect(
      await boundaryErrors(
        'apps/web/src/board-table/probe.ts',
        "import { DeadlineLight } from '../board-view/DeadlineLight';\nexport const probe = DeadlineLight;\n",
      ),
    ).toEqual([expect.stringContaining('boundaries/dependencies')]);
  });

  it('lets the web reach the API only through the contracts', async () => {
    expect(
      await boundaryErrors(
        'apps/web/src/api/probe.ts',
        "import { Clock } from '../../../api/src/common/clock';\nimport { startTestApp } from '@duban/api/testing';\n" +
          "import { boardSchema } from '@duban/contracts';\nexport const probe = [Clock, startTestApp, boardSchema];\n",
      ),
    ).toEqual([
      expect.stringContaining('boundaries/dependencies'),
      expect.stringContaining('boundaries/dependencies'),
    ]);
  });

  it('lets the browser specs use the API test kit, and nothing else of the API', async () => {
    expect(
      await boundaryErrors(
        'apps/web-e2e/src/probe.ts',
        "import { startTestApp } from '@duban/api/testing';\nexport const probe = startTestApp;\n",
      ),
    ).toEqual([]);
    expect(
      await boundaryErrors(
        'apps/web-e2e/src/probe.ts',
        "import { Clock } from '../../api/src/common/clock';\nexport const probe = Clock;\n",
      ),
    ).toEqual([expect.stringContaining('boundaries/dependencies')]);
  });

  it('keeps the event log independent of boards/', async () => {
    expect(
      await boundaryErrors(
        'apps/api/src/board-events/probe.ts',
        "import { BoardsService } from '../boards/boards.service';\nexport const probe = BoardsService;\n",
      ),
    ).toEqual([expect.stringContaining('boundaries/dependencies')]);
    expect(
      await boundaryErrors(
        'apps/api/src/boards/probe.ts',
        "import { BoardChangeService } from '../board-events/board-change.service';\nexport const probe = BoardChangeService;\n",
      ),
    ).toEqual([]);
  });

  it('keeps Socket.IO inside realtime/ and test helpers out of the built app', async () => {
    const socketServer =
      "import { WebSocketGateway } from '@nestjs/websockets';\nexport const probe = WebSocketGateway;\n";
    expect(await boundaryErrors('apps/api/src/tasks/probe.ts', socketServer)).toEqual([
      expect.stringContaining('boundaries/dependencies'),
    ]);
    expect(await boundaryErrors('apps/api/src/realtime/probe.ts', socketServer)).toEqual([]);

    const testKit =
      "import { startTestApp } from '../testing/test-app';\nexport const probe = startTestApp;\n";
    expect(await boundaryErrors('apps/api/src/tasks/probe.ts', testKit)).toEqual([
      expect.stringContaining('boundaries/dependencies'),
    ]);
    expect(await boundaryErrors('apps/api/src/tasks/probe.integration-spec.ts', testKit)).toEqual([]);
  });

  it('keeps common/ and the contracts free of domains and frameworks', async () => {
    expect(
      await boundaryErrors(
        'apps/api/src/common/probe.ts',
        "import { TasksService } from '../tasks/tasks.service';\nexport const probe = TasksService;\n",
      ),
    ).toEqual([expect.stringContaining('boundaries/dependencies')]);
    expect(
      await boundaryErrors(
        'libs/contracts/src/probe.ts',
        "import { Injectable } from '@nestjs/common';\nimport { readFileSync } from 'node:fs';\nimport { z } from 'zod';\n" +
          'export const probe = [Injectable, readFileSync, z];\n',
      ),
    ).toEqual([
      expect.stringContaining('boundaries/dependencies'),
      expect.stringContaining('boundaries/dependencies'),
    ]);
  });
});
