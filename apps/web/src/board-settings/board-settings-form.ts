import {
  boardSettingsSchema,
  updateBoardSchema,
  type BoardView,
  type ReportCadence,
  type UpdateBoardInput,
} from '@duban/contracts';
import type { SettingsProblem, SettingsProblems } from './settings-problems';

/** What the settings form holds, as the inputs give it: numbers stay text, so a cleared box is not 0. */
export interface BoardSettingsFormValues {
  title: string;
  description: string;
  /** The meeting minutes (会议纪要) the board's tasks come from. */
  source: string;
  /** Empty: everyone may see the board. */
  departmentIds: string[];
  dueSoonDays: string;
  reportCadence: ReportCadence;
  reportDay: string;
  escalationDays: string;
}

export type BoardSettingsField = keyof BoardSettingsFormValues;

export type NumericSetting = 'dueSoonDays' | 'reportDay' | 'escalationDays';

const SETTING_KEYS = ['dueSoonDays', 'reportCadence', 'reportDay', 'escalationDays'] as const;

/** The whole form, checked by the API's own rules: every field present and the settings complete. */
const boardFormSchema = updateBoardSchema.required().extend({ settings: boardSettingsSchema });
type BoardForm = ReturnType<typeof boardFormSchema.parse>;

export function formValuesOf(board: BoardView): BoardSettingsFormValues {
  const { settings } = board;
  return {
    title: board.title,
    description: board.description,
    source: board.source,
    departmentIds: board.departmentIds,
    dueSoonDays: String(settings.dueSoonDays),
    reportCadence: settings.reportCadence,
    reportDay: String(settings.reportDay),
    escalationDays: String(settings.escalationDays),
  };
}

/** The bounds the shared schema puts on a numeric setting (also the inputs' min and max). */
export function numberRange(field: NumericSetting): { min: number; max: number } {
  const schema = boardSettingsSchema.shape[field];
  return { min: schema.minValue ?? 0, max: schema.maxValue ?? Number.MAX_SAFE_INTEGER };
}

/** A number box's text as a number; an empty box is NaN, which the schema refuses. */
function numberOf(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

function toBoardForm(values: BoardSettingsFormValues): BoardForm {
  return {
    title: values.title,
    description: values.description,
    source: values.source,
    departmentIds: values.departmentIds,
    settings: {
      dueSoonDays: numberOf(values.dueSoonDays),
      reportCadence: values.reportCadence,
      reportDay: numberOf(values.reportDay),
      escalationDays: numberOf(values.escalationDays),
    },
  };
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  const members = new Set(a);
  return members.size === new Set(b).size && b.every((member) => members.has(member));
}

/**
 * The request body: only what differs from the board as the user first saw it, so a field someone else
 * changed meanwhile is not overwritten. A report day hidden by "no regular reports" is not sent.
 */
function changedFields(base: BoardView, form: BoardForm): UpdateBoardInput {
  const changes: UpdateBoardInput = {};
  if (form.title !== base.title) changes.title = form.title;
  if (form.description !== base.description) changes.description = form.description;
  if (form.source !== base.source) changes.source = form.source;
  if (!sameMembers(form.departmentIds, base.departmentIds)) changes.departmentIds = form.departmentIds;
  const changedKeys = SETTING_KEYS.filter(
    (key) =>
      form.settings[key] !== base.settings[key] &&
      !(key === 'reportDay' && form.settings.reportCadence === 'none'),
  );
  if (changedKeys.length > 0) {
    changes.settings = Object.fromEntries(changedKeys.map((key) => [key, form.settings[key]]));
  }
  return changes;
}

export type BoardSettingsResult =
  { ok: true; changes: UpdateBoardInput } | { ok: false; problems: SettingsProblems };

/** Checks the form with the schema the API uses (first problem per field wins), then keeps the changes. */
export function validateBoardSettings(base: BoardView, values: BoardSettingsFormValues): BoardSettingsResult {
  const result = boardFormSchema.safeParse(toBoardForm(values));
  if (result.success) return { ok: true, changes: changedFields(base, result.data) };
  const problems: SettingsProblems = {};
  for (const issue of result.error.issues) {
    const field = formFieldOf(issue.path.map(String).join('.'));
    problems[field] ??= problemOf(issue, field, values);
  }
  return { ok: false, problems };
}

const FORM_FIELDS: readonly BoardSettingsField[] = [
  'title',
  'description',
  'source',
  'departmentIds',
  ...SETTING_KEYS,
];

/** The form field a schema path or API `details[].field` names: "settings.reportDay", "departmentIds.0". */
export function formFieldOf(path: string): BoardSettingsField | 'form' {
  const [head, next] = path.split('.');
  const name = head === 'settings' ? next : head;
  return FORM_FIELDS.find((field) => field === name) ?? 'form';
}

const isNumeric = (field: BoardSettingsField | 'form'): field is NumericSetting =>
  field === 'dueSoonDays' || field === 'reportDay' || field === 'escalationDays';

type Issue = NonNullable<ReturnType<typeof boardFormSchema.safeParse>['error']>['issues'][number];

function problemOf(
  issue: Issue,
  field: BoardSettingsField | 'form',
  values: BoardSettingsFormValues,
): SettingsProblem {
  if (isNumeric(field)) {
    // Too small, too big, a fraction or not a number at all: the same advice fits every case.
    return values[field].trim() === '' ? { code: 'required' } : { code: 'outOfRange', ...numberRange(field) };
  }
  const limit = 'maximum' in issue ? Number(issue.maximum) : 0;
  if (issue.code === 'too_small') return { code: 'required' };
  if (issue.code === 'too_big') return { code: issue.origin === 'array' ? 'tooMany' : 'tooLong', limit };
  return { code: 'invalid' };
}
