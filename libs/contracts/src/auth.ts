import { z } from 'zod';
import { shortText, singleLineString } from './common';
import { passwordSchema, type UserView } from './users';

export const loginSchema = z.strictObject({
  username: shortText(64),
  password: singleLineString().min(1).max(200),
});
export type LoginInput = z.infer<typeof loginSchema>;

export interface LoginResult {
  accessToken: string;
  user: UserView;
}

/** A signed-in user changes their own password; every other session of theirs ends. */
export const changePasswordSchema = z.strictObject({
  currentPassword: singleLineString().min(1).max(200),
  newPassword: passwordSchema,
});
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
