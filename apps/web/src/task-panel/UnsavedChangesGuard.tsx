import { useContext, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { UNSAFE_DataRouterContext, useBlocker } from 'react-router';

/**
 * Keeps unsaved edits from vanishing unnoticed: while `dirty`, reloading or closing the tab brings up the
 * browser's "Leave site?" question, and leaving the task in the app (Close, Escape, another card, a link,
 * Back) asks first and stays on "Cancel". Nothing is asked while everything is saved.
 */
export function UnsavedChangesGuard({ dirty }: { dirty: boolean }) {
  // useBlocker needs a data router (the app's); component tests render under a plain one.
  const dataRouter = useContext(UNSAFE_DataRouterContext);
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);
  return dataRouter ? <NavigationGuard dirty={dirty} /> : null;
}

function NavigationGuard({ dirty }: { dirty: boolean }) {
  const { t } = useTranslation('task');
  // Another view or filter of the same task keeps the form; only leaving the task loses the edits.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    if (window.confirm(t('leaveUnsaved'))) blocker.proceed();
    else blocker.reset();
  }, [blocker, t]);
  return null;
}
