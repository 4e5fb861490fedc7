import type { Active, Announcements, Over } from '@dnd-kit/core';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardContainer } from './board-lanes';
import { containerIdOf } from './dnd-data';
import type { RefusedStatuses } from './move-rules';

export interface AnnouncementLookups {
  taskTitle: (taskId: string) => string;
  /** Containers as displayed right now (with the dragged card shown where it would land). */
  containers: ReadonlyMap<string, BoardContainer>;
  /** The container a task is in before the drag. */
  homeOf: (taskId: string) => BoardContainer | undefined;
  placeLabel: (container: BoardContainer) => string;
  /** Statuses the dragged card may not go to, and why. */
  refused: RefusedStatuses;
}

/** Localized screen-reader announcements for keyboard and pointer drags. */
export function useDndAnnouncements(lookups: AnnouncementLookups): Announcements {
  const { t } = useTranslation(['common', 'board']);
  // dnd-kit calls these later, from its own effects: read the newest lookups, not those of the first render.
  const latest = useRef(lookups);
  useEffect(() => {
    latest.current = lookups;
  });

  return useMemo<Announcements>(() => {
    const title = (active: Active) => latest.current.taskTitle(String(active.id));
    const where = (active: Active, over: Over | null) => {
      const container = latest.current.containers.get(containerIdOf(over) ?? '');
      if (!over || !container) return null;
      const refusal = latest.current.refused.get(container.status);
      const reason = refusal ? t(`board:refusal.${refusal}`) : null;
      const ids = container.tasks.map((task) => task.id);
      const count = ids.includes(String(active.id)) ? ids.length : ids.length + 1;
      const overIndex = ids.indexOf(String(over.id));
      const position = overIndex === -1 ? count : overIndex + 1;
      return { place: latest.current.placeLabel(container), position, count, reason };
    };
    return {
      onDragStart: ({ active }) => {
        const home = latest.current.homeOf(String(active.id));
        const place = home ? latest.current.placeLabel(home) : '';
        return t('board:dnd.pickedUp', { title: title(active), place });
      },
      onDragOver: ({ active, over }) => {
        const target = where(active, over);
        if (!target) return t('board:dnd.overNothing', { title: title(active) });
        if (target.reason) {
          return t('board:dnd.overRefused', {
            title: title(active),
            place: target.place,
            reason: target.reason,
          });
        }
        return t('board:dnd.over', { title: title(active), ...target });
      },
      onDragEnd: ({ active, over }) => {
        const target = where(active, over);
        if (!target) return t('board:dnd.droppedNowhere', { title: title(active) });
        if (target.reason) {
          return t('board:dnd.droppedRefused', {
            title: title(active),
            place: target.place,
            reason: target.reason,
          });
        }
        return t('board:dnd.dropped', { title: title(active), ...target });
      },
      onDragCancel: ({ active }) => t('board:dnd.cancelled', { title: title(active) }),
    };
  }, [t]);
}
