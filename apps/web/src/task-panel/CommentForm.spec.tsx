import type { UserView } from '@duban/contracts';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TestProviders } from '../testing/TestProviders';
import { CommentForm } from './CommentForm';

const wang: UserView = {
  id: 'user-wang',
  username: 'wang.fang',
  displayName: 'Wang Fang',
  role: 'member',
  departmentId: null,
  active: true,
};

function renderForm(users: UserView[] = [wang]) {
  const onSubmit = jest.fn(() => Promise.resolve());
  render(
    <TestProviders users={users}>
      <CommentForm label="New comment" submitLabel="Post" pending={false} onSubmit={onSubmit} />
    </TestProviders>,
  );
  return { onSubmit, box: screen.getByLabelText('New comment') };
}

/** Pretends the device has (or lacks) a mouse and keyboard, as the `(hover: hover) and (pointer: fine)` query tells. */
function withPointer(fine: boolean) {
  window.matchMedia = (query: string) =>
    ({
      matches: fine && query.includes('pointer: fine'),
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }) as unknown as MediaQueryList;
}

describe('CommentForm', () => {
  afterEach(() => {
    delete (window as Partial<Window>).matchMedia;
  });

  it('says Ctrl+Enter posts where there is a physical keyboard, and posts on it', async () => {
    withPointer(true);
    const { box, onSubmit } = renderForm();
    expect(box).toHaveAttribute('placeholder', expect.stringContaining('Ctrl+Enter to post.'));
    await userEvent.type(box, 'Done{Control>}{Enter}{/Control}');
    expect(onSubmit).toHaveBeenCalledWith('Done');
  });

  it('does not mention Ctrl+Enter on a phone', () => {
    withPointer(false);
    const { box } = renderForm();
    expect(box.getAttribute('placeholder')).toBe('Write a comment (Markdown); @username notifies a person.');
  });

  it('tells the author while they write that an @name is nobody and will not be notified', async () => {
    const { box } = renderForm();
    await userEvent.type(box, 'Please reply @wang.fang and @nobody.');
    const hint = screen.getByTestId('unknown-mentions');
    expect(hint).toHaveTextContent('No user named @nobody — they will not be notified.');
    expect(box).toHaveAccessibleDescription('No user named @nobody — they will not be notified.');

    await userEvent.type(box, ' cc @ghost');
    expect(hint).toHaveTextContent('No users named @nobody, @ghost — they will not be notified.');

    await userEvent.clear(box);
    await userEvent.type(box, 'Thanks @wang.fang');
    expect(screen.queryByTestId('unknown-mentions')).toBeNull();
  });

  it('calls nobody unknown before the user directory has loaded', async () => {
    const { box } = renderForm([]);
    await userEvent.type(box, '@nobody');
    expect(screen.queryByTestId('unknown-mentions')).toBeNull();
  });
});
