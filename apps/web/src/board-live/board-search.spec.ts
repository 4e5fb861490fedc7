import { aTask } from '../testing/factories';
import { BOARD_SEARCH_CODEC, matchesSearch } from './board-search';
import { changeUrlState, syncUrlState, urlStateFrom } from './url-state';

const names = {
  departmentName: (id: string | null) => ({ eco: '市生态环境局', com: '市商务局' })[id ?? ''] ?? '',
  userName: (id: string | null) => ({ wang: '王芳', zhao: '赵市长' })[id ?? ''] ?? '',
};

describe('the board’s search', () => {
  it('looks in the title, description, departments and people, any case, ignoring surrounding spaces', () => {
    const task = aTask({
      title: 'Close the Outfalls',
      description: 'along the river',
      leadDepartmentId: 'eco',
      cooperatingDepartmentIds: ['com'],
      responsibleLeaderId: 'zhao',
      assigneeIds: ['wang'],
    });
    for (const text of ['outfalls', ' RIVER ', '生态环境', '商务', '赵市长', '王芳', '']) {
      expect(matchesSearch(task, text, names)).toBe(true);
    }
    expect(matchesSearch(task, '自然资源', names)).toBe(false);
  });

  it('lives in ?q= beside the other parameters, and keeps what is typed while the router catches up', () => {
    const typed = changeUrlState(BOARD_SEARCH_CODEC, urlStateFrom(BOARD_SEARCH_CODEC, 'lanes=dept'), '王');
    const more = changeUrlState(BOARD_SEARCH_CODEC, typed, '王芳');
    expect(more.search).toBe(`lanes=dept&q=${encodeURIComponent('王芳')}`);
    expect(syncUrlState(BOARD_SEARCH_CODEC, more, typed.search)).toBe(more);
    expect(syncUrlState(BOARD_SEARCH_CODEC, more, 'view=table').value).toBe('');
    expect(changeUrlState(BOARD_SEARCH_CODEC, more, '').search).toBe('lanes=dept');
  });
});
