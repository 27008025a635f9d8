/**
 * Everything the Share dialog offers to copy, built from the document and the options. Pure
 * (the dialog passes in the page address), so the snippets are unit-tested.
 */
import { buildEditorLink, buildEmbedLink, type Direction, type SimValues, type Theme } from '@/share';

/** Where chat tools and some wikis start truncating links. */
export const LONG_LINK_BYTES = 8 * 1024;

export interface ShareInput {
  /** The app's address without query or fragment, e.g. `https://example.org/osop-canvas/`. */
  readonly base: string;
  readonly text: string;
  readonly name: string;
  /** Stem of the exported image files the snippets refer to (default: from the name). */
  readonly file?: string;
  readonly sim?: SimValues;
  readonly theme?: Theme;
  readonly dir?: Direction;
  /** A hosted raw file to link with `?url=` instead of embedding the document. */
  readonly rawUrl?: string;
}

export interface ShareSnippets {
  readonly editorLink: string;
  readonly embedLink: string;
  readonly iframe: string;
  readonly markdown: string;
  readonly picture: string;
  /** UTF-8 bytes of the editor link. */
  readonly linkBytes: number;
  readonly tooLong: boolean;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const escapeMarkdown = (s: string) => s.replace(/[[\]\\]/g, (c) => `\\${c}`);

/** A file name for exported images: the workflow id or name, made safe. */
export function fileBase(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return base === '' ? 'workflow' : base;
}

function urlLink(base: string, rawUrl: string, embed: boolean, opts: { theme?: Theme; dir?: Direction }): string {
  const params = [embed ? 'embed' : undefined, `url=${encodeURIComponent(rawUrl)}`, opts.theme ? `theme=${opts.theme}` : undefined, opts.dir ? `dir=${opts.dir}` : undefined];
  return `${base}?${params.filter((p) => p !== undefined).join('&')}`;
}

export function buildSnippets(input: ShareInput): ShareSnippets {
  const view = { ...(input.theme ? { theme: input.theme } : {}), ...(input.dir ? { dir: input.dir } : {}) };
  const linkOpts = { ...view, ...(input.sim ? { sim: input.sim } : {}) };
  const editorLink = input.rawUrl ? urlLink(input.base, input.rawUrl, false, view) : buildEditorLink(input.base, input.text, linkOpts);
  const embedLink = input.rawUrl ? urlLink(input.base, input.rawUrl, true, view) : buildEmbedLink(input.base, input.text, view);
  const title = input.name.trim() === '' ? 'Workflow' : input.name.trim();
  const file = input.file ?? fileBase(title);
  const iframe = `<iframe src="${escapeHtml(embedLink)}" title="${escapeHtml(title)}" width="100%" height="480" style="border:0" loading="lazy"></iframe>`;
  const markdown = `[![${escapeMarkdown(title)}](./${file}.svg)](${editorLink})`;
  const picture = [
    `<a href="${escapeHtml(editorLink)}">`,
    '  <picture>',
    `    <source media="(prefers-color-scheme: dark)" srcset="./${file}-dark.svg">`,
    `    <img alt="${escapeHtml(title)}" src="./${file}-light.svg">`,
    '  </picture>',
    '</a>',
  ].join('\n');
  const linkBytes = new TextEncoder().encode(editorLink).length;
  return { editorLink, embedLink, iframe, markdown, picture, linkBytes, tooLong: linkBytes > LONG_LINK_BYTES };
}
