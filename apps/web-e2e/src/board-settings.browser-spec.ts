import type { BoardSnapshot, DepartmentView, UpdateBoardInput } from '@duban/contracts';
import type { Page } from 'playwright-core';
import { screenshotPath } from './browser';
import { LIVE_TIMEOUT } from './waiting';
import { useBrowserSuite } from './browser-suite';
import { localDay } from './calendar';

const DUE_SOON = 'Due soon from (days before the deadline)';

describe('Board settings (台账设置): the supervision office tunes a board, and everyone on it sees the effect', () => {
  const suite = useBrowserSuite();
  let ecology: DepartmentView;

  beforeAll(async () => {
    ecology = await suite.factory.department('Ecology and Environment Bureau');
  });

  /** The bodies of the board changes the page sends, as they go. */
  function boardPatchesOf(page: Page): UpdateBoardInput[] {
    const patches: UpdateBoardInput[] = [];
    page.on('request', (request) => {
      if (request.method() === 'PATCH' && request.url().includes('/api/boards/')) {
        patches.push(request.postDataJSON() as UpdateBoardInput);
      }
    });
    return patches;
  }

  it('turns a light yellow and asks for weekly reports, live for a member who cannot change either', async () => {
    const board = await suite.factory.board({ title: 'Standing Committee meeting of 21 April 2021' });
    const [supervisor, member] = await Promise.all([
      suite.factory.user('supervisor'),
      suite.factory.user('member', ecology.id),
    ]);
    // Ten days left: on track while "due soon" means a week, due soon once it means two.
    const task = await suite.factory.task(
      board.id,
      {
        title: 'Relocate polluting enterprises out of the city centre',
        leadDepartmentId: ecology.id,
        deadline: localDay(10),
      },
      supervisor,
    );
    const [supervisorBoard, memberBoard] = await Promise.all([
      suite.openBoard(supervisor, board.id),
      suite.openBoard(member, board.id),
    ]);
    const memberCard = memberBoard.card(task.title);
    await memberBoard.lightShown(memberCard, 'green').waitFor();
    // The member may move the card (so the page knows who they are), but not change the board.
    await memberBoard.moveHandle(memberCard).waitFor();
    expect(await memberBoard.settingsButton().count()).toBe(0);
    // No regular reports yet, so nobody owes one.
    expect(await memberBoard.page.getByTestId('not-reported').count()).toBe(0);

    const patches = boardPatchesOf(supervisorBoard.page);
    const settings = await supervisorBoard.openSettings();

    // More than the schema allows: refused next to the field, before anything is sent.
    await settings.field(DUE_SOON).fill('120');
    await settings.save();
    expect(await settings.problemOf(DUE_SOON)).toBe('Enter a whole number from 0 to 90.');
    expect(patches).toHaveLength(0);

    // Two weeks' warning, and a report every week by Thursday.
    await settings.field(DUE_SOON).fill('14');
    expect(await settings.field('Reports due by (weekday)').count()).toBe(0);
    await settings.field('Progress reports').selectOption({ label: 'Weekly' });
    const reportDay = settings.field('Reports due by (weekday)');
    expect(await reportDay.locator('option').allInnerTexts()).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ]);
    await reportDay.selectOption({ label: 'Thursday' });
    await supervisorBoard.page.screenshot({ path: screenshotPath('board-settings-dialog') });
    await settings.saveAndClose();
    // Only what changed: the title, the visibility and the escalation were left as they were.
    expect(patches).toEqual([{ settings: { dueSoonDays: 14, reportCadence: 'weekly', reportDay: 4 } }]);

    // The member's board follows without a reload: the light turns yellow and a weekly report is owed.
    await memberBoard.lightShown(memberCard, 'yellow').waitFor({ timeout: LIVE_TIMEOUT });
    await memberBoard.page
      .getByTestId('not-reported')
      .getByText(`${ecology.name}: 1 task`)
      .waitFor({ timeout: LIVE_TIMEOUT });
    await memberBoard.page
      .getByTestId('board-rules')
      .getByText(/Yellow light 14 days before the deadline · Progress reports every week by Thursday/)
      .waitFor({ timeout: LIVE_TIMEOUT });
    await supervisorBoard.lightShown(supervisorBoard.card(task.title), 'yellow').waitFor();
    expect(await memberBoard.settingsButton().count()).toBe(0);
    const snapshot = (await suite.admin.get(`/api/boards/${board.id}`).expect(200)).body as BoardSnapshot;
    expect(snapshot.board.settings).toEqual({
      dueSoonDays: 14,
      reportCadence: 'weekly',
      reportDay: 4,
      escalationDays: 3,
    });

    // Opened again, the dialog shows what was saved; in Chinese, with the glossary's terms.
    await supervisorBoard.languageToggle().filter({ hasText: '中文' }).click();
    const reopened = await supervisorBoard.openSettings();
    expect(await reopened.field('临期提醒天数（办理时限前）').inputValue()).toBe('14');
    expect(await reopened.field('反馈截止日（每周）').inputValue()).toBe('4');
    await reopened.field('进展反馈周期').selectOption({ label: '不定期反馈' });
    expect(await reopened.field('反馈截止日（每周）').count()).toBe(0);
    await supervisorBoard.page.screenshot({ path: screenshotPath('board-settings-dialog-zh') });
    await reopened.cancel();
    expect(patches).toHaveLength(1);
  });

  it('takes a board away from a department the moment it is restricted to others', async () => {
    const commerce = await suite.factory.department('Commerce Bureau');
    const board = await suite.factory.board({ title: 'Business environment campaign' });
    const [supervisor, member] = await Promise.all([
      suite.factory.user('supervisor'),
      suite.factory.user('member', ecology.id),
    ]);
    await suite.factory.task(board.id, { title: 'Publish the list of approvals' }, supervisor);
    const [supervisorBoard, memberBoard] = await Promise.all([
      suite.openBoard(supervisor, board.id),
      suite.openBoard(member, board.id),
    ]);
    await memberBoard.card('Publish the list of approvals').waitFor();

    const settings = await supervisorBoard.openSettings();
    await settings.root.getByRole('checkbox', { name: commerce.name }).check();
    await settings.saveAndClose();

    await memberBoard.page
      .getByRole('alert')
      .filter({ hasText: 'Board not found' })
      .waitFor({ timeout: LIVE_TIMEOUT });
    expect(await memberBoard.card('Publish the list of approvals').count()).toBe(0);
  });
});
