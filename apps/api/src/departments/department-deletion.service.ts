import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { DomainError } from '../common/domain-error';
import { TaskQueries } from '../tasks/task-queries';
import { UserDirectory } from '../users/user-directory';
import { DepartmentsService } from './departments.service';

/**
 * Deleting a department, which must ask tasks/ and users/ whether anything still names it: a department
 * with tasks (as lead or cooperating department) or members is archived instead. A provider of its own
 * module, because users/ depends on departments/ and not the reverse.
 */
@Injectable()
export class DepartmentDeletion {
  constructor(
    private readonly departments: DepartmentsService,
    private readonly tasks: TaskQueries,
    private readonly users: UserDirectory,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async delete(actor: AuthUser, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const department = await this.departments.lockForDeletion(manager, actor, id);
      const taskCount = await this.tasks.countForDepartment(id, manager);
      const memberCount = await this.users.countInDepartment(id, manager);
      if (taskCount > 0 || memberCount > 0) {
        throw new DomainError(
          'department_in_use',
          `"${department.name}" has ${taskCount} task(s) and ${memberCount} member(s): archive it instead`,
          [{ field: 'id', message: inUseReason(taskCount, memberCount) }],
        );
      }
      await this.departments.deleteLocked(manager, actor, department);
    });
  }
}

function inUseReason(taskCount: number, memberCount: number): string {
  const reasons = [taskCount > 0 ? 'has tasks' : null, memberCount > 0 ? 'has members' : null];
  return reasons.filter((reason) => reason !== null).join(' and ');
}
