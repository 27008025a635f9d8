/** `osop-canvas link <file>`: the editor (or embed) link that opens the file in the app. */
import { buildEditorLink, buildEmbedLink, type LinkOptions } from '@/share';
import { choiceOption, EXIT, flag, parseCommand, stringList, stringOption, UsageError } from '../args';
import { DEFAULT_BASE } from '../help';
import type { Io } from '../io';
import { parseAssignments } from '../values';
import { displayName, formatReadError, loadWorkflow, reportErrors, usableGraph } from '../workflow';

/** The base URL as given, checked: an absolute http(s) address. */
function checkBase(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`--base must be an absolute address such as ${DEFAULT_BASE}, not ${JSON.stringify(raw)}.`, 'link');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UsageError(`--base must be an http:// or https:// address, not ${JSON.stringify(raw)}.`, 'link');
  }
  return raw;
}

export async function linkCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = parseCommand('link', args, {
    base: { type: 'string' },
    embed: { type: 'boolean' },
    theme: { type: 'string' },
    dir: { type: 'string' },
    set: { type: 'string', multiple: true },
  });
  const [file, ...extra] = parsed.positionals;
  if (file === undefined) throw new UsageError('Name the workflow file to link to.', 'link');
  if (extra.length > 0) throw new UsageError(`link takes one file; unexpected ${JSON.stringify(extra[0])}.`, 'link');
  const base = checkBase(stringOption(parsed, 'base') ?? DEFAULT_BASE);
  const theme = choiceOption(parsed, 'theme', ['light', 'dark'], 'link');
  const dir = choiceOption(parsed, 'dir', ['RIGHT', 'DOWN'], 'link');
  const sim = parseAssignments(stringList(parsed, 'set'), 'link');
  const options: LinkOptions = {
    ...(theme === undefined ? {} : { theme }),
    ...(dir === undefined ? {} : { dir }),
    ...(Object.keys(sim).length > 0 ? { sim } : {}),
  };

  const outcome = await loadWorkflow(io, file);
  if (!outcome.ok) {
    io.err(`${formatReadError(outcome.file, outcome.message)}\n`);
    return EXIT.failed;
  }
  const { text } = outcome.workflow;
  reportErrors(io, outcome.workflow);
  if (usableGraph(outcome.workflow.result) === null) {
    io.err(`osop-canvas: warning: ${displayName(file)} is not a workflow the app can draw; the link opens its text in the editor.\n`);
  }
  const link = flag(parsed, 'embed') ? buildEmbedLink(base, text, options) : buildEditorLink(base, text, options);
  io.out(`${link}\n`);
  return EXIT.ok;
}
