/**
 * Line structure of a text: where each line starts, its indentation, whether it is blank or a
 * comment. Works on LF and CRLF text alike. Internal to `edits/`; pure.
 */

/** The lines of one text, indexed from 0. */
export class Lines {
  private readonly starts: number[] = [0];
  readonly text: string;

  constructor(text: string) {
    this.text = text;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
      this.starts.push(i + 1);
  }

  /** Number of lines (a text ending in a newline has an empty last line). */
  get count(): number {
    return this.starts.length;
  }

  /** The line holding `offset` (clamped to the text). */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Offset of the first character of `line`. */
  start(line: number): number {
    return this.starts[line] ?? this.text.length;
  }

  /** Offset just after `line`'s line break (the next line's start), or the text's end. */
  next(line: number): number {
    return this.starts[line + 1] ?? this.text.length;
  }

  /** Offset of `line`'s line break (`\r\n` or `\n`), or the text's end. */
  contentEnd(line: number): number {
    const next = this.starts[line + 1];
    if (next === undefined) return this.text.length;
    return this.text.charCodeAt(next - 2) === 13 ? next - 2 : next - 1;
  }

  /** The text of `line` without its line break. */
  content(line: number): string {
    return this.text.slice(this.start(line), this.contentEnd(line));
  }

  /** Number of leading spaces of `line`. */
  indent(line: number): number {
    const content = this.content(line);
    return content.length - content.trimStart().length;
  }

  /** Column (0-based) of `offset` in its line. */
  col(offset: number): number {
    return offset - this.start(this.lineOf(offset));
  }

  isBlank(line: number): boolean {
    return line >= 0 && line < this.count && this.content(line).trim() === '';
  }

  isComment(line: number): boolean {
    return line >= 0 && line < this.count && this.content(line).trimStart().startsWith('#');
  }

  /** True when only spaces precede `offset` on its line. */
  firstOnLine(offset: number): boolean {
    return this.text.slice(this.start(this.lineOf(offset)), offset).trim() === '';
  }
}

/** `offset` moved back over whitespace (spaces, tabs, line breaks) to the last content char. */
export function trimEnd(text: string, offset: number, floor = 0): number {
  let end = offset;
  while (end > floor && /\s/.test(text.charAt(end - 1))) end--;
  return end;
}

/** The line break the text mostly uses: `\r\n` when most of its lines end with one. */
export function lineBreakOf(text: string): '\n' | '\r\n' {
  let lf = 0;
  let crlf = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (text.charCodeAt(i - 1) === 13) crlf++;
    else lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}
