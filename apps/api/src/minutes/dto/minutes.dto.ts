import { importMinutesSchema, minutesPreviewSchema } from '@duban/contracts';
import { createZodDto } from 'nestjs-zod';

export class MinutesPreviewDto extends createZodDto(minutesPreviewSchema) {}
export class ImportMinutesDto extends createZodDto(importMinutesSchema) {}
