import { trendQuerySchema } from '@duban/contracts';
import { createZodDto } from 'nestjs-zod';

export class TrendQueryDto extends createZodDto(trendQuerySchema) {}
