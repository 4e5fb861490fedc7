/**
 * `GET /api/boards/:boardId/audit/verify`: whether the board's event log is intact. Each event stores a
 * SHA-256 over its content and the previous event's hash, so an edited, deleted or reordered event breaks
 * the chain from there on.
 */
export interface AuditVerification {
  ok: boolean;
  /** Events found intact from seq 1 on; when the chain is broken, those before `firstBrokenSeq`. */
  checked: number;
  /** The first seq that is missing, or whose content or link to the previous event does not match. */
  firstBrokenSeq?: number;
  /**
   * The hash of the last intact event: a fingerprint of the whole log up to it. Written down outside
   * Duban (in the minutes, a report), it also exposes a log rewritten and re-hashed from start to end.
   */
  headHash: string;
}
