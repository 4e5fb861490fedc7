import { DEFAULT_BOARD_SETTINGS } from '@duban/contracts';
import { render, screen } from '@testing-library/react';
import i18n from '../i18n/i18n';
import { BoardRules } from './BoardRules';

function rulesFor(settings: Partial<typeof DEFAULT_BOARD_SETTINGS>): string {
  render(<BoardRules settings={{ ...DEFAULT_BOARD_SETTINGS, ...settings }} />);
  return screen.getByTestId('board-rules').textContent ?? '';
}

describe('BoardRules', () => {
  afterEach(() => i18n.changeLanguage('en'));

  it('says when lights turn yellow, when reports are due and when overdue tasks escalate', async () => {
    await i18n.changeLanguage('en');
    expect(rulesFor({ dueSoonDays: 14, reportCadence: 'weekly', reportDay: 4, escalationDays: 1 })).toBe(
      'Yellow light 14 days before the deadline · Progress reports every week by Thursday · ' +
        'Overdue tasks go to the responsible leader 1 day after the reminder',
    );
  });

  it('reads in Chinese with the glossary’s terms', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(rulesFor({ reportCadence: 'monthly', reportDay: 28 })).toBe(
      '办理时限前 7 天亮黄灯 · 每月 28 日前进展反馈 · 逾期催办 3 天后升级督办至责任领导',
    );
  });
});
