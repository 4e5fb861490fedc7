import type { UserView } from '@duban/contracts';
import { aTask } from './board-test-factory';
import { refusedStatuses } from './move-rules';

type Actor = Pick<UserView, 'role' | 'departmentId'>;

const member: Actor = { role: 'member', departmentId: 'd-eco' };
const supervisor: Actor = { role: 'supervisor', departmentId: null };
const SIGNED = '2021-05-02T08:00:00.000Z';

const refused = (actor: Actor, ...overrides: Parameters<typeof aTask>) =>
  [...refusedStatuses(actor, aTask(...overrides)).keys()].sort();

describe('Where a dragged card may not go', () => {
  it('keeps a member’s unsigned task out of work, verification and Done', () => {
    expect(refused(member, { leadDepartmentId: 'd-eco' })).toEqual(['done', 'in_progress', 'in_review']);
  });

  it('lets a member start a signed task but never close it', () => {
    expect(refused(member, { leadDepartmentId: 'd-eco', acknowledgedAt: SIGNED })).toEqual([
      'done',
      'in_review',
    ]);
  });

  it('lets a task with a result go to verification', () => {
    const withResult = { leadDepartmentId: 'd-eco', acknowledgedAt: SIGNED, result: 'Relocated' };
    expect(refused(member, { ...withResult, status: 'in_progress' })).toEqual(['done']);
  });

  it('lets a supervisor close an ordinary task, but a rectification item only through verification', () => {
    expect(refused(supervisor, { leadDepartmentId: 'd-eco' })).toEqual(['in_review']);
    expect(refused(supervisor, { leadDepartmentId: 'd-eco', kind: 'rectification' })).toEqual([
      'done',
      'in_review',
    ]);
  });

  it('says why each column is refused', () => {
    const reasons = refusedStatuses(member, aTask({ leadDepartmentId: 'd-eco' }));
    expect(reasons.get('in_progress')).toBe('signForFirst');
    expect(reasons.get('done')).toBe('verifierOnly');
    expect(reasons.get('in_review')).toBe('resultMissing');
  });

  it('refuses nothing while the user or the card is unknown', () => {
    expect(refusedStatuses(undefined, aTask()).size).toBe(0);
    expect(refusedStatuses(member, undefined).size).toBe(0);
  });
});
