import { daysBetween, taskLight } from './lights';

describe('taskLight', () => {
  const today = '2021-04-21';

  it('is red once the deadline has passed and the task is not done', () => {
    expect(taskLight({ status: 'in_progress', deadline: '2021-04-20' }, today)).toBe('red');
    expect(taskLight({ status: 'done', deadline: '2021-04-20' }, today)).toBe('green');
  });

  it('is yellow from 7 days before the deadline through the deadline day', () => {
    expect(taskLight({ status: 'todo', deadline: '2021-04-21' }, today)).toBe('yellow');
    expect(taskLight({ status: 'todo', deadline: '2021-04-28' }, today)).toBe('yellow');
    expect(taskLight({ status: 'todo', deadline: '2021-04-29' }, today)).toBe('green');
    expect(taskLight({ status: 'todo', deadline: '2021-04-24' }, today, 2)).toBe('green');
  });

  it('has no light without a deadline', () => {
    expect(taskLight({ status: 'todo', deadline: null }, today)).toBe('none');
  });

  it('counts calendar days across month ends', () => {
    expect(daysBetween('2021-04-30', '2021-05-01')).toBe(1);
    expect(daysBetween('2021-05-01', '2021-04-30')).toBe(-1);
  });
});
