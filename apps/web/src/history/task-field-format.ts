import type { EditableTaskField, TaskKind, TaskStatus } from '@duban/contracts';
import type { EditableValues } from '../tasks/task-form';

/** Names and labels the formatter needs, injected so it stays pure (and testable without i18n). */
export interface FieldFormatLookups {
  userName: (userId: string | null) => string;
  departmentName: (departmentId: string | null) => string;
  statusLabel: (status: TaskStatus) => string;
  kindLabel: (kind: TaskKind) => string;
  /** What an empty value reads as ("none", "无"). */
  none: string;
  /** Joins names in a list (", " or "、"). */
  listSeparator: string;
}

/** The common.json label of each editable field. */
export const FIELD_LABEL_KEYS = {
  title: 'field.title',
  description: 'field.description',
  kind: 'field.kind',
  status: 'field.status',
  leadDepartmentId: 'field.leadDepartment',
  cooperatingDepartmentIds: 'field.cooperatingDepartments',
  responsibleLeaderId: 'field.responsibleLeader',
  assigneeIds: 'field.assignees',
  deadline: 'field.deadline',
  progress: 'field.progress',
  labels: 'field.labels',
  problem: 'field.problem',
  source: 'field.source',
  measures: 'field.measures',
  result: 'field.result',
  evidence: 'field.evidence',
  evidenceLinks: 'field.evidenceLinks',
} as const satisfies Record<EditableTaskField, string>;

/** One field of a task (or of an edit) as a person would read it. */
export function formatFieldValue(
  field: EditableTaskField,
  values: Partial<EditableValues>,
  lookups: FieldFormatLookups,
): string {
  const list = (items: string[] | undefined, name: (id: string) => string) =>
    items && items.length > 0 ? items.map(name).join(lookups.listSeparator) : lookups.none;
  switch (field) {
    case 'title':
      return values.title ?? lookups.none;
    case 'description':
      return values.description || lookups.none;
    case 'kind':
      return values.kind ? lookups.kindLabel(values.kind) : lookups.none;
    case 'status':
      return values.status ? lookups.statusLabel(values.status) : lookups.none;
    case 'leadDepartmentId':
      return values.leadDepartmentId ? lookups.departmentName(values.leadDepartmentId) : lookups.none;
    case 'cooperatingDepartmentIds':
      return list(values.cooperatingDepartmentIds, lookups.departmentName);
    case 'responsibleLeaderId':
      return values.responsibleLeaderId ? lookups.userName(values.responsibleLeaderId) : lookups.none;
    case 'assigneeIds':
      return list(values.assigneeIds, lookups.userName);
    case 'deadline':
      return values.deadline ?? lookups.none;
    case 'progress':
      return values.progress === undefined ? lookups.none : `${values.progress}%`;
    case 'labels':
      return list(values.labels, (label) => label);
    case 'evidenceLinks':
      return list(values.evidenceLinks, (link) => link);
    case 'problem':
    case 'source':
    case 'measures':
    case 'result':
    case 'evidence':
      return values[field] || lookups.none;
  }
}
