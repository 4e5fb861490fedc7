import { mentionedUsernames } from './notifications';

describe('@mentions in a comment', () => {
  it('finds each mentioned username once, in order', () => {
    expect(mentionedUsernames('@ndrc and @political-legal, please reply. cc @ndrc')).toEqual([
      'ndrc',
      'political-legal',
    ]);
  });

  it('reads names with dots and underscores, but not the full stop after them', () => {
    expect(mentionedUsernames('Thanks @li.na_2. Next: @wang.')).toEqual(['li.na_2', 'wang']);
  });

  it('works beside Chinese text and Markdown', () => {
    expect(mentionedUsernames('请@ecology尽快反馈（**@housing**）')).toEqual(['ecology', 'housing']);
  });

  it('ignores e-mail addresses, lone @ signs and one-letter names', () => {
    expect(mentionedUsernames('mail ops@example.org or @ or @x')).toEqual([]);
  });
});
