/** The flame mark; decorative, the product name beside it carries the meaning. */
export function Logo({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="#0b3d91" />
      <path d="M16 5c3 5 8 8.5 8 14a8 8 0 0 1-16 0c0-3.2 1.6-5.6 3.6-7.6.4 2.4 1.6 3.9 3.2 4.4C14 12 14.6 8.5 16 5z" fill="#ffb020" />
    </svg>
  );
}
