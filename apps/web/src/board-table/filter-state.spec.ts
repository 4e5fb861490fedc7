import { changeFilters, filterStateFromUrl, syncWithUrl } from './filter-state';

describe('filter state between the inputs and the URL', () => {
  it('applies a change at once and says where the URL should go, keeping other parameters', () => {
    const state = changeFilters(filterStateFromUrl('view=table&lanes=dept'), { text: 'por' });
    expect(state.value.text).toBe('por');
    expect(state.search).toBe('view=table&lanes=dept&q=por');
  });

  it('keeps typing while the router has not caught up, then settles when it has', () => {
    const typed = changeFilters(changeFilters(filterStateFromUrl('view=table'), { text: 'po' }), {
      text: 'port',
    });
    // The router still shows the URL from before the first keystroke, then the one from the first keystroke.
    expect(syncWithUrl(typed, 'view=table')).toBe(typed);
    expect(syncWithUrl(typed, 'view=table&q=po')).toBe(typed);
    const settled = syncWithUrl(typed, 'view=table&q=port');
    expect(settled).toEqual({ ...typed, pending: null });
    expect(syncWithUrl(settled, 'view=table&q=port')).toBe(settled);
  });

  it('follows the URL when something else changes it: a link, back and forward, the view switch', () => {
    const settled = filterStateFromUrl('view=table&status=done');
    expect(syncWithUrl(settled, 'view=table&overdue=1').value).toMatchObject({
      status: null,
      overdueOnly: true,
    });
    const typing = changeFilters(settled, { text: 'port' });
    const switched = syncWithUrl(typing, '');
    expect(switched.value.text).toBe('');
    expect(switched.pending).toBeNull();
  });
});
