import type { Bulletin } from '@duban/contracts';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import i18n from '../i18n/i18n';
import { TestProviders } from '../testing/TestProviders';
import { BulletinPage } from './BulletinPage';

const ZERO = {
  tasks: 0,
  done: 0,
  inProgress: 0,
  awaitingSignOff: 0,
  inReview: 0,
  overdue: 0,
  dueSoon: 0,
  returned: 0,
  onTimeRate: null,
  signOffRate: null,
  reportsMissing: 0,
};

const BULLETIN: Bulletin = {
  board: { id: 'board-1', title: '春季河道整治' },
  period: { from: '2026-03-01', to: '2026-03-31' },
  timeZone: 'Asia/Shanghai',
  today: '2026-04-02',
  asOf: '2026-04-02T04:00:00.000Z',
  totals: { ...ZERO, tasks: 3, done: 1, overdue: 1, awaitingSignOff: 2, onTimeRate: 1, signOffRate: 0.5 },
  atPeriodEnd: { date: '2026-03-31', due: 2, closed: 1, overdue: 1, open: 2 },
  summary: {
    closedInPeriod: 1,
    closedOnTimeInPeriod: 1,
    createdInPeriod: 3,
    instructions: 1,
    instructionsAnswered: 0,
  },
  departments: [
    {
      departmentId: 'water',
      name: '市水务局',
      led: 2,
      ...ZERO,
      overdue: 1,
      awaitingSignOff: 2,
      signOffRate: 0,
      longestSignOffWaitDays: 5,
      furthestOverdueDays: 13,
      cooperating: 0,
    },
  ],
  ranking: { red: ['water'], yellow: [], green: [] },
  overdue: [
    {
      taskId: 'task-1',
      title: '疏浚城北运河',
      status: 'todo',
      leadDepartment: { id: 'water', name: '市水务局' },
      responsibleLeader: { id: 'leader-1', name: '张市长' },
      deadline: '2026-03-20',
      daysOverdue: 13,
    },
  ],
  closed: [],
  instructions: [
    {
      id: 'comment-1',
      taskId: 'task-1',
      taskTitle: '疏浚城北运河',
      boardId: 'board-1',
      boardTitle: '春季河道整治',
      leadDepartmentId: 'water',
      leadDepartmentName: '市水务局',
      leaderId: 'leader-1',
      leaderName: '张市长',
      body: '汛期前必须完成',
      givenAt: '2026-03-10T02:00:00.000Z',
      response: null,
      waitingDays: 23,
    },
  ],
};

describe('BulletinPage (督办通报) in Chinese', () => {
  const requested: string[] = [];
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
    globalThis.fetch = jest.fn((url: string) => {
      requested.push(url);
      return Promise.resolve({
        ok: true,
        status: 200,
        statusText: '',
        json: () => Promise.resolve(BULLETIN),
      } as Response);
    }) as unknown as typeof fetch;
  });
  afterEach(async () => {
    cleanup();
    requested.length = 0;
    await i18n.changeLanguage('en');
  });

  it('reads as an office circular: title, period, summary with the end of the period, tables and lists', async () => {
    render(
      <TestProviders>
        <BulletinPage />
      </TestProviders>,
    );
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('《春季河道整治》督办通报');
    expect(requested[0]).toMatch(/\/circular\?tz=/);
    expect(screen.getByText(/^通报期间：2026年3月1日 至 2026年3月31日$/)).toBeInTheDocument();
    const summary = screen.getByRole('region', { name: '一、总体情况' });
    expect(summary).toHaveTextContent(
      '共办结督办事项 1 件，其中按期办结 1 件；新增督办事项 3 件。本期领导批示 1 件',
    );
    expect(summary).toHaveTextContent('截至2026年3月31日日终，未办结 2 件，其中逾期 1 件');
    const overdue = screen.getByRole('region', { name: '四、逾期事项' });
    expect(within(overdue).getByRole('row', { name: /疏浚城北运河/ })).toHaveTextContent('张市长');
    expect(screen.getByRole('region', { name: '五、本期办结事项' })).toHaveTextContent('无。');
    const instructions = screen.getByRole('region', { name: '六、领导批示及办理回复' });
    expect(within(instructions).getByRole('row', { name: /汛期前必须完成/ })).toHaveTextContent(
      '待回复（23 天）',
    );
    expect(screen.getByRole('region', { name: '三、排名（红黄榜）' })).toHaveTextContent(
      '市水务局（逾期 1 件，按期 —）',
    );
  });

  it('refuses a reversed period at the picker, in Chinese, without asking the server', async () => {
    render(
      <TestProviders>
        <BulletinPage />
      </TestProviders>,
    );
    await screen.findByRole('heading', { level: 1 });
    fireEvent.change(screen.getByLabelText('起'), { target: { value: '2026-03-10' } });
    fireEvent.change(screen.getByLabelText('止'), { target: { value: '2026-03-01' } });
    fireEvent.click(screen.getByRole('button', { name: '查询' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('止日期不能早于起日期。');
    expect(requested).toHaveLength(1);
  });
});
