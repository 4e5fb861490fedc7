import type { DepartmentView, UserView } from '@duban/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-client';
import { DialogButton } from '../ui/DialogButton';
import { LoadFailed } from '../ui/LoadFailed';
import { ConfirmDialog } from './ConfirmDialog';
import { DepartmentKeywords } from './DepartmentKeywords';
import { DepartmentKeywordsDialog } from './DepartmentKeywordsDialog';
import { DepartmentNameDialog } from './DepartmentNameDialog';
import { useAdminDepartments, useAdminUsers } from './useAdminData';
import { useDeleteDepartment, useUpdateDepartment } from './useAdminMutations';

/** 部门: the list, with create, rename, keywords for minutes import, archive / restore and delete. */
export function DepartmentsSection() {
  const { t } = useTranslation(['admin', 'common']);
  const departments = useAdminDepartments();
  const users = useAdminUsers();
  if (departments.error)
    return <LoadFailed error={departments.error} onRetry={() => void departments.refetch()} />;
  if (!departments.data) return <p className="muted">{t('common:loading')}</p>;
  return (
    <section aria-label={t('tabs.departments')}>
      <div className="admin-toolbar">
        <DialogButton
          testId="create-department"
          renderDialog={(close) => <DepartmentNameDialog onClose={close} />}
        >
          {t('departments.create')}
        </DialogButton>
      </div>
      {departments.data.length === 0 ? (
        <p className="muted">{t('departments.empty')}</p>
      ) : (
        <ul className="admin-list" data-testid="department-list">
          {departments.data.map((department) => (
            <DepartmentRow key={department.id} department={department} users={users.data ?? []} />
          ))}
        </ul>
      )}
    </section>
  );
}

type Confirming = 'archive' | 'delete' | null;

function DepartmentRow({ department, users }: { department: DepartmentView; users: readonly UserView[] }) {
  const { t } = useTranslation(['admin', 'common', 'minutes']);
  const update = useUpdateDepartment();
  const remove = useDeleteDepartment();
  const [confirming, setConfirming] = useState<Confirming>(null);
  const members = users.filter((user) => user.departmentId === department.id).length;
  const close = () => {
    setConfirming(null);
    remove.reset();
    update.reset();
  };
  const refusal = (error: Error | null) => {
    if (!error) return undefined;
    if (error instanceof ApiError && error.code === 'department_in_use') {
      return t('departments.inUse', { name: department.name });
    }
    return error.message;
  };

  return (
    <li className="admin-row" data-testid="department-row" aria-label={department.name}>
      <div className="admin-row-main">
        <span className="admin-row-title">{department.name}</span>
        {department.archived && <span className="admin-badge">{t('departments.archived')}</span>}
        <span className="muted">{t('departments.members', { count: members })}</span>
      </div>
      <div className="admin-row-actions">
        <DialogButton
          testId="rename-department"
          className="button-secondary"
          renderDialog={(closeDialog) => (
            <DepartmentNameDialog department={department} onClose={closeDialog} />
          )}
        >
          {t('departments.rename')}
        </DialogButton>
        <DialogButton
          testId="edit-department-keywords"
          className="button-secondary"
          renderDialog={(closeDialog) => (
            <DepartmentKeywordsDialog department={department} onClose={closeDialog} />
          )}
        >
          {t('minutes:keywords.button')}
        </DialogButton>
        {department.archived ? (
          <button
            type="button"
            className="button-secondary"
            disabled={update.isPending}
            onClick={() => update.mutate({ id: department.id, body: { archived: false } })}
          >
            {t('departments.restore')}
          </button>
        ) : (
          <button type="button" className="button-secondary" onClick={() => setConfirming('archive')}>
            {t('departments.archive')}
          </button>
        )}
        <button type="button" className="button-secondary" onClick={() => setConfirming('delete')}>
          {t('departments.delete')}
        </button>
      </div>
      <DepartmentKeywords keywords={department.keywords} />
      {confirming === 'archive' && (
        <ConfirmDialog
          heading={t('departments.confirmArchiveHeading')}
          text={t('departments.confirmArchive', { name: department.name })}
          confirmLabel={t('departments.archive')}
          pending={update.isPending}
          problem={refusal(update.error)}
          onConfirm={() =>
            update.mutate({ id: department.id, body: { archived: true } }, { onSuccess: close })
          }
          onClose={close}
        />
      )}
      {confirming === 'delete' && (
        <ConfirmDialog
          heading={t('departments.confirmDeleteHeading')}
          text={t('departments.confirmDelete', { name: department.name })}
          confirmLabel={t('departments.delete')}
          pending={remove.isPending}
          problem={refusal(remove.error)}
          onConfirm={() => remove.mutate(department.id, { onSuccess: close })}
          onClose={close}
        />
      )}
    </li>
  );
}
