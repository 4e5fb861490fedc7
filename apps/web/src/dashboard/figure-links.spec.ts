import { parseTaskFilters } from '@duban/contracts';
import { figureLink } from './figure-links';

const query = (link: string) => new URLSearchParams(link.split('?')[1]);

describe('figureLink: a figure opens the table view with the filters behind it', () => {
  it('narrows a department’s overdue figure to that department and the overdue tasks', () => {
    const link = figureLink('board-1', 'overdue', 'dept-ecology');
    expect(link.startsWith('/boards/board-1?')).toBe(true);
    expect(query(link).get('view')).toBe('table');
    expect(parseTaskFilters(query(link))).toMatchObject({
      departmentId: 'dept-ecology',
      overdueOnly: true,
      status: null,
    });
  });

  it('gives each status figure its status, and the totals no department', () => {
    expect(parseTaskFilters(query(figureLink('board-1', 'done', null)))).toMatchObject({
      departmentId: null,
      status: 'done',
    });
    expect(parseTaskFilters(query(figureLink('board-1', 'inProgress', 'd')))).toMatchObject({
      status: 'in_progress',
    });
    expect(parseTaskFilters(query(figureLink('board-1', 'inReview', 'd')))).toMatchObject({
      status: 'in_review',
    });
    expect(figureLink('board-1', 'tasks', null)).toBe('/boards/board-1?view=table');
  });
});
