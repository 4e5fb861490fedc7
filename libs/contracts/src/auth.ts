import { z } from 'zod';
import type { UserView } from './users';

export const loginSchema = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});
export type LoginInput = z.infer<typeof loginSchema>;

export interface LoginResult {
  accessToken: string;
  user: UserView;
}
