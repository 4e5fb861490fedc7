import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';

type RankingList = 'red' | 'yellow' | 'green';
export type BulletinSection = 'summary' | 'departments' | 'ranking' | 'overdue' | 'closed' | 'instructions';

/** /boards/:boardId/circular: the supervision bulletin (督办通报), a document to print or download. */
export class BulletinPage {
  constructor(readonly page: Page) {}

  /** Opens the bulletin (this month unless from/to are given) and waits for its document. */
  static async open(
    page: Page,
    baseUrl: string,
    boardId: string,
    period: { from?: string; to?: string } = {},
  ): Promise<BulletinPage> {
    const query = new URLSearchParams();
    if (period.from) query.set('from', period.from);
    if (period.to) query.set('to', period.to);
    const search = query.toString();
    await page.goto(`${baseUrl}/boards/${boardId}/circular${search ? `?${search}` : ''}`);
    const bulletin = new BulletinPage(page);
    await bulletin.section('summary').waitFor();
    return bulletin;
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** The period line under the title ("Period: … to …", "通报期间：… 至 …"). */
  period(): Locator {
    return this.page.locator('.bulletin-period');
  }

  section(name: BulletinSection): Locator {
    return this.page.locator(`section[data-section="${name}"]`);
  }

  /** A section's table rows (without the header), each as its cells' texts. */
  async rows(name: BulletinSection): Promise<string[][]> {
    const rows = this.section(name).locator('tbody tr');
    const count = await rows.count();
    const texts: string[][] = [];
    for (let index = 0; index < count; index += 1) {
      texts.push(await rows.nth(index).locator('td').allInnerTexts());
    }
    return texts;
  }

  /** The departments on a ranking list, in order. */
  async ranked(list: RankingList): Promise<string[]> {
    return this.page.locator(`[data-ranking="${list}"] li strong`).allInnerTexts();
  }

  controls(): Locator {
    return this.page.locator('form.bulletin-controls');
  }

  field(name: 'from' | 'to'): Locator {
    return this.controls().getByLabel(name === 'from' ? /^(From|起)$/ : /^(To|止)$/);
  }

  button(name: 'show' | 'thisMonth' | 'print' | 'download'): Locator {
    const names = {
      show: /^(Show|查询)$/,
      thisMonth: /^(This month|本月)$/,
      print: /^(Print|打印)$/,
      download: /^(Download Excel|导出 Excel)$/,
    };
    return this.controls().getByRole('button', { name: names[name] });
  }

  /** Picks a period with the from–to picker and waits for the bulletin of it. */
  async showPeriod(from: string, to: string): Promise<void> {
    await this.field('from').fill(from);
    await this.field('to').fill(to);
    await this.button('show').click();
    await this.page.waitForURL(
      (url) => url.searchParams.get('from') === from && url.searchParams.get('to') === to,
    );
  }

  /** Clicks Download Excel and answers the saved file's name and bytes. */
  async download(): Promise<{ fileName: string; bytes: Buffer }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.button('download').click(),
    ]);
    return { fileName: download.suggestedFilename(), bytes: await readFile(await download.path()) };
  }
}
