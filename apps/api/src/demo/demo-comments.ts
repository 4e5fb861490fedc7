import type { DemoUsername } from './demo-data';
import type { Wording } from './demo-wording';

export interface DemoComment {
  /** The key of a task in DEMO_TASKS. */
  task: string;
  author: DemoUsername;
  body: Wording;
  /** A leader's instruction (领导批示). */
  kind?: 'instruction';
  /** The index in DEMO_COMMENTS of the (earlier) comment this one replies to. */
  replyTo?: number;
}

/** In the order they were written; each becomes a comment.created event after the task events. */
export const DEMO_COMMENTS: readonly DemoComment[] = [
  {
    task: 'opening-up',
    author: 'supervisor',
    body: {
      en:
        '**Reminder**: this item is past its deadline. Commerce Bureau, please send the progress so far and ' +
        'the next steps by this Friday.',
      zh: '**催办**：本事项已超过办理时限，请市商务局于本周五前报送进展情况和下一步工作安排。',
    },
  },
  {
    task: 'opening-up',
    author: 'commerce',
    body: {
      en:
        'Progress so far:\n\n' +
        '- draft list of 12 policy requests sent to the Development and Reform Commission for review\n' +
        '- two meetings held with the free trade zone administration\n\n' +
        'We expect to submit the final list next week.',
      zh:
        '目前进展：\n\n' +
        '- 12项政策诉求清单初稿已报市发展改革委审核\n' +
        '- 已与自贸片区管委会召开两次对接会\n\n' +
        '预计下周报送正式清单。',
    },
  },
  {
    task: 'industrial-chain',
    author: 'leader',
    kind: 'instruction',
    body: {
      en: 'Please report the low-carbon targets for each chain separately, not only the overall figure.',
      zh: '请按产业链分别报送低碳目标，不要只报总体数字。',
    },
  },
  {
    task: 'industrial-chain',
    author: 'industry',
    replyTo: 2,
    body: {
      en:
        'Received. The targets of the five chains will be reported one by one with the next monthly ' +
        'progress report.',
      zh: '收到。五条产业链的低碳目标将随下月进展报告逐链报送。',
    },
  },
  {
    task: 'political-legal',
    author: 'leader',
    kind: 'instruction',
    body: {
      en:
        'Link the education and rectification with solving the most pressing problems residents face, ' +
        'and report progress once a month.',
      zh: '要把教育整顿与解决群众急难愁盼问题结合起来，每月报送一次进展。',
    },
  },
  {
    task: 'sewage-outfalls',
    author: 'ecology',
    body: {
      en:
        'Submitted for verification. Evidence attached to the report:\n\n' +
        '1. water quality monitoring results for the last three months\n' +
        '2. photos of each outfall before and after closure\n' +
        '3. the updated outfall register',
      zh:
        '已申请销号，佐证材料随进展反馈一并报送：\n\n' +
        '1. 近三个月水质监测结果\n' +
        '2. 各排污口封堵前后对比照片\n' +
        '3. 更新后的入海排污口台账',
    },
  },
  {
    task: 'sewage-outfalls',
    author: 'supervisor',
    body: {
      en: 'Thanks. We will check the sites on the spot next week before closing this item.',
      zh: '收到。下周我们将赴现场逐一核查，核查合格后予以销号。',
    },
  },
  {
    task: 'leadership-change',
    author: 'organization',
    body: {
      en:
        'The county and township leadership change is complete; a special report on the supervision of ' +
        'conduct during the change has been written.',
      zh: '县乡换届工作已全部完成，换届风气监督情况已形成专题报告。',
    },
  },
  {
    task: 'commercialisation',
    author: 'science',
    body: {
      en:
        'Waiting for the universities to confirm their lists of results ready for transfer; ' +
        'we will start as soon as they arrive.',
      zh: '正在等待各高校确认可转化成果清单，收到后立即启动对接。',
    },
  },
];

/** The demo's instructions on a task that no later comment answers (replies to them come from its lead). */
export function demoInstructionsAwaiting(task: string): number {
  return DEMO_COMMENTS.filter(
    (comment, index) =>
      comment.task === task &&
      comment.kind === 'instruction' &&
      !DEMO_COMMENTS.some((reply) => reply.replyTo === index),
  ).length;
}
