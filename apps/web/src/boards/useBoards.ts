import { useQuery } from '@tanstack/react-query';
import { useToken } from '../auth/useAuth';
import { boardKeys, fetchBoards } from './board-queries';

export function useBoards() {
  const token = useToken();
  return useQuery({ queryKey: boardKeys.all, queryFn: () => fetchBoards(token) });
}
