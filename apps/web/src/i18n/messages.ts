import type { TaskStatus } from '@duban/contracts';

/** Every UI string, in English and Simplified Chinese; terms follow the shared glossary. */
export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Messages {
  appTitle: string;
  switchLanguage: string;
  signIn: string;
  signingIn: string;
  signOut: string;
  username: string;
  password: string;
  boards: string;
  noBoards: string;
  noDescription: string;
  backToBoards: string;
  loading: string;
  loadFailed: string;
  emptyColumn: string;
  progress: string;
  deadline: string;
  live: Record<'connecting' | 'live' | 'offline', string>;
  status: Record<TaskStatus, string>;
}

const en: Messages = {
  appTitle: 'Duban supervision board',
  switchLanguage: '中文',
  signIn: 'Sign in',
  signingIn: 'Signing in…',
  signOut: 'Sign out',
  username: 'Username',
  password: 'Password',
  boards: 'Boards',
  noBoards: 'No boards yet.',
  noDescription: 'No description',
  backToBoards: '← All boards',
  loading: 'Loading…',
  loadFailed: 'Could not load',
  emptyColumn: 'No tasks',
  progress: 'Progress',
  deadline: 'Deadline',
  live: { connecting: 'Connecting…', live: 'Live', offline: 'Offline' },
  status: {
    todo: 'Not started',
    in_progress: 'In progress',
    in_review: 'Awaiting verification',
    done: 'Done',
  },
};

const zhCN: Messages = {
  appTitle: '督查督办台账',
  switchLanguage: 'English',
  signIn: '登录',
  signingIn: '正在登录…',
  signOut: '退出登录',
  username: '用户名',
  password: '密码',
  boards: '督办台账',
  noBoards: '暂无督办台账。',
  noDescription: '暂无说明',
  backToBoards: '← 全部台账',
  loading: '加载中…',
  loadFailed: '加载失败',
  emptyColumn: '暂无事项',
  progress: '进度',
  deadline: '办结时限',
  live: { connecting: '正在连接…', live: '实时', offline: '已断开' },
  status: {
    todo: '未开始',
    in_progress: '办理中',
    in_review: '待审核',
    done: '已办结',
  },
};

export const MESSAGES: Record<Language, Messages> = { en, 'zh-CN': zhCN };
