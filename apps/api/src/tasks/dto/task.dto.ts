import { createTaskSchema, deleteTaskQuerySchema, moveTaskSchema, updateTaskSchema } from '@duban/contracts';
import { createZodDto } from 'nestjs-zod';

export class CreateTaskDto extends createZodDto(createTaskSchema) {}
export class UpdateTaskDto extends createZodDto(updateTaskSchema) {}
export class MoveTaskDto extends createZodDto(moveTaskSchema) {}
export class DeleteTaskQueryDto extends createZodDto(deleteTaskQuerySchema) {}
