import {
  acknowledgeTaskSchema,
  createTaskSchema,
  deleteTaskQuerySchema,
  moveTaskSchema,
  reopenTaskSchema,
  returnTaskSchema,
  submitTaskSchema,
  updateTaskSchema,
  verifyTaskSchema,
} from '@duban/contracts';
import { createZodDto } from 'nestjs-zod';

export class CreateTaskDto extends createZodDto(createTaskSchema) {}
export class UpdateTaskDto extends createZodDto(updateTaskSchema) {}
export class MoveTaskDto extends createZodDto(moveTaskSchema) {}
export class DeleteTaskQueryDto extends createZodDto(deleteTaskQuerySchema) {}
export class AcknowledgeTaskDto extends createZodDto(acknowledgeTaskSchema) {}
export class SubmitTaskDto extends createZodDto(submitTaskSchema) {}
export class VerifyTaskDto extends createZodDto(verifyTaskSchema) {}
export class ReturnTaskDto extends createZodDto(returnTaskSchema) {}
export class ReopenTaskDto extends createZodDto(reopenTaskSchema) {}
