import { USER_ROLES, type DepartmentView, type UserView } from '@duban/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/useMe';
import { DialogButton } from '../ui/DialogButton';
import { LoadFailed } from '../ui/LoadFailed';
import { ConfirmDialog } from './ConfirmDialog';
import { CreateUserDialog } from './CreateUserDialog';
import { EditUserDialog } from './EditUserDialog';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { useAdminDepartments, useAdminUsers } from './useAdminData';
import { useUpdateUser } from './useAdminMutations';
import { filterUsers, NO_USER_FILTERS, type UserFilters } from './user-filters';

/** 用户: search and filters, create, and per user edit, reset password, deactivate / reactivate. */
export function UsersSection() {
  const { t } = useTranslation(['admin', 'common']);
  const users = useAdminUsers();
  const departments = useAdminDepartments().data ?? [];
  const [filters, setFilters] = useState<UserFilters>(NO_USER_FILTERS);
  if (users.error) return <LoadFailed error={users.error} onRetry={() => void users.refetch()} />;
  if (!users.data) return <p className="muted">{t('common:loading')}</p>;
  const shown = filterUsers(users.data, filters);

  return (
    <section aria-label={t('tabs.users')}>
      <div className="admin-toolbar">
        <DialogButton testId="create-user" renderDialog={(close) => <CreateUserDialog onClose={close} />}>
          {t('users.create')}
        </DialogButton>
      </div>
      <UserFilterBar filters={filters} departments={departments} onChange={setFilters} />
      <p className="muted" aria-live="polite">
        {t('users.count', { count: shown.length })}
      </p>
      {shown.length === 0 ? (
        <p className="muted">{t('users.none')}</p>
      ) : (
        <ul className="admin-list" data-testid="user-list">
          {shown.map((user) => (
            <UserRow key={user.id} user={user} departments={departments} />
          ))}
        </ul>
      )}
    </section>
  );
}

function UserFilterBar(props: {
  filters: UserFilters;
  departments: readonly DepartmentView[];
  onChange: (filters: UserFilters) => void;
}) {
  const { t } = useTranslation(['admin', 'common']);
  const id = useId();
  const { filters } = props;
  const set = (change: Partial<UserFilters>) => props.onChange({ ...filters, ...change });
  return (
    <div className="admin-filters" role="search">
      <div className="admin-filter">
        <label htmlFor={`${id}-search`}>{t('users.search')}</label>
        <input
          id={`${id}-search`}
          type="search"
          value={filters.search}
          placeholder={t('users.searchPlaceholder')}
          onChange={(event) => set({ search: event.target.value })}
        />
      </div>
      <div className="admin-filter">
        <label htmlFor={`${id}-role`}>{t('users.filterRole')}</label>
        <select
          id={`${id}-role`}
          value={filters.role}
          onChange={(event) => set({ role: event.target.value as UserFilters['role'] })}
        >
          <option value="">{t('users.any')}</option>
          {USER_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`common:role.${role}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="admin-filter">
        <label htmlFor={`${id}-department`}>{t('users.filterDepartment')}</label>
        <select
          id={`${id}-department`}
          value={filters.departmentId}
          onChange={(event) => set({ departmentId: event.target.value })}
        >
          <option value="">{t('users.any')}</option>
          <option value="none">{t('users.noDepartment')}</option>
          {props.departments.map((department) => (
            <option key={department.id} value={department.id}>
              {department.name}
            </option>
          ))}
        </select>
      </div>
      <div className="admin-filter">
        <label htmlFor={`${id}-active`}>{t('users.filterActive')}</label>
        <select
          id={`${id}-active`}
          value={filters.active}
          onChange={(event) => set({ active: event.target.value as UserFilters['active'] })}
        >
          <option value="">{t('users.any')}</option>
          <option value="active">{t('users.active')}</option>
          <option value="inactive">{t('users.inactive')}</option>
        </select>
      </div>
    </div>
  );
}

function UserRow({ user, departments }: { user: UserView; departments: readonly DepartmentView[] }) {
  const { t } = useTranslation(['admin', 'common']);
  const me = useMe();
  const update = useUpdateUser();
  const [confirming, setConfirming] = useState(false);
  const department = departments.find((candidate) => candidate.id === user.departmentId);
  const isMe = me?.id === user.id;
  const close = () => {
    setConfirming(false);
    update.reset();
  };

  return (
    <li className="admin-row" data-testid="user-row" aria-label={user.displayName}>
      <div className="admin-row-main">
        <span className="admin-row-title">{user.displayName}</span>
        <code className="muted">{user.username}</code>
        {isMe && <span className="muted">({t('users.you')})</span>}
        <span>{t(`common:role.${user.role}`)}</span>
        {department && <span className="muted">{department.name}</span>}
        {!user.active && <span className="admin-badge">{t('users.inactive')}</span>}
      </div>
      <div className="admin-row-actions">
        <DialogButton
          testId="edit-user"
          className="button-secondary"
          renderDialog={(closeDialog) => <EditUserDialog user={user} onClose={closeDialog} />}
        >
          {t('users.edit')}
        </DialogButton>
        <DialogButton
          testId="reset-password"
          className="button-secondary"
          renderDialog={(closeDialog) => <ResetPasswordDialog user={user} onClose={closeDialog} />}
        >
          {t('users.resetPassword')}
        </DialogButton>
        {!isMe && (
          <button type="button" className="button-secondary" onClick={() => setConfirming(true)}>
            {user.active ? t('users.deactivate') : t('users.reactivate')}
          </button>
        )}
      </div>
      {confirming && (
        <ConfirmDialog
          heading={user.active ? t('users.confirmDeactivateHeading') : t('users.confirmReactivateHeading')}
          text={t(user.active ? 'users.confirmDeactivate' : 'users.confirmReactivate', {
            name: user.displayName,
          })}
          confirmLabel={user.active ? t('users.deactivate') : t('users.reactivate')}
          pending={update.isPending}
          problem={update.error?.message}
          onConfirm={() =>
            update.mutate({ id: user.id, body: { active: !user.active } }, { onSuccess: close })
          }
          onClose={close}
        />
      )}
    </li>
  );
}
