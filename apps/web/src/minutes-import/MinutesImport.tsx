import {
  importMinutesSchema,
  MAX_MINUTES_LENGTH,
  routes,
  type ImportMinutesInput,
  type MinutesPreview,
} from '@duban/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useReducer, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, call } from '../api/api-client';
import { useToken } from '../auth/useAuth';
import { maxLengthOf } from '../ui/form/field-problem';
import { problemText } from '../ui/form/ProblemMessage';
import { DraftCard } from './DraftCard';
import { hasProblems, problemsOfDetails, problemsOfIssues, type ImportProblems } from './import-problems';
import { MinutesSource } from './MinutesSource';
import { firstLine, reviewDraftOf, taskDraftOf, type DraftValues } from './review-drafts';
import { EMPTY_REVIEW, reviewReducer } from './review-state';
import { importedState } from './imported-notice-state';
import '../ui/form-dialog.css';
import './minutes-import.css';

/** The minutes the drafts were found in (their spans point into it) and why there are none, if none. */
interface Previewed {
  text: string;
  reason?: MinutesPreview['reason'];
}

const TITLE_LIMIT = maxLengthOf(importMinutesSchema.shape.title);
const NO_PROBLEMS: ImportProblems = { drafts: {}, page: {} };

/**
 * The import itself: the minutes (pasted, dropped or picked), "Find decisions" (the server splits; on a
 * paste or a file at once), the drafts to review, and "Create N tasks" (one request, all or nothing). A
 * refusal shows next to the draft and field it names and keeps every edit.
 */
