import { z } from 'zod';
import { shortText, singleLineString, userRoleSchema, uuidSchema, type UserRole } from './common';

export const usernameSchema = z
  .string()
  .trim()
  .min(2)
  .max(64)
  .regex(/^[A-Za-z0-9_.-]+$/, 'may contain only letters, digits, "_", "-" and "."');

export const passwordSchema = singleLineString().min(8).max(200);

export const createUserSchema = z.strictObject({
  username: usernameSchema,
  password: passwordSchema,
  displayName: shortText(100),
  role: userRoleSchema,
  departmentId: uuidSchema.nullable().optional(),
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

/** What an administrator may change; `active: false` deactivates the account and ends its sessions. */
export const updateUserSchema = createUserSchema.partial().extend({ active: z.boolean().optional() });
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

/** A user as the API shows it: never the password hash. */
export interface UserView {
  id: string;
  username: string;
  displayName: string;
  role: UserRole;
  departmentId: string | null;
  /** False once an administrator deactivated the account: it cannot sign in and its sessions are ended. */
  active: boolean;
}
