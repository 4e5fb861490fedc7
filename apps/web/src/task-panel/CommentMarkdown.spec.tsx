import { render } from '@testing-library/react';
import { CommentMarkdown } from './CommentMarkdown';

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
});
