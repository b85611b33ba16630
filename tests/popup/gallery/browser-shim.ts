/** Stands in for `wxt/browser` in the gallery page: storage in memory, nothing else. */
type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;
const data: Record<string, unknown> = {};
const listeners = new Set<Listener>();

export const browser = {
  storage: {
    local: {
      async get(key?: string | null) {
        return key ? { [key]: data[key] } : { ...data };
      },
      async set(items: Record<string, unknown>) {
        const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
        for (const [key, value] of Object.entries(items)) {
          changes[key] = { oldValue: data[key], newValue: value };
          data[key] = value;
        }
        for (const listener of listeners) listener(changes, 'local');
      },
    },
    onChanged: {
      addListener: (listener: Listener) => listeners.add(listener),
      removeListener: (listener: Listener) => listeners.delete(listener),
    },
  },
  runtime: { getURL: (path: string) => path },
};
export type Browser = never;
