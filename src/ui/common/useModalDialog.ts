import { useEffect, useRef } from 'react';

/** Opens and closes a native <dialog> as a modal following `open` (focus trap and Esc for free). */
export function useModalDialog(open: boolean) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return ref;
}
