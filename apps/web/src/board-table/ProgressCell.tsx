/** Percent done as a number with a small bar; the number is what screen readers get. */
export function ProgressCell({ progress }: { progress: number }) {
  return (
    <span className="table-progress">
      <span className="table-progress-bar" aria-hidden="true">
        <span style={{ width: `${progress}%` }} />
      </span>
      {progress}%
    </span>
  );
}
