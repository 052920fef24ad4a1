/// <reference lib="dom" />
// The keyboard shortcuts, in one table: the handler and the help both read it.
export interface Shortcut {
  readonly keys: string;
  readonly what: string;
  /** The action's name in the page (a debugger command, or run/debug/stop). */
  readonly action: string;
  match(e: KeyboardEvent): boolean;
}

const fkey = (key: string, shift: boolean) => (e: KeyboardEvent) => e.key === key && e.shiftKey === shift && !e.ctrlKey && !e.altKey && !e.metaKey;

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: 'Ctrl+Enter', what: 'run', action: 'run', match: (e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.shiftKey },
  { keys: 'Ctrl+Shift+Enter', what: 'start the debugger', action: 'debug', match: (e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && e.shiftKey },
  { keys: 'Escape', what: 'stop (while running)', action: 'stop', match: (e) => e.key === 'Escape' },
  { keys: 'F9', what: 'toggle a breakpoint on the cursor line', action: 'toggle', match: () => false },
  { keys: 'F11', what: 'step', action: 'step', match: fkey('F11', false) },
  { keys: 'F10', what: 'next (over calls)', action: 'next', match: fkey('F10', false) },
  { keys: 'F8', what: 'finish (out of the function)', action: 'finish', match: fkey('F8', false) },
  { keys: 'F5', what: 'continue', action: 'continue', match: fkey('F5', false) },
  { keys: 'Shift+F11', what: 'reverse step', action: 'reverse-step', match: fkey('F11', true) },
  { keys: 'Shift+F10', what: 'reverse next', action: 'reverse-next', match: fkey('F10', true) },
  { keys: 'Shift+F5', what: 'reverse continue', action: 'reverse-continue', match: fkey('F5', true) },
];
