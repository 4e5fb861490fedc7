import { minutesYear, readDeadline } from './deadline-reader';

/** The deadline `text` names, as its date and the words that name it. */
function deadlineIn(text: string, year = 2021): [string, string] | undefined {
  const found = readDeadline(text, year);
  return found && [found.date, text.slice(found.start, found.end)];
}

describe('reading a deadline in English', () => {
  it.each([
    ['Finish the rectification by the end of October.', '2021-10-31', 'by the end of October'],
    ['Survey the pipes before October 31.', '2021-10-31', 'before October 31'],
    ['Report by 30 June 2022.', '2022-06-30', 'by 30 June 2022'],
    ['Submit the plan no later than 15 March.', '2021-03-15', 'no later than 15 March'],
    ['Publish the list by the end of the year.', '2021-12-31', 'by the end of the year'],
    ['Complete it by year-end.', '2021-12-31', 'by year-end'],
    ['Complete it by the end of 2022.', '2022-12-31', 'by the end of 2022'],
    ['Report on exports by the end of the third quarter.', '2021-09-30', 'by the end of the third quarter'],
    ['Open the port by the end of Q1.', '2021-03-31', 'by the end of Q1'],
    [
      'Finish by the end of the first half of the year.',
      '2021-06-30',
      'by the end of the first half of the year',
    ],
  ])('%s → %s', (text, date, words) => {
    expect(deadlineIn(text)).toEqual([date, words]);
  });

  it('knows how long February is in the year of the minutes', () => {
    expect(deadlineIn('Finish by the end of February.', 2024)?.[0]).toBe('2024-02-29');
    expect(deadlineIn('Finish by the end of February.', 2021)?.[0]).toBe('2021-02-28');
  });

  it('reads no deadline in a date that is not one, a month alone, or a day that does not exist', () => {
    for (const text of [
      'On April 21, the meeting was held.',
      'The plan was adopted on 3 March 2021.',
      'Finish it in October.',
      'Finish it by the end of the month.',
      'Finish it before February 30.',
      'It is necessary to do a good job in the change of counties and townships.',
    ]) {
      expect(deadlineIn(text)).toBeUndefined();
    }
  });

  it('takes the first of two deadlines', () => {
    expect(deadlineIn('Survey by June 30 and repair by the end of October.')?.[0]).toBe('2021-06-30');
  });
});

describe('reading a deadline in Chinese', () => {
  it.each([
    ['10月底前完成第一批整改任务', '2021-10-31', '10月底前'],
    ['要在6月30日前完成隐患排查', '2021-06-30', '6月30日前'],
    ['力争年底前新增高新技术企业200家', '2021-12-31', '年底前'],
    ['三季度末前完成年度任务的60%', '2021-09-30', '三季度末前'],
    ['第一季度末完成', '2021-03-31', '第一季度末'],
    ['2022年10月底前全部完成', '2022-10-31', '2022年10月底前'],
    ['十二月底前完成', '2021-12-31', '十二月底前'],
    ['今年年底前完成', '2021-12-31', '今年年底前'],
    ['2022年底前完成', '2022-12-31', '2022年底前'],
    ['明年底前完成', '2022-12-31', '明年底前'],
    ['年内完成改造', '2021-12-31', '年内'],
    ['上半年内完成', '2021-06-30', '上半年内'],
    ['截至9月30日，全部完成', '2021-09-30', '截至9月30日'],
    ['2022年3月15日前报送方案', '2022-03-15', '2022年3月15日前'],
  ])('%s → %s', (text, date, words) => {
    expect(deadlineIn(text)).toEqual([date, words]);
  });

  it('knows how long February is: 二月底前 in 2024', () => {
    expect(deadlineIn('二月底前完成', 2024)?.[0]).toBe('2024-02-29');
  });

  it('reads no deadline in a meeting date, a span of years or a past year', () => {
    for (const text of [
      '4月21日召开会议',
      '三年内完成改造',
      '去年底已完成',
      '开展专项整治三年行动',
      '10月份召开',
    ]) {
      expect(deadlineIn(text)).toBeUndefined();
    }
  });
});

describe("the minutes' own year", () => {
  it.each([
    [
      'the seed meeting: its headline, then "2021-04-22 07:52"',
      'Headline\n2021-04-22 07:52\n\nOn April 21, …',
      2021,
    ],
    ['a date written in Chinese', '市委常委会召开会议\n2021年6月8日 来源：市委办公室', 2021],
    ['a date in Chinese numerals', '二〇二二年三月三日', 2022],
    ['an English date', 'Minutes of the meeting held on April 21, 2021', 2021],
    ['a British date', 'Minutes, 3 March 2022', 2022],
    ['the first of several dates', '2021年4月21日会议，要求2022年6月30日前完成', 2021],
  ])('is read from %s', (_, text, year) => {
    expect(minutesYear(text)).toBe(year);
  });

  it('is not guessed from a date without a year, a plan or a target year', () => {
    for (const text of ['On April 21, the meeting', 'the 14th Five-Year Plan', '2035年远景目标', '']) {
      expect(minutesYear(text)).toBeUndefined();
    }
  });
});
