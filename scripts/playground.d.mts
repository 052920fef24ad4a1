export const SITE: string;
export const FIRST_LOAD: string[];
export interface FirstLoad {
  files: { file: string; bytes: number; gzip: number }[];
  gzip: number;
}
export function buildPlayground(out?: string): Promise<FirstLoad>;
export function firstLoad(dir?: string): FirstLoad;
export function serve(dir?: string, port?: number): Promise<{ url: string; close(): Promise<void> }>;
export function exampleFiles(): Record<string, string>;
export function workloadFiles(): Record<string, string>;
