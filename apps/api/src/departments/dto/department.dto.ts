import { createDepartmentSchema, updateDepartmentSchema } from '@duban/contracts';
import { createZodDto } from 'nestjs-zod';

export class CreateDepartmentDto extends createZodDto(createDepartmentSchema) {}
export class UpdateDepartmentDto extends createZodDto(updateDepartmentSchema) {}
