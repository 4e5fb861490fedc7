import { boardHistoryExportQuerySchema, boardHistoryQuerySchema } from '@duban/contracts';
import { createZodDto } from 'nestjs-zod';

export class BoardHistoryQueryDto extends createZodDto(boardHistoryQuerySchema) {}
export class BoardHistoryExportQueryDto extends createZodDto(boardHistoryExportQuerySchema) {}
