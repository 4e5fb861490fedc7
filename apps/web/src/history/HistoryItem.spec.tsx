import type { BoardEvent, FieldChange } from '@duban/contracts';
import { fireEvent, render, screen, within } from '@testing-library/react';
import i18n from '../i18n/i18n';
import { aComment, aReminder, aReminderEvent, aTask, aTaskEvent } from '../testing/factories';
import { TestProviders } from '../testing/TestProviders';
import { historyEntry } from './history-entries';
import { HistoryItem } from './HistoryItem';

const users = [
  {
    id: 'u-wang',
    username: 'wang',
    displayName: 'Wang Li',
    role: 'supervisor' as const,
    departmentId: null,
    active: true,
  },
];
const departments = [
  { id: 'd-ecology', name: 'Ecology Bureau', archived: false, keywords: [] },
  { id: 'd-industry', name: 'Industry Bureau', archived: false, keywords: [] },
];

const change = (field: string, before: FieldChange['before'], after: FieldChange['after']): FieldChange => ({
  record: 'task',
  field,
  before,
  after,
});

function show(event: BoardEvent) {
  render(
    <TestProviders users={users} departments={departments}>
      <ol>
        <HistoryItem entry={historyEntry(event)} meta={null} />
      </ol>
    </TestProviders>,
  );
  return screen.getByTestId('history-entry');
}

const lines = () => screen.getAllByTestId('field-change').map((line) => line.textContent);

describe('HistoryItem', () => {
  beforeEach(() => i18n.changeLanguage('en'));

  it('says who changed which fields, and each one’s before → after in names and labels', () => {
    const update = {
      ...aTaskEvent('task.updated', aTask(), 'u-wang'),
      changes: [
        change('leadDepartmentId', 'd-ecology', 'd-industry'),
        change('deadline', '2021-06-30', '2021-07-15'),
        change('status', 'todo', 'in_progress'),
      ],
    };
    const entry = show(update);

    expect(entry).toHaveTextContent('Wang Li changed lead department, deadline, status');
    expect(lines()).toEqual([
      'Lead department: Ecology Bureau → Industry Bureau',
      'Deadline: 2021-06-30 → 2021-07-15',
      'Status: Not started → In progress',
    ]);
  });

  it('shows the start of a long text, and all of it on request', () => {
    const measures = `Close the outfalls.\n${'Inspect every site again. '.repeat(12)}Then report to the office.`;
    show({ ...aTaskEvent('task.updated', aTask(), 'u-wang'), changes: [change('measures', '', measures)] });
    const line = screen.getByTestId('field-change');
    expect(line).toHaveTextContent('Close the outfalls.');
    expect(line).not.toHaveTextContent('Then report to the office.');

    fireEvent.click(within(line).getByRole('button', { name: 'Show all' }));
    expect(line.textContent).toContain(measures);
    expect(within(line).getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('folds the long list of what a deleted task had', () => {
    const deletion: BoardEvent = {
      boardId: 'board-1',
      seq: 30,
      type: 'task.deleted',
      actorId: 'u-wang',
      at: '2021-05-10T08:00:00.000Z',
      data: { id: 't1' },
      changes: ['title', 'kind', 'status', 'deadline', 'problem', 'source', 'measures', 'labels'].map(
        (field) =>
          change(
            field,
            field === 'labels' ? ['river'] : field === 'status' ? 'todo' : `${field} value`,
            null,
          ),
      ),
    };
    const entry = show(deletion);
    expect(entry).toHaveTextContent('Wang Li deleted the task');
    expect(lines()).toHaveLength(5);
    expect(lines()[0]).toBe('Title: “title value” (removed)');

    fireEvent.click(screen.getByRole('button', { name: 'Show 3 more fields' }));
    expect(lines()).toHaveLength(8);
  });

  it('names the system, and says an automatic reminder in the reader’s language', async () => {
    await i18n.changeLanguage('zh-CN');
    const automatic = aReminder({
      fromUserId: null,
      message: 'Overdue since 2021-06-30: please report progress',
      deadline: '2021-06-30',
    });
    const entry = show(
      aReminderEvent(automatic, [
        { record: 'reminder', field: 'level', before: null, after: 'department' },
        { record: 'reminder', field: 'message', before: null, after: automatic.message },
        { record: 'reminder', field: 'deadline', before: null, after: '2021-06-30' },
      ]),
    );

    expect(entry).toHaveTextContent('系统 自动催办牵头单位：已超过办理时限 2021-06-30，逾期未办结');
    expect(entry).not.toHaveTextContent('Overdue since');
  });

  it('says a leader gave an instruction, and who answered whose instruction (领导批示)', async () => {
    const people = [
      ...users,
      { ...users[0]!, id: 'u-zhao', username: 'zhao', displayName: 'Zhao Ming', role: 'leader' as const },
      { ...users[0]!, id: 'u-li', username: 'li', displayName: 'Li Na', role: 'member' as const },
    ];
    const instruction = aComment({
      id: 'c-1',
      authorId: 'u-zhao',
      kind: 'instruction',
      body: 'Report by Friday',
    });
    const reply = aComment({ id: 'c-2', authorId: 'u-li', replyToId: 'c-1', body: 'Received' });
    const at = '2021-05-02T08:00:00.000Z';
    const given: BoardEvent = {
      boardId: 'board-1',
      seq: 7,
      type: 'instruction.given',
      actorId: 'u-zhao',
      at,
      data: instruction,
      changes: [],
    };
    const answered: BoardEvent = {
      ...given,
      seq: 8,
      type: 'instruction.answered',
      actorId: 'u-li',
      data: {
        ...reply,
        instruction: { ...instruction, response: { commentId: 'c-2', authorId: 'u-li', at } },
      },
    };
    await i18n.changeLanguage('zh-CN');
    render(
      <TestProviders users={people} departments={departments}>
        <ol>
          <HistoryItem entry={historyEntry(given)} meta={null} />
          <HistoryItem entry={historyEntry(answered)} meta={null} />
        </ol>
      </TestProviders>,
    );
    const [first, second] = screen.getAllByTestId('history-entry');
    expect(first).toHaveTextContent('Zhao Ming 作出了批示');
    expect(second).toHaveTextContent('Li Na 回复了Zhao Ming的批示');
  });
});
