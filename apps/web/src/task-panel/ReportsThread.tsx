import { createReportSchema, reportRefusal, type TaskView } from '@duban/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDirectory } from '../api/useDirectory';
import { useMe } from '../auth/useMe';
import { usePermissions } from '../board-live/usePermissions';
import { maxLengthOf } from '../ui/form/field-problem';
import { TimeAgo } from '../ui/TimeAgo';
import { usePostReport, useReports } from './useReports';

/** 进展反馈: dated reports with a percent; the lead department's latest one sets the task's progress. */
export function ReportsThread({ task }: { task: TaskView }) {
  const { t } = useTranslation(['common', 'task']);
  const { userName, departmentName } = useDirectory();
  const reports = useReports(task.id);
  const me = useMe();
  const { online } = usePermissions();
  const mayReport = online && me !== undefined && reportRefusal(me, task) === null;

  return (
    <div className="reports-thread">
      {mayReport && <ReportForm task={task} />}
      {reports.isPending && <p className="muted">{t('loading')}</p>}
      {reports.data?.length === 0 && <p className="muted">{t('task:reports.empty')}</p>}
      <ul className="history-list">
        {reports.data?.map((report) => (
          <li key={report.id} className="history-line" data-testid="report">
            <strong>{report.progress}%</strong> · {userName(report.authorId)}
            {report.departmentId && ` (${departmentName(report.departmentId)})`}: {report.text}{' '}
            <TimeAgo at={report.reportedAt} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function ReportForm({ task }: { task: TaskView }) {
  const { t } = useTranslation(['common', 'task']);
  const post = usePostReport(task.id);
  const [text, setText] = useState('');
  const [progress, setProgress] = useState(task.progress);
  // Checked as the API checks it: a blank report cannot be posted.
  const valid = createReportSchema.safeParse({ text, progress }).success;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (valid) post.mutate({ text, progress }, { onSuccess: () => setText('') });
  };

  return (
    <form className="report-form" onSubmit={submit}>
      <label htmlFor={`report-text-${task.id}`}>{t('task:reports.text')}</label>
      <textarea
        id={`report-text-${task.id}`}
        value={text}
        required
        maxLength={maxLengthOf(createReportSchema.shape.text)}
        onChange={(event) => setText(event.target.value)}
      />
      <label htmlFor={`report-progress-${task.id}`}>
        {t('field.progress')} {progress}%
      </label>
      <input
        id={`report-progress-${task.id}`}
        type="range"
        min={0}
        max={100}
        step={5}
        value={progress}
        onChange={(event) => setProgress(Number(event.target.value))}
      />
      {post.error && (
        <p className="error" role="alert">
          {post.error.message}
        </p>
      )}
      <button type="submit" disabled={post.isPending || !valid}>
        {t('task:reports.post')}
      </button>
    </form>
  );
}
