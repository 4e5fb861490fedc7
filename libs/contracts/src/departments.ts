import { z } from 'zod';
import { shortText } from './common';

export const createDepartmentSchema = z.strictObject({
  name: shortText(100),
});
export type CreateDepartmentInput = z.infer<typeof createDepartmentSchema>;

export const updateDepartmentSchema = createDepartmentSchema.partial();
export type UpdateDepartmentInput = z.infer<typeof updateDepartmentSchema>;

export interface DepartmentView {
  id: string;
  name: string;
}
