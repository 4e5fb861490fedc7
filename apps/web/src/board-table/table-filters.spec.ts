import {
  EMPTY_FILTERS,
  hasActiveFilters,
  parseSort,
  parseTableFilters,
  writeTableFilters,
  type TableFilters,
} from './table-filters';

describe('table filters in the URL', () => {
  it('reads every filter and the sort from a shared link', () => {
    const params = new URLSearchParams(
      'view=table&status=in_progress&kind=rectification&dept=d1&assignee=u1&overdue=1&q=port&sort=deadline.asc',
    );
    expect(parseTableFilters(params)).toEqual<TableFilters>({
      departmentId: 'd1',
      status: 'in_progress',
      kind: 'rectification',
      assigneeId: 'u1',
      overdueOnly: true,
      text: 'port',
      sort: { column: 'deadline', descending: false },
    });
  });

  it('treats unknown or malformed values as no filter rather than failing', () => {
    const params = new URLSearchParams('status=archived&kind=memo&overdue=yes&dept=%20&sort=owner.asc');
    expect(parseTableFilters(params)).toEqual(EMPTY_FILTERS);
    expect(parseSort('deadline.sideways')).toBeNull();
    expect(parseSort('progress.desc')).toEqual({ column: 'progress', descending: true });
  });

  it('writes only the filters that are set and keeps the other parameters', () => {
    const current = new URLSearchParams('view=table&lanes=dept&status=done&q=old');
    const next = writeTableFilters(current, {
      ...EMPTY_FILTERS,
      overdueOnly: true,
      departmentId: 'd2',
      sort: { column: 'updated', descending: true },
    });
    expect(next.toString()).toBe('view=table&lanes=dept&dept=d2&overdue=1&sort=updated.desc');
    expect(current.toString()).toBe('view=table&lanes=dept&status=done&q=old');
  });

  it('round-trips: what it writes, it reads back', () => {
    const filters: TableFilters = {
      departmentId: 'd3',
      status: 'todo',
      kind: 'task',
      assigneeId: 'u9',
      overdueOnly: false,
      text: 'port & rail ?',
      sort: { column: 'title', descending: true },
    };
    const params = new URLSearchParams(writeTableFilters(new URLSearchParams(), filters).toString());
    expect(parseTableFilters(params)).toEqual(filters);
  });

  it('counts a sort alone as no filter', () => {
    expect(hasActiveFilters({ ...EMPTY_FILTERS, sort: { column: 'title', descending: false } })).toBe(false);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, text: 'port' })).toBe(true);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, text: '   ' })).toBe(false);
  });
});
