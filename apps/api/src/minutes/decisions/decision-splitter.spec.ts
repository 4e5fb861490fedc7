import type { MinutesPreview } from '@duban/contracts';
import { minutesYear, previewMinutes } from './index';

const NO_DEPARTMENTS = { year: 2021, departments: [] };

function preview(text: string, year = 2021): MinutesPreview {
  return previewMinutes(text, { ...NO_DEPARTMENTS, year });
}

/** Each draft as "title | description", the way a reader checks them. */
function drafts(text: string, year = 2021): string[] {
  return preview(text, year).drafts.map((draft) => `${draft.title} | ${draft.description}`);
}

describe('splitting English minutes into decisions', () => {
  it('gives one draft per "It is necessary to" sentence, titled by its verb phrase', () => {
    expect(
      drafts(
        'The meeting heard a report on the economy. It is necessary to expand opening up. ' +
          'It is necessary to build research platforms, attract talent and reward invention.',
      ),
    ).toEqual([
      'Expand opening up | It is necessary to expand opening up.',
      // Longer than 60 characters: cut at the first clause.
      'Build research platforms | It is necessary to build research platforms, attract talent and reward invention.',
    ]);
  });

  it('reads "Efforts should be made to", "The meeting required … to" and "… must …", each without its cue', () => {
    expect(
      preview(
        'Efforts should be made to cut emissions from ports. ' +
          'The meeting required all districts to finish the rectification by the end of October. ' +
          'The Housing Bureau must survey old gas pipes.',
      ).drafts.map((draft) => [draft.title, draft.deadline]),
    ).toEqual([
      ['Cut emissions from ports', undefined],
      ['Finish the rectification', '2021-10-31'],
      ['Survey old gas pipes', undefined],
    ]);
  });

  it('reads "The meeting agreed … and asked X to …" and "It was decided that …"', () => {
    expect(
      preview(
        'The meeting agreed in principle with the Plan for Urban Renewal and asked the Housing Bureau to ' +
          'revise it by the end of May. It was decided that the districts will share the cost.',
      ).drafts.map((draft) => [draft.title, draft.deadline]),
    ).toEqual([
      ['Revise it', '2021-05-31'],
      ['The districts will share the cost', undefined],
    ]);
  });

  it('reads an instruction without a cue, and "The meeting stressed that X be done", but not a headline', () => {
    expect(
      drafts(
        [
          'Strengthen Flood Control and Relocate the Chemical Enterprises',
          'Relocate the 12 chemical enterprises along the river by the end of October.',
          'The meeting stressed that rural roads be repaired in the 30 poorest villages.',
          'It was noted that the bridge would be finished in May.',
          'The meeting emphasized that the plan will be revised.',
        ].join('\n'),
      ),
    ).toEqual([
      'Relocate the 12 chemical enterprises along the river | ' +
        'Relocate the 12 chemical enterprises along the river by the end of October.',
      'Rural roads be repaired in the 30 poorest villages | ' +
        'The meeting stressed that rural roads be repaired in the 30 poorest villages.',
    ]);
  });

  it('cuts a sentence that decides two things at the semicolon before the second', () => {
    expect(drafts('It is necessary to plant trees; it is necessary to clean the rivers.')).toEqual([
      'Plant trees | It is necessary to plant trees',
      'Clean the rivers | it is necessary to clean the rivers.',
    ]);
  });

  it('finds nothing in background, reports heard, judgements and boilerplate', () => {
    expect(
      preview(
        'On March 3, the standing committee held a meeting. It was noted that the economy grew steadily. ' +
          'The meeting emphasized that reform is a strategic choice. The meeting heard the report on safety. ' +
          'The meeting also studied other matters.',
      ),
    ).toEqual({ drafts: [], reason: 'no_decisions' });
  });

  it('takes a decision "The meeting emphasized that … should …" and drops a long cue-less lead-in', () => {
    expect(drafts('The meeting emphasized that all departments should report monthly.')).toEqual([
      'Report monthly | The meeting emphasized that all departments should report monthly.',
    ]);
  });

  it('joins a sentence that only goes on about the decision before it', () => {
    expect(
      preview('It is necessary to dredge the reservoir. This work must be finished before June 30.').drafts,
    ).toMatchObject([
      {
        title: 'Dredge the reservoir',
        description: 'It is necessary to dredge the reservoir. This work must be finished before June 30.',
        deadline: '2021-06-30',
      },
    ]);
  });

  it('titles a decision that names only its deadline, or starts oddly, with its own words', () => {
    expect(drafts('All reports must be in by June 30.').map((draft) => draft.split(' | ')[0])).toEqual([
      'All reports must be in',
    ]);
    expect(preview('Everyone must … by the end of May.').drafts.map((draft) => draft.title)).toEqual([
      '… by the end of May',
    ]);
    const [long] = preview(`It is necessary to ${'build '.repeat(100)}homes.`).drafts;
    expect(long?.title.length).toBeLessThanOrEqual(200);
    expect(long?.title).toMatch(/^Build build .*build$/);
  });

  it('cuts a long title at its first clause, and a still long one before a preposition', () => {
    const [title] = preview(
      'It is necessary to conscientiously implement the requirements of the meeting on promoting the key ' +
        'tasks of grass-roots party building in the whole country and the whole province, and help them.',
    ).drafts.map((draft) => draft.title);
    expect(title).toBe('Conscientiously implement the requirements of the meeting');
  });
});

