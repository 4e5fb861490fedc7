import { updateDepartmentSchema, type DepartmentView } from '@duban/contracts';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../ui/FormDialog';
import {
  checkWithSchema,
  fieldOfPath,
  problemOfIssue,
  problemsFromError,
  type FieldProblem,
  type SchemaIssue,
} from '../ui/form/field-problem';
import { problemText } from '../ui/form/ProblemMessage';
import { TextField } from '../ui/form/TextField';
import { useSchemaForm } from '../ui/form/useSchemaForm';
import { keywordsText, parseKeywords } from './department-keywords';
import { useUpdateDepartment } from './useAdminMutations';

const fieldOf = fieldOfPath(['keywords'] as const);

/**
 * The words (either language) that make a decision in imported minutes suggest `department` as its lead:
 * one per line or comma-separated, checked with the API's own schema, saved with PATCH {keywords}.
 */
export function DepartmentKeywordsDialog({
  department,
  onClose,
}: {
  department: DepartmentView;
  onClose: () => void;
}) {
  const { t } = useTranslation(['minutes', 'admin']);
  const update = useUpdateDepartment();
  const form = useSchemaForm({ keywords: keywordsText(department.keywords) }, (values) => {
    const keywords = parseKeywords(values.keywords);
    // A keyword too long is named, so the administrator finds it among many.
    const problemOf = (issue: SchemaIssue): FieldProblem => {
      if (issue.code !== 'too_big') return problemOfIssue(issue);
      const limit = Number(issue.maximum);
      const keyword = typeof issue.path[1] === 'number' ? keywords[issue.path[1]] : undefined;
      return keyword === undefined
        ? { code: 'server', message: t('keywords.tooMany', { limit }) }
        : { code: 'server', message: t('keywords.tooLong', { keyword, limit }) };
    };
    return checkWithSchema(
      updateDepartmentSchema,
      keywords,
      (list) => ({ keywords: list }),
      fieldOf,
      problemOf,
    );
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validInput();
    if (!input) return;
    update.mutate(
      { id: department.id, body: input },
      { onSuccess: onClose, onError: (error: Error) => form.showProblems(problemsFromError(error, fieldOf)) },
    );
  };

  return (
    <FormDialog
      heading={t('keywords.heading', { name: department.name })}
      testId="department-keywords-form"
      formRef={form.formRef}
      form={{ submit, pending: update.isPending }}
      onClose={onClose}
      submitLabels={{ idle: t('keywords.save'), pending: t('keywords.saving') }}
      formProblem={problemText(form.problems.form)}
    >
      <TextField
        form={form}
        name="keywords"
        label={t('keywords.field')}
        hint={t('keywords.hint')}
        rows={8}
        wide
      />
    </FormDialog>
  );
}
