import { routes, type UserView } from '@duban/contracts';
import { aTask } from '../testing/task-factory';
import { initialText, offeredActions, submitNeedsMeasures, workflowRequest } from './workflow-actions';

type Actor = Pick<UserView, 'role' | 'departmentId'>;

const ecologyMember: Actor = { role: 'member', departmentId: 'd-ecology' };
const industryMember: Actor = { role: 'member', departmentId: 'd-industry' };
const supervisor: Actor = { role: 'supervisor', departmentId: null };
const insideSupervisor: Actor = { role: 'supervisor', departmentId: 'd-ecology' };
const leader: Actor = { role: 'leader', departmentId: null };

const SIGNED = '2021-05-02T08:00:00.000Z';

describe('The supervision actions the panel offers', () => {
  it('offers sign-off to the lead department only, and only until it has signed', () => {
    const assigned = aTask({ status: 'todo', assignedAt: '2021-05-01T08:00:00.000Z' });
    expect(offeredActions(ecologyMember, assigned)).toEqual(['acknowledge']);
    expect(offeredActions(industryMember, assigned)).toEqual([]);
    expect(offeredActions(supervisor, assigned)).toEqual([]);
    expect(offeredActions(ecologyMember, aTask({ acknowledgedAt: SIGNED }))).toEqual([]);
    expect(offeredActions(ecologyMember, aTask({ leadDepartmentId: null }))).toEqual([]);
  });

  it('offers submitting for verification once the work is in progress', () => {
    const working = aTask({ status: 'in_progress', acknowledgedAt: SIGNED });
    expect(offeredActions(ecologyMember, working)).toEqual(['submit']);
    expect(offeredActions(industryMember, working)).toEqual([]);
    expect(offeredActions(leader, working)).toEqual([]);
  });

  it('holds back a rectification item without measures, and says why', () => {
    const rectification = aTask({ kind: 'rectification', status: 'in_progress', acknowledgedAt: SIGNED });
    expect(offeredActions(ecologyMember, rectification)).toEqual([]);
    expect(submitNeedsMeasures(ecologyMember, rectification)).toBe(true);

    const withMeasures = { ...rectification, measures: 'Plug the outfalls' };
    expect(offeredActions(ecologyMember, withMeasures)).toEqual(['submit']);
    expect(submitNeedsMeasures(ecologyMember, withMeasures)).toBe(false);
    expect(submitNeedsMeasures(industryMember, rectification)).toBe(false);
  });

  it('offers verifying and returning to an independent supervisor, never to the doer', () => {
    const submitted = aTask({ status: 'in_review', acknowledgedAt: SIGNED, result: 'Relocated' });
    expect(offeredActions(supervisor, submitted)).toEqual(['verify', 'return']);
    expect(offeredActions(insideSupervisor, submitted)).toEqual([]);
    expect(offeredActions(ecologyMember, submitted)).toEqual([]);
    expect(offeredActions(leader, submitted)).toEqual([]);
  });

  it('offers nothing before the user is known', () => {
    expect(offeredActions(undefined, aTask())).toEqual([]);
  });

  it('offers reopening a closed task to supervisors only, whichever department they are in', () => {
    const closed = aTask({ status: 'done', acknowledgedAt: SIGNED });
    expect(offeredActions(supervisor, closed)).toEqual(['reopen']);
    expect(offeredActions(insideSupervisor, closed)).toEqual(['reopen']);
    expect(offeredActions(ecologyMember, closed)).toEqual([]);
    expect(offeredActions(leader, closed)).toEqual([]);
  });
});

describe('The supervision requests', () => {
  const task = aTask({ id: 't/1', version: 4, result: 'Relocated 12 enterprises' });

  it('sends the version the user saw and the text under the name the API expects', () => {
    expect(workflowRequest('acknowledge', task, '')).toEqual({
      route: routes.acknowledgeTask,
      params: { taskId: 't/1' },
      body: { version: 4 },
    });
    expect(workflowRequest('submit', task, 'Done').body).toEqual({ result: 'Done', version: 4 });
    expect(workflowRequest('verify', task, 'Checked').body).toEqual({ note: 'Checked', version: 4 });
    expect(workflowRequest('return', task, 'No evidence').body).toEqual({
      reason: 'No evidence',
      version: 4,
    });
    expect(workflowRequest('reopen', task, 'One site still open')).toEqual({
      route: routes.reopenTask,
      params: { taskId: 't/1' },
      body: { reason: 'One site still open', version: 4 },
    });
  });

  it('proposes the recorded result when submitting, and nothing for a note or a reason', () => {
    expect(initialText('submit', task)).toBe('Relocated 12 enterprises');
    expect(initialText('verify', task)).toBe('');
    expect(initialText('return', task)).toBe('');
  });
});
