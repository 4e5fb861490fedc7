import type { DemoUsername } from './demo-data';

export interface DemoComment {
  /** The key of a task in DEMO_TASKS. */
  task: string;
  author: DemoUsername;
  body: string;
}

/** In the order they were written; each becomes a comment.created event after the task events. */
export const DEMO_COMMENTS: readonly DemoComment[] = [
  {
    task: 'opening-up',
    author: 'supervisor',
    body: '**催办**：本事项已超过办理时限，请商务局于本周五前报送进展情况和下一步工作安排。',
  },
  {
    task: 'opening-up',
    author: 'commerce',
    body:
      'Progress so far:\n\n' +
      '- draft list of 12 policy requests sent to the Development and Reform Commission for review\n' +
      '- two meetings held with the free trade zone administration\n\n' +
      'We expect to submit the final list next week.',
  },
  {
    task: 'industrial-chain',
    author: 'leader',
    body: 'Please report the low-carbon targets for each chain separately, not only the overall figure.',
  },
  {
    task: 'political-legal',
    author: 'leader',
    body: '**领导批示**：要把教育整顿与解决群众急难愁盼问题结合起来，每月报送一次进展。',
  },
  {
    task: 'sewage-outfalls',
    author: 'ecology',
    body:
      'Submitted for verification. Evidence attached to the report:\n\n' +
      '1. water quality monitoring results for the last three months\n' +
      '2. photos of each outfall before and after closure\n' +
      '3. the updated outfall register',
  },
  {
    task: 'sewage-outfalls',
    author: 'supervisor',
    body: 'Thanks. We will check the sites on the spot next week before closing this item.',
  },
  {
    task: 'leadership-change',
    author: 'organization',
    body: '县乡换届工作已全部完成，换届风气监督情况已形成专题报告。',
  },
  {
    task: 'commercialisation',
    author: 'science',
    body:
      'Waiting for the universities to confirm their lists of results ready for transfer; ' +
      'we will start as soon as they arrive.',
  },
];
