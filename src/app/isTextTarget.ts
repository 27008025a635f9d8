/**
 * True when a keyboard or clipboard event belongs to a text field: inputs, contenteditable
 * elements and the code editor (Monaco types into a `native-edit-context` element, not a
 * textarea). App-wide shortcuts must leave those events alone.
 */
export function isTextTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return true;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return target.closest('.nokey, .monaco-editor') !== null;
}