const NUMBERED_MINUTES = [
  'Minutes of the Municipal Environment Committee, 3 March 2022',
  '',
  'The committee heard the report of the Ecology Bureau on air quality in 2021.',
  'The meeting decided the following:',
  '1. Strengthen the monitoring of industrial emissions, and publish the results every month.',
  '2. Complete the rectification of the problems found by the inspection by 30 June.',
  '3. The Housing Bureau must finish the gas pipeline survey before September 30.',
  'The meeting required that the Commerce Bureau: (a) draw up a plan to attract foreign investment; ' +
    '(b) report on exports by the end of the third quarter.',
  '',
  'The meeting also studied other matters.',
].join('\n');

describe('numbered and lettered items in English', () => {
  it('gives one draft per item, with its deadline in the year the minutes are dated', () => {
    expect(minutesYear(NUMBERED_MINUTES)).toBe(2022);
    const found = preview(NUMBERED_MINUTES, 2022).drafts;
    expect(found.map((draft) => [draft.title, draft.deadline])).toEqual([
      ['Strengthen the monitoring of industrial emissions', undefined],
      ['Complete the rectification of the problems found by the inspection', '2022-06-30'],
      ['Finish the gas pipeline survey', '2022-09-30'],
      ['Draw up a plan to attract foreign investment', undefined],
      ['Report on exports', '2022-09-30'],
    ]);
    // The span is the item without its number or letter and without the separator before the next item.
    expect(found.map((draft) => NUMBERED_MINUTES.slice(draft.sourceStart, draft.sourceEnd))).toEqual([
      'Strengthen the monitoring of industrial emissions, and publish the results every month.',
      'Complete the rectification of the problems found by the inspection by 30 June.',
      'The Housing Bureau must finish the gas pipeline survey before September 30.',
      'draw up a plan to attract foreign investment',
      'report on exports by the end of the third quarter.',
    ]);
  });

  it('finds nothing in a shopping list, numbered or not', () => {
    expect(
      preview('Shopping list:\n1. Milk\n2. Two dozen eggs\n3. Bread\n- apples\n- Buy some rice'),
    ).toEqual({
      drafts: [],
      reason: 'no_decisions',
    });
  });

  it('reads a hard-wrapped sentence as one', () => {
    expect(
      drafts('It is necessary to dredge the reservoir\nbefore the flood season, and repair the dams.'),
    ).toEqual([
      'Dredge the reservoir before the flood season | ' +
        'It is necessary to dredge the reservoir\nbefore the flood season, and repair the dams.',
    ]);
  });
});

