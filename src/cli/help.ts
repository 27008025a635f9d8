/** The `--help` texts of the program and of each command. */

/** The base URL of links when `--base` is not given (the hosted app; any deployment works). */
export const DEFAULT_BASE = 'https://osop-canvas.example/';

export const PROGRAM_HELP = `osop-canvas — render, validate, link and simulate OSOP workflow files
(the same model, layout, renderer and simulator as the OSOP Canvas app)

Usage:
  osop-canvas render <file> -o <out.svg|out.png> [--dir RIGHT|DOWN] [--theme light|dark]
  osop-canvas validate <file>... [--json]
  osop-canvas link <file> [--base <url>] [--embed] [--theme light|dark] [--dir RIGHT|DOWN]
  osop-canvas simulate <file> [--set <name>=<value>]... [--json]
  osop-canvas help [<command>]       osop-canvas <command> --help

Commands:
  render     draw the workflow as an SVG or PNG image
  validate   report problems as file:line:col severity CODE message
  link       print a link that opens the workflow in OSOP Canvas
  simulate   run the workflow with the values you give; print the path taken

<file> may be - to read standard input.

Exit codes:
  0   success (valid; image written; link printed; simulated run completed)
  1   the workflow has errors or cannot be read or drawn; the simulated run failed
  2   simulate: the run needs a value or a choice (it says which; give it with --set or --take)
  64  usage error (unknown command or option, missing or invalid argument)

Options:
  -h, --help      show help
  -v, --version   show the version
`;

export const RENDER_HELP = `Usage: osop-canvas render <file> -o <out.svg|out.png> [options]

Draws the workflow like the app's "Export SVG" / "Export PNG": laid out with ELK (large
graphs: the fast layout), x-layout pins honoured, the header band and edge legend on top.
Prints the path and size of the file written. Exits 1, printing the diagnostics, when the
file cannot be drawn; errors in a file that can still be drawn are printed to stderr.

Options:
  -o, --output <path>     where to write; the format comes from the extension (.svg, .png);
                          - writes to standard output (SVG unless --format png)
  --format svg|png        the format, whatever the extension
  --dir RIGHT|DOWN        layout direction (default: x-layout.direction, else DOWN)
  --theme light|dark      colours (default light)
  --scale <n>             PNG pixels per SVG unit (default 2, at most 8)
  --font <family>         PNG: an installed font to draw all text with. By default Latin text
                          uses the first installed of Liberation Sans, Arimo, Arial, Helvetica,
                          DejaVu Sans (ids and commands: Liberation Mono, DejaVu Sans Mono, …)
                          and text with CJK or other scripts Noto Sans CJK (SC, TC, JP, KR),
                          Source Han Sans, WenQuanYi Micro Hei, PingFang SC or Microsoft YaHei
                          (fontconfig's fc-list tells what is installed)
  --no-fonts              SVG: do not embed the app's fonts (Inter, JetBrains Mono; ~93 KB)
  --no-source             SVG: do not embed the YAML (by default dropping the SVG on the app
                          reopens the workflow)
  --no-header             no header band (name, id, version, counts, description, legend)
  --transparent           no background fill
  -h, --help              show this help

Examples:
  osop-canvas render rollout.osop.yaml -o rollout.svg
  osop-canvas render rollout.osop.yaml -o rollout.png --dir RIGHT --theme dark
`;

export const VALIDATE_HELP = `Usage: osop-canvas validate <file>... [--json]

Reports every problem the app shows for each file, one per line:
  <file>:<line>:<col> <severity> <CODE> <message>
(severity: error, warning or info; line and column are 1-based), then a summary line.
A file that cannot be read is reported as <file>: error READ_ERROR <message>.
Exits 1 when any file has an error, else 0 (warnings and info do not fail).

Options:
  --json        print one JSON document instead: [{ file, ok, diagnostics: [{ line, col,
                endLine, endCol, severity, code, message }] }]
  -q, --quiet   print errors only (and the summary)
  -h, --help    show this help
`;

export const LINK_HELP = `Usage: osop-canvas link <file> [--base <url>] [--embed] [options]

Prints a link that opens the workflow in OSOP Canvas: <base>#osop=<payload>, where the
payload is base64url (no padding) of raw DEFLATE of the file's UTF-8 text. Everything is in
the link's fragment, which browsers do not send to the server.

Options:
  --base <url>        the app's address (default ${DEFAULT_BASE}); its own query
                      keys (embed, theme, dir, url, osop, sim) are replaced, others kept
  --embed             the read-only embed view for iframes: <base>?embed#osop=…
  --theme light|dark  add ?theme=
  --dir RIGHT|DOWN    add ?dir=
  --set <name>=<value>  simulation values to reopen with (&sim=…), as for simulate
  -h, --help          show this help

Prints a warning (to stderr) when the file has errors: the link still opens it, with them.
`;

export const SIMULATE_HELP = `Usage: osop-canvas simulate <file> [--set <name>=<value>]... [options]

Runs the workflow as the app's simulator does, from the start nodes to the end, and prints
the values used, the path taken (each node run, in order, with its outcome), every node's
final state and the run log (why each edge was or was not taken).

Values: every variable that conditions read starts at its "healthy" default (the one that
takes the first branch written, as in the app); --set overrides it.
  --set <name>=<value>    <name>: an output name (error_rate_10; applies to every node that
                          declares it), <node>.<output> (wins over a bare name),
                          outputs.<node>.<output>, inputs.<name>, or any name a condition
                          reads. <value>: a number, true/false, or text ("quotes" optional).
                          Repeat --set for several values.
  --no-defaults           start with only the --set values; a condition that reads a value
                          nobody gave stops the run (exit 2) and names it
  --take <from>:<to>      when a condition cannot be evaluated (not CEL, e.g. prose), take
                          the edge from <from> to <to> (repeatable; <from>'s other undecided
                          edges are not taken)
  --fail <node>           mark <node> failed (its fallback/error edges are taken)
  --max-iterations <n>    how many times one node may run in loops (default 10)
  --json                  print one JSON document (status, values, path, nodes, edges, log)
  -h, --help              show this help

Exit codes: 0 the run completed; 1 the run failed (or the file cannot be read);
2 the run needs input: a value (give it with --set) or a choice (give it with --take).

Example (the rollback path of the reference workflow):
  osop-canvas simulate k8s-rollout.osop.yaml --set error_rate_10=0.02
`;

/** The help text of a command, or undefined for an unknown command. */
export function commandHelp(command: string): string | undefined {
  const texts: Readonly<Record<string, string>> = {
    render: RENDER_HELP,
    validate: VALIDATE_HELP,
    link: LINK_HELP,
    simulate: SIMULATE_HELP,
  };
  return Object.hasOwn(texts, command) ? texts[command] : undefined;
}
