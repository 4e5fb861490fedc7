import { hasDepartmentLanes, withDepartmentLanes } from './lanes-param';

describe('department lanes in the query string', () => {
  it('switches lanes on and off and keeps the other parameters', () => {
    const withLanes = withDepartmentLanes(new URLSearchParams('view=board&status=todo'), true);
    expect(withLanes.toString()).toBe('view=board&status=todo&lanes=department');
    expect(hasDepartmentLanes(withLanes)).toBe(true);

    const without = withDepartmentLanes(withLanes, false);
    expect(without.toString()).toBe('view=board&status=todo');
    expect(hasDepartmentLanes(without)).toBe(false);
  });

  it('treats an unknown lanes value as no lanes', () => {
    expect(hasDepartmentLanes(new URLSearchParams('lanes=leader'))).toBe(false);
  });
});
