import { shortDepartmentName } from './department-short-name';

describe('a department’s short name on a compact card', () => {
  it('keeps the core of a Chinese name: no city prefix, no kind of body, four characters at most', () => {
    expect(shortDepartmentName('市生态环境局')).toBe('生态环境');
    expect(shortDepartmentName('市发展改革委')).toBe('发展改革');
    expect(shortDepartmentName('市委组织部')).toBe('组织');
    expect(shortDepartmentName('市工业和信息化局')).toBe('工业信息');
    expect(shortDepartmentName('市住房城乡建设局')).toBe('住房城乡');
    expect(shortDepartmentName('市商务局')).toBe('商务');
  });

  it('keeps the first telling word of an English name', () => {
    expect(shortDepartmentName('Ecology and Environment Bureau')).toBe('Ecology');
    expect(shortDepartmentName('Development and Reform Commission')).toBe('Development');
    expect(shortDepartmentName('City Commerce Bureau')).toBe('Commerce');
    expect(shortDepartmentName('Telecommunications Regulation Office')).toBe('Telecommuni…');
  });

  it('never comes back empty for a name that is all prefix or suffix', () => {
    expect(shortDepartmentName('市委')).toBe('市委');
    expect(shortDepartmentName('Bureau')).toBe('Bureau');
    expect(shortDepartmentName('  ')).toBe('');
  });
});
