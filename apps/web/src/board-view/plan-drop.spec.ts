import { buildLanes, containerId, indexContainers } from './board-lanes';
import { aTask } from './board-test-factory';
import { applyPreview } from './drop-position';
import { planDrop, planPreview, type DragPosition } from './plan-drop';

describe('dropping a card', () => {
  const first = aTask({ status: 'todo', leadDepartmentId: 'ecology' });
  const second = aTask({ status: 'todo', leadDepartmentId: 'ecology' });
  const reviewed = aTask({ status: 'in_review', leadDepartmentId: 'water' });
  const tasks = [first, second, reviewed];
  const drag = (fields: Partial<DragPosition>): DragPosition => ({
    taskId: first.id,
    containerId: null,
    overTaskId: null,
    belowOver: false,
    ...fields,
  });

  it('moves a card below the card it was dragged under in another column', () => {
    const lanes = buildLanes(tasks, false, []);
    const home = indexContainers(lanes);
    const target = containerId('all', 'in_review');
    const underReviewed = drag({ containerId: target, overTaskId: reviewed.id, belowOver: true });

    const preview = planPreview(home, underReviewed);
    expect(preview).toEqual({ taskId: first.id, containerId: target, index: 1 });
    // Dropped at once, before the preview is displayed:
    expect(planDrop(home, home, underReviewed)).toMatchObject({
      kind: 'move',
      task: first,
      status: 'in_review',
      afterTaskId: reviewed.id,
    });
    // Dropped once the preview shows it there, over its own placeholder:
    const shown = indexContainers(applyPreview(lanes, preview));
    const overItself = drag({ containerId: target, overTaskId: first.id });
    expect(planDrop(home, shown, overItself)).toMatchObject({ kind: 'move', afterTaskId: reviewed.id });
  });

  it('reorders within a column: dropped over the card below, it lands below that card', () => {
    const home = indexContainers(buildLanes(tasks, false, []));
    const position = drag({ containerId: containerId('all', 'todo'), overTaskId: second.id });

    expect(planPreview(home, position)).toBeNull();
    expect(planDrop(home, home, position)).toMatchObject({
      kind: 'move',
      status: 'todo',
      afterTaskId: second.id,
    });
  });

  it('does nothing when the card is dropped where it was, or outside every column', () => {
    const home = indexContainers(buildLanes(tasks, false, []));
    const backHome = drag({ containerId: containerId('all', 'todo'), overTaskId: first.id });

    expect(planDrop(home, home, backHome)).toEqual({ kind: 'none' });
    expect(planDrop(home, home, drag({ containerId: null }))).toEqual({ kind: 'none' });
  });

  it('with swimlanes, a drop in another department lane only changes the status, after that cell’s card', () => {
    const home = indexContainers(buildLanes(tasks, true, ['ecology', 'water']));
    const position = drag({
      containerId: containerId('water', 'in_review'),
      overTaskId: reviewed.id,
      belowOver: true,
    });

    const plan = planDrop(home, home, position);

    expect(plan).toMatchObject({ kind: 'move', status: 'in_review', afterTaskId: reviewed.id });
    expect(plan.kind === 'move' && plan.task.leadDepartmentId).toBe('ecology');
  });

  it('puts a card dropped on an empty column at its top', () => {
    const home = indexContainers(buildLanes(tasks, false, []));
    const plan = planDrop(home, home, drag({ containerId: containerId('all', 'done') }));
    expect(plan).toMatchObject({ kind: 'move', status: 'done', afterTaskId: null });
  });

  it('does nothing when the column’s status is one the user may not give the card', () => {
    const home = indexContainers(buildLanes(tasks, false, []));
    const onDone = drag({ containerId: containerId('all', 'done') });
    expect(planDrop(home, home, onDone, new Set(['done']))).toEqual({ kind: 'none' });
    // Reordering within its own column stays possible: its status does not change.
    const reorder = drag({ containerId: containerId('all', 'todo'), overTaskId: second.id });
    expect(planDrop(home, home, reorder, new Set(['done']))).toMatchObject({ kind: 'move', status: 'todo' });
  });
});
