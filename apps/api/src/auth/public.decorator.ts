import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'duban:isPublic';

/** Marks a route that needs no signed-in user. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
