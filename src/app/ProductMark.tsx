/**
 * The product mark (the same drawing as public/favicon.svg), inline: an <img> of an SVG file
 * costs the page a whole SVG document (~30-50 ms of its start-up on a slow machine).
 */
export function ProductMark() {
  return (
    <svg viewBox="0 0 32 32" width={24} height={24} aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="#1e293b" />
      <circle cx="9" cy="9" r="4" fill="#38bdf8" />
      <circle cx="23" cy="16" r="4" fill="#a78bfa" />
      <circle cx="9" cy="23" r="4" fill="#34d399" />
      <path d="M12 10.5 20 14.5M20 17.5 12 21.5" stroke="#e2e8f0" strokeWidth="2" fill="none" />
    </svg>
  );
}
