/**
 * The `osop-canvas` CLI: dispatches to a command and returns the exit code. No side effects on
 * import; the launcher (osop-canvas.mjs) calls {@link main}, tests may too (with their own Io).
 */
import { version } from '../../package.json';
import { EXIT, UsageError } from './args';
import { linkCommand } from './commands/link';
import { renderCommand } from './commands/render';
import { simulateCommand } from './commands/simulate';
import { validateCommand } from './commands/validate';
import { commandHelp, PROGRAM_HELP } from './help';
import { processIo, type Io } from './io';

type Command = (args: readonly string[], io: Io) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  render: renderCommand,
  validate: validateCommand,
  link: linkCommand,
  simulate: simulateCommand,
};

const wantsHelp = (args: readonly string[]): boolean => {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
};

/** Runs the CLI with `argv` (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    io.out(PROGRAM_HELP);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${version}\n`);
    return EXIT.ok;
  }
  if (name === 'help') {
    const topic = args[0];
    const text = topic === undefined ? PROGRAM_HELP : commandHelp(topic);
    if (text === undefined) return usageError(io, new UsageError(`Unknown command ${JSON.stringify(topic)}.`));
    io.out(text);
    return EXIT.ok;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command === undefined) {
    return usageError(io, new UsageError(`Unknown command ${JSON.stringify(name)}.`));
  }
  if (wantsHelp(args)) {
    io.out(commandHelp(name) ?? PROGRAM_HELP);
    return EXIT.ok;
  }
  try {
    return await command(args, io);
  } catch (error) {
    if (error instanceof UsageError) return usageError(io, error);
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.err(`osop-canvas: internal error while running ${name}; please report it.\n${detail}\n`);
    return EXIT.failed;
  }
}

function usageError(io: Io, error: UsageError): number {
  const help = error.command === undefined ? 'osop-canvas --help' : `osop-canvas ${error.command} --help`;
  io.err(`osop-canvas: ${error.message}\nRun \`${help}\` for usage.\n`);
  return EXIT.usage;
}
