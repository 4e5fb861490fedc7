import { render, screen } from '@testing-library/react';
import i18n from '../i18n/i18n';
import { EvidenceLinks } from './EvidenceLinks';

describe('EvidenceLinks', () => {
  beforeEach(() => i18n.changeLanguage('en'));

  it('opens web links in a new tab without a handle on the page, and shows nothing else as a link', () => {
    render(<EvidenceLinks links={['https://example.org/monitoring-may.pdf', 'javascript:alert(1)']} />);
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute('href', 'https://example.org/monitoring-may.pdf');
    expect(links[0]).toHaveAttribute('target', '_blank');
    expect(links[0]).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.queryByText(/javascript/)).toBeNull();
  });

  it('says there are none', () => {
    render(<EvidenceLinks links={[]} />);
    expect(screen.getByText('None')).toBeInTheDocument();
  });
});
