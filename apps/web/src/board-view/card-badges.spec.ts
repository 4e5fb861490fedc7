import { aTask } from './board-test-factory';
import { cardBadges } from './card-badges';

describe('A card’s supervision badges', () => {
  it('marks a task its lead department has not signed for yet', () => {
    expect(cardBadges(aTask({ leadDepartmentId: 'd-eco' }))).toEqual([{ kind: 'awaitingSignOff' }]);
  });

  it('drops the mark once signed, without a lead department, or once done', () => {
    const signed = aTask({ leadDepartmentId: 'd-eco', acknowledgedAt: '2021-05-02T08:00:00.000Z' });
    expect(cardBadges(signed)).toEqual([]);
    expect(cardBadges(aTask({ leadDepartmentId: null }))).toEqual([]);
    expect(cardBadges(aTask({ leadDepartmentId: 'd-eco', status: 'done' }))).toEqual([]);
  });

  it('counts the returns', () => {
    const returned = aTask({
      leadDepartmentId: 'd-eco',
      acknowledgedAt: '2021-05-02T08:00:00.000Z',
      status: 'in_progress',
      returnCount: 2,
    });
    expect(cardBadges(returned)).toEqual([{ kind: 'returned', count: 2 }]);
  });

  it('drops the returned mark once the task is closed', () => {
    const closed = aTask({
      leadDepartmentId: 'd-eco',
      acknowledgedAt: '2021-05-02T08:00:00.000Z',
      status: 'done',
      returnCount: 1,
    });
    expect(cardBadges(closed)).toEqual([]);
  });

  it('marks a task with a leader instruction awaiting response (批示待回复), and not once it is answered', () => {
    const signed = { leadDepartmentId: 'd-eco', acknowledgedAt: '2021-05-02T08:00:00.000Z' };
    expect(cardBadges(aTask({ ...signed, awaitingInstructionCount: 1 }))).toEqual([
      { kind: 'instructionAwaiting' },
    ]);
    expect(cardBadges(aTask({ ...signed, awaitingInstructionCount: 0 }))).toEqual([]);
    // A task as an event recorded before instructions existed left it: no count, no badge.
    expect(cardBadges(aTask({ ...signed, awaitingInstructionCount: undefined }))).toEqual([]);
  });
});
