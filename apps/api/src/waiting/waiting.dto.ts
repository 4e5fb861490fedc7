import { waitingQuerySchema } from '@duban/contracts';
import { createZodDto } from 'nestjs-zod';

export class WaitingQueryDto extends createZodDto(waitingQuerySchema) {}
