import { useTranslation } from 'react-i18next';
import { useDirectory } from '../api/useDirectory';
import { useMe } from '../auth/useMe';
import { ChangePasswordForm } from './ChangePasswordForm';
import { LanguagePreference } from './LanguagePreference';
import './profile.css';

/** /profile (个人信息), for everyone: who they are, their password, their language. */
export function ProfilePage() {
  const { t } = useTranslation(['profile', 'common']);
  const me = useMe();
  const { departmentName } = useDirectory();
  if (!me) return <p className="muted">{t('common:loading')}</p>;
  return (
    <div className="profile-page">
      <h1>{t('heading')}</h1>
      <section className="profile-card">
        <dl className="profile-facts">
          <dt>{t('displayName')}</dt>
          <dd>{me.displayName}</dd>
          <dt>{t('username')}</dt>
          <dd>
            <code>{me.username}</code>
          </dd>
          <dt>{t('role')}</dt>
          <dd>{t(`common:role.${me.role}`)}</dd>
          <dt>{t('department')}</dt>
          <dd>{me.departmentId ? departmentName(me.departmentId) : t('noDepartment')}</dd>
        </dl>
      </section>
      <LanguagePreference />
      <ChangePasswordForm />
    </div>
  );
}
