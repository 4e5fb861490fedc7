import { createBoardSchema, type CreateBoardInput } from '@duban/contracts';
import { ApiError } from '../api/api-client';
import {
  checkWithSchema,
  fieldOfPath,
  problemsFromError,
  type FormProblems,
  type SchemaCheck,
} from '../ui/form/field-problem';

/** What the "New board" form holds: the board's details and who may see it. */
export interface NewBoardValues {
  title: string;
  description: string;
  /** The meeting minutes (会议纪要) the board's tasks come from. */
  source: string;
  /** Empty: everyone may see the board. */
  departmentIds: string[];
}

export type NewBoardField = keyof NewBoardValues;

export const EMPTY_NEW_BOARD: NewBoardValues = { title: '', description: '', source: '', departmentIds: [] };

const NEW_BOARD_FIELDS: readonly NewBoardField[] = ['title', 'description', 'source', 'departmentIds'];

/** The form field a schema path or API `details[].field` names ("departmentIds.0" → departmentIds). */
export const newBoardFieldOf = fieldOfPath(NEW_BOARD_FIELDS);

/** Checks the form with the schema the API uses; empty texts are left out of the request. */
export function checkNewBoard(values: NewBoardValues): SchemaCheck<CreateBoardInput, NewBoardField> {
  return checkWithSchema(createBoardSchema, values, toInput, newBoardFieldOf);
}

function toInput(values: NewBoardValues): CreateBoardInput {
  return {
    title: values.title,
    ...(values.description.trim() ? { description: values.description } : {}),
    ...(values.source.trim() ? { source: values.source } : {}),
    departmentIds: values.departmentIds,
  };
}

/**
 * What a failed creation says, where it belongs: the API's field errors on their fields, a 403 as a refusal
 * in the user's words, anything else on the form as the server worded it.
 */
export function problemsOfFailedCreate(error: Error, forbidden: string): FormProblems<NewBoardField> {
  if (error instanceof ApiError && error.status === 403)
    return { form: { code: 'server', message: forbidden } };
  return problemsFromError(error, newBoardFieldOf);
}
