import { allBoardsExportQuerySchema, exportQuerySchema } from '@duban/contracts';
import { createZodDto } from 'nestjs-zod';

export class ExportQueryDto extends createZodDto(exportQuerySchema) {}

export class AllBoardsExportQueryDto extends createZodDto(allBoardsExportQuerySchema) {}
