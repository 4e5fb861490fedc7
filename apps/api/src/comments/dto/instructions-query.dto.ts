import { instructionsQuerySchema } from '@duban/contracts';
import { createZodDto } from 'nestjs-zod';

export class InstructionsQueryDto extends createZodDto(instructionsQuerySchema) {}
