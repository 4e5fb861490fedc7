import { render, screen } from '@testing-library/react';
import type { Directory } from '../api/useDirectory';
import i18n from '../i18n/i18n';
import { aTask } from '../testing/factories';
import { TaskCard } from './TaskCard';

const directory: Directory = {
  users: [],
  departments: [],
  userName: (id) => (id === 'u-li' ? 'Li Na' : ''),
  departmentName: (id) =>
    ({ 'd-eco': 'Ecology and Environment Bureau', 'd-ind': 'Industry Bureau' })[id ?? ''] ?? '',
};

describe('TaskCard', () => {
  beforeEach(() => i18n.changeLanguage('en'));

  it('shows the kind, departments, an overdue light in words, progress and comments', () => {
    render(
      <TaskCard
        task={aTask({
          title: 'Close unpermitted sewage outfalls',
          kind: 'rectification',
          leadDepartmentId: 'd-eco',
          cooperatingDepartmentIds: ['d-ind'],
          deadline: '2020-01-01',
          light: 'red',
          progress: 40,
          commentCount: 3,
          assigneeIds: ['u-li'],
        })}
        directory={directory}
        presence={[]}
      />,
    );
    const card = screen.getByTestId('task-card');
    expect(card).toHaveTextContent('Close unpermitted sewage outfalls');
    expect(card).toHaveTextContent('Rectification item');
    expect(card).toHaveTextContent('Ecology and Environment Bureau');
    expect(card).toHaveTextContent('Industry Bureau');
    expect(card).toHaveTextContent('Overdue');
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '40');
    expect(card).toHaveTextContent('3');
  });

  it('shows a paperclip with the number of files once a task has any, in the full and the compact card', () => {
    const { rerender } = render(
      <TaskCard task={aTask({ attachmentCount: 0 })} directory={directory} presence={[]} />,
    );
    expect(screen.queryByTestId('card-files')).toBeNull();

    rerender(<TaskCard task={aTask({ attachmentCount: 2 })} directory={directory} presence={[]} />);
    expect(screen.getByTestId('card-files')).toHaveAttribute('title', '2 files');

    rerender(<TaskCard task={aTask({ attachmentCount: 1 })} directory={directory} presence={[]} compact />);
    expect(screen.getByTestId('card-files')).toHaveAttribute('title', '1 file');
  });

  it('calls a closed task closed, not on track, and keeps its deadline', () => {
    render(
      <TaskCard
        task={aTask({ status: 'done', deadline: '2021-06-30', light: 'green' })}
        directory={directory}
        presence={[]}
      />,
    );
    const card = screen.getByTestId('task-card');
    expect(card).toHaveTextContent('Closed');
    expect(card).not.toHaveTextContent('On track');
    expect(card).toHaveTextContent('2021-06-30');
  });

  it('names who is editing it and offers no move handle without permission', () => {
    render(
      <TaskCard
        task={aTask({ title: 'Study the speech' })}
        directory={directory}
        presence={[
          {
            userId: 'u-li',
            displayName: 'Li Na',
            task: { taskId: 'x', activity: 'editing' },
            editingTaskId: 'x',
          },
        ]}
        handle={null}
      />,
    );
    expect(screen.getByTestId('card-editors')).toHaveTextContent(/editing/i);
    expect(screen.queryByTestId('card-viewers')).toBeNull();
    expect(screen.queryByRole('button', { name: /move/i })).toBeNull();
  });

  it('says viewing, not editing, for someone who only has the task open', () => {
    render(
      <TaskCard
        task={aTask({ title: 'Study the speech' })}
        directory={directory}
        presence={[
          {
            userId: 'u-li',
            displayName: 'Li Na',
            task: { taskId: 'x', activity: 'viewing' },
            editingTaskId: null,
          },
        ]}
      />,
    );
    expect(screen.getByTestId('card-viewers')).toHaveTextContent(/viewing/i);
    expect(screen.getByRole('list', { name: 'Li Na viewing now' })).toBeInTheDocument();
    expect(screen.queryByTestId('card-editors')).toBeNull();
    expect(screen.getByTestId('task-card')).not.toHaveTextContent(/editing/i);
  });

  it('in compact size names departments by short chips, the full names on hover and for screen readers', () => {
    render(
      <TaskCard
        task={aTask({
          title: 'Close unpermitted sewage outfalls',
          leadDepartmentId: 'd-eco',
          cooperatingDepartmentIds: ['d-ind'],
          deadline: '2020-01-01',
          light: 'red',
          progress: 40,
        })}
        directory={directory}
        presence={[]}
        compact
      />,
    );
    const card = screen.getByTestId('task-card');
    expect(card).toHaveClass('task-card-compact');
    const lead = screen.getByTitle('Lead department: Ecology and Environment Bureau');
    expect(lead.querySelector('[aria-hidden="true"]')).toHaveTextContent(/^Ecology$/);
    expect(lead).toHaveTextContent('Lead department: Ecology and Environment Bureau');
    expect(screen.getByTitle('Cooperating departments: Industry Bureau')).toHaveTextContent('Industry');
    expect(card).toHaveTextContent('40%');
    expect(card).toHaveTextContent('Status light: Overdue');
  });

  it('marks a task still waiting for its sign-off, and one verification sent back', () => {
    const { rerender } = render(
      <TaskCard task={aTask({ leadDepartmentId: 'd-eco' })} directory={directory} presence={[]} />,
    );
    expect(screen.getByTestId('task-card')).toHaveTextContent('Awaiting sign-off');

    const returned = aTask({
      leadDepartmentId: 'd-eco',
      status: 'in_progress',
      acknowledgedAt: '2021-05-02T08:00:00.000Z',
      returnCount: 2,
    });
    rerender(<TaskCard task={returned} directory={directory} presence={[]} />);
    const card = screen.getByTestId('task-card');
    expect(card).not.toHaveTextContent('Awaiting sign-off');
    expect(card).toHaveTextContent('Returned ×2');
    expect(card).toHaveTextContent('Returned 2 times');
  });
});
