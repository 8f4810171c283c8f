// The browser storage behind storage="local": one key per element (`osteoplan:<id>`), and
// copies of saved data this version could not read (`osteoplan:<id>:backup-<n>`). Storage may be
// full, blocked or missing: every call says how it went and never throws. What to keep and when
// (consent, held copies, notices) is the element's decision, not this module's.

/** The saved-data slot under `key`. */
export function savedData(key) {
  const backupPrefix = `${key}:backup-`;
  return {
    /** The saved text, or null (nothing saved, or storage blocked). */
    read() {
      try {
        return localStorage.getItem(key);
      } catch {
        return null;
      }
    },
    /** Saves `text`; false if the browser refused (full or blocked) and the old copy stays. */
    write(text) {
      try {
        localStorage.setItem(key, text);
        return true;
      } catch {
        return false;
      }
    },
    /** Removes the saved text; with `backups`, also every backup copy. */
    remove({ backups = false } = {}) {
      try {
        localStorage.removeItem(key);
        if (!backups) return;
        const keys = [];
        for (let i = 0; i < localStorage.length; i++) if (localStorage.key(i)?.startsWith(backupPrefix)) keys.push(localStorage.key(i));
        for (const k of keys) localStorage.removeItem(k);
      } catch {
        // Nothing stored or storage blocked.
      }
    },
    /** Copies `raw` to the first free backup key (reusing an identical copy); returns the key, or null if storage refused. */
    backup(raw) {
      try {
        for (let n = 1; n < 1000; n++) {
          const k = `${backupPrefix}${n}`;
          const existing = localStorage.getItem(k);
          if (existing === raw) return k;
          if (existing === null) {
            localStorage.setItem(k, raw);
            return k;
          }
        }
      } catch {
        // Full or blocked: the notice offers the download instead.
      }
      return null;
    },
  };
}
