import type { AuditVerification } from '@duban/contracts';
import { render, screen } from '@testing-library/react';
import i18n from '../i18n/i18n';
import { IntegrityResult } from './IntegrityCheck';

const intact: AuditVerification = {
  ok: true,
  checked: 6,
  headHash: 'a1b2c3',
  files: { checked: 2, mismatched: [] },
};

const alteredFile = {
  id: 'f1',
  name: 'outfall.png',
  recordedSha256: 'aa'.repeat(32),
  storedSha256: 'bb'.repeat(32),
};

describe('IntegrityResult', () => {
  beforeEach(() => i18n.changeLanguage('en'));

  it('says the record is intact and shows its fingerprint', () => {
    render(<IntegrityResult result={intact} />);

    expect(screen.getByText('Intact: all 6 entries checked, none altered or removed.')).toBeTruthy();
    expect(screen.getByTestId('integrity-fingerprint').textContent).toBe('a1b2c3');
    expect(screen.queryByTestId('integrity-files')).toBeNull();
  });

  it('names an evidence file whose bytes were altered, though the chain itself is intact', () => {
    render(
      <IntegrityResult result={{ ...intact, ok: false, files: { checked: 2, mismatched: [alteredFile] } }} />,
    );

    expect(screen.getByTestId('integrity-files').textContent).toBe(
      ' Evidence file altered: “outfall.png” no longer matches the fingerprint recorded when it was added.',
    );
    expect(screen.queryByText(/Tampered with/)).toBeNull();
  });

  it('says where the chain breaks, in Chinese too', async () => {
    await i18n.changeLanguage('zh-CN');
    render(
      <IntegrityResult
        result={{
          ...intact,
          ok: false,
          checked: 1,
          firstBrokenSeq: 2,
          files: { checked: 1, mismatched: [alteredFile] },
        }}
      />,
    );

    expect(screen.getByText('留痕被篡改：第 2 条记录被修改或删除（此前 1 条完好）。')).toBeTruthy();
    expect(screen.getByTestId('integrity-files').textContent).toBe(
      ' 佐证材料被改动：“outfall.png” 与上传时记录的指纹不符。',
    );
  });
});
