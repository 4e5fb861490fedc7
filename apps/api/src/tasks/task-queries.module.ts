import { Module } from '@nestjs/common';
import { TaskQueries } from './task-queries';

/**
 * The task table's reads for other domains, in a module of its own: boards/ needs them (counts, snapshot)
 * and tasks/ imports boards/, so TasksModule cannot be the one to provide them.
 */
@Module({
  providers: [TaskQueries],
  exports: [TaskQueries],
})
export class TaskQueriesModule {}
