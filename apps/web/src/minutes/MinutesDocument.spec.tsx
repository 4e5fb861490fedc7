import type { TaskView } from '@duban/contracts';
import { cleanup, render, screen, within } from '@testing-library/react';
import i18n from '../i18n/i18n';
import { aTask } from '../testing/factories';
import { TestProviders } from '../testing/TestProviders';
import { MinutesDocument } from './MinutesDocument';

const MINUTES = [
  '市政府第12次常务会议纪要🙂',
  '会议听取了市水务局关于防汛准备情况的汇报。',
  '会议要求，一是各区要切实做好防汛工作，10月底前完成河道清淤。二是要加快推进污水管网建设。',
  '会议还研究了其他事项。',
].join('\n');

function fromMinutes(decision: string, overrides: Partial<TaskView> = {}): TaskView {
  const start = MINUTES.indexOf(decision);
  if (start < 0) throw new Error(`not in the minutes: ${decision}`);
  return aTask({
    decisionSource: { minutesId: 'minutes-1', sourceStart: start, sourceEnd: start + decision.length },
    ...overrides,
  });
}

const marks = () => Array.from(document.querySelectorAll('mark'));

describe('MinutesDocument: each decision highlighted with its task under it', () => {
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('en');
  });

  it('highlights exactly the decisions (after an emoji), with the task, status and light under each', async () => {
    await i18n.changeLanguage('zh-CN');
    const dredge = fromMinutes('各区要切实做好防汛工作，10月底前完成河道清淤。', {
      title: '做好防汛工作',
      status: 'in_progress',
      light: 'red',
      deadline: '2026-10-31',
    });
    const sewers = fromMinutes('要加快推进污水管网建设。', { title: '加快污水管网建设', light: 'green' });
    render(
      <TestProviders>
        <MinutesDocument boardId="board-1" text={MINUTES} tasks={[dredge, sewers]} currentTaskId={null} />
      </TestProviders>,
    );
    expect(marks().map((mark) => mark.textContent)).toEqual([
      '各区要切实做好防汛工作，10月底前完成河道清淤。',
      '要加快推进污水管网建设。',
    ]);
    // The whole text is there, in order, with the tasks in between.
    expect(screen.getByTestId('minutes-document').textContent).toContain('会议还研究了其他事项。');
    const dredgeTask = document.querySelector<HTMLElement>(`[data-task-id="${dredge.id}"]`)!;
    expect(within(dredgeTask).getByRole('link', { name: '做好防汛工作' })).toHaveAttribute(
      'href',
      `/boards/board-1/tasks/${dredge.id}`,
    );
    expect(dredgeTask).toHaveTextContent('办理中');
    expect(dredgeTask.querySelector('[data-light]')).toHaveAttribute('data-light', 'red');
    expect(dredgeTask).toHaveTextContent('逾期');
    // Each task sits right after its own sentence.
    expect(dredgeTask.previousSibling).toBe(marks()[0]);
    const sewersTask = document.querySelector(`[data-task-id="${sewers.id}"]`);
    expect(sewersTask?.previousSibling).toBe(marks()[1]);
    // The task ends the paragraph: the next one starts right under it, without the text's blank line.
    expect(sewersTask?.nextSibling?.textContent).toBe('会议还研究了其他事项。');
  });

  it('shows overlapping and adjacent decisions as shared and separate runs, and emphasises ?task=', () => {
    const whole = fromMinutes('一是各区要切实做好防汛工作，10月底前完成河道清淤。', { title: 'Flood work' });
    const inner = fromMinutes('10月底前完成河道清淤。', { title: 'Dredge by October' });
    const next = fromMinutes('二是要加快推进污水管网建设。', { title: 'Sewers' });
    render(
      <TestProviders>
        <MinutesDocument
          boardId="board-1"
          text={MINUTES}
          tasks={[whole, inner, next]}
          currentTaskId={inner.id}
        />
      </TestProviders>,
    );
    expect(marks().map((mark) => [mark.textContent, mark.dataset.taskIds])).toEqual([
      ['一是各区要切实做好防汛工作，', whole.id],
      ['10月底前完成河道清淤。', `${whole.id} ${inner.id}`],
      ['二是要加快推进污水管网建设。', next.id],
    ]);
    expect(marks()[1]).toHaveClass('minutes-decision-overlap', 'minutes-decision-current');
    expect(marks()[0]).not.toHaveClass('minutes-decision-current');
    expect(marks()[2]).toHaveAttribute('data-starts', next.id);
    expect(document.querySelector(`[data-task-id="${inner.id}"]`)).toHaveClass('minutes-task-current');
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Flood work',
      'Dredge by October',
      'Sewers',
    ]);
  });

  it('keeps a deleted task’s decision highlighted and says the task is gone', () => {
    const gone = fromMinutes('要加快推进污水管网建设。', { title: 'Sewers' });
    render(
      <TestProviders>
        <MinutesDocument
          boardId="board-1"
          text={MINUTES}
          tasks={[gone]}
          deletedTaskIds={new Set([gone.id])}
          currentTaskId={null}
        />
      </TestProviders>,
    );
    expect(marks()).toHaveLength(1);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('Task deleted')).toBeInTheDocument();
  });
});
