/** A backup or restore that cannot go ahead, for a reason the operator can act on: shown without a stack. */
export class BackupError extends Error {}
