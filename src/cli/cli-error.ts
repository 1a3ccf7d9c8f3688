// An error the CLI prints as one plain sentence and exits 1 on (no stack trace).
export class CliError extends Error {}
