import { createReminderSchema } from '@duban/contracts';
import { createZodDto } from 'nestjs-zod';

export class CreateReminderDto extends createZodDto(createReminderSchema) {}
