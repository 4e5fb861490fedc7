import { attachmentsFrozenRefusal, createReportSchema, reportRefusal, type TaskView } from '@duban/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ChosenFiles, PlaceFiles, UploadList, useUploads } from '../attachments';
import { useDirectory } from '../api/useDirectory';
import { useMe } from '../auth/useMe';
import { usePermissions } from '../board-live/usePermissions';
import { maxLengthOf } from '../ui/form/field-problem';
import { TimeAgo } from '../ui/TimeAgo';
import { reportAuthor } from './report-author';
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
            <strong>{report.progress}%</strong> ·{' '}
            {reportAuthor(userName(report.authorId), departmentName(report.departmentId))}: {report.text}{' '}
            <TimeAgo at={report.reportedAt} />
            <PlaceFiles task={task} place={{ reportId: report.id }} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The report box across the panel, then the percent reached and "Post report" on a row of their own. */
function ReportForm({ task }: { task: TaskView }) {
  const { t } = useTranslation(['common', 'task']);
  const post = usePostReport(task.id);
  const uploads = useUploads(task.id);
  const [files, setFiles] = useState<File[]>([]);
  const [text, setText] = useState('');
  const [progress, setProgress] = useState(task.progress);
  // Checked as the API checks it: a blank report cannot be posted.
  const valid = createReportSchema.safeParse({ text, progress }).success;
  const textId = `report-text-${task.id}`;
  const progressId = `report-progress-${task.id}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    post.mutate(
      { text, progress },
      {
        // The files go with the report once it exists; each shows its progress below the form.
        onSuccess: (report) => {
          uploads.upload(files, { reportId: report.id });
          setFiles([]);
          setText('');
        },
      },
    );
  };

  return (
    <form className="report-form" data-testid="report-form" onSubmit={submit}>
      <label htmlFor={textId}>{t('task:reports.text')}</label>
      <textarea
        id={textId}
        rows={4}
        value={text}
        required
        maxLength={maxLengthOf(createReportSchema.shape.text)}
        onChange={(event) => setText(event.target.value)}
      />
      {attachmentsFrozenRefusal(task) === null && (
        <ChosenFiles files={files} onChange={setFiles} disabled={post.isPending} />
      )}
      <div className="report-form-actions">
        <label htmlFor={progressId}>{t('task:reports.progress')}</label>
        <div className="task-progress">
          <input
            id={progressId}
            type="range"
            min={0}
            max={100}
            step={5}
            value={progress}
            onChange={(event) => setProgress(Number(event.target.value))}
          />
          <output htmlFor={progressId}>{t('task:progressValue', { value: progress })}</output>
        </div>
        <button type="submit" disabled={post.isPending || !valid}>
          {t('task:reports.post')}
        </button>
      </div>
      {post.error && (
        <p className="error" role="alert">
          {post.error.message}
        </p>
      )}
      <UploadList uploads={uploads.uploads} onRetry={uploads.retry} onDismiss={uploads.dismiss} />
    </form>
  );
}
