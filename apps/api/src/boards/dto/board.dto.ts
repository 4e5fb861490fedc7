import {
  boardEventsQuerySchema,
  createBoardSchema,
  listBoardsQuerySchema,
  updateBoardSchema,
} from '@duban/contracts';
import { createZodDto } from 'nestjs-zod';

export class CreateBoardDto extends createZodDto(createBoardSchema) {}
export class BoardEventsQueryDto extends createZodDto(boardEventsQuerySchema) {}
export class UpdateBoardDto extends createZodDto(updateBoardSchema) {}
export class ListBoardsQueryDto extends createZodDto(listBoardsQuerySchema) {}
