import type { NotificationKind, NotificationView } from '@duban/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { automaticNoticeKey } from './automatic-notice';
import { MarkdownPreview } from './MarkdownPreview';

const MARKDOWN_KINDS: readonly NotificationKind[] = ['mention', 'instruction', 'instruction_answered'];

/**
 * A notification's text in the reader's language: built for automatic ones, as written for the rest;
 * a mention's excerpt of the comment, an instruction's or its answer's start is Markdown, shown as its plain
 * words.
 */
export function useNotificationText(): (notification: NotificationView) => ReactNode {
  const { t } = useTranslation('notifications');
  return (notification) => {
    const key = automaticNoticeKey(notification);
    if (key) return t(`automatic.${key}`, { deadline: notification.deadline });
    if (MARKDOWN_KINDS.includes(notification.kind))
      return <MarkdownPreview markdown={notification.message} />;
    return notification.message;
  };
}
