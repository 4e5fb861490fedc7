import { createDepartmentSchema, type DepartmentView } from '@duban/contracts';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../ui/FormDialog';
import { checkWithSchema, fieldOfPath, maxLengthOf, problemsFromError } from '../ui/form/field-problem';
import { problemText } from '../ui/form/ProblemMessage';
import { TextField } from '../ui/form/TextField';
import { useSchemaForm } from '../ui/form/useSchemaForm';
import { useCreateDepartment, useUpdateDepartment } from './useAdminMutations';

const fieldOf = fieldOfPath(['name'] as const);

/** Creates a department, or renames `department` when given. */
export function DepartmentNameDialog({
  department,
  onClose,
}: {
  department?: DepartmentView;
  onClose: () => void;
}) {
  const { t } = useTranslation(['admin', 'common']);
  const create = useCreateDepartment();
  const update = useUpdateDepartment();
  const form = useSchemaForm({ name: department?.name ?? '' }, (values) =>
    checkWithSchema(createDepartmentSchema, values, (input) => input, fieldOf),
  );
  const pending = create.isPending || update.isPending;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validInput();
    if (!input) return;
    const handlers = {
      onSuccess: onClose,
      onError: (error: Error) => form.showProblems(problemsFromError(error, fieldOf)),
    };
    if (department) update.mutate({ id: department.id, body: input }, handlers);
    else create.mutate(input, handlers);
  };

  return (
    <FormDialog
      heading={
        department
          ? t('departments.renameHeading', { name: department.name })
          : t('departments.createHeading')
      }
      testId="department-form"
      formRef={form.formRef}
      form={{ submit, pending }}
      onClose={onClose}
      submitLabels={
        department
          ? { idle: t('departments.rename'), pending: t('departments.saving') }
          : { idle: t('departments.create'), pending: t('departments.creating') }
      }
      formProblem={problemText(form.problems.form)}
    >
      <TextField
        form={form}
        name="name"
        label={t('departments.name')}
        maxLength={maxLengthOf(createDepartmentSchema.shape.name)}
        required
      />
    </FormDialog>
  );
}
