import { assignableDepartments, USER_ROLES, type DepartmentView } from '@duban/contracts';
import type { TFunction } from 'i18next';
import type { SelectOption } from '../ui/form/SelectField';

/** The administration screens' translations (admin first, common's roles). */
export type AdminTranslate = TFunction<['admin', 'common']>;

export function roleOptions(t: AdminTranslate): SelectOption[] {
  return USER_ROLES.map((role) => ({ value: role, label: t(`common:role.${role}`) }));
}

/** The departments a user may be given: the active ones, and the one they have (even if archived since). */
export function departmentOptions(
  departments: readonly DepartmentView[],
  current: string | null,
  t: AdminTranslate,
): SelectOption[] {
  return assignableDepartments(departments, [current]).map((department) => ({
    value: department.id,
    label: department.archived ? `${department.name} (${t('departments.archived')})` : department.name,
  }));
}
