import { assignableDepartments, type DepartmentView } from './departments';

const ecology: DepartmentView = {
  id: 'ecology',
  name: 'Ecology and Environment Bureau',
  archived: false,
  keywords: [],
};
const planning: DepartmentView = {
  id: 'planning',
  name: 'Former Planning Office',
  archived: true,
  keywords: [],
};
const commerce: DepartmentView = { id: 'commerce', name: 'Commerce Bureau', archived: false, keywords: [] };

describe('assignableDepartments', () => {
  it('offers the active departments only, in their order', () => {
    expect(assignableDepartments([ecology, planning, commerce])).toEqual([ecology, commerce]);
  });

  it('keeps an archived department the edited thing already has, so an edit never drops it', () => {
    expect(assignableDepartments([ecology, planning, commerce], ['planning', null])).toEqual([
      ecology,
      planning,
      commerce,
    ]);
  });
});