export function MinutesImport({ boardId }: { boardId: string }) {
  const { t } = useTranslation(['minutesImport', 'common']);
  const token = useToken();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [previewed, setPreviewed] = useState<Previewed | null>(null);
  const [review, dispatch] = useReducer(reviewReducer, EMPTY_REVIEW);
  const [pageProblems, setPageProblems] = useState<ImportProblems['page']>({});
  const reviewRef = useRef<HTMLFormElement>(null);
  const [focusProblem, setFocusProblem] = useState(0);

  const preview = useMutation({
    mutationFn: (minutes: string) => call(routes.previewMinutes, { token, body: { text: minutes, boardId } }),
  });
  const find = (minutes: string) => {
    // Said here, in the reader's language, rather than sent to be refused (a text area would cut it short).
    if (minutes.length > MAX_MINUTES_LENGTH) {
      return setPageProblems({ text: { code: 'tooLong', limit: MAX_MINUTES_LENGTH } });
    }
    setPageProblems({});
    preview.mutate(minutes, {
      onSuccess: (result) => {
        setPreviewed({ text: minutes, reason: result.reason });
        dispatch({ type: 'load', drafts: result.drafts.map(reviewDraftOf) });
      },
    });
  };

  // A file replaces the minutes: split it at once. A paste does too, unless drafts are under review (a
  // corrected sentence pasted in must not throw the review away; the page says the text has changed).
  const arrived = (minutes: string, how: 'paste' | 'file') => {
    if (how === 'paste' && review.drafts.length > 0) return;
    find(minutes);
  };

  const create = useMutation({
    mutationFn: (body: ImportMinutesInput) =>
      call(routes.importMinutes, { token, params: { boardId }, body }),
  });
  const showProblems = (problems: ImportProblems) => {
    setPageProblems(problems.page);
    dispatch({ type: 'problems', problems: problems.drafts });
    setFocusProblem((count) => count + 1);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!previewed || previewed.text !== text || review.drafts.length === 0) return;
    const keys = review.drafts.map((draft) => draft.key);
    const checked = importMinutesSchema.safeParse({
      text: previewed.text,
      ...(title.trim() ? { title: title.trim() } : {}),
      drafts: review.drafts.map(taskDraftOf),
    });
    if (!checked.success) return showProblems(problemsOfIssues(checked.error.issues, keys));
    showProblems(NO_PROBLEMS);
    create.mutate(checked.data, {
      onSuccess: (result) => {
        // The board's minutes list and views (their own pages) now hold one more.
        void queryClient.invalidateQueries({ predicate: (query) => query.queryKey.includes('minutes') });
        void navigate(`/boards/${boardId}`, { state: importedState(result.tasks.length) });
      },
      onError: (error) => {
        if (error instanceof ApiError && error.status === 400 && error.details.length > 0) {
          showProblems(problemsOfDetails(error.details, error.message, keys));
        }
      },
    });
  };

  // After a refused create, the first field marked wrong takes the focus (and comes into view).
  useEffect(() => {
    if (focusProblem === 0) return;
    const invalid = reviewRef.current?.querySelector<HTMLElement>(
      '[aria-invalid="true"], .minutes-draft [role="alert"]',
    );
    invalid?.focus();
    invalid?.scrollIntoView?.({ block: 'center' });
  }, [focusProblem]);

  const onEdit = useCallback(
    (key: string, changes: Partial<DraftValues>) => dispatch({ type: 'edit', key, changes }),
    [],
  );
  const onDrop = useCallback((key: string) => dispatch({ type: 'drop', key }), []);
  const onMergeWithNext = useCallback((key: string) => dispatch({ type: 'mergeWithNext', key }), []);
  const minutes = previewed?.text ?? '';
  const onSplit = useCallback(
    (key: string, at: number) => dispatch({ type: 'split', key, at, minutes }),
    [minutes],
  );

  const stale = previewed !== null && previewed.text !== text;
  const busy = create.isPending;
  const lastDropped = review.dropped.at(-1)?.draft;
  const count = review.drafts.length;
  const failed = create.error && !(create.error instanceof ApiError && create.error.details.length > 0);

  return (
    <div className="minutes-import-body">
      <p className="muted">{t('intro')}</p>
      <MinutesSource text={text} onChange={setText} onArrived={arrived} disabled={busy} />
      <div className="form-row minutes-import-title">
        <label htmlFor="minutes-import-title">{t('importTitle.label')}</label>
        <input
          id="minutes-import-title"
          value={title}
          maxLength={TITLE_LIMIT}
          placeholder={firstLine(text).slice(0, TITLE_LIMIT)}
          disabled={busy}
          aria-describedby="minutes-import-title-hint"
          aria-invalid={pageProblems.title ? true : undefined}
          onChange={(event) => setTitle(event.target.value)}
        />
        {pageProblems.title && <p className="form-problem">{problemText(pageProblems.title)}</p>}
        <p id="minutes-import-title-hint" className="form-hint muted">
          {t('importTitle.hint')}
        </p>
      </div>
      <div className="minutes-import-find">
        <button
          type="button"
          disabled={preview.isPending || busy}
          aria-busy={preview.isPending}
          onClick={() => find(text)}
        >
          {preview.isPending ? t('finding') : t('find')}
        </button>
        {preview.isPending && (
          <span className="muted" role="status">
            {t('finding')}
          </span>
        )}
      </div>
      {preview.isError && (
        <p className="error" role="alert">
          {t('findFailed', { message: messageOf(preview.error) })}
        </p>
      )}
      {pageProblems.text && (
        <p className="error" role="alert">
          {problemText(pageProblems.text)}
        </p>
      )}
      {previewed?.reason && (
        <p className="minutes-import-reason" role="status">
          {t(`reason.${previewed.reason}`)}
        </p>
      )}
      {stale && count > 0 && (
        <p className="minutes-import-stale" role="status">
          {t('changed')}
        </p>
      )}

      {previewed && !previewed.reason && (
        <form
          ref={reviewRef}
          className="minutes-review"
          aria-labelledby="minutes-review-heading"
          onSubmit={submit}
          noValidate
        >
          <h2 id="minutes-review-heading">{t('review.heading', { count })}</h2>
          <p className="muted">{count > 0 ? t('review.intro') : t('review.noneLeft')}</p>
          <ol className="minutes-review-list">
            {review.drafts.map((draft, index) => (
              <li key={draft.key}>
                <DraftCard
                  draft={draft}
                  number={index + 1}
                  hasNext={index < count - 1}
                  problems={review.problems[draft.key]}
                  minutes={minutes}
                  disabled={busy}
                  onEdit={onEdit}
                  onDrop={onDrop}
                  onMergeWithNext={onMergeWithNext}
                  onSplit={onSplit}
                />
              </li>
            ))}
          </ol>
          <div className="minutes-review-actions">
            {lastDropped && (
              <p className="minutes-review-dropped" role="status">
                {t('dropped', { title: lastDropped.title })}{' '}
                <button
                  type="button"
                  className="button-secondary"
                  disabled={busy}
                  onClick={() => dispatch({ type: 'undoDrop' })}
                >
                  {t('undo')}
                </button>
              </p>
            )}
            {hasProblems({ drafts: review.problems, page: pageProblems }) && (
              <p className="error" role="alert">
                {pageProblems.form ? problemText(pageProblems.form) : t('createProblems')}
              </p>
            )}
            {failed && (
              <p className="error" role="alert">
                {t('createFailed', { message: messageOf(create.error) })}
              </p>
            )}
            <button type="submit" disabled={busy || stale || count === 0} aria-busy={busy}>
              {busy ? t('creating') : t('create', { count })}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

function messageOf(error: Error): string {
  if (error instanceof ApiError && error.details.length > 0) {
    return error.details.map((detail) => `${detail.field}: ${detail.message}`).join('; ');
  }
  return error.message;
}
