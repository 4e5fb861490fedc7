import { updatePreferencesSchema } from '@duban/contracts';
import { createZodDto } from 'nestjs-zod';

export class UpdatePreferencesDto extends createZodDto(updatePreferencesSchema) {}
