interface DepartmentListProps<Entry extends { departmentId: string }> {
  testId: string;
  heading: string;
  /** What to say when no department is behind. */
  empty: string;
  entries: readonly Entry[];
  line: (entry: Entry) => string;
}

/** One list of the summary: its heading, then a line per department, or a line saying none is behind. */
export function DepartmentList<Entry extends { departmentId: string }>(props: DepartmentListProps<Entry>) {
  return (
    <div data-testid={props.testId}>
      <h2>{props.heading}</h2>
      {props.entries.length === 0 ? (
        <p className="muted">{props.empty}</p>
      ) : (
        <ul>
          {props.entries.map((entry) => (
            <li key={entry.departmentId}>{props.line(entry)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
