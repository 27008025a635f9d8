/** `osop-canvas render <file> -o out.svg|out.png`: the diagram as an image file. */
import { writeFile } from 'node:fs/promises';
import { extname, relative, resolve } from 'node:path';
import { choiceOption, EXIT, flag, parseCommand, stringOption, UsageError } from '../args';
import { directionOf, drawSvg, layOut, loadAppFonts } from '../draw';
import { printable, reasonOf, type Io } from '../io';
import { assignFonts } from '../png/assignFonts';
import { familyCss, pngFonts } from '../png/fonts';
import { PngUnavailableError, rasterize } from '../png/rasterize';
import { loadWorkflow, reportErrors, reportUnusable, usableGraph } from '../workflow';

type Format = 'svg' | 'png';

/** Scale of PNG output when --scale is not given (as the app's "Export PNG"). */
const DEFAULT_SCALE = 2;
const MAX_SCALE = 8;

function formatOf(output: string, explicit: Format | undefined): Format {
  if (explicit !== undefined) return explicit;
  if (output === '-') return 'svg';
  const ext = extname(output).toLowerCase();
  if (ext === '.svg') return 'svg';
  if (ext === '.png') return 'png';
  throw new UsageError(
    `Cannot tell the format of ${JSON.stringify(output)}: name it .svg or .png, or add --format svg|png.`,
    'render',
  );
}

function scaleOf(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_SCALE;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n <= 0 || n > MAX_SCALE) {
    throw new UsageError(`--scale must be a number above 0 and at most ${MAX_SCALE}, not ${JSON.stringify(raw)}.`, 'render');
  }
  return n;
}

const kb = (bytes: number): string =>
  bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

export async function renderCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = parseCommand('render', args, {
    output: { type: 'string', short: 'o' },
    format: { type: 'string' },
    dir: { type: 'string' },
    theme: { type: 'string' },
    scale: { type: 'string' },
    font: { type: 'string' },
    'no-fonts': { type: 'boolean' },
    'no-source': { type: 'boolean' },
    'no-header': { type: 'boolean' },
    transparent: { type: 'boolean' },
  });
  const [file, ...extra] = parsed.positionals;
  if (file === undefined) throw new UsageError('Name the workflow file to render.', 'render');
  if (extra.length > 0) throw new UsageError(`render takes one file; unexpected ${JSON.stringify(extra[0])}.`, 'render');
  const output = stringOption(parsed, 'output');
  if (output === undefined || output === '') {
    throw new UsageError('Name the image to write with -o out.svg or -o out.png.', 'render');
  }
  const format = formatOf(output, choiceOption(parsed, 'format', ['svg', 'png'], 'render'));
  const dir = choiceOption(parsed, 'dir', ['RIGHT', 'DOWN'], 'render');
  const theme = choiceOption(parsed, 'theme', ['light', 'dark'], 'render') ?? 'light';
  const scale = scaleOf(stringOption(parsed, 'scale'));
  const font = stringOption(parsed, 'font');
  if (font !== undefined) {
    try {
      familyCss(font, 'sans-serif');
    } catch (error) {
      throw new UsageError(`--font: ${error instanceof Error ? error.message : String(error)}.`, 'render');
    }
  }

  const outcome = await loadWorkflow(io, file);
  const graph = outcome.ok ? usableGraph(outcome.workflow.result) : null;
  if (!outcome.ok || graph === null) {
    reportUnusable(io, outcome, 'drawn');
    return EXIT.failed;
  }
  const { text } = outcome.workflow;
  reportErrors(io, outcome.workflow);

  const laidOut = await layOut(graph, directionOf(graph, dir));
  const common = { theme, header: !flag(parsed, 'no-header'), background: !flag(parsed, 'transparent') };
  let bytes: Uint8Array;
  let detail: string;
  if (format === 'svg') {
    const fonts = flag(parsed, 'no-fonts') ? [] : await loadAppFonts();
    const drawn = drawSvg(laidOut, {
      ...common,
      fonts,
      ...(flag(parsed, 'no-source') ? {} : { source: text }),
    });
    bytes = new TextEncoder().encode(drawn.svg);
    detail = `${drawn.width}×${drawn.height}`;
  } else {
    const families = pngFonts(font);
    const drawn = drawSvg(laidOut, {
      ...common,
      fontFamilies: { ui: familyCss(families.ui, 'sans-serif'), mono: familyCss(families.mono, 'monospace') },
    });
    try {
      const png = await rasterize(assignFonts(drawn.svg, families), drawn, scale, families);
      bytes = png.data;
      detail = `${png.width}×${png.height} px`;
      if (png.scale < scale) {
        io.err(`osop-canvas: the drawing is large; PNG drawn at scale ${png.scale.toFixed(2)} instead of ${scale}.\n`);
      }
    } catch (error) {
      if (!(error instanceof PngUnavailableError)) throw error;
      io.err(`osop-canvas: ${error.message}\n`);
      return EXIT.failed;
    }
  }

  const nodes = laidOut.graph.nodes.length;
  const edges = laidOut.diagram.edges.length;
  const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const summary = `${format.toUpperCase()}, ${kb(bytes.length)}, ${detail}, ${count(nodes, 'node')}, ${count(edges, 'edge')}`;
  if (output === '-') {
    io.outBytes(bytes);
    io.err(`osop-canvas: wrote ${summary} to standard output\n`);
    return EXIT.ok;
  }
  const path = resolve(io.cwd, output);
  try {
    await writeFile(path, bytes);
  } catch (error) {
    const code = error !== null && typeof error === 'object' && 'code' in error ? error.code : '';
    const why = code === 'ENOENT' ? 'its folder does not exist' : reasonOf(error);
    io.err(`osop-canvas: cannot write ${printable(output)}: ${printable(why)}.\n`);
    return EXIT.failed;
  }
  const shown = relative(io.cwd, path);
  io.out(`${printable(shown.startsWith('..') || shown === '' ? path : shown)} (${summary})\n`);
  return EXIT.ok;
}
