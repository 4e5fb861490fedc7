import { changePasswordSchema } from '@duban/contracts';
import { createZodDto } from 'nestjs-zod';

export class ChangePasswordDto extends createZodDto(changePasswordSchema) {}
