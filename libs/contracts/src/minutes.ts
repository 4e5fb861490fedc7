import { z } from 'zod';
import { hasVisibleText, isoDateSchema, longText, shortText, unsafeTextProblem, uuidSchema } from './common';
import type { TaskView } from './tasks';

/**
 * Meeting minutes (会议纪要) as the source of a board's tasks: the server splits pasted minutes into one
 * draft per decision; the office reviews the drafts and creates the tasks in one step; each task keeps the
 * span of the minutes it came from.
 *
 * Offsets (`sourceStart`, `sourceEnd`) count UTF-16 code units of the minutes text, as JavaScript strings
 * do: `text.slice(sourceStart, sourceEnd)` is the decision.
 */

/** Longer minutes than this are refused (a standing committee's minutes run to ~20,000 characters). */
export const MAX_MINUTES_LENGTH = 60_000;
/** More drafts than this in one import are refused. */
export const MAX_MINUTES_DRAFTS = 200;
/** Keywords per department that suggest it as the lead (see `Department.keywords`). */
export const MAX_DEPARTMENT_KEYWORDS = 100;

const minutesText = z
  .string()
  .max(MAX_MINUTES_LENGTH)
  .superRefine((value, context) => {
    // Pasted Word text carries form feeds and vertical tabs: the splitter reads them as breaks, so only
    // what cannot be text at all (NUL and the like, broken surrogates) is refused.
    const problem = unsafeTextProblem(value.replace(/[\f\v]/g, '\n'), 'multiple');
    if (problem) context.addIssue({ code: 'custom', message: problem, input: value });
  });

export const minutesPreviewSchema = z.strictObject({
  text: minutesText,
  /** The board the drafts are for: deadlines without a year fall in the year its minutes are dated. */
  boardId: uuidSchema.optional(),
});
export type MinutesPreviewInput = z.infer<typeof minutesPreviewSchema>;

/** One decision the server found, as a task-to-be. */
export interface MinutesDraft {
  /** The decision's verb phrase, e.g. "Accelerate the construction of major research platforms". */
  title: string;
  /** The full decision text. */
  description: string;
  /** A deadline the text names ("by the end of October", 10月底前), in the board's (or this) year. */
  deadline?: string;
  /** The department whose keywords the decision matches best; absent when no keyword matched. */
  leadDepartmentId?: string;
  cooperatingDepartmentIds: string[];
  /** The keywords that matched, for every suggested department (lead first). */
  matched: string[];
  sourceStart: number;
  sourceEnd: number;
}

export interface MinutesPreview {
  drafts: MinutesDraft[];
  /** Why there are no drafts (the page words it); absent when there are some. */
  reason?: 'empty' | 'no_decisions';
}

/** A reviewed draft as the office sends it to be created. */
export const minutesTaskDraftSchema = z.strictObject({
  title: shortText(200),
  description: longText(10000),
  deadline: isoDateSchema.nullable().optional(),
  leadDepartmentId: uuidSchema.nullable().optional(),
  cooperatingDepartmentIds: z.array(uuidSchema).max(50).default([]),
  responsibleLeaderId: uuidSchema.nullable().optional(),
  sourceStart: z.number().int().min(0).max(MAX_MINUTES_LENGTH),
  sourceEnd: z.number().int().min(0).max(MAX_MINUTES_LENGTH),
});
export type MinutesTaskDraft = z.infer<typeof minutesTaskDraftSchema>;

export const importMinutesSchema = z
  .strictObject({
    text: minutesText,
    /** Defaults to the minutes' first line. */
    title: shortText(200).optional(),
    drafts: z.array(minutesTaskDraftSchema).min(1).max(MAX_MINUTES_DRAFTS),
  })
  .superRefine((input, context) => {
    if (!hasVisibleText(input.text)) {
      context.addIssue({
        code: 'custom',
        path: ['text'],
        message: 'the minutes are empty',
        input: input.text,
      });
    }
    input.drafts.forEach((draft, index) => {
      if (draft.sourceEnd > input.text.length || draft.sourceStart >= draft.sourceEnd) {
        context.addIssue({
          code: 'custom',
          path: ['drafts', index, 'sourceEnd'],
          message: `must be after sourceStart and at most the text's length (${input.text.length})`,
          input: draft.sourceEnd,
        });
      }
    });
  });
export type ImportMinutesInput = z.infer<typeof importMinutesSchema>;

export interface ImportMinutesResult {
  minutesId: string;
  /** The tasks created, in the order of the drafts. */
  tasks: TaskView[];
}

/** Where a task created from minutes came from (`TaskView.decisionSource`). */
export interface DecisionSource {
  minutesId: string;
  sourceStart: number;
  sourceEnd: number;
}

/** An imported minutes text, as a board's list shows it. */
export interface MinutesSummary {
  id: string;
  boardId: string;
  title: string;
  createdAt: string;
  createdById: string;
  /** Tasks made from it that still exist. */
  taskCount: number;
}

/** One minutes text with the tasks made from it (each carries its `decisionSource`). */
export interface MinutesView extends MinutesSummary {
  text: string;
  tasks: TaskView[];
}

export const departmentKeywordsSchema = z.array(shortText(40)).max(MAX_DEPARTMENT_KEYWORDS);
