/** A setting the server cannot start with; main.ts prints its message without a stack trace. */
export class ConfigError extends Error {}
