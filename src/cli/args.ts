/**
 * Command-line arguments: Node's `util.parseArgs` (strict: unknown options are refused), with
 * its errors turned into {@link UsageError}s that name the command, and checks for option values.
 */
import { parseArgs } from 'node:util';

/** A mistake in how the CLI was called (exit code {@link EXIT.usage}). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  /** The command whose help to point at, if any. */
  readonly command: string | undefined;
  constructor(message: string, command?: string) {
    super(message);
    this.command = command;
  }
}

/** Exit codes of every command. */
export const EXIT = {
  /** Success: valid file, file written, link printed, run completed. */
  ok: 0,
  /** The workflow has errors or cannot be read or drawn, or the simulated run failed. */
  failed: 1,
  /** `simulate`: the run stopped because it needs a value or a choice (see its output). */
  needsInput: 2,
  /** Unknown command or option, missing or invalid argument (sysexits EX_USAGE). */
  usage: 64,
} as const;

/** Options of one command, as `util.parseArgs` takes them. */
export type OptionSpec = Readonly<
  Record<
    string,
    | { readonly type: 'string'; readonly short?: string; readonly multiple?: boolean }
    | { readonly type: 'boolean'; readonly short?: string }
  >
>;

/** What {@link parseCommand} returns: option values by long name, and the positionals. */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
  readonly positionals: readonly string[];
}

function isParseArgsError(error: unknown): error is Error & { code: string } {
  return (
    error instanceof Error &&
    'code' in error &&
    typeof error.code === 'string' &&
    error.code.startsWith('ERR_PARSE_ARGS')
  );
}

/** Parses `args` for `command`; throws a {@link UsageError} for anything unexpected. */
export function parseCommand(command: string, args: readonly string[], options: OptionSpec): ParsedArgs {
  try {
    const parsed = parseArgs({
      args: [...args],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: true,
    });
    return { values: parsed.values, positionals: parsed.positionals };
  } catch (error) {
    if (!isParseArgsError(error)) throw error;
    // Node's messages end with advice on `--`; the first sentence is the point.
    const first = /^[^.]*(?:\.(?=\s)|$)/.exec(error.message)?.[0] ?? error.message;
    throw new UsageError(first.endsWith('.') ? first : `${first}.`, command);
  }
}

type OptionValue = ParsedArgs['values'][string];

const isList = (value: OptionValue): value is readonly string[] => Array.isArray(value);

/** A string option's value (the last one when repeated), or undefined. */
export function stringOption(parsed: ParsedArgs, name: string): string | undefined {
  const value = parsed.values[name];
  if (typeof value === 'string') return value;
  if (isList(value)) return value.at(-1);
  return undefined;
}

/** Every value of a repeatable string option. */
export function stringList(parsed: ParsedArgs, name: string): readonly string[] {
  const value = parsed.values[name];
  if (typeof value === 'string') return [value];
  return isList(value) ? value : [];
}

/** A boolean option: true when given. */
export function flag(parsed: ParsedArgs, name: string): boolean {
  return parsed.values[name] === true;
}

/**
 * The value of an option that takes one of `allowed` (compared case-insensitively), as
 * spelt in `allowed`; undefined when the option is absent.
 */
export function choiceOption<T extends string>(
  parsed: ParsedArgs,
  name: string,
  allowed: readonly T[],
  command: string,
): T | undefined {
  const raw = stringOption(parsed, name);
  if (raw === undefined) return undefined;
  const found = allowed.find((a) => a.toLowerCase() === raw.trim().toLowerCase());
  if (found === undefined) {
    throw new UsageError(
      `--${name} must be ${allowed.join(' or ')}, not ${JSON.stringify(raw)}.`,
      command,
    );
  }
  return found;
}
