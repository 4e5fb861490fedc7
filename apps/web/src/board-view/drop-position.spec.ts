import { buildLanes, containerId } from './board-lanes';
import { aTask, idsOf } from './board-test-factory';
import { applyPreview, dropPlacement, insertionIndex, placeDrop, taskAbove } from './drop-position';

describe('dropPlacement', () => {
  const column = ['a', 'b', 'c', 'd'];

  it('moving a card down over another puts it below that card', () => {
    expect(dropPlacement(column, 'a', 'c')).toEqual({ index: 2, afterTaskId: 'c' });
  });

  it('moving a card up over another puts it above that card', () => {
    expect(dropPlacement(column, 'd', 'b')).toEqual({ index: 1, afterTaskId: 'a' });
  });

  it('moving a card to the top says there is no card above it', () => {
    expect(dropPlacement(column, 'c', 'a')).toEqual({ index: 0, afterTaskId: null });
  });

  it('dropping over the container (not a card) keeps the place the card is shown at', () => {
    expect(dropPlacement(column, 'c', null)).toEqual({ index: 2, afterTaskId: 'b' });
    expect(dropPlacement(column, 'c', 'other-column')).toEqual({ index: 2, afterTaskId: 'b' });
  });

  it('dropping a card over itself leaves it below the same card', () => {
    expect(dropPlacement(column, 'b', 'b')).toEqual({ index: 1, afterTaskId: 'a' });
  });

  it('refuses a card the container does not show', () => {
    expect(() => dropPlacement(column, 'x', 'a')).toThrow('not in the container');
  });
});

describe('insertionIndex', () => {
  const column = ['a', 'b', 'c'];

  it('puts a card coming from another container above or below the card it is over', () => {
    expect(insertionIndex(column, 'b', false)).toBe(1);
    expect(insertionIndex(column, 'b', true)).toBe(2);
  });

  it('puts a card over the container itself (empty or below the cards) at the end', () => {
    expect(insertionIndex([], null, false)).toBe(0);
    expect(insertionIndex(column, 'column-id', false)).toBe(3);
  });
});

describe('placeDrop', () => {
  it('reorders a card already shown in the container like a sortable list', () => {
    expect(placeDrop(['a', 'b', 'c'], 'a', 'b', false)).toEqual({ index: 1, afterTaskId: 'b' });
  });

  it('inserts a card from elsewhere below the card it is over, naming that card as the one above', () => {
    expect(placeDrop(['a', 'b', 'c'], 'x', 'b', true)).toEqual({ index: 2, afterTaskId: 'b' });
    expect(placeDrop(['a', 'b', 'c'], 'x', 'a', false)).toEqual({ index: 0, afterTaskId: null });
  });

  it('puts a card dropped on an empty column at its top', () => {
    expect(placeDrop([], 'x', null, false)).toEqual({ index: 0, afterTaskId: null });
  });
});

describe('taskAbove', () => {
  it('names the card above, or null at the top', () => {
    expect(taskAbove(['a', 'b'], 'b')).toBe('a');
    expect(taskAbove(['a', 'b'], 'a')).toBeNull();
  });
});

describe('applyPreview', () => {
  const first = aTask({ status: 'todo' });
  const second = aTask({ status: 'todo' });
  const reviewed = aTask({ status: 'in_review' });
  const lanes = buildLanes([first, second, reviewed], false, []);
  const containerTasks = (shown: typeof lanes, status: 'todo' | 'in_review' | 'done') =>
    idsOf(shown[0]!.containers.find((container) => container.status === status)!.tasks);

  it('shows the dragged card in the target container at the previewed index only', () => {
    const preview = { taskId: second.id, containerId: containerId('all', 'in_review'), index: 0 };

    const shown = applyPreview(lanes, preview);

    expect(containerTasks(shown, 'todo')).toEqual([first.id]);
    expect(containerTasks(shown, 'in_review')).toEqual([second.id, reviewed.id]);
  });

  it('keeps untouched containers (and the lanes without a preview) as they were, for memoized columns', () => {
    const preview = { taskId: first.id, containerId: containerId('all', 'done'), index: 0 };
    const shown = applyPreview(lanes, preview);

    expect(shown[0]!.containers[1]).toBe(lanes[0]!.containers[1]);
    expect(containerTasks(shown, 'done')).toEqual([first.id]);
    expect(applyPreview(lanes, null)).toBe(lanes);
  });

  it('ignores a preview of a task that is no longer on the board', () => {
    const preview = { taskId: 'gone', containerId: containerId('all', 'done'), index: 0 };
    expect(applyPreview(lanes, preview)).toBe(lanes);
  });
});
