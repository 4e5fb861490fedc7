import { describedBy, FormRow } from '../ui/FormRow';
import { numberRange, type NumericSetting } from './board-settings-form';
import type { SettingsProblem } from './settings-problems';
import { settingsProblemText } from './SettingsProblemMessage';

interface DaysFieldProps {
  id: string;
  field: Exclude<NumericSetting, 'reportDay'>;
  label: string;
  hint: string;
  value: string;
  problem: SettingsProblem | undefined;
  onChange: (value: string) => void;
}

/** A number of days, bounded as the shared schema bounds it. */
export function DaysField({ id, field, label, hint, value, problem, onChange }: DaysFieldProps) {
  const { min, max } = numberRange(field);
  return (
    <FormRow id={id} label={label} hint={hint} problem={settingsProblemText(problem)}>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        {...describedBy(id, { hint, problem })}
      />
    </FormRow>
  );
}
