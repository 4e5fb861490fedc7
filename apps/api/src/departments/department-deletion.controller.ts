import { routes } from '@duban/contracts';
import { Controller } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Endpoint } from '../common/endpoint.decorator';
import { UuidParam } from '../common/uuid-param.decorator';
import { DepartmentDeletion } from './department-deletion.service';

@ApiTags('departments')
@Controller()
export class DepartmentDeletionController {
  constructor(private readonly deletion: DepartmentDeletion) {}

  @Endpoint(routes.deleteDepartment, {
    description:
      'Administrators only (403 otherwise). 409 with code `department_in_use` (details name `id`: "has ' +
      'tasks", "has members") while any task has it as lead or cooperating department or any user ' +
      'belongs to it: archive it instead (PATCH with `archived: true`).',
  })
  @ApiResponse({ status: 409, description: 'The department has tasks or members (department_in_use)' })
  delete(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<void> {
    return this.deletion.delete(user, id);
  }
}
