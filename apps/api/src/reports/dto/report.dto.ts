import { createReportSchema } from '@duban/contracts';
import { createZodDto } from 'nestjs-zod';

export class CreateReportDto extends createZodDto(createReportSchema) {}
