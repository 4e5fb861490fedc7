import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { hasDepartmentLanes, withDepartmentLanes } from './lanes-param';

/** Whether the board shows swimlanes by lead department, read from and written to the URL. */
export function useLanesParam(): [boolean, (on: boolean) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const setLanes = useCallback(
    (on: boolean) => setSearchParams((current) => withDepartmentLanes(current, on)),
    [setSearchParams],
  );
  return [hasDepartmentLanes(searchParams), setLanes];
}
