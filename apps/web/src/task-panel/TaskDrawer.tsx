import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './task-panel.css';

interface TaskDrawerProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * The right-hand drawer over the board, below the app header (the bell, language switch and sign-out stay
 * in reach). Not modal: the board stays usable and live beside it. Escape closes it; focus moves in when
 * it opens and back to where it was when it closes.
 */
export function TaskDrawer({ title, onClose, children }: TaskDrawerProps) {
  const { t } = useTranslation(['common', 'task']);
  const titleId = useId();
  const drawerRef = useRef<HTMLElement>(null);
  const top = useHeaderBottom();
  // Whatever had focus when the panel opened (the card), to give focus back on close.
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  );

  useEffect(() => {
    drawerRef.current?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, [opener]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // Inner widgets (a comment being edited) claim Escape by preventing its default.
      if (event.key === 'Escape' && !event.defaultPrevented) onClose();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onClose]);

  return (
    <aside
      ref={drawerRef}
      className="task-drawer"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      tabIndex={-1}
      data-testid="task-panel"
      style={{ top }}
    >
      <header className="task-drawer-header">
        <h2 id={titleId} className="task-drawer-title">
          {title}
        </h2>
        <button type="button" className="button-secondary" onClick={onClose}>
          {t('close')}
        </button>
      </header>
      <div className="task-drawer-body">{children}</div>
    </aside>
  );
}

/**
 * Where the app header ends on screen, following its size (a wrapped header on a phone) and the page's
 * scroll; 0 without a header. Read from the page rather than imported: the header is the page's, above
 * this feature.
 */
function useHeaderBottom(): number {
  const [bottom, setBottom] = useState(0);
  useLayoutEffect(() => {
    const header = document.querySelector('.app-header');
    if (!header) return;
    const update = () => setBottom(Math.max(0, Math.round(header.getBoundingClientRect().bottom)));
    update();
    const resized = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    resized?.observe(header);
    window.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      resized?.disconnect();
      window.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, []);
  return bottom;
}
