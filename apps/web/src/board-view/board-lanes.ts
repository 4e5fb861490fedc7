import { TASK_STATUSES, type TaskStatus, type TaskView } from '@duban/contracts';
import { groupTasksByStatus } from '../board-live/board-events';

/** The one lane of a board without swimlanes. */
export const ALL_LANE = 'all';
/** The lane for tasks that have no lead department yet. */
export const NO_DEPARTMENT_LANE = 'none';

/** One list of cards: a status column, or (with swimlanes) one department's cell of that column. */
export interface BoardContainer {
  id: string;
  laneKey: string;
  status: TaskStatus;
  /** In position order, as displayed. */
  tasks: TaskView[];
}

export interface BoardLane {
  key: string;
  /** The lead department the lane groups, null for the board-wide lane and for tasks without one. */
  departmentId: string | null;
  containers: BoardContainer[];
  total: number;
}

export function containerId(laneKey: string, status: TaskStatus): string {
  return `${laneKey}:${status}`;
}

function toLane(key: string, departmentId: string | null, tasks: TaskView[]): BoardLane {
  const columns = groupTasksByStatus(tasks);
  return {
    key,
    departmentId,
    containers: TASK_STATUSES.map((status) => ({
      id: containerId(key, status),
      laneKey: key,
      status,
      tasks: columns[status],
    })),
    total: tasks.length,
  };
}

/**
 * The board as lanes of status containers. Without swimlanes there is one lane; with them one lane per lead
 * department that has tasks, in the directory's department order, and a last lane for tasks without one.
 */
export function buildLanes(
  tasks: readonly TaskView[],
  byDepartment: boolean,
  departmentOrder: readonly string[],
): BoardLane[] {
  if (!byDepartment) return [toLane(ALL_LANE, null, [...tasks])];
  const byLane = new Map<string, TaskView[]>();
  for (const task of tasks) {
    const key = task.leadDepartmentId ?? NO_DEPARTMENT_LANE;
    const laneTasks = byLane.get(key);
    if (laneTasks) laneTasks.push(task);
    else byLane.set(key, [task]);
  }
  const rank = new Map(departmentOrder.map((id, index) => [id, index]));
  const laneRank = (key: string) =>
    key === NO_DEPARTMENT_LANE ? Number.MAX_SAFE_INTEGER : (rank.get(key) ?? departmentOrder.length);
  return [...byLane.keys()]
    .sort((a, b) => laneRank(a) - laneRank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map((key) => toLane(key, key === NO_DEPARTMENT_LANE ? null : key, byLane.get(key) ?? []));
}

/** Every container of the board by id, for drag and drop lookups. */
export function indexContainers(lanes: readonly BoardLane[]): Map<string, BoardContainer> {
  return new Map(lanes.flatMap((lane) => lane.containers.map((container) => [container.id, container])));
}

/** The container a task is in, if any. */
export function containerOfTask(
  containers: ReadonlyMap<string, BoardContainer>,
  taskId: string,
): BoardContainer | undefined {
  for (const container of containers.values()) {
    if (container.tasks.some((task) => task.id === taskId)) return container;
  }
  return undefined;
}
