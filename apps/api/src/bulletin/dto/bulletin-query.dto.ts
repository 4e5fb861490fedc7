import { bulletinQuerySchema } from '@duban/contracts';
import { createZodDto } from 'nestjs-zod';

export class BulletinQueryDto extends createZodDto(bulletinQuerySchema) {}
