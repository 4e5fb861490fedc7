import { notificationsQuerySchema } from '@duban/contracts';
import { createZodDto } from 'nestjs-zod';

export class NotificationsQueryDto extends createZodDto(notificationsQuerySchema) {}
