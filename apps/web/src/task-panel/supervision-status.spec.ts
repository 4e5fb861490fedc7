import { supervisionFacts } from './supervision-status';
import { aTask } from '../testing/task-factory';

const ASSIGNED = '2021-05-01T08:00:00.000Z';
const SIGNED = '2021-05-02T08:00:00.000Z';

describe('Where a task stands in supervision', () => {
  it('waits for the lead department to sign, from the moment it was assigned', () => {
    expect(supervisionFacts(aTask({ assignedAt: ASSIGNED }))).toEqual([
      { kind: 'awaitingSignOff', departmentId: 'd-ecology', since: ASSIGNED },
    ]);
  });

  it('says a task without a lead department is not assigned yet', () => {
    expect(supervisionFacts(aTask({ leadDepartmentId: null }))).toEqual([{ kind: 'unassigned' }]);
  });

  it('tells who signed, how often it came back and why, and that it awaits verification', () => {
    const task = aTask({
      status: 'in_review',
      acknowledgedAt: SIGNED,
      acknowledgedById: 'u-li',
      returnCount: 2,
      returnReason: 'No evidence attached',
      submittedAt: '2021-06-01T08:00:00.000Z',
    });
    expect(supervisionFacts(task)).toEqual([
      { kind: 'signedFor', byId: 'u-li', at: SIGNED },
      { kind: 'returned', count: 2, reason: 'No evidence attached' },
      { kind: 'awaitingVerification', since: '2021-06-01T08:00:00.000Z' },
    ]);
  });

  it('ends with who verified and closed it, and their note', () => {
    const task = aTask({
      status: 'done',
      acknowledgedAt: SIGNED,
      acknowledgedById: 'u-li',
      verifiedAt: '2021-06-03T08:00:00.000Z',
      verifiedById: 'u-wang',
      verificationNote: 'Checked on site',
    });
    expect(supervisionFacts(task).at(-1)).toEqual({
      kind: 'verified',
      byId: 'u-wang',
      at: '2021-06-03T08:00:00.000Z',
      note: 'Checked on site',
    });
  });

  it('says why a supervisor reopened the closed task', () => {
    const task = aTask({
      status: 'in_progress',
      acknowledgedAt: SIGNED,
      acknowledgedById: 'u-li',
      reopenReason: 'Residents report one site still open',
    });
    expect(supervisionFacts(task)).toEqual([
      { kind: 'signedFor', byId: 'u-li', at: SIGNED },
      { kind: 'reopened', reason: 'Residents report one site still open' },
    ]);
  });

  it('no longer waits for a sign-off once the task is closed', () => {
    expect(supervisionFacts(aTask({ status: 'done', assignedAt: ASSIGNED }))).toEqual([]);
  });
});