describe('splitting Chinese minutes into decisions', () => {
  it('reads 会议要求/强调 with 要 or 必须, and takes the verb phrase after the subject as the title', () => {
    expect(
      drafts('会议要求，各地各部门要加快推进老旧小区改造，改善居住条件。会议强调，必须严守耕地保护红线。'),
    ).toEqual([
      '加快推进老旧小区改造 | 会议要求，各地各部门要加快推进老旧小区改造，改善居住条件。',
      '严守耕地保护红线 | 会议强调，必须严守耕地保护红线。',
    ]);
  });

  it('takes a sentence that starts with 加快, 切实 or 确保 as a decision', () => {
    expect(drafts('加快建设重大科研平台。切实为基层减负。确保换届风清气正。')).toEqual([
      '加快建设重大科研平台 | 加快建设重大科研平台。',
      '切实为基层减负 | 切实为基层减负。',
      '确保换届风清气正 | 确保换届风清气正。',
    ]);
  });

  it('cuts at each ；要 and ；必须, and gives one draft per item of 一是……二是……三是……', () => {
    expect(drafts('会议强调，要加快A项工作；要推进B项改革；必须确保C项安全。')).toEqual([
      '加快A项工作 | 会议强调，要加快A项工作',
      '推进B项改革 | 要推进B项改革',
      '确保C项安全 | 必须确保C项安全。',
    ]);
    expect(
      drafts('会议强调，要重点抓好三项工作：一是加快产业升级；二是推进科技创新；三是优化营商环境。'),
    ).toEqual([
      '加快产业升级 | 加快产业升级',
      '推进科技创新 | 推进科技创新',
      '优化营商环境 | 优化营商环境。',
    ]);
  });

  it('takes 一是……二是…… after 会议要求 even when an item starts with no verb, and reads on after the last', () => {
    expect(
      drafts('会议要求，一是产业链再造方面，抓好项目落地；二是招商引资方面，抓好签约。要切实为基层减负。'),
    ).toEqual([
      '产业链再造方面 | 产业链再造方面，抓好项目落地',
      '招商引资方面 | 招商引资方面，抓好签约。',
      '切实为基层减负 | 要切实为基层减负。',
    ]);
  });

  it('reads lists numbered （一）（二） and 第一，第二， inside a paragraph', () => {
    expect(drafts('会议要求：（一）各区县要在6月15日前完成隐患排查；（二）加强汛期值班值守。')).toEqual([
      '完成隐患排查 | 各区县要在6月15日前完成隐患排查',
      '加强汛期值班值守 | 加强汛期值班值守。',
    ]);
    expect(drafts('会议强调，第一，要加快项目建设；第二，要守住安全底线。')).toEqual([
      '加快项目建设 | 要加快项目建设',
      '守住安全底线 | 要守住安全底线。',
    ]);
  });

  it('reads Chinese wrapped at a fixed width (pasted from a PDF) as whole sentences, but keeps headings apart', () => {
    expect(
      drafts(
        '一、关于防汛工作\n会议要求，各区县要在6月15日前完成水库、堤防隐患排查，及时\n消除安全隐患，确保安全度汛。\n' +
          '（一）加强汛期值班值守，严格落实领导带班制度和24小时值班\n制度。\n（二）关于预警发布\n\n' +
          '市委常委会召开会议研究部署防汛和城市更新等工作\n\n加快推进城市更新。',
      ),
    ).toEqual([
      '完成水库、堤防隐患排查 | 会议要求，各区县要在6月15日前完成水库、堤防隐患排查，及时\n消除安全隐患，确保安全度汛。',
      '加强汛期值班值守 | 加强汛期值班值守，严格落实领导带班制度和24小时值班\n制度。',
      '加快推进城市更新 | 加快推进城市更新。',
    ]);
  });

  it('keeps a page break (form feed) out of every draft: it ends a paragraph', () => {
    expect(drafts('会议要求，各区县要完成水库、堤防隐患排查，及时消除\f安全隐患。')).toEqual([
      '完成水库、堤防隐患排查 | 会议要求，各区县要完成水库、堤防隐患排查，及时消除',
    ]);
  });

  it('reads several numbered lists in one paragraph, each after its own 会议要求 or 会议强调', () => {
    expect(
      drafts('会议要求，一是加快A项工作；二是推进B项改革。会议强调，一是确保C项安全；二是做好D项服务。'),
    ).toEqual([
      '加快A项工作 | 加快A项工作',
      '推进B项改革 | 推进B项改革。',
      '确保C项安全 | 确保C项安全',
      '做好D项服务 | 做好D项服务。',
    ]);
  });

  it('gives one draft per numbered item （一）, and none for a heading 关于……', () => {
    expect(
      drafts(
        '（一）加快产业链再造和价值链提升。要做好结构调整“三篇大文章”。\n' +
          '（二）关于科技创新\n' +
          '会议强调，要加快建设重大科研平台。',
      ),
    ).toEqual([
      '加快产业链再造和价值链提升 | 加快产业链再造和价值链提升。要做好结构调整“三篇大文章”。',
      '加快建设重大科研平台 | 会议强调，要加快建设重大科研平台。',
    ]);
  });

  it('finds nothing in 会议指出/认为 judgements, reports heard, 重要/主要/要求/纪要, or 会议还研究了其他事项', () => {
    expect(
      preview(
        '6月7日，市委召开常委会会议。会议听取了全市经济运行情况汇报。会议指出，这项工作意义重大，是重要的政治任务。' +
          '会议认为，主要指标好于预期，达到了省委要求。根据会议纪要，概要如下。会议还研究了其他事项。',
      ),
    ).toEqual({ drafts: [], reason: 'no_decisions' });
  });
});

