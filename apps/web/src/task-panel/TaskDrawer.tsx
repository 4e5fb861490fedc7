import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './task-panel.css';

interface TaskDrawerProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * The right-hand drawer over the board. Not modal: the board stays usable and live beside it. Escape
 * closes it; focus moves in when it opens and back to where it was when it closes.
 */
export function TaskDrawer({ title, onClose, children }: TaskDrawerProps) {
  const { t } = useTranslation(['common', 'task']);
  const titleId = useId();
  const drawerRef = useRef<HTMLElement>(null);
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
