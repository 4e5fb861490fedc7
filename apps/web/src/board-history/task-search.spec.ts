import { aTask } from '../testing/factories';
import { searchTasks } from './task-search';

describe('searchTasks', () => {
  const titles = [
    'Survey river outfalls',
    'River clean-up plan',
    'Close sand quarries by the river',
    'Green belt',
  ];
  const tasks = titles.map((title) => aTask({ title }));
  const found = (query: string, limit = 10) =>
    searchTasks(tasks, query, limit).tasks.map((task) => task.title);

  it('finds titles containing the words in any case, those starting with them first', () => {
    expect(found('river')).toEqual([
      'River clean-up plan',
      'Close sand quarries by the river',
      'Survey river outfalls',
    ]);
    expect(found('GREEN')).toEqual(['Green belt']);
    expect(found('nothing like it')).toEqual([]);
  });

  it('lists at most the limit, and says when there are more', () => {
    const many = Array.from({ length: 5000 }, (_, index) => aTask({ title: `Task ${index}` }));
    const matches = searchTasks(many, 'task', 20);
    expect(matches.tasks).toHaveLength(20);
    expect(matches.more).toBe(true);
    expect(matches.tasks[0]?.title).toBe('Task 0');
    expect(searchTasks(many, 'task 4999', 20)).toEqual({ tasks: [many[4999]], more: false });
  });

  it('offers every task, by title, before anything is typed', () => {
    expect(found('  ', 2)).toEqual(['Close sand quarries by the river', 'Green belt']);
  });
});
