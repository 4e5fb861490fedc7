import { decisionSegments } from './decision-segments';

const joined = (text: string, spans: Parameters<typeof decisionSegments>[1]) =>
  decisionSegments(text, spans)
    .map((segment) => segment.text)
    .join('');

describe('decisionSegments: the minutes cut at every decision boundary', () => {
  it('marks one decision between plain runs, and says where it starts and ends', () => {
    const text = 'The meeting heard reports. It is necessary to dredge the canal. Other matters.';
    const start = text.indexOf('It is');
    const end = text.indexOf(' Other');
    const segments = decisionSegments(text, [{ taskId: 't1', start, end }]);
    expect(segments.map((segment) => [segment.text, segment.taskIds])).toEqual([
      ['The meeting heard reports. ', []],
      ['It is necessary to dredge the canal.', ['t1']],
      [' Other matters.', []],
    ]);
    expect(segments[1]).toMatchObject({ startsTaskIds: ['t1'], endsTaskIds: ['t1'] });
  });

  it('splits overlapping decisions into the parts they share and the parts that are their own', () => {
    const text = 'abcdefghij';
    const segments = decisionSegments(text, [
      { taskId: 'a', start: 1, end: 6 },
      { taskId: 'b', start: 4, end: 9 },
    ]);
    expect(segments.map((segment) => [segment.text, segment.taskIds])).toEqual([
      ['a', []],
      ['bcd', ['a']],
      ['ef', ['a', 'b']],
      ['ghi', ['b']],
      ['j', []],
    ]);
    expect(segments.find((segment) => segment.endsTaskIds.includes('a'))?.text).toBe('ef');
    expect(segments.find((segment) => segment.startsTaskIds.includes('b'))?.text).toBe('ef');
  });

  it('keeps adjacent decisions apart, with nothing between them', () => {
    const segments = decisionSegments('一是要A。二是要B。', [
      { taskId: 'one', start: 0, end: 5 },
      { taskId: 'two', start: 5, end: 10 },
    ]);
    expect(segments.map((segment) => [segment.text, segment.taskIds])).toEqual([
      ['一是要A。', ['one']],
      ['二是要B。', ['two']],
    ]);
  });

  it('counts UTF-16 code units as text.slice does: Chinese and an emoji before the decision', () => {
    const text = '会议听取了汇报🙂。会议要求，各区要切实做好防汛工作。';
    const decision = '各区要切实做好防汛工作。';
    const start = text.indexOf(decision);
    const segments = decisionSegments(text, [{ taskId: 't', start, end: start + decision.length }]);
    expect(segments.find((segment) => segment.taskIds.includes('t'))?.text).toBe(decision);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });

  it('never cuts an emoji in half, and clamps spans that run past the text', () => {
    const text = 'ab🙂cd';
    // 3 falls between the two halves of the emoji (code units 2 and 3).
    const segments = decisionSegments(text, [{ taskId: 't', start: 3, end: 99 }]);
    expect(segments.map((segment) => segment.text)).toEqual(['ab', '🙂cd']);
    expect(joined(text, [{ taskId: 'x', start: -5, end: 1 }])).toBe(text);
  });

  it('drops empty and reversed spans, leaving the text as one plain run', () => {
    expect(
      decisionSegments('plain', [
        { taskId: 'e', start: 2, end: 2 },
        { taskId: 'r', start: 4, end: 1 },
      ]),
    ).toEqual([{ start: 0, end: 5, text: 'plain', taskIds: [], startsTaskIds: [], endsTaskIds: [] }]);
  });
});
