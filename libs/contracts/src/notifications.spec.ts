import { findMentions, mentionedUsernames } from './notifications';

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

  it('tells where each mention stands, so the browser marks exactly what the server notifies', () => {
    const text = 'Thanks @li.na. cc ops@example.org and @wang, @li.na';
    const spans = findMentions(text);
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual(['@li.na', '@wang', '@li.na']);
    expect(spans.map((span) => span.username)).toEqual(['li.na', 'wang', 'li.na']);
  });
});