describe('text with nothing to decide', () => {
  it('says the text is empty when it is, or is only white space', () => {
    expect(preview('')).toEqual({ drafts: [], reason: 'empty' });
    expect(preview(' \n\t\u3000\r\n ')).toEqual({ drafts: [], reason: 'empty' });
  });

  it('finds no decisions in random letters, symbols or binary-looking text', () => {
    for (const garbage of [
      'asdkjh qweoiu zxcmnb lkjpoi mnbvcx qwerty',
      '%$#@!&*()_+=-{}[]|\\:;"<>?,./~` 0123456789',
      binaryLooking(5000),
      '\u0000\u0001\u0002\u0003\ufffd\ufffd\u007f\u0080\u0081',
    ]) {
      expect(preview(garbage)).toEqual({ drafts: [], reason: 'no_decisions' });
    }
  });

  it('gets through 60,000 characters of one letter, of binary-looking text or of 2,500 lists', () => {
    const lists = '会议要求，一是加快产业升级；二是推进科技创新。'.repeat(2_500);
    for (const huge of ['a'.repeat(60_000), binaryLooking(60_000), 'must '.repeat(12_000), lists]) {
      const result = preview(huge);
      expect(result.drafts.length).toBeLessThanOrEqual(huge === lists ? 5_000 : 1);
    }
    expect(preview(lists).drafts).toHaveLength(5_000);
    // A decision longer than a task's description may be is cut to it, at a clause end.
    const [long] = preview('must '.repeat(12_000)).drafts;
    expect(long?.description.length).toBeLessThanOrEqual(10_000);
    const [clauses] = preview(`It is necessary to ${'plant trees, '.repeat(1_000)}and rest.`).drafts;
    expect(clauses?.description).toMatch(/^It is necessary to plant trees, .*plant trees,$/);
    expect(clauses?.description.length).toBeLessThanOrEqual(10_000);
    expect(preview(`${'word '.repeat(3_000)}must do it.`)).toEqual({ drafts: [], reason: 'no_decisions' });
    expect(preview('a'.repeat(60_000))).toEqual({ drafts: [], reason: 'no_decisions' });
    expect(preview(binaryLooking(60_000))).toEqual({ drafts: [], reason: 'no_decisions' });
  });
});

// How fast: `npm run bench` (minutes preview against sentence segmentation alone of the same text).

/** Characters of every kind, as a binary file pasted as text shows them (a fixed sequence, not random). */
function binaryLooking(length: number): string {
  let seed = 12345;
  let text = '';
  while (text.length < length) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    text += String.fromCharCode(seed % 0x2000);
  }
  return text;
}
