/** Small inline icons (decorative: always `aria-hidden`, the text beside them carries the meaning). */
const base = { width: 14, height: 14, viewBox: '0 0 16 16', 'aria-hidden': true } as const;

export function LockIcon() {
  return (
    <svg {...base} class="icon">
      <path
        fill="currentColor"
        d="M8 1a3.5 3.5 0 0 0-3.5 3.5V6H4a1.5 1.5 0 0 0-1.5 1.5v6A1.5 1.5 0 0 0 4 15h8a1.5 1.5 0 0 0 1.5-1.5v-6A1.5 1.5 0 0 0 12 6h-.5V4.5A3.5 3.5 0 0 0 8 1Zm2 5H6V4.5a2 2 0 1 1 4 0V6Z"
      />
    </svg>
  );
}

export function ExternalIcon() {
  return (
    <svg {...base} class="icon icon-ext">
      <path
        fill="currentColor"
        d="M9 2h5v5h-1.5V4.56L7.53 9.53 6.47 8.47l4.97-4.97H9V2ZM3.5 4H7v1.5H3.5v7h7V9H12v3.5A1.5 1.5 0 0 1 10.5 14h-7A1.5 1.5 0 0 1 2 12.5v-7A1.5 1.5 0 0 1 3.5 4Z"
      />
    </svg>
  );
}

export function CalendarIcon() {
  return (
    <svg {...base} class="icon">
      <path
        fill="currentColor"
        d="M5 1h1.5v1.5h3V1H11v1.5h1.5A1.5 1.5 0 0 1 14 4v9.5a1.5 1.5 0 0 1-1.5 1.5h-9A1.5 1.5 0 0 1 2 13.5V4a1.5 1.5 0 0 1 1.5-1.5H5V1ZM3.5 6.5v7h9v-7h-9Z"
      />
    </svg>
  );
}
