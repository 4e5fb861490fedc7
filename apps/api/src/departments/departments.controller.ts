import type { DepartmentView } from '@duban/contracts';
import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { UuidParam } from '../common/uuid-param.decorator';
import { DepartmentsService } from './departments.service';
import { CreateDepartmentDto, UpdateDepartmentDto } from './dto/department.dto';

@ApiTags('departments')
@ApiBearerAuth()
@Controller('departments')
export class DepartmentsController {
  constructor(private readonly departments: DepartmentsService) {}

  @Get()
  @ApiOperation({ summary: 'All departments, by name' })
  list(): Promise<DepartmentView[]> {
    return this.departments.list();
  }

  @Post()
  @ApiOperation({
    summary: 'Create a department',
    description: 'Administrators only (403 otherwise); 409 when the name is taken.',
  })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateDepartmentDto): Promise<DepartmentView> {
    return this.departments.create(user, body);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Rename a department',
    description: 'Administrators only (403 otherwise); 409 when the name is taken.',
  })
  update(
    @CurrentUser() user: AuthUser,
    @UuidParam('id') id: string,
    @Body() body: UpdateDepartmentDto,
  ): Promise<DepartmentView> {
    return this.departments.update(user, id, body);
  }
}
