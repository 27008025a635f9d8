import type { ParseResult } from '@/model/types';
import type { PreviewRequest } from './previewSvg';

export interface ParseRequest {
  readonly id: number;
  readonly text: string;
  /** Also draw the static start-up preview (see previewSvg.ts). */
  readonly preview?: PreviewRequest;
}

export interface ParseResponse {
  readonly id: number;
  readonly result: ParseResult;
  /** The preview's SVG markup, when asked for and the graph is small enough. */
  readonly preview?: string;
}
