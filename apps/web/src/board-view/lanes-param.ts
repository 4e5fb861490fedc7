/** `?lanes=department`: swimlanes by lead department, kept in the URL so a link shows the same view. */
export const LANES_PARAM = 'lanes';
export const LANES_BY_DEPARTMENT = 'department';

export function hasDepartmentLanes(params: URLSearchParams): boolean {
  return params.get(LANES_PARAM) === LANES_BY_DEPARTMENT;
}

/** The query with swimlanes switched on or off, every other parameter (view, filters…) kept. */
export function withDepartmentLanes(params: URLSearchParams, on: boolean): URLSearchParams {
  const next = new URLSearchParams(params);
  if (on) next.set(LANES_PARAM, LANES_BY_DEPARTMENT);
  else next.delete(LANES_PARAM);
  return next;
}
