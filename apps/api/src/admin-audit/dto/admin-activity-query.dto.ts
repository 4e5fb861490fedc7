import { adminActivityQuerySchema } from '@duban/contracts';
import { createZodDto } from 'nestjs-zod';

export class AdminActivityQueryDto extends createZodDto(adminActivityQuerySchema) {}
