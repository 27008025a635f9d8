import type { ParseResult } from '@/model/types';

export interface ParseRequest {
  readonly id: number;
  readonly text: string;
}

export interface ParseResponse {
  readonly id: number;
  readonly result: ParseResult;
}
