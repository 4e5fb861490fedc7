import { useTranslation } from 'react-i18next';
import type { FieldErrors } from './task-form';

/** The error next to a field, from client-side validation or from the API; linked by `id`. */
export function FieldMessage({ id, errors, field }: { id: string; errors: FieldErrors; field: string }) {
  const { t } = useTranslation('task');
  const error = errors[field];
  if (!error) return null;
  return (
    <span id={id} className="field-error error" role="alert">
      {'problem' in error ? t(`problem.${error.problem}`) : error.message}
    </span>
  );
}

/** aria-describedby / aria-invalid for an input whose field may have an error. */
export function errorProps(id: string, errors: FieldErrors, field: string) {
  return errors[field] ? { 'aria-invalid': true, 'aria-describedby': id } : {};
}
