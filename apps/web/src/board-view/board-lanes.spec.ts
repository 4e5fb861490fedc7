import { aTask, idsOf as ids } from './board-test-factory';
import { ALL_LANE, buildLanes, containerId, indexContainers, NO_DEPARTMENT_LANE } from './board-lanes';

describe('buildLanes', () => {
  it('puts a board without swimlanes in one lane with a container per status, in position order', () => {
    const late = aTask({ status: 'in_progress', position: 'a2' });
    const early = aTask({ status: 'in_progress', position: 'a1' });
    const done = aTask({ status: 'done' });

    const [lane, ...others] = buildLanes([late, early, done], false, []);

    expect(others).toEqual([]);
    expect(lane!.key).toBe(ALL_LANE);
    expect(lane!.containers.map((container) => container.status)).toEqual([
      'todo',
      'in_progress',
      'in_review',
      'done',
    ]);
    expect(ids(lane!.containers[1]!.tasks)).toEqual([early.id, late.id]);
    expect(ids(lane!.containers[3]!.tasks)).toEqual([done.id]);
  });

  it('makes a lane per lead department in directory order, tasks without one last', () => {
    const water = aTask({ leadDepartmentId: 'water' });
    const orphan = aTask({ leadDepartmentId: null });
    const ecology = aTask({ leadDepartmentId: 'ecology', status: 'in_review' });

    const lanes = buildLanes([water, orphan, ecology], true, ['ecology', 'industry', 'water']);

    expect(lanes.map((lane) => lane.key)).toEqual(['ecology', 'water', NO_DEPARTMENT_LANE]);
    expect(lanes.map((lane) => lane.departmentId)).toEqual(['ecology', 'water', null]);
    expect(lanes[0]!.total).toBe(1);
    expect(ids(lanes[0]!.containers[2]!.tasks)).toEqual([ecology.id]);
  });

  it('leaves out departments without tasks and keeps departments missing from the directory', () => {
    const unknown = aTask({ leadDepartmentId: 'unknown' });
    const lanes = buildLanes([unknown], true, ['ecology']);
    expect(lanes.map((lane) => lane.key)).toEqual(['unknown']);
  });
});

describe('indexContainers', () => {
  it('finds every container of every lane by id', () => {
    const task = aTask({ leadDepartmentId: 'ecology', status: 'done' });
    const containers = indexContainers(buildLanes([task], true, []));
    expect(containers.size).toBe(4);
    expect(ids(containers.get(containerId('ecology', 'done'))!.tasks)).toEqual([task.id]);
  });
});
