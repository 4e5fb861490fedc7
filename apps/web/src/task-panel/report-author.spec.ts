import { reportAuthor } from './report-author';

describe('the author line of a progress report', () => {
  it('names the department once, even when the account is named after it', () => {
    expect(reportAuthor('Ecology and Environment Bureau (Li Na)', 'Ecology and Environment Bureau')).toBe(
      'Ecology and Environment Bureau (Li Na)',
    );
    expect(reportAuthor('生态环境局（李娜）', '生态环境局')).toBe('生态环境局（李娜）');
  });

  it('adds the department to a personal name, and nothing when there is none', () => {
    expect(reportAuthor('Li Na', 'Ecology and Environment Bureau')).toBe(
      'Li Na (Ecology and Environment Bureau)',
    );
    expect(reportAuthor('Li Na', '')).toBe('Li Na');
  });
});
