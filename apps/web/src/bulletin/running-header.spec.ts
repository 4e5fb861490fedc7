import { cssString, runningHeaderCss } from './running-header';

describe('the printed running header', () => {
  it('writes any title as one CSS string: quotes, backslashes and line breaks escaped', () => {
    expect(cssString('Spring works')).toBe('"Spring works"');
    expect(cssString('A "quoted" \\ title')).toBe('"A \\"quoted\\" \\\\ title"');
    expect(cssString('two\nlines')).toBe('"two\\A lines"');
    // A title cannot close the string and smuggle in a rule.
    expect(cssString('"; } body { display: none } @page { x: "')).toBe(
      '"\\"; } body { display: none } @page { x: \\""',
    );
  });

  it('puts the header top centre and the page numbers bottom right of an A4 page', () => {
    const css = runningHeaderCss('《春季工程》督办通报 · 2026-03-01 至 2026-03-31', '第');
    expect(css).toContain('size: A4');
    expect(css).toContain('@top-center { content: "《春季工程》督办通报 · 2026-03-01 至 2026-03-31"');
    expect(css).toContain('@bottom-right { content: "第 " counter(page) " / " counter(pages)');
  });
});
