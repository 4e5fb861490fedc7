import { departmentMatchers, suggestDepartments, type DepartmentKeywords } from './department-suggester';

const ECOLOGY: DepartmentKeywords = {
  id: 'ecology',
  name: 'Ecology and Environment Bureau',
  keywords: ['ecology', 'green', 'emission', 'emissions', 'ecological environment', '生态', '污染'],
};
const INDUSTRY: DepartmentKeywords = {
  id: 'industry',
  name: 'Industry Bureau',
  keywords: ['industry', 'enterprises', 'C++', '工业', '企业'],
};
const HOUSING: DepartmentKeywords = { id: 'housing', name: 'Housing Bureau', keywords: ['housing', '燃气'] };

function suggest(text: string, departments = [ECOLOGY, INDUSTRY, HOUSING]) {
  return suggestDepartments(text, departmentMatchers(departments));
}

describe('suggesting departments from their keywords', () => {
  it('leads with the department with the most hits; the others that matched cooperate', () => {
    expect(suggest('Cut emissions from industry: green ports, green ships, and fewer emissions.')).toEqual({
      leadDepartmentId: 'ecology',
      cooperatingDepartmentIds: ['industry'],
      matched: ['emissions', 'green', 'industry'],
    });
  });

  it('breaks a tie by which department is matched first in the text', () => {
    expect(suggest('Housing for workers of industry.')).toMatchObject({
      leadDepartmentId: 'housing',
      cooperatingDepartmentIds: ['industry'],
    });
    expect(suggest('Industry builds housing.')).toMatchObject({
      leadDepartmentId: 'industry',
      cooperatingDepartmentIds: ['housing'],
    });
  });

  it('matches English keywords as whole words, in any case, across a line break', () => {
    expect(suggest('A greenhouse for the greengrocer.')).toEqual({
      cooperatingDepartmentIds: [],
      matched: [],
    });
    expect(suggest('GREEN transport').leadDepartmentId).toBe('ecology');
    expect(suggest('protect the ecological\nenvironment').matched).toEqual(['ecological environment']);
    expect(suggest('code in C++ for enterprises').matched).toEqual(['C++', 'enterprises']);
  });

  it('matches Chinese keywords anywhere in the text', () => {
    expect(suggest('加强生态环境保护，推动工业企业减少污染')).toEqual({
      leadDepartmentId: 'ecology',
      cooperatingDepartmentIds: ['industry'],
      matched: ['生态', '污染', '工业', '企业'],
    });
  });

  it('suggests nothing when no keyword matches: no lead, nobody cooperating, no words', () => {
    expect(suggest('It is necessary to carry out party-history education.')).toEqual({
      cooperatingDepartmentIds: [],
      matched: [],
    });
    expect(suggest('green', [])).toEqual({ cooperatingDepartmentIds: [], matched: [] });
  });

  it('ignores blank keywords and counts a keyword given twice once', () => {
    const twice: DepartmentKeywords = { id: 'twice', name: 'Twice', keywords: ['Green', 'green', '  ', ''] };
    expect(suggest('green and green', [twice, HOUSING])).toEqual({
      leadDepartmentId: 'twice',
      cooperatingDepartmentIds: [],
      matched: ['Green'],
    });
  });
});
