import { statsQuerySchema } from '@duban/contracts';
import { createZodDto } from 'nestjs-zod';

export class StatsQueryDto extends createZodDto(statsQuerySchema) {}
