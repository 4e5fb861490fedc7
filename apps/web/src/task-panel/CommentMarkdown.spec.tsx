import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { CommentMarkdown, type MentionDirectory, type MentionedPerson } from './CommentMarkdown';

const people: MentionedPerson[] = [
  { username: 'wang.fang', displayName: 'Wang Fang', departmentName: 'Ecology and Environment Bureau' },
  { username: 'li', displayName: 'Li Na', departmentName: '' },
];
const directory: MentionDirectory = {
  boardId: 'board-7',
  person: (username) => people.find((person) => person.username === username),
};

function renderWithMentions(body: string) {
  return render(
    <MemoryRouter>
      <CommentMarkdown body={body} mentions={directory} />
    </MemoryRouter>,
  );
}

describe('CommentMarkdown', () => {
  it('renders Markdown formatting and safe links that open in a new tab', () => {
    const { container, getByRole } = render(
      <CommentMarkdown body={'**Done** on time, see [the report](https://example.org/report)'} />,
    );
    expect(container.querySelector('strong')).toHaveTextContent('Done');
    const link = getByRole('link', { name: 'the report' });
    expect(link).toHaveAttribute('href', 'https://example.org/report');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAttribute('target', '_blank');
  });

  it('never turns raw HTML into elements', () => {
    const { container } = render(
      <CommentMarkdown body={'<img src=x onerror="window.__xss=1"> <script>alert(1)</script>'} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect((window as { __xss?: number }).__xss).toBeUndefined();
  });

  it('leaves javascript: links inert, as plain text', () => {
    const { container, queryByRole, getByText } = render(
      <CommentMarkdown body={'[click](javascript:window.__xss=2) and ![pic](javascript:alert(1))'} />,
    );
    expect(queryByRole('link')).toBeNull();
    expect(getByText('click').tagName).toBe('SPAN');
    expect(container.innerHTML).not.toContain('javascript:');
  });

  it('shows an @mention of a known user as their name, linked to the board filtered to them', () => {
    const { getByRole } = renderWithMentions('Please reply, @wang.fang. **Thanks @li**');
    const wang = getByRole('link', { name: '@Wang Fang' });
    expect(wang).toHaveAttribute('href', '/boards/board-7?q=Wang%20Fang');
    expect(wang).toHaveAttribute('title', '@wang.fang · Ecology and Environment Bureau');
    expect(wang).not.toHaveAttribute('target');
    expect(wang.closest('p')).toHaveTextContent('Please reply, @Wang Fang. Thanks @Li Na');
    expect(getByRole('link', { name: '@Li Na' })).toHaveAttribute('title', '@li');
  });

  it('leaves unknown names, e-mail addresses, code and link text as they were written', () => {
    const { container, queryAllByTestId, getByRole } = renderWithMentions(
      'cc @nobody and ops@wang.fang `@wang.fang` [@wang.fang](https://example.org)',
    );
    expect(queryAllByTestId('mention')).toHaveLength(0);
    expect(container.querySelector('p')).toHaveTextContent(
      'cc @nobody and ops@wang.fang @wang.fang @wang.fang',
    );
    expect(getByRole('link', { name: '@wang.fang' })).toHaveAttribute('href', 'https://example.org');
  });

  it('keeps mentions inert text when nobody is known yet, and HTML that imitates one inert too', () => {
    const { container, queryByRole } = render(
      <CommentMarkdown body={'@wang.fang <span data-mention="wang.fang">x</span>'} />,
    );
    expect(queryByRole('link')).toBeNull();
    expect(container.querySelector('[data-mention]')).toBeNull();
    expect(container).toHaveTextContent('@wang.fang');
  });
});
