import { useMemo } from 'react';
import { useDirectory } from '../api/useDirectory';
import type { MentionDirectory, MentionedPerson } from './CommentMarkdown';

/** Finds a person by username; undefined until the user directory has loaded. */
export type PersonLookup = (username: string) => MentionedPerson | undefined;

/**
 * Who each @username is; undefined until the user directory has loaded (so nobody is called unknown
 * before we know).
 */
export function usePersonLookup(): PersonLookup | undefined {
  const { users, departmentName } = useDirectory();
  return useMemo(() => {
    if (users.length === 0) return undefined;
    const byUsername = new Map(users.map((user) => [user.username, user]));
    return (username: string) => {
      const user = byUsername.get(username);
      return user && { ...user, departmentName: user.departmentId ? departmentName(user.departmentId) : '' };
    };
  }, [users, departmentName]);
}

/** How the board's comments show @mentions: who each username is, and the board a mention links to. */
export function useMentionDirectory(boardId: string): MentionDirectory | undefined {
  const person = usePersonLookup();
  return useMemo(() => person && { boardId, person }, [person, boardId]);
}
