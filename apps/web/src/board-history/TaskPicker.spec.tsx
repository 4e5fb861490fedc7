import type { TaskView } from '@duban/contracts';
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import i18n from '../i18n/i18n';
import { aTask } from '../testing/factories';
import { TaskPicker } from './TaskPicker';

const tasks = ['Survey the sewage outfalls', 'Close the sand quarries', 'Sewage plant upgrade'].map((title) =>
  aTask({ title }),
);

/** The picker as the history uses it: the chosen task lives outside (in the URL), and "clear" resets it. */
function Picker({ all }: { all: TaskView[] }) {
  const [taskId, setTaskId] = useState<string | null>(null);
  const title = all.find((task) => task.id === taskId)?.title ?? '';
  return (
    <>
      <TaskPicker tasks={all} value={taskId} valueTitle={title} onChange={setTaskId} />
      <output data-testid="chosen">{taskId ?? 'any'}</output>
      <button type="button" onClick={() => setTaskId(null)}>
        Clear filters
      </button>
    </>
  );
}

describe('TaskPicker', () => {
  beforeEach(() => i18n.changeLanguage('en'));

  it('finds tasks by part of the title and picks one with the keyboard', () => {
    render(<Picker all={tasks} />);
    const input = screen.getByRole('combobox', { name: 'Task' });
    fireEvent.change(input, { target: { value: 'sewage' } });

    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Sewage plant upgrade Not started',
      'Survey the sewage outfalls Not started',
    ]);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'Enter' });

    expect(screen.getByTestId('chosen')).toHaveTextContent(tasks[0]!.id);
    expect(input).toHaveValue('Survey the sewage outfalls');
    expect(input).toHaveAttribute('aria-expanded', 'false');
  });

  it('empties itself when the filter is cleared elsewhere, even after losing the focus to the button', () => {
    render(<Picker all={tasks} />);
    const input = screen.getByRole('combobox', { name: 'Task' });
    fireEvent.change(input, { target: { value: 'quarries' } });
    fireEvent.click(screen.getByRole('option', { name: /^Close the sand quarries/ }));
    expect(input).toHaveValue('Close the sand quarries');

    fireEvent.blur(input);
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));

    expect(screen.getByTestId('chosen')).toHaveTextContent('any');
    expect(input).toHaveValue('');
  });

  it('drops the filter when its text is deleted, and restores the chosen title on Escape', () => {
    render(<Picker all={tasks} />);
    const input = screen.getByRole('combobox', { name: 'Task' });
    fireEvent.change(input, { target: { value: 'quarries' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.change(input, { target: { value: 'sew' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input).toHaveValue('Close the sand quarries');

    fireEvent.change(input, { target: { value: '' } });
    expect(screen.getByTestId('chosen')).toHaveTextContent('any');
  });
});
