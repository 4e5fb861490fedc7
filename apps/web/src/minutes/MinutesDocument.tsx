import type { TaskView } from '@duban/contracts';
import { Fragment, useMemo } from 'react';
import { decisionSegments, type DecisionSpan, type TextSegment } from './decision-segments';
import { DecisionTask } from './DecisionTask';

interface MinutesDocumentProps {
  boardId: string;
  text: string;
  /** The tasks made from these minutes, as they are now; each with its `decisionSource`. */
  tasks: readonly TaskView[];
  /** Tasks made from these minutes that have been deleted since (kept highlighted, marked as deleted). */
  deletedTaskIds?: ReadonlySet<string>;
  /** The decision to emphasise (`?task=`). */
  currentTaskId: string | null;
}

/**
 * The minutes as a readable document: every decision that became a task highlighted where it stands, and
 * under it the task made from it (title, status, light). Overlapping decisions share the runs they have in
 * common; a run's `data-task-ids` lists them all.
 */
export function MinutesDocument({
  boardId,
  text,
  tasks,
  deletedTaskIds,
  currentTaskId,
}: MinutesDocumentProps) {
  const spans = useMemo<DecisionSpan[]>(
    () =>
      tasks.flatMap((task) =>
        task.decisionSource
          ? [{ taskId: task.id, start: task.decisionSource.sourceStart, end: task.decisionSource.sourceEnd }]
          : [],
      ),
    [tasks],
  );
  const segments = useMemo(() => decisionSegments(text, spans), [text, spans]);
  const taskById = useMemo(() => new Map(tasks.map((task) => [task.id, task])), [tasks]);

  return (
    <div className="minutes-document" data-testid="minutes-document">
      {segments.map((segment, index) => (
        <Fragment key={segment.start}>
          <Run
            segment={segment}
            currentTaskId={currentTaskId}
            afterTask={index > 0 && segments[index - 1]!.endsTaskIds.some((taskId) => taskById.has(taskId))}
          />
          {segment.endsTaskIds.map((taskId) => {
            const task = taskById.get(taskId);
            return task ? (
              <DecisionTask
                key={taskId}
                boardId={boardId}
                task={task}
                deleted={deletedTaskIds?.has(taskId) ?? false}
                current={taskId === currentTaskId}
              />
            ) : null;
          })}
        </Fragment>
      ))}
    </div>
  );
}

/** Blank lines, or the spaces, that would follow a task shown as a block of its own. */
const BREAK_AFTER_TASK = /^(?:[ \t]*\r?\n)+|^[ \t]+/;

interface RunProps {
  segment: TextSegment;
  currentTaskId: string | null;
  /** Right after a task shown under its decision: that block already ends the line (and the paragraph). */
  afterTask: boolean;
}

function Run({ segment, currentTaskId, afterTask }: RunProps) {
  if (segment.taskIds.length === 0) {
    return <>{afterTask ? segment.text.replace(BREAK_AFTER_TASK, '') : segment.text}</>;
  }
  const classes = ['minutes-decision'];
  if (segment.taskIds.length > 1) classes.push('minutes-decision-overlap');
  if (currentTaskId !== null && segment.taskIds.includes(currentTaskId))
    classes.push('minutes-decision-current');
  return (
    <mark
      className={classes.join(' ')}
      data-task-ids={segment.taskIds.join(' ')}
      data-starts={segment.startsTaskIds.length > 0 ? segment.startsTaskIds.join(' ') : undefined}
    >
      {segment.text}
    </mark>
  );
}
