import type { MinutesView } from '@duban/contracts';
import { cleanup, render, screen } from '@testing-library/react';
import i18n from '../i18n/i18n';
import { aTask } from '../testing/factories';
import { TestProviders } from '../testing/TestProviders';
import { DecisionSourceLink } from './DecisionSourceLink';

const TEXT = '🙂 会议要求，各区要切实做好防汛工作，\n10月底前完成河道清淤。会议还研究了其他事项。';
const DECISION = '各区要切实做好防汛工作，\n10月底前完成河道清淤。';
const START = TEXT.indexOf(DECISION);

const MINUTES: MinutesView = {
  id: 'minutes-1',
  boardId: 'board-1',
  title: '第12次常务会议纪要',
  createdAt: '2026-04-01T02:00:00.000Z',
  createdById: 'user-supervisor',
  taskCount: 1,
  text: TEXT,
  tasks: [],
};

describe('DecisionSourceLink in the task panel', () => {
  const requested: string[] = [];
  beforeEach(() => {
    globalThis.fetch = jest.fn((url: string) => {
      requested.push(url);
      return Promise.resolve({
        ok: true,
        status: 200,
        statusText: '',
        json: () => Promise.resolve(MINUTES),
      } as Response);
    }) as unknown as typeof fetch;
  });
  afterEach(async () => {
    cleanup();
    requested.length = 0;
    await i18n.changeLanguage('en');
  });

  it('names the minutes, quotes the decision and links to it highlighted in the minutes', async () => {
    await i18n.changeLanguage('zh-CN');
    const task = aTask({
      id: 'task-7',
      boardId: 'board-1',
      decisionSource: { minutesId: 'minutes-1', sourceStart: START, sourceEnd: START + DECISION.length },
    });
    render(
      <TestProviders>
        <DecisionSourceLink task={task} />
      </TestProviders>,
    );
    const link = await screen.findByRole('link', { name: '来自会议纪要：第12次常务会议纪要' });
    expect(link).toHaveAttribute('href', '/boards/board-1/minutes/minutes-1?task=task-7');
    expect(screen.getByTestId('decision-source')).toHaveTextContent(
      '各区要切实做好防汛工作， 10月底前完成河道清淤。',
    );
    expect(screen.getByTestId('decision-source')).not.toHaveTextContent('会议还研究了其他事项');
    expect(requested).toEqual(['/api/minutes/minutes-1']);
  });

  it('shows nothing, and asks for nothing, for a task not made from minutes', () => {
    render(
      <TestProviders>
        <DecisionSourceLink task={aTask({ decisionSource: null })} />
      </TestProviders>,
    );
    expect(screen.queryByTestId('decision-source')).toBeNull();
    expect(requested).toEqual([]);
  });
});
