import i18n from '../i18n/i18n';

describe('the supervision summary lines', () => {
  afterAll(() => i18n.changeLanguage('en'));

  it('count tasks and days in English, each in its own number', async () => {
    await i18n.changeLanguage('en');
    const line = (key: 'overdueEntry' | 'awaitingEntry', count: number, days: number) =>
      i18n.t(`supervision:${key}`, { department: 'Commerce Bureau', count, days });

    expect(line('overdueEntry', 1, 1)).toBe('Commerce Bureau: 1 task, 1 day overdue');
    expect(line('overdueEntry', 2, 5)).toBe('Commerce Bureau: 2 tasks, up to 5 days overdue');
    expect(line('awaitingEntry', 1, 11)).toBe('Commerce Bureau: 1 task, waiting 11 days');
    expect(line('awaitingEntry', 3, 1)).toBe('Commerce Bureau: 3 tasks, longest waiting 1 day');
  });

  it('use the glossary terms in Chinese', async () => {
    await i18n.changeLanguage('zh-CN');

    expect(i18n.t('supervision:overdue')).toBe('逾期');
    expect(i18n.t('supervision:overdueEntry', { department: '商务局', count: 2, days: 5 })).toBe(
      '商务局：2 项，最长逾期 5 天',
    );
  });
});
