/** Every query key in one place, so live updates and mutations find the caches they must touch. */
export const queryKeys = {
  setup: ['setup'] as const,
  me: ['me'] as const,
  users: ['users'] as const,
  departments: ['departments'] as const,
  boards: ['boards'] as const,
  board: (boardId: string) => ['boards', boardId, 'snapshot'] as const,
  comments: (taskId: string) => ['tasks', taskId, 'comments'] as const,
  history: (taskId: string) => ['tasks', taskId, 'history'] as const,
  reports: (taskId: string) => ['tasks', taskId, 'reports'] as const,
  /** The task's evidence files (佐证材料), its reports' and comments' included, oldest first. */
  attachments: (taskId: string) => ['tasks', taskId, 'attachments'] as const,
  reporting: (boardId: string) => ['boards', boardId, 'reporting'] as const,
  /** Every filtered view of the board's history; `filters` is the board-history's filter object. */
  boardHistories: (boardId: string) => ['boards', boardId, 'history'] as const,
  boardHistory: (boardId: string, filters: object) => ['boards', boardId, 'history', filters] as const,
  /** The minutes imported into a board (newest first), and one minutes text with its tasks. */
  boardMinutes: (boardId: string) => ['boards', boardId, 'minutes'] as const,
  minutes: (minutesId: string) => ['minutes', minutesId] as const,
};
