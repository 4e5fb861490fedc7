import type { NotificationView } from '@duban/contracts';
import { render, screen } from '@testing-library/react';
import i18n from '../i18n/i18n';
import { TestProviders } from '../testing/TestProviders';
import { NotificationItem } from './NotificationItem';

function notification(overrides: Partial<NotificationView>): NotificationView {
  return {
    id: 'n1',
    userId: 'u-leader',
    kind: 'escalation',
    boardId: 'b1',
    taskId: 't1',
    taskTitle: 'Clean up the river',
    message: 'Overdue since 2021-06-30; the lead department was reminded on 2021-07-01: please follow up',
    deadline: '2021-06-30',
    actorId: null,
    createdAt: '2021-07-08T01:00:00.000Z',
    readAt: null,
    ...overrides,
  };
}

function show(item: NotificationView) {
  render(
    <TestProviders>
      <ul>
        <NotificationItem notification={item} boardTitle="Inspection follow-up" onOpen={() => undefined} />
      </ul>
    </TestProviders>,
  );
  return screen.getByTestId('notification-item');
}

describe('NotificationItem', () => {
  beforeEach(() => i18n.changeLanguage('en'));

  it('says an automatic escalation in the reader’s language, with the missed deadline', async () => {
    await i18n.changeLanguage('zh-CN');
    const item = show(notification({}));
    expect(item).toHaveTextContent('升级督办');
    expect(item).toHaveTextContent('逾期升级督办：已超过办理时限 2021-06-30，请督促办理');
    expect(item).not.toHaveTextContent('please follow up');
  });

  it('shows a supervisor’s own reminder as they wrote it', () => {
    const item = show(
      notification({ kind: 'reminder', actorId: 'u-wang', message: 'Report on the quarries by Friday.' }),
    );
    expect(item).toHaveTextContent('Report on the quarries by Friday.');
  });

  it('names the task it is about, as it was titled then', () => {
    show(notification({ taskTitle: 'Close the illegal sand quarries' }));
    expect(screen.getByTestId('notification-task')).toHaveTextContent('Close the illegal sand quarries');
  });

  it('shows the comment that mentioned the reader as plain words, not Markdown', () => {
    const item = show(
      notification({
        kind: 'mention',
        actorId: 'u-wang',
        deadline: null,
        message: '**Urgent**: @li see [the plan](https://example.org/plan) and `step 2`\n\n- first\n- second',
      }),
    );
    const message = item.querySelector('.notification-message')!;
    expect(message).toHaveTextContent('Urgent: @li see the plan and step 2 first second');
    expect(message.textContent).not.toMatch(/[*[\]`]|\(https/);
    expect(message.querySelector('strong, a, code, li')).toBeNull();
  });

  it('says a leader instruction (领导批示) and its answer, their text as plain words', async () => {
    const given = notification({
      kind: 'instruction',
      actorId: 'u-zhao',
      deadline: null,
      message: '**Speed up** the survey.',
    });
    expect(show(given)).toHaveTextContent('Leader instructionUnreadClean up the riverSpeed up the survey.');
    await i18n.changeLanguage('zh-CN');
    const answered = notification({
      id: 'n2',
      kind: 'instruction_answered',
      actorId: 'u-li',
      deadline: null,
      message: '收到。',
    });
    render(
      <TestProviders>
        <ul>
          <NotificationItem notification={answered} boardTitle="May" onOpen={() => undefined} />
        </ul>
      </TestProviders>,
    );
    expect(screen.getAllByTestId('notification-item')[1]).toHaveTextContent('批示已回复');
  });
});
