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

export const UI_LANGUAGES = ['en', 'zh-CN'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const CARD_DENSITIES = ['comfortable', 'compact'] as const;
export type CardDensity = (typeof CARD_DENSITIES)[number];

/** What a user chose for themselves, kept on the server so it follows them to every device. */
export interface UserPreferences {
  /** Null: the browser's language decides. */
  language: UiLanguage | null;
  /** How board cards are drawn: in full, or compact (short department names, details on hover). */
  cardDensity: CardDensity;
}

export const DEFAULT_USER_PREFERENCES: UserPreferences = { language: null, cardDensity: 'comfortable' };

/** `PATCH /api/me/preferences`: any subset; the answer is the whole set. */
export const updatePreferencesSchema = z.strictObject({
  language: z.enum(UI_LANGUAGES).nullable().optional(),
  cardDensity: z.enum(CARD_DENSITIES).optional(),
});
export type UpdatePreferencesInput = z.infer<typeof updatePreferencesSchema>;

/** `GET /api/me`: the signed-in user and their preferences. */
export interface CurrentUser extends UserView {
  preferences: UserPreferences;
}
