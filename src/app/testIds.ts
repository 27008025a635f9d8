/** Test ids (kebab-case), the one place e2e tests and components agree on names. */
export const TID = {
  app: 'app',
  canvas: 'canvas',
  header: 'header',
  workflowName: 'workflow-name',
  notice: 'notice',
  staleBanner: 'stale-banner',
  details: 'details-panel',
  legend: 'legend',
  problems: 'problems-panel',
  pasteDialog: 'paste-dialog',
  pasteText: 'paste-text',
  urlDialog: 'url-dialog',
  fileInput: 'file-input',
  dropOverlay: 'drop-overlay',
  layoutStatus: 'layout-status',
} as const;
