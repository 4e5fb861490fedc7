import { fireEvent, render, screen } from '@testing-library/react';
import i18n from '../i18n/i18n';
import { ReminderForm } from './ReminderForm';

describe('ReminderForm', () => {
  beforeEach(() => i18n.changeLanguage('en'));

  it('sends the prefilled message, and refuses an empty one', () => {
    const onSend = jest.fn();
    render(
      <ReminderForm
        initialMessage="Please report progress."
        busy={false}
        error={null}
        onSend={onSend}
        onCancel={jest.fn()}
      />,
    );
    const message = screen.getByLabelText('Message to the lead department');
    const send = screen.getByRole('button', { name: 'Send reminder' });
    fireEvent.change(message, { target: { value: '   ' } });
    expect(send).toBeDisabled();
    expect(screen.getByText('Write a message.')).toBeInTheDocument();

    fireEvent.change(message, { target: { value: ' Report by Friday, please. ' } });
    fireEvent.click(send);
    expect(onSend).toHaveBeenCalledWith('Report by Friday, please.');
  });

  it('shows why sending failed', () => {
    render(
      <ReminderForm
        initialMessage="x"
        busy={false}
        error="The task is done"
        onSend={jest.fn()}
        onCancel={jest.fn()}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The task is done');
  });
});
