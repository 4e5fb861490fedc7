import { Module } from '@nestjs/common';
import { TaskQueriesModule } from '../tasks/task-queries.module';
import { UsersModule } from '../users/users.module';
import { DepartmentDeletionController } from './department-deletion.controller';
import { DepartmentDeletion } from './department-deletion.service';
import { DepartmentsModule } from './departments.module';

/** `DELETE /api/departments/:id`: needs tasks/ and users/, which themselves need departments/. */
@Module({
  imports: [DepartmentsModule, UsersModule, TaskQueriesModule],
  controllers: [DepartmentDeletionController],
  providers: [DepartmentDeletion],
})
export class DepartmentDeletionModule {}
