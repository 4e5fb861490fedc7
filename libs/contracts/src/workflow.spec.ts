import {
  acknowledgeRefusal,
  deleteRefusal,
  frozenTaskField,
  isAwaitingSignOff,
  reopenRefusal,
  returnRefusal,
  STATUS_CHANGE_REFUSALS,
  statusChangeRefusal,
  statusChangeRefusalCode,
  submitRefusal,
  verifyRefusal,
  type WorkflowTask,
} from './workflow';

const ecology = { role: 'member' as const, departmentId: 'd-eco' };
const commerce = { role: 'member' as const, departmentId: 'd-com' };
const supervisor = { role: 'supervisor' as const, departmentId: null };
const supervisorInEcology = { role: 'supervisor' as const, departmentId: 'd-eco' };
const leader = { role: 'leader' as const, departmentId: null };

function aTask(overrides: Partial<WorkflowTask> = {}): WorkflowTask {
  return {
    kind: 'task',
    status: 'todo',
    leadDepartmentId: 'd-eco',
    acknowledgedAt: null,
    measures: '',
    result: '',
    ...overrides,
  };
}

describe('the supervision workflow', () => {
  it('lets only the lead department sign for a task, once', () => {
    expect(acknowledgeRefusal(ecology, aTask())).toBeNull();
    expect(acknowledgeRefusal(commerce, aTask())).toMatch(/Only the lead department/);
    expect(acknowledgeRefusal(supervisor, aTask())).toMatch(/Only the lead department/);
    expect(acknowledgeRefusal(ecology, aTask({ acknowledgedAt: '2021-04-22' }))).toMatch(/already signed/);
    expect(acknowledgeRefusal(ecology, aTask({ leadDepartmentId: null }))).toMatch(/no lead department/);
  });

  it('counts a task as awaiting sign-off while assigned, unsigned and open', () => {
    expect(isAwaitingSignOff(aTask())).toBe(true);
    expect(isAwaitingSignOff(aTask({ acknowledgedAt: '2021-04-22' }))).toBe(false);
    expect(isAwaitingSignOff(aTask({ leadDepartmentId: null }))).toBe(false);
    expect(isAwaitingSignOff(aTask({ status: 'done' }))).toBe(false);
  });

  it('starts work only after sign-off, except when a supervisor moves it', () => {
    expect(statusChangeRefusal(ecology, aTask(), 'in_progress')).toMatch(/must sign/);
    expect(statusChangeRefusal(ecology, aTask({ acknowledgedAt: '2021-04-22' }), 'in_progress')).toBeNull();
    expect(statusChangeRefusal(supervisor, aTask(), 'in_progress')).toBeNull();
  });

  it('submits only with a result, and rectification items also with measures', () => {
    const inProgress = aTask({ status: 'in_progress', acknowledgedAt: '2021-04-22' });
    expect(submitRefusal(ecology, inProgress, 'Relocated 12 enterprises')).toBeNull();
    expect(submitRefusal(ecology, inProgress, '  ')).toMatch(/Describe the result/);
    const rectification = { ...inProgress, kind: 'rectification' as const };
    expect(submitRefusal(ecology, rectification, 'Outfalls closed')).toMatch(/rectification measures/);
    expect(
      submitRefusal(ecology, { ...rectification, measures: 'Plug and monitor' }, 'Outfalls closed'),
    ).toBeNull();
    expect(submitRefusal(commerce, inProgress, 'x')).toMatch(/Only the lead department/);
  });

  it('never lets the doer verify: members, leaders and supervisors of the lead department are refused', () => {
    const inReview = aTask({ status: 'in_review' });
    expect(verifyRefusal(supervisor, inReview, '')).toBeNull();
    expect(verifyRefusal(ecology, inReview, 'ok')).toMatch(/Only a supervisor/);
    expect(verifyRefusal(leader, inReview, 'ok')).toMatch(/Only a supervisor/);
    expect(verifyRefusal(supervisorInEcology, inReview, 'ok')).toMatch(/cannot verify its own task/);
  });

  it('closes rectification items only with a verification note', () => {
    const inReview = aTask({ status: 'in_review', kind: 'rectification' });
    expect(verifyRefusal(supervisor, inReview, ' ')).toMatch(/verification note/);
    expect(verifyRefusal(supervisor, inReview, 'Checked on site on 3 June')).toBeNull();
  });

  it('returns only awaiting tasks, with a reason', () => {
    expect(returnRefusal(supervisor, aTask({ status: 'in_review' }), 'Evidence missing')).toBeNull();
    expect(returnRefusal(supervisor, aTask({ status: 'in_review' }), '')).toMatch(/Say why/);
    expect(returnRefusal(supervisor, aTask({ status: 'in_progress' }), 'x')).toMatch(/awaiting verification/);
  });

  it('applies the same rules to a plain move: members never move a task to Done', () => {
    const inReview = aTask({ status: 'in_review', acknowledgedAt: '2021-04-22' });
    expect(statusChangeRefusal(ecology, inReview, 'done')).toMatch(/Only a supervisor/);
    expect(statusChangeRefusal(supervisor, inReview, 'done')).toBeNull();
    expect(statusChangeRefusal(supervisor, { ...inReview, kind: 'rectification' }, 'done')).toMatch(
      /through verification/,
    );
    expect(
      statusChangeRefusal(ecology, aTask({ status: 'in_progress', acknowledgedAt: 'x' }), 'in_review'),
    ).toMatch(/Describe the result/);
    expect(statusChangeRefusal(ecology, aTask({ status: 'done' }), 'in_progress')).toMatch(/reopens/);
    expect(statusChangeRefusal(supervisor, aTask({ status: 'done' }), 'todo')).toMatch(/Reopen/);
  });

  it('names each refused move’s reason with a code the web can word, and the API’s words for it', () => {
    const signed = aTask({ acknowledgedAt: '2021-04-22' });
    expect(statusChangeRefusalCode(ecology, aTask(), 'in_progress')).toBe('signForFirst');
    expect(statusChangeRefusalCode(ecology, signed, 'done')).toBe('verifierOnly');
    expect(statusChangeRefusalCode(supervisorInEcology, signed, 'done')).toBe('notOwnTask');
    expect(statusChangeRefusalCode(supervisor, aTask({ kind: 'rectification' }), 'done')).toBe(
      'rectificationNeedsNote',
    );
    expect(statusChangeRefusalCode(commerce, signed, 'in_review')).toBe('leadDepartmentSubmits');
    expect(statusChangeRefusalCode(ecology, signed, 'in_review')).toBe('resultMissing');
    expect(
      statusChangeRefusalCode(ecology, aTask({ kind: 'rectification', result: 'Done' }), 'in_review'),
    ).toBe('measuresMissing');
    expect(statusChangeRefusalCode(leader, aTask({ status: 'done' }), 'todo')).toBe('supervisorReopens');
    expect(statusChangeRefusalCode(supervisor, aTask({ status: 'done' }), 'todo')).toBe('reopenWithReason');
    expect(statusChangeRefusalCode(supervisor, aTask({ status: 'in_review' }), 'todo')).toBe(
      'returnedByVerifier',
    );
    expect(statusChangeRefusalCode(ecology, signed, 'in_progress')).toBeNull();
    expect(statusChangeRefusal(ecology, aTask(), 'in_progress')).toBe(STATUS_CHANGE_REFUSALS.signForFirst);
  });

  it('leaves Awaiting verification only through verification: no taking a submission back', () => {
    const inReview = aTask({ status: 'in_review', acknowledgedAt: '2021-04-22' });
    expect(statusChangeRefusal(ecology, inReview, 'in_progress')).toMatch(/verifier returns it/);
    expect(statusChangeRefusal(supervisor, inReview, 'todo')).toMatch(/verifier returns it/);
  });

  it('freezes the submission while it awaits verification, and everything once closed', () => {
    const inReview = aTask({ status: 'in_review' });
    expect(frozenTaskField(inReview, ['title', 'labels', 'deadline'])).toBeNull();
    expect(frozenTaskField(inReview, ['title', 'evidenceLinks'])).toEqual({
      field: 'evidenceLinks',
      message: expect.stringMatching(/submission is frozen until it is returned/),
    });
    for (const field of ['progress', 'measures', 'result', 'evidence'] as const) {
      expect(frozenTaskField(inReview, [field])?.field).toBe(field);
    }
    expect(frozenTaskField(aTask({ status: 'done' }), ['labels'])).toEqual({
      field: 'labels',
      message: expect.stringMatching(/read-only; a supervisor can reopen it/),
    });
    expect(frozenTaskField(aTask({ status: 'in_progress' }), ['result', 'progress'])).toBeNull();
    expect(deleteRefusal(aTask({ status: 'done' }))).toMatch(/record of verified work/);
    expect(deleteRefusal(aTask({ status: 'in_review' }))).toBeNull();
  });

  it('lets supervisors reopen a closed task, with a reason', () => {
    const done = aTask({ status: 'done' });
    expect(reopenRefusal(supervisor, done, 'Residents report it is not done')).toBeNull();
    expect(reopenRefusal(supervisorInEcology, done, 'Found a gap')).toBeNull();
    expect(reopenRefusal(ecology, done, 'x')).toMatch(/Only a supervisor/);
    expect(reopenRefusal(leader, done, 'x')).toMatch(/Only a supervisor/);
    expect(reopenRefusal(supervisor, done, '  ')).toMatch(/Say why/);
    expect(reopenRefusal(supervisor, aTask({ status: 'in_review' }), 'x')).toMatch(/Only a closed task/);
  });
});
