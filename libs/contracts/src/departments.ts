import { z } from 'zod';
import { shortText } from './common';
import { departmentKeywordsSchema } from './minutes';

export const createDepartmentSchema = z.strictObject({
  name: shortText(100),
});
export type CreateDepartmentInput = z.infer<typeof createDepartmentSchema>;

/**
 * Rename, archive (`archived: true`) or restore (`archived: false`) a department, or set the keywords that
 * suggest it as lead when importing minutes.
 */
export const updateDepartmentSchema = createDepartmentSchema
  .partial()
  .extend({ archived: z.boolean().optional(), keywords: departmentKeywordsSchema.optional() });
export type UpdateDepartmentInput = z.infer<typeof updateDepartmentSchema>;

export interface DepartmentView {
  id: string;
  name: string;
  /**
   * An archived department (已归档) stays on the tasks and users that have it, but is not offered for new
   * assignments. A department that has tasks or members cannot be deleted; it is archived instead.
   */
  archived: boolean;
  /**
   * Words in either language (ecology, emission, 生态, 污染) that make a decision in imported minutes
   * suggest this department as its lead; set by an administrator.
   */
  keywords: string[];
}

/**
 * The departments a picker offers: the active ones, plus any archived one the thing being edited already
 * has (`keepIds`), so that editing a task or user never silently drops its archived department.
 */
export function assignableDepartments<D extends Pick<DepartmentView, 'id' | 'archived'>>(
  departments: readonly D[],
  keepIds: Iterable<string | null | undefined> = [],
): D[] {
  const keep = new Set(keepIds);
  return departments.filter((department) => !department.archived || keep.has(department.id));
}
