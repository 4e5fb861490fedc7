import { z } from 'zod';
import type { TaskKind, TaskStatus } from './common';
import type { Light } from './lights';
import { taskFiltersQuerySchema } from './task-filters';
import { UI_LANGUAGES, type UiLanguage } from './users';

/**
 * The exported task list (`GET /api/boards/:boardId/export.csv`, `.xlsx`): the table's columns, in the
 * table's order, with their headers and the status, kind and light words in both languages, so the file a
 * leader opens reads like the screen they filtered.
 */
export const EXPORT_COLUMNS = [
  'title',
  'kind',
  'status',
  'leadDepartment',
  'cooperatingDepartments',
  'responsibleLeader',
  'assignees',
  'deadline',
  'progress',
  'light',
  'acknowledgedAt',
  'submittedAt',
  'verifiedAt',
  'returnCount',
  'updatedAt',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/** What a cell holds: text, a whole number, a calendar date (deadline) or an instant (a timestamp). */
export type ExportCellKind = 'text' | 'number' | 'date' | 'dateTime';

export const EXPORT_COLUMN_KINDS: Record<ExportColumn, ExportCellKind> = {
  title: 'text',
  kind: 'text',
  status: 'text',
  leadDepartment: 'text',
  cooperatingDepartments: 'text',
  responsibleLeader: 'text',
  assignees: 'text',
  deadline: 'date',
  progress: 'number',
  light: 'text',
  acknowledgedAt: 'dateTime',
  submittedAt: 'dateTime',
  verifiedAt: 'dateTime',
  returnCount: 'number',
  updatedAt: 'dateTime',
};

export interface ExportWords {
  headers: Record<ExportColumn, string>;
  status: Record<TaskStatus, string>;
  kind: Record<TaskKind, string>;
  light: Record<Light, string>;
  /** Between the names of a list cell (cooperating departments, assignees). */
  listSeparator: string;
  /** The XLSX sheet's name. */
  sheet: string;
}

/** The words of the glossary (../GLOSSARY.md): 牵头单位, 配合单位, 责任领导, 办理时限, 签收, 退回 … */
export const EXPORT_WORDS: Record<UiLanguage, ExportWords> = {
  en: {
    headers: {
      title: 'Title',
      kind: 'Kind',
      status: 'Status',
      leadDepartment: 'Lead department',
      cooperatingDepartments: 'Cooperating departments',
      responsibleLeader: 'Responsible leader',
      assignees: 'Assignees',
      deadline: 'Deadline',
      progress: 'Progress (%)',
      light: 'Light',
      acknowledgedAt: 'Signed for',
      submittedAt: 'Submitted',
      verifiedAt: 'Verified',
      returnCount: 'Returned (times)',
      updatedAt: 'Updated',
    },
    status: {
      todo: 'Not started',
      in_progress: 'In progress',
      in_review: 'Awaiting verification',
      done: 'Done',
    },
    kind: { task: 'Task', rectification: 'Rectification item' },
    light: { green: 'On track', yellow: 'Due soon', red: 'Overdue', none: 'No deadline' },
    listSeparator: ', ',
    sheet: 'Tasks',
  },
  'zh-CN': {
    headers: {
      title: '标题',
      kind: '类型',
      status: '状态',
      leadDepartment: '牵头单位',
      cooperatingDepartments: '配合单位',
      responsibleLeader: '责任领导',
      assignees: '经办人',
      deadline: '办理时限',
      progress: '进度（%）',
      light: '红黄绿灯',
      acknowledgedAt: '签收时间',
      submittedAt: '提交审核时间',
      verifiedAt: '办结时间',
      returnCount: '退回次数',
      updatedAt: '更新时间',
    },
    status: { todo: '未开始', in_progress: '办理中', in_review: '待审核', done: '已办结' },
    kind: { task: '督办事项', rectification: '整改事项' },
    light: { green: '正常推进', yellow: '临期', red: '逾期', none: '无期限' },
    listSeparator: '、',
    sheet: '督办台账',
  },
};

function isTimeZoneName(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * The table's filters, plus the language of headers and words (default: the caller's saved language, else
 * English) and the time zone timestamps are written in (default: the server's).
 */
export const exportQuerySchema = taskFiltersQuerySchema.extend({
  lang: z.enum(UI_LANGUAGES).optional(),
  tz: z
    .string()
    .max(64)
    .refine(isTimeZoneName, { message: 'Not a known IANA time zone (such as Asia/Shanghai)' })
    .optional(),
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;
