import { routes, type DepartmentView } from '@duban/contracts';
import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Endpoint } from '../common/endpoint.decorator';
import { UuidParam } from '../common/uuid-param.decorator';
import { DepartmentsService } from './departments.service';
import { CreateDepartmentDto, UpdateDepartmentDto } from './dto/department.dto';

@ApiTags('departments')
@Controller()
export class DepartmentsController {
  constructor(private readonly departments: DepartmentsService) {}

  @Endpoint(routes.listDepartments)
  list(): Promise<DepartmentView[]> {
    return this.departments.list();
  }

  @Endpoint(routes.createDepartment, {
    description: 'Administrators only (403 otherwise); 409 when the name is taken.',
  })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateDepartmentDto): Promise<DepartmentView> {
    return this.departments.create(user, body);
  }

  @Endpoint(routes.updateDepartment, {
    description:
      'Administrators only (403 otherwise); 409 when the name is taken. `archived: true` archives it: it ' +
      'stays on the tasks and users that have it but cannot be given to anything new; `archived: false` ' +
      'restores it.',
  })
  update(
    @CurrentUser() user: AuthUser,
    @UuidParam('id') id: string,
    @Body() body: UpdateDepartmentDto,
  ): Promise<DepartmentView> {
    return this.departments.update(user, id, body);
  }
}
