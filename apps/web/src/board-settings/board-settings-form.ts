import {
  boardSettingsSchema,
  updateBoardSchema,
  type BoardView,
  type ReportCadence,
  type UpdateBoardInput,
} from '@duban/contracts';
import { ApiError } from '../api/api-client';
import {
  checkWithSchema,
  fieldOfPath,
  numberProblem,
  problemOfIssue,
  problemsFromError,
  type FormProblems,
  type SchemaCheck,
} from '../ui/form/field-problem';

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

/**
 * The whole form, checked by the API's own rules: every field present and the settings complete. Archiving
 * is an action of its own (ArchiveBoardButton), not a field of the form.
 */
const boardFormSchema = updateBoardSchema
  .omit({ archived: true })
  .required()
  .extend({ settings: boardSettingsSchema });
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

export type BoardSettingsProblems = FormProblems<BoardSettingsField>;

const FORM_FIELDS: readonly BoardSettingsField[] = [
  'title',
  'description',
  'source',
  'departmentIds',
  ...SETTING_KEYS,
];

/** The form field a schema path or API `details[].field` names: "settings.reportDay", "departmentIds.0". */
export const boardFieldOf = fieldOfPath(FORM_FIELDS, ['settings']);

const isNumeric = (field: BoardSettingsField | 'form'): field is NumericSetting =>
  field === 'dueSoonDays' || field === 'reportDay' || field === 'escalationDays';

/**
 * Checks the form with the schema the API uses (first problem per field wins); what it gives back is only
 * what changed relative to `base`, the board as the form opened.
 */
export function checkBoardSettings(
  base: BoardView,
  values: BoardSettingsFormValues,
): SchemaCheck<UpdateBoardInput, BoardSettingsField> {
  const result = checkWithSchema(boardFormSchema, values, toBoardForm, boardFieldOf, (issue, field) =>
    // Too small, too big, a fraction or not a number at all: the same advice fits every case.
    isNumeric(field) ? numberProblem(values[field], numberRange(field)) : problemOfIssue(issue),
  );
  return result.ok ? { ok: true, input: changedFields(base, result.input) } : result;
}

/**
 * What a failed save says, where it belongs: the API's field errors next to the fields they name, a 403 as
 * a refusal in the user's words (`forbidden`), anything else on the form as the server worded it.
 */
export function problemsOfFailedSave(error: Error, forbidden: string): BoardSettingsProblems {
  if (error instanceof ApiError && error.status === 403)
    return { form: { code: 'server', message: forbidden } };
  return problemsFromError(error, boardFieldOf);
}
