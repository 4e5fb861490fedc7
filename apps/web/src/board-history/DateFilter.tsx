import { useId, useState } from 'react';
import { isCalendarDay } from './history-filters';

interface DateFilterProps {
  label: string;
  value: string | null;
  onChange: (day: string | null) => void;
}

/**
 * A calendar day. What the input shows is kept here first: the URL follows once the day is complete, so
 * typing is never undone by the router catching up a moment later.
 */
export function DateFilter({ label, value, onChange }: DateFilterProps) {
  const id = useId();
  const [draft, setDraft] = useState(value ?? '');
  const [applied, setApplied] = useState(value);
  // Adjusting state while rendering: a link, back/forward or "Clear filters" changed the day.
  if (applied !== value) {
    setApplied(value);
    setDraft(value ?? '');
  }

  return (
    <div className="history-filter">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={draft}
        onChange={(event) => {
          const day = event.target.value;
          setDraft(day);
          if (day === '') onChange(null);
          else if (isCalendarDay(day)) onChange(day);
        }}
      />
    </div>
  );
}
