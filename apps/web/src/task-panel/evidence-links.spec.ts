import { safeLinks } from './evidence-links';

describe('Evidence links', () => {
  it('keeps web links and drops anything a click could run', () => {
    expect(
      safeLinks([
        'https://example.org/monitoring-may.pdf',
        ' http://example.org/photos ',
        'javascript:alert(1)',
        'JavaScript:alert(1)',
        'data:text/html,<script>alert(1)</script>',
        'example.org/relative',
        '',
      ]),
    ).toEqual(['https://example.org/monitoring-may.pdf', 'http://example.org/photos']);
  });
});
